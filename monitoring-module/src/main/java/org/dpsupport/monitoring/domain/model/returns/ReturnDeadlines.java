package org.dpsupport.monitoring.domain.model.returns;

import java.time.LocalDate;

/**
 * A council's deadlines for returns: due {@code daysToSubmit} after the period ends, with a
 * reminder {@code reminderDaysBefore} the due date. Council data, not literals in code.
 */
public record ReturnDeadlines(int daysToSubmit, int reminderDaysBefore) {

  public ReturnDeadlines {
    if (daysToSubmit < 1 || reminderDaysBefore < 0 || reminderDaysBefore >= daysToSubmit) {
      throw new IllegalArgumentException(
          "A return is due at least a day after its period, and its reminder comes before that");
    }
  }

  public LocalDate dueDate(ReturnPeriod period) {
    return period.endExclusive().plusDays(daysToSubmit - 1L);
  }

  public LocalDate reminderDate(ReturnPeriod period) {
    return dueDate(period).minusDays(reminderDaysBefore);
  }

  public boolean overdue(ReturnPeriod period, LocalDate today) {
    return today.isAfter(dueDate(period));
  }
}
