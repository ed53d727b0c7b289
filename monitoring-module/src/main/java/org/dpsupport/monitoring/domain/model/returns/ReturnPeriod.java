package org.dpsupport.monitoring.domain.model.returns;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import org.dpsupport.kernel.DateRange;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;

/**
 * The dates a return accounts for, as a half-open range [{@code start}, {@code endExclusive}): the
 * shared kernel's {@link DateRange} with a return's frequency and wording.
 */
public record ReturnPeriod(LocalDate start, LocalDate endExclusive) {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public ReturnPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(start)) {
      throw new IllegalArgumentException("A return period ends after it starts");
    }
  }

  /** The period of the given frequency that starts on {@code start}. */
  public static ReturnPeriod starting(LocalDate start, ReturnFrequency frequency) {
    return new ReturnPeriod(start, start.plusMonths(frequency.months()));
  }

  public ReturnPeriod next(ReturnFrequency frequency) {
    return starting(endExclusive, frequency);
  }

  /** The days of the period. */
  public DateRange days() {
    return new DateRange(start, endExclusive);
  }

  public LocalDate lastDay() {
    return days().lastDay();
  }

  public boolean contains(LocalDate date) {
    return days().contains(date);
  }

  public boolean overlaps(ReturnPeriod other) {
    return days().overlaps(other.days());
  }

  /** "1 April 2026 to 30 June 2026", as a person reads it. */
  public String describe() {
    return SHOWN.format(start) + " to " + SHOWN.format(lastDay());
  }
}
