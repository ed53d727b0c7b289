package org.dpsupport.payroll.domain.model.timesheet;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;
import org.dpsupport.payroll.domain.model.pay.WorkedShift;

/** One shift on a timesheet: when it started and ended, and the rate claimed. */
public record TimesheetEntry(LocalDateTime start, LocalDateTime end, RateType rateType) {

  public TimesheetEntry {
    Objects.requireNonNull(start, "A shift needs its start date and time.");
    Objects.requireNonNull(end, "A shift needs its end date and time.");
    Objects.requireNonNull(rateType, "A shift needs its rate type.");
    if (!end.isAfter(start)) {
      throw new InvalidTimesheetException(
          "The shift starting "
              + start
              + " ends at "
              + end
              + ", which is not after it started. Check the times (a night shift ends the next day).");
    }
    if (Duration.between(start, end).compareTo(Duration.ofHours(24)) > 0) {
      throw new InvalidTimesheetException(
          "The shift starting "
              + start
              + " is longer than 24 hours. Enter each"
              + " day's work as its own shift.");
    }
  }

  public LocalDate date() {
    return start.toLocalDate();
  }

  /** Hours to two decimal places (a quarter hour is 0.25). */
  public BigDecimal hours() {
    return BigDecimal.valueOf(Duration.between(start, end).toMinutes())
        .divide(BigDecimal.valueOf(60), 2, RoundingMode.HALF_UP);
  }

  public boolean overlaps(TimesheetEntry other) {
    return start.isBefore(other.end) && other.start.isBefore(end);
  }

  /** The engine's view of the shift: it pays weekend and bank-holiday rates by date. */
  public WorkedShift toWorkedShift() {
    return new WorkedShift(date(), rateType.shiftKind(), hours());
  }
}
