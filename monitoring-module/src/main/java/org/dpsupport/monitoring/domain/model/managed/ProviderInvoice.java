package org.dpsupport.monitoring.domain.model.managed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/**
 * An invoice or credit note as the provider sent it: its number, the period of care, the hours and
 * rate charged and the total. A credit note names the invoice it takes money off ({@code
 * creditFor}); its hours and rate may be left out, and its amount is what it takes off (positive).
 */
public record ProviderInvoice(
    InvoiceKind kind,
    String number,
    LocalDate periodStart,
    LocalDate periodEnd,
    BigDecimal hours,
    Money rate,
    Money amount,
    String creditFor) {

  public ProviderInvoice {
    Objects.requireNonNull(kind, "kind");
    number = number == null ? "" : number.strip();
    if (number.isEmpty()) {
      throw new IllegalArgumentException("Give the number printed on the invoice.");
    }
    if (number.length() > 40) {
      throw new IllegalArgumentException("The invoice number is longer than 40 characters.");
    }
    if (periodStart == null || periodEnd == null) {
      throw new IllegalArgumentException("Give the first and last day of care the invoice covers.");
    }
    if (periodEnd.isBefore(periodStart)) {
      throw new IllegalArgumentException(
          "The last day of care is before the first. Check the dates on the invoice.");
    }
    if (amount == null || !amount.isPositive()) {
      throw new IllegalArgumentException("The total must be more than £0.00.");
    }
    if (kind == InvoiceKind.INVOICE) {
      if (hours == null || hours.signum() <= 0) {
        throw new IllegalArgumentException("Give the hours of care the invoice charges for.");
      }
      if (rate == null || !rate.isPositive()) {
        throw new IllegalArgumentException("Give the rate per hour the invoice charges.");
      }
      creditFor = null;
    } else {
      creditFor = creditFor == null ? "" : creditFor.strip();
      if (creditFor.isEmpty()) {
        throw new IllegalArgumentException(
            "Give the number of the invoice the credit note is for.");
      }
    }
  }

  /** Days of care the invoice covers, both ends counted. */
  public long days() {
    return periodEnd.toEpochDay() - periodStart.toEpochDay() + 1;
  }

  /** Hours times rate, to the penny (half up), which the total must match. */
  public Money hoursTimesRate() {
    return Money.of(rate.amount().multiply(hours).setScale(2, RoundingMode.HALF_UP));
  }
}
