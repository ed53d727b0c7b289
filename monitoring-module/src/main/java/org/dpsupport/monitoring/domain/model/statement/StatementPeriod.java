package org.dpsupport.monitoring.domain.model.statement;

import java.time.LocalDate;
import java.util.Objects;
import org.dpsupport.kernel.DateRange;

/**
 * The dates a statement covers, both printed dates inclusive. Held as a half-open range [{@code
 * start}, {@code endExclusive}), the shared kernel's {@link DateRange}, so that consecutive
 * statements abut with no gap.
 */
public record StatementPeriod(LocalDate start, LocalDate endExclusive) {

  public StatementPeriod {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(endExclusive, "endExclusive");
    if (!endExclusive.isAfter(start)) {
      throw new IllegalArgumentException("A statement period ends after it starts");
    }
  }

  /** From the first and last dates as the statement prints them. */
  public static StatementPeriod printed(LocalDate first, LocalDate last) {
    return new StatementPeriod(first, last.plusDays(1));
  }

  /** The days the statement covers. */
  public DateRange days() {
    return new DateRange(start, endExclusive);
  }

  public LocalDate lastDay() {
    return days().lastDay();
  }

  public boolean contains(LocalDate date) {
    return days().contains(date);
  }

  /** True when the other period starts the day after this one ends. */
  public boolean abuts(StatementPeriod other) {
    return days().abuts(other.days());
  }
}
