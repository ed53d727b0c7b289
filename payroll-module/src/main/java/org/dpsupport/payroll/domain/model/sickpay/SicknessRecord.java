package org.dpsupport.payroll.domain.model.sickpay;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;

/**
 * A PA's recent sickness: every absence in the last months (so earlier spells can link), the days
 * of the week they normally work (qualifying days) and their average weekly earnings over the 8
 * weeks before the sickness began.
 */
public record SicknessRecord(
    List<Absence> absences, Set<DayOfWeek> qualifyingDays, BigDecimal averageWeeklyEarnings) {
  public SicknessRecord {
    absences = absences == null ? List.of() : List.copyOf(absences);
    if (qualifyingDays == null || qualifyingDays.isEmpty()) {
      throw new IllegalArgumentException(
          "Sick pay needs the PA's qualifying days, the days of the week they "
              + "normally work, e.g. MONDAY to FRIDAY.");
    }
    qualifyingDays = Set.copyOf(qualifyingDays);
    if (averageWeeklyEarnings == null || averageWeeklyEarnings.signum() < 0) {
      throw new IllegalArgumentException(
          "Sick pay needs the PA's average weekly earnings over the 8 weeks before "
              + "the sickness began.");
    }
  }
}
