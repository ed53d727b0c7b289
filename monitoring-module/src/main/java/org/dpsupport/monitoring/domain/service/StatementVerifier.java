package org.dpsupport.monitoring.domain.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpsupport.monitoring.domain.model.money.Money;
import org.dpsupport.monitoring.domain.model.statement.BalanceDisagreement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.Verification;

/**
 * Checks a statement by its own arithmetic, so that nothing misread is treated as fact: the opening
 * balance plus every transaction must equal the closing balance, and each printed running balance
 * must equal the previous balance plus that row's amount.
 */
public final class StatementVerifier {

  public Verification verify(
      Optional<Money> opening, List<StatementLine> lines, Optional<Money> closing) {
    List<BalanceDisagreement> disagreements = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    if (opening.isEmpty()) {
      gaps.add("the statement does not print its opening balance");
    }
    if (closing.isEmpty()) {
      gaps.add("the statement does not print its closing balance");
    }
    if (lines.isEmpty()
        && opening.isPresent()
        && closing.isPresent()
        && !opening.get().equals(closing.get())) {
      gaps.add("no payments were found although the balance changed");
    }
    Money previous = opening.orElse(null);
    // After a disagreement, either the printed balance or the amount was wrong. Follow the printed
    // figure, but keep the calculated one too: if the next printed balance agrees with that, the
    // odd one out was a single misprinted balance, and only that row is reported.
    Money calculated = null;
    for (int i = 0; i < lines.size(); i++) {
      StatementLine line = lines.get(i);
      Money expected = previous == null ? null : previous.plus(line.amount());
      Money alternative = calculated == null ? null : calculated.plus(line.amount());
      if (line.printedBalance().isPresent()) {
        Money printed = line.printedBalance().get();
        boolean agrees =
            expected == null || expected.equals(printed) || printed.equals(alternative);
        calculated = null;
        if (!agrees) {
          disagreements.add(
              new BalanceDisagreement(
                  i + 1,
                  "Row " + (i + 1) + " (" + line.date() + ", " + line.description() + ")",
                  expected,
                  printed));
          calculated = expected;
        }
        previous = printed;
      } else {
        previous = expected;
        calculated = alternative;
      }
    }
    if (opening.isPresent() && closing.isPresent()) {
      Money total = opening.get();
      for (StatementLine line : lines) {
        total = total.plus(line.amount());
      }
      if (!total.equals(closing.get())) {
        disagreements.add(
            new BalanceDisagreement(
                0, "Closing balance (opening balance plus every payment)", total, closing.get()));
      }
    }
    return new Verification(disagreements, gaps);
  }
}
