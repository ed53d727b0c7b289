package org.dpsupport.monitoring.domain.model.reconciliation;

/** The kinds of finding, each with its severity (3 most serious) for the officer's queue. */
public enum FlagKind {
  STATEMENTS_DO_NOT_COVER_PERIOD(2, "Statements do not cover the whole period"),
  BALANCES_DO_NOT_VERIFY(2, "Balances do not add up"),
  SURPLUS_OVER_CONTINGENCY(2, "Surplus above the contingency"),
  CASH_WITHDRAWAL(2, "Cash withdrawal"),
  BLOCKED_MERCHANT(3, "Card used where it must not be"),
  UNKNOWN_PAYEE(1, "Payment to an unknown payee"),
  OUTSIDE_PLAN(2, "Spending outside the support plan"),
  LATE_HMRC_OR_PENSION(3, "HMRC or pension paid late or not at all"),
  MISSING_PAYROLL_PAYMENT(2, "Expected payroll payment not found"),
  MISSING_COUNCIL_PAYMENT(1, "Council payment not found"),
  DECLARED_SPENDING_MISMATCH(2, "Declared spending differs from the statements"),
  RECEIPT_MISSING(1, "Payment without a receipt or invoice"),
  RECEIPT_NOT_ON_STATEMENTS(1, "Receipt or invoice that matches no payment"),
  DOCUMENT_NEEDS_OFFICER(1, "A document we could not read"),
  RETURN_OVERDUE(2, "Return overdue");

  private final int severity;
  private final String title;

  FlagKind(int severity, String title) {
    this.severity = severity;
    this.title = title;
  }

  public int severity() {
    return severity;
  }

  public String title() {
    return title;
  }
}
