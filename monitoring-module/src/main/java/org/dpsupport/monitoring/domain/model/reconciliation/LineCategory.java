package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.Objects;

/** What reconciliation decided one statement line is. */
public record LineCategory(Source source, String category) {

  /** How the line was recognised. */
  public enum Source {
    COUNCIL_PAYMENT,
    PAYROLL,
    PAYEE_RULE,
    CASH,
    OTHER_INCOME,
    UNKNOWN
  }

  public LineCategory {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(category, "category");
  }
}
