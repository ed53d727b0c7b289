package org.dpsupport.register.domain.model.need;

/** Whether a need is still looking for PAs. */
public enum NeedStatus {
  /** Looking for PAs; shown to matching PAs. */
  OPEN,
  /** Every slot has been filled by hires. */
  FILLED,
  /** The budget holder (or someone for them) stopped looking. */
  CLOSED
}
