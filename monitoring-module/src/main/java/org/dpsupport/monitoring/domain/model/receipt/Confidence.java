package org.dpsupport.monitoring.domain.model.receipt;

/** How sure the reader is of one thing it found on a receipt. */
public enum Confidence {
  /** Labelled and cross-checked (e.g. net plus VAT equals the total, or the largest heading). */
  HIGH,
  /** Labelled, or the only candidate, but not cross-checked. */
  MEDIUM,
  /** A best guess: an officer should look. */
  LOW
}
