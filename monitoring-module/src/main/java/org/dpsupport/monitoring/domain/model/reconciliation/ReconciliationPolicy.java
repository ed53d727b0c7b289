package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.List;
import java.util.Locale;

/**
 * A council's reconciliation settings: which description words mean cash, how many days either
 * side of its date a council payment may land, and how early payroll payments may leave.
 */
public record ReconciliationPolicy(List<String> cashWords, int councilPaymentDays, int payrollEarlyDays) {

  public ReconciliationPolicy {
    cashWords = cashWords.stream().map(w -> w.toUpperCase(Locale.UK)).toList();
  }

  public static ReconciliationPolicy standard() {
    return new ReconciliationPolicy(
        List.of("CASH", "ATM", "CASHPOINT", "CASH MACHINE", "LINK "), 5, 14);
  }

  public boolean isCash(String description) {
    String text = description.toUpperCase(Locale.UK);
    return cashWords.stream().anyMatch(text::contains);
  }
}
