package org.dpsupport.monitoring.domain.service;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.SpendingCategory;
import org.dpsupport.monitoring.domain.model.reconciliation.SpendingTolerance;

/**
 * Compares what the budget holder declared they spent on each category with what the reconciled
 * statement lines show for it. A category left out of the declaration counts as £0 declared. Only a
 * difference beyond the council's tolerance is a finding; money that went out in cash or to a payee
 * no rule places is not in any category, and the finding says so when it could explain it.
 */
public final class DeclaredSpendingCheck {

  private final SpendingTolerance tolerance;

  public DeclaredSpendingCheck(SpendingTolerance tolerance) {
    this.tolerance = tolerance;
  }

  /**
   * One flag per category whose figures differ materially, in category order.
   *
   * @param shown spending by category from the statements, cash and unknown payees excluded
   * @param unattributed money out in cash or to unknown payees
   */
  public List<Flag> compare(
      Map<String, Money> declared, Map<String, Money> shown, Money unattributed) {
    TreeSet<String> categories = new TreeSet<>(declared.keySet());
    categories.addAll(shown.keySet());
    List<Flag> flags = new ArrayList<>();
    for (String category : categories) {
      Money said = declared.getOrDefault(category, Money.zero());
      Money seen = shown.getOrDefault(category, Money.zero());
      if (tolerance.material(said, seen)) {
        flags.add(
            Flag.of(
                FlagKind.DECLARED_SPENDING_MISMATCH, sentence(category, said, seen, unattributed)));
      }
    }
    return flags;
  }

  private String sentence(String category, Money said, Money seen, Money unattributed) {
    String name = SpendingCategory.describe(category);
    String declaredPart =
        said.equals(Money.zero())
            ? "You did not declare any spending on " + name
            : "You declared " + said.formatted() + " on " + name;
    String text =
        declaredPart
            + "; the statements show "
            + seen.formatted()
            + ". The difference of "
            + said.minus(seen).abs().formatted()
            + " is more than the "
            + tolerance.allowed(said, seen).formatted()
            + " we allow.";
    if (said.compareTo(seen) > 0 && unattributed.compareTo(Money.zero()) > 0) {
      text +=
          " A further "
              + unattributed.formatted()
              + " went out in cash or to payees we could not place in a"
              + " category, which may explain some of it.";
    }
    return text;
  }
}
