package org.dpsupport.monitoring.domain.model.cases;

/** Where an officer's action stands. */
public enum CaseActionStatus {
  /** Done when recorded: nothing more follows from it. */
  DONE,
  /** A question or a proposed recovery the budget holder has not answered yet. */
  AWAITING_RESPONSE,
  /** The budget holder has answered. */
  RESPONDED,
  /** A safeguarding referral still open. */
  OPEN,
  /** A proposed recovery the officer confirmed. */
  CONFIRMED,
  /** A question or proposal the officer's closing of the case ended. */
  CLOSED;

  /** Whether the budget holder's answer is awaited or in and the officer has yet to act on it. */
  public boolean pending() {
    return this == AWAITING_RESPONSE || this == RESPONDED;
  }
}
