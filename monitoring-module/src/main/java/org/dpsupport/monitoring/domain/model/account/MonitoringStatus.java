package org.dpsupport.monitoring.domain.model.account;

/** Whether an account is being monitored: returns open only while it is active. */
public enum MonitoringStatus {
  /** Returns open and are chased. */
  ACTIVE,
  /** Paused by an officer: no returns open until monitoring resumes. */
  SUSPENDED,
  /** The direct payment has ended: no more returns. */
  ENDED
}
