package org.dpsupport.monitoring.domain.model.reconciliation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.kernel.Money;

/**
 * A council's reconciliation settings: which description words mean cash, how many days either side
 * of its date a council payment may land, how early payroll payments may leave, the category
 * payroll's payments count under when compared with the declaration, how far declared spending may
 * differ from the statements, above what amount a payment needs a receipt or invoice (none: the
 * council does not ask for them), and how many days may separate a receipt's date from its payment
 * (an invoice may be paid up to {@code invoiceDays} after its date).
 */
public record ReconciliationPolicy(
    List<String> cashWords,
    int councilPaymentDays,
    int payrollEarlyDays,
    String payrollCategory,
    SpendingTolerance declaredTolerance,
    Optional<Money> receiptsRequiredAbove,
    int receiptDays,
    int invoiceDays) {

  public ReconciliationPolicy {
    cashWords = cashWords.stream().map(w -> w.toUpperCase(Locale.UK)).toList();
    Objects.requireNonNull(payrollCategory, "payrollCategory");
    Objects.requireNonNull(declaredTolerance, "declaredTolerance");
    Objects.requireNonNull(receiptsRequiredAbove, "receiptsRequiredAbove");
    if (councilPaymentDays < 0 || payrollEarlyDays < 0 || receiptDays < 0 || invoiceDays < 0) {
      throw new IllegalArgumentException(
          "A number of days in the reconciliation policy cannot be negative");
    }
  }

  /**
   * The settings a council starts with: declared spending may differ by the larger of £50 or 5% of
   * the category, receipts are not asked for, a receipt is paid within 5 days of its date and an
   * invoice within 30.
   */
  public static ReconciliationPolicy standard() {
    return new ReconciliationPolicy(
        List.of("CASH", "ATM", "CASHPOINT", "CASH MACHINE", "LINK "),
        5,
        14,
        "PA_WAGES",
        new SpendingTolerance(Money.parse("50.00"), new BigDecimal("5")),
        Optional.empty(),
        5,
        30);
  }

  public ReconciliationPolicy withDeclaredTolerance(SpendingTolerance tolerance) {
    return new ReconciliationPolicy(
        cashWords,
        councilPaymentDays,
        payrollEarlyDays,
        payrollCategory,
        tolerance,
        receiptsRequiredAbove,
        receiptDays,
        invoiceDays);
  }

  public ReconciliationPolicy withReceiptsRequiredAbove(Optional<Money> threshold) {
    return new ReconciliationPolicy(
        cashWords,
        councilPaymentDays,
        payrollEarlyDays,
        payrollCategory,
        declaredTolerance,
        threshold,
        receiptDays,
        invoiceDays);
  }

  public ReconciliationPolicy withReceiptDays(int receipt, int invoice) {
    return new ReconciliationPolicy(
        cashWords,
        councilPaymentDays,
        payrollEarlyDays,
        payrollCategory,
        declaredTolerance,
        receiptsRequiredAbove,
        receipt,
        invoice);
  }

  public ReconciliationPolicy withPayrollCategory(String category) {
    return new ReconciliationPolicy(
        cashWords,
        councilPaymentDays,
        payrollEarlyDays,
        category,
        declaredTolerance,
        receiptsRequiredAbove,
        receiptDays,
        invoiceDays);
  }

  public boolean isCash(String description) {
    String text = description.toUpperCase(Locale.UK);
    return cashWords.stream().anyMatch(text::contains);
  }

  /**
   * True when the council asks for a receipt or invoice for a payment of this size (money out,
   * positive).
   */
  public boolean needsReceipt(Money paid) {
    return receiptsRequiredAbove.map(threshold -> paid.compareTo(threshold) > 0).orElse(false);
  }
}
