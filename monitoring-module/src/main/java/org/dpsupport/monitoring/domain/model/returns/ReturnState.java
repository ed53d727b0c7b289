package org.dpsupport.monitoring.domain.model.returns;

/** Where a return is in its life. */
public enum ReturnState {
  /** Opened for the period; waiting for the budget holder. */
  OPEN,
  /** Past its due date and still not submitted. */
  OVERDUE,
  /** Submitted; one or more uploads still wait for an officer to read them. */
  SUBMITTED,
  /** Reconciled with no flags: accepted without an officer opening it. */
  ACCEPTED_AUTOMATICALLY,
  /** Reconciled with flags: in the officer's queue. */
  FLAGGED,
  /** An officer dealt with every flag and accepted it. */
  ACCEPTED_BY_OFFICER;

  public boolean submitted() {
    return this != OPEN && this != OVERDUE;
  }

  public boolean closed() {
    return this == ACCEPTED_AUTOMATICALLY || this == ACCEPTED_BY_OFFICER;
  }
}
