package org.dpsupport.monitoring.domain.model.statement;

import java.util.List;

/**
 * The result of checking a statement's arithmetic: opening balance plus every transaction equals
 * the closing balance, and each printed running balance equals the previous balance plus the
 * amount. Only a verified statement may be treated as fact downstream.
 */
public record Verification(List<BalanceDisagreement> disagreements, List<String> gaps) {

  public Verification {
    disagreements = List.copyOf(disagreements);
    gaps = List.copyOf(gaps);
  }

  /** Everything added up and nothing needed for the check was missing. */
  public boolean verified() {
    return disagreements.isEmpty() && gaps.isEmpty();
  }

  public String summary() {
    if (verified()) {
      return "VERIFIED";
    }
    return "NOT VERIFIED: "
        + disagreements.size()
        + " disagreement(s)"
        + (gaps.isEmpty() ? "" : ", " + String.join("; ", gaps));
  }
}
