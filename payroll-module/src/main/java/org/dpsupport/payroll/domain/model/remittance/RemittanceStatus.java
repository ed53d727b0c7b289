package org.dpsupport.payroll.domain.model.remittance;

/** Where one run's payment over stands on a given day. */
public enum RemittanceStatus {
  /** The run is not finalised, so nothing is owed yet. */
  NOT_FINALISED,
  /** The run deducted nothing to pay over. */
  NOTHING_TO_PAY,
  /** Owed, and its due date has not passed. */
  DUE,
  /** Owed, and its due date has passed. */
  OVERDUE,
  /** The agency recorded the payment. */
  PAID
}
