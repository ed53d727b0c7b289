package org.dpsupport.monitoring.domain.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.statement.BalanceDisagreement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.Verification;
import org.dpsupport.monitoring.domain.model.statement.Verification.Check;
import org.dpsupport.monitoring.domain.model.statement.Verification.RowOrder;

/**
 * Checks a statement by its own arithmetic, so that nothing misread is treated as fact: the opening
 * balance plus every transaction must equal the closing balance, and each printed running balance
 * must equal the previous balance plus that row's amount.
 *
 * <p>Rows are checked in the order the money moved: a newest-first printout (online transaction
 * history) is checked from its last row up. Where the statement prints no opening or closing
 * balance, a running balance printed on every row, each following from the one before, proves the
 * rows instead. With neither, the rows are read but not verified, and the result says what was
 * missing.
 */
public final class StatementVerifier {

  public Verification verify(
      Optional<Money> opening, List<StatementLine> lines, Optional<Money> closing) {
    return verify(opening, lines, closing, false);
  }

  /**
   * As {@link #verify(Optional, List, Optional)}; {@code balancesPrinted} says the statement shows
   * balance wording (a summary, brought/carried forward rows) that was not all read. Then a running
   * balance cannot stand in for them: a chain of rows proves the rows agree with each other, not
   * that none are missing, and a statement that prints its balances must be checked against them.
   */
  public Verification verify(
      Optional<Money> opening,
      List<StatementLine> lines,
      Optional<Money> closing,
      boolean balancesPrinted) {
    RowOrder order = order(lines);
    List<StatementLine> oldestFirst = new ArrayList<>(lines);
    if (order == RowOrder.NEWEST_FIRST) {
      java.util.Collections.reverse(oldestFirst);
    }
    int n = lines.size();
    List<BalanceDisagreement> disagreements = new ArrayList<>();
    List<String> gaps = new ArrayList<>();
    boolean everyRowBalanced =
        n >= 2 && lines.stream().allMatch(l -> l.printedBalance().isPresent());
    boolean chainProves = everyRowBalanced && !balancesPrinted;
    if (!chainProves) {
      String instead = balancesPrinted ? "" : n >= 2 ? ", nor a running balance on every row" : "";
      if (opening.isEmpty()) {
        gaps.add(
            (balancesPrinted
                    ? "the opening balance the statement prints could not be read"
                    : "the statement does not print its opening balance")
                + instead);
      }
      if (closing.isEmpty()) {
        gaps.add(
            (balancesPrinted
                    ? "the closing balance the statement prints could not be read"
                    : "the statement does not print its closing balance")
                + instead);
      }
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
    for (int i = 0; i < n; i++) {
      StatementLine line = oldestFirst.get(i);
      int printedRow = order == RowOrder.NEWEST_FIRST ? n - i : i + 1;
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
                  printedRow,
                  "Row " + printedRow + " (" + line.date() + ", " + line.description() + ")",
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
    if (closing.isPresent() && n > 0 && previous != null && opening.isEmpty()) {
      // no opening, but a running balance on every row: the last must be the closing
      if (!previous.equals(closing.get())) {
        disagreements.add(
            new BalanceDisagreement(
                0, "Closing balance (the last running balance)", previous, closing.get()));
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
    Check check =
        opening.isPresent() && closing.isPresent()
            ? Check.BALANCES
            : chainProves ? Check.RUNNING_BALANCE : Check.NONE;
    return new Verification(disagreements, gaps, order, check);
  }

  /**
   * The order the rows are printed in: by their dates where those differ, else by which way the
   * running balances follow from each other.
   */
  static RowOrder order(List<StatementLine> lines) {
    if (lines.size() < 2) {
      return RowOrder.OLDEST_FIRST;
    }
    int cmp = lines.get(0).date().compareTo(lines.get(lines.size() - 1).date());
    if (cmp != 0) {
      return cmp < 0 ? RowOrder.OLDEST_FIRST : RowOrder.NEWEST_FIRST;
    }
    int forward = 0;
    int backward = 0;
    for (int i = 1; i < lines.size(); i++) {
      Optional<Money> before = lines.get(i - 1).printedBalance();
      Optional<Money> after = lines.get(i).printedBalance();
      if (before.isPresent() && after.isPresent()) {
        if (before.get().plus(lines.get(i).amount()).equals(after.get())) {
          forward++;
        }
        if (after.get().plus(lines.get(i - 1).amount()).equals(before.get())) {
          backward++;
        }
      }
    }
    return backward > forward ? RowOrder.NEWEST_FIRST : RowOrder.OLDEST_FIRST;
  }
}
