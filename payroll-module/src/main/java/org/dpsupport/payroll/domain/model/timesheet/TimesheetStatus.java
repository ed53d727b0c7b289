package org.dpsupport.payroll.domain.model.timesheet;

/**
 * Where a timesheet stands: submitted (it may still be replaced by a corrected one) or approved by
 * the employer or on their behalf (then the next pay run pays it, and it never changes).
 */
public enum TimesheetStatus {
  SUBMITTED,
  APPROVED
}
