package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.kernel.Money;

/**
 * The outcome of reconciling a return: a category for every line, spending by category, the closing
 * balance and surplus over the contingency, the receipts and invoices found on the statements, and
 * the flags. No flags means the return can be accepted without an officer.
 */
public record Reconciliation(
    Map<LineRef, LineCategory> categories,
    Map<String, Money> spendingByCategory,
    Optional<Money> closingBalance,
    Money surplus,
    List<ReceiptMatch> receiptMatches,
    List<Flag> flags) {

  public Reconciliation {
    categories = Map.copyOf(categories);
    spendingByCategory = Map.copyOf(spendingByCategory);
    Objects.requireNonNull(closingBalance, "closingBalance");
    Objects.requireNonNull(surplus, "surplus");
    receiptMatches = List.copyOf(receiptMatches);
    flags = List.copyOf(flags);
  }

  public boolean clean() {
    return flags.isEmpty();
  }
}
