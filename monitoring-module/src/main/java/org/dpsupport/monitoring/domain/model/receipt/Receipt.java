package org.dpsupport.monitoring.domain.model.receipt;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.monitoring.domain.model.money.Money;

/**
 * A receipt or invoice as read: who it is from, its date, the total and the VAT where one is shown
 * (many care providers are exempt, so no VAT is normal). Each with a confidence.
 */
public record Receipt(
    Finding<String> supplier,
    Finding<LocalDate> date,
    Finding<Money> total,
    Optional<Finding<Money>> vat) {

  public Receipt {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(vat, "vat");
  }

  /** The lowest confidence of anything found: an officer should look when it is LOW. */
  public Confidence overallConfidence() {
    Confidence lowest = Confidence.HIGH;
    for (Confidence c :
        new Confidence[] {
          supplier.confidence(),
          date.confidence(),
          total.confidence(),
          vat.map(Finding::confidence).orElse(Confidence.HIGH)
        }) {
      if (c.compareTo(lowest) > 0) {
        lowest = c;
      }
    }
    return lowest;
  }
}
