package org.dpsupport.monitoring.domain.model.reconciliation;

/** Whether a flag still needs the officer, or was dealt with (explained, recovered, closed). */
public enum FlagStatus {
  OPEN,
  RESOLVED
}
