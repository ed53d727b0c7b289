package org.dpsupport.payroll.domain.model.timesheet;

/**
 * A timesheet that cannot be right (overlapping shifts, more than 24 hours a day, work outside the
 * employment).
 */
public class InvalidTimesheetException extends IllegalArgumentException {
  public InvalidTimesheetException(String message) {
    super(message);
  }
}
