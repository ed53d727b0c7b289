package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.Objects;

/** What reconciliation decided one statement line is. */
public record LineCategory(Source source, String category) {

  /** How the line was recognised. */
  public enum Source {
    COUNCIL_PAYMENT,
    PAYROLL,
    PAYEE_RULE,
    /** A card payment placed by the merchant category code the card scheme gives the merchant. */
    MERCHANT_CATEGORY,
    CASH,
    /** A card payment at a kind of business the card must not be used at. */
    BLOCKED,
    OTHER_INCOME,
    UNKNOWN
  }

  public LineCategory {
    Objects.requireNonNull(source, "source");
    Objects.requireNonNull(category, "category");
  }
}
