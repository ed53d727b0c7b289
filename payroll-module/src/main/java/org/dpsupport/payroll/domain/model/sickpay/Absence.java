package org.dpsupport.payroll.domain.model.sickpay;

import java.time.LocalDate;
import java.util.Objects;

/** A run of days a PA was too ill to work, first and last day included. */
public record Absence(LocalDate firstDay, LocalDate lastDay) {
  public Absence {
    Objects.requireNonNull(firstDay, "A sickness absence needs its first day.");
    Objects.requireNonNull(
        lastDay, "A sickness absence needs its last day (the first day if it was one day).");
    if (lastDay.isBefore(firstDay)) {
      throw new IllegalArgumentException(
          "The sickness absence from "
              + firstDay
              + " ends on "
              + lastDay
              + ", before it starts; check the dates.");
    }
  }
}
