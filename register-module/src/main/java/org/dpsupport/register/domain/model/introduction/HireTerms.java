package org.dpsupport.register.domain.model.introduction;

import java.time.LocalDate;
import java.util.Objects;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.WeeklySlots;

/**
 * What the budget holder and the PA agreed when the PA is hired.
 *
 * @param startDate the first day of work
 * @param agreedRate the hourly rate agreed (may differ from the rate the PA sought)
 * @param slotsAgreed the weekly slots the PA will work; they come off the need
 */
public record HireTerms(LocalDate startDate, HourlyRate agreedRate, WeeklySlots slotsAgreed) {
  public HireTerms {
    Objects.requireNonNull(startDate, "startDate");
    if (agreedRate == null) {
      throw new InvalidDetailException(
          "Please enter the hourly rate you agreed with the PA, for example 13.50.");
    }
    if (slotsAgreed == null || slotsAgreed.isEmpty()) {
      throw new InvalidDetailException(
          "Please choose the times of the week the PA will work for you.");
    }
  }
}
