package org.dpsupport.kernel;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * A run of whole days held half-open, [{@code start}, {@code endExclusive}), in the style of
 * threeten-extra's {@code LocalDateRange}: consecutive ranges share a boundary date, so "the
 * statements cover the period with no gap" is {@link #abuts} and "inside the period" is {@link
 * #contains} with no off-by-one. Never empty. Pay periods, return periods and statement periods are
 * built on it.
 */
public record DateRange(LocalDate start, LocalDate endExclusive) {

  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(start)) {
      throw new IllegalArgumentException(
          "A range of dates must end after it starts (" + start + " to " + endExclusive + ").");
    }
  }

  /** From the first and last days, both included, as people and documents write them. */
  public static DateRange inclusive(LocalDate first, LocalDate last) {
    Objects.requireNonNull(last, "last");
    return new DateRange(first, last.plusDays(1));
  }

  /** The last day in the range. */
  public LocalDate lastDay() {
    return endExclusive.minusDays(1);
  }

  /** How many days the range holds. */
  public long lengthInDays() {
    return ChronoUnit.DAYS.between(start, endExclusive);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(start) && date.isBefore(endExclusive);
  }

  /** True when the other range lies wholly inside this one. */
  public boolean encloses(DateRange other) {
    return !other.start.isBefore(start) && !other.endExclusive.isAfter(endExclusive);
  }

  /** True when the two ranges share at least one day. */
  public boolean overlaps(DateRange other) {
    return start.isBefore(other.endExclusive) && other.start.isBefore(endExclusive);
  }

  /** True when one range starts the day after the other ends: no gap and no overlap. */
  public boolean abuts(DateRange other) {
    return endExclusive.equals(other.start) || other.endExclusive.equals(start);
  }
}
