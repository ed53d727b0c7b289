package org.dpsupport.monitoring.domain.model.cases;

/** What an officer can do about a return, each with the words the case page shows. */
public enum CaseActionKind {
  ACCEPT_EXPLANATION("Accept the explanation for the chosen flags"),
  ASK_QUESTION("Ask the budget holder a question"),
  CHANGE_FREQUENCY("Change how often returns are due"),
  PROPOSE_SURPLUS_RECOVERY("Propose recovering a surplus"),
  CONFIRM_SURPLUS_RECOVERY("Confirm the proposed surplus recovery"),
  REFER_SOCIAL_WORKER("Refer to the social worker"),
  REFER_SAFEGUARDING("Refer to safeguarding"),
  REQUEST_REVIEW("Ask for a review of the direct payment"),
  RECORD_REVIEW("Record a review that has been done"),
  SUSPEND("Suspend the direct payment"),
  END("End the direct payment"),
  CLOSE_CASE("Close the case");

  private final String label;

  CaseActionKind(String label) {
    this.label = label;
  }

  /** What the case page calls it. */
  public String label() {
    return label;
  }
}
