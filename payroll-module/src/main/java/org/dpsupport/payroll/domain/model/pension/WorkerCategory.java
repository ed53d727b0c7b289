package org.dpsupport.payroll.domain.model.pension;

/** A worker's auto-enrolment category in a pay period (Pensions Act 2008 ss.1-3). */
public enum WorkerCategory {
  /** Aged 22 to State Pension age, earning above the period trigger: must be enrolled. */
  ELIGIBLE_JOBHOLDER,
  /**
   * Earning above the qualifying earnings lower limit but not eligible: may opt in, with employer
   * contributions.
   */
  NON_ELIGIBLE_JOBHOLDER,
  /** Aged 16 to 74 earning at or below the lower limit: may ask to join. */
  ENTITLED_WORKER,
  /** Under 16 or over 74: no auto-enrolment duties. */
  OUTSIDE_AUTO_ENROLMENT
}
