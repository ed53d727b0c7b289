package org.dpsupport.monitoring.domain.model.risk;

/** How often an account makes a return; closer monitoring is a shorter period. */
public enum ReturnFrequency {
  MONTHLY(1),
  QUARTERLY(3),
  ANNUAL(12);

  private final int months;

  ReturnFrequency(int months) {
    this.months = months;
  }

  public int months() {
    return months;
  }

  /** The closer of the two. */
  public ReturnFrequency closer(ReturnFrequency other) {
    return months <= other.months ? this : other;
  }

  public String describe() {
    return switch (this) {
      case MONTHLY -> "monthly";
      case QUARTERLY -> "quarterly";
      case ANNUAL -> "annual";
    };
  }
}
