package org.dpsupport.register.domain.model.profile;

import java.math.BigDecimal;
import java.math.RoundingMode;
import org.dpsupport.kernel.Money;
import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * Pounds an hour, to the penny: the rate a PA seeks, the most a budget holder can pay, or the rate
 * agreed at hire. Whether a rate meets the National Minimum Wage is payroll's rule (a yearly
 * figure), checked when the PA becomes an employee.
 */
public record HourlyRate(BigDecimal poundsPerHour) implements Comparable<HourlyRate> {
  // A sanity bound against typing errors (e.g. 1350 for 13.50), not a policy figure.
  private static final BigDecimal IMPLAUSIBLY_HIGH = new BigDecimal("200.00");

  public HourlyRate {
    if (poundsPerHour == null) {
      throw new InvalidDetailException("Please enter an hourly rate in pounds, for example 13.50.");
    }
    if (poundsPerHour.signum() <= 0) {
      throw new InvalidDetailException("An hourly rate must be more than £0.00.");
    }
    if (poundsPerHour.scale() > 2 && poundsPerHour.stripTrailingZeros().scale() > 2) {
      throw new InvalidDetailException(
          "An hourly rate is in pounds and pence, for example 13.50; "
              + poundsPerHour.toPlainString()
              + " has too many decimal places.");
    }
    if (poundsPerHour.compareTo(IMPLAUSIBLY_HIGH) > 0) {
      throw new InvalidDetailException(
          Money.format(poundsPerHour)
              + " an hour looks too high. Please check it, for example 13.50.");
    }
    poundsPerHour = poundsPerHour.setScale(2, RoundingMode.UNNECESSARY);
  }

  /** A rate from text such as "13.50" or "£13.50". */
  public static HourlyRate of(String pounds) {
    try {
      return new HourlyRate(new BigDecimal(pounds.strip().replace("£", "")));
    } catch (NumberFormatException | NullPointerException e) {
      throw new InvalidDetailException(
          "'"
              + pounds
              + "' is not an amount of money. Please enter pounds and pence, for example 13.50.");
    }
  }

  public boolean isAbove(HourlyRate other) {
    return compareTo(other) > 0;
  }

  @Override
  public int compareTo(HourlyRate other) {
    return poundsPerHour.compareTo(other.poundsPerHour);
  }

  /** "£13.50 an hour". */
  @Override
  public String toString() {
    return Money.format(poundsPerHour) + " an hour";
  }
}
