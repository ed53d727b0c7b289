package org.dpsupport.payroll.domain.model.pay;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** Time worked on one date, as a timesheet records it. */
public record WorkedShift(LocalDate date, ShiftKind kind, BigDecimal hours) {
  public WorkedShift {
    Objects.requireNonNull(date, "A shift needs its date.");
    Objects.requireNonNull(kind, "A shift needs its kind: DAY, NIGHT, WAKING_NIGHT or SLEEP_IN.");
    if (hours == null || hours.signum() < 0 || hours.compareTo(BigDecimal.valueOf(24)) > 0) {
      throw new IllegalArgumentException(
          "The shift on "
              + date
              + " has "
              + hours
              + " hours; give the hours worked that day, from 0 to 24.");
    }
  }
}
