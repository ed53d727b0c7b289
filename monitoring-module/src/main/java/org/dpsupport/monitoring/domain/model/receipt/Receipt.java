package org.dpsupport.monitoring.domain.model.receipt;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.kernel.Money;

/**
 * A receipt or invoice as read: who it is from, its date, the total and the VAT where one is shown
 * (many care providers are exempt, so no VAT is normal). Each with a confidence.
 */
public record Receipt(
    Finding<String> supplier,
    Finding<LocalDate> date,
    Finding<Money> total,
    Optional<Finding<Money>> vat,
    java.util.List<ReceiptLine> lines) {

  public Receipt {
    Objects.requireNonNull(supplier, "supplier");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(total, "total");
    Objects.requireNonNull(vat, "vat");
    lines = java.util.List.copyOf(lines);
  }

  /** A receipt without its item lines (none printed, or not kept). */
  public Receipt(
      Finding<String> supplier,
      Finding<LocalDate> date,
      Finding<Money> total,
      Optional<Finding<Money>> vat) {
    this(supplier, date, total, vat, java.util.List.of());
  }

  /**
   * True when the item lines add up to the total before VAT (or the total where no VAT is shown);
   * empty when no item lines were found.
   */
  public Optional<Boolean> linesAddUp() {
    if (lines.isEmpty()) {
      return Optional.empty();
    }
    Money sum = Money.zero();
    for (ReceiptLine line : lines) {
      sum = sum.plus(line.amount());
    }
    Money expected = vat.map(v -> total.value().minus(v.value())).orElse(total.value());
    return Optional.of(sum.equals(expected) || sum.equals(total.value()));
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
