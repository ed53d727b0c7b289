package org.dpsupport.payroll.domain.model.payrun;

/**
 * Where an employer's pay run for a period stands: draft, calculated, approved, finalised. A run
 * can be recalculated until it is approved and sent back to draft until it is finalised; a
 * finalised run is what was paid and reported to HMRC, so it never changes again: a mistake is
 * corrected in the next period's run.
 */
public enum PayRunStatus {
  DRAFT,
  CALCULATED,
  APPROVED,
  FINALISED;

  public PayRunStatus calculate() {
    if (this == DRAFT || this == CALCULATED) {
      return CALCULATED;
    }
    throw refused(
        "calculated again",
        this == APPROVED
            ? "Send it back to draft first if the figures must change."
            : "Put any correction into the next period's run.");
  }

  public PayRunStatus approve() {
    if (this == CALCULATED) {
      return APPROVED;
    }
    throw refused(
        "approved", this == DRAFT ? "Calculate it first." : "It has already been approved.");
  }

  public PayRunStatus finalise() {
    if (this == APPROVED) {
      return FINALISED;
    }
    throw refused(
        "finalised", this == FINALISED ? "It has already been finalised." : "Approve it first.");
  }

  public PayRunStatus backToDraft() {
    if (this != FINALISED) {
      return DRAFT;
    }
    throw refused("changed", "Put any correction into the next period's run.");
  }

  public boolean isFinal() {
    return this == FINALISED;
  }

  private PayRunStateException refused(String what, String advice) {
    return new PayRunStateException(
        "This pay run is "
            + name().toLowerCase(java.util.Locale.ROOT)
            + ", so it cannot be "
            + what
            + ". "
            + advice);
  }
}
