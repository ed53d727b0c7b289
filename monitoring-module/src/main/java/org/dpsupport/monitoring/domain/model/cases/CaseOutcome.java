package org.dpsupport.monitoring.domain.model.cases;

/** How a case ends: the explanation accepted, a surplus recovered, or referred on. */
public enum CaseOutcome {
  ACCEPTED("Accepted: nothing more is needed"),
  RECOVERY("Surplus to be recovered"),
  REFERRED("Referred to the social worker for a review");

  private final String label;

  CaseOutcome(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }
}
