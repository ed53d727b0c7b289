package org.dpsupport.register.domain.service;

import java.util.Objects;

/**
 * One line of a match's explanation and the points it adds, e.g. "available 5 of your 6 slots"
 * (+50). Lines with no points say a requirement is met ("works in your area") or a preference is
 * not, so the budget holder sees the whole picture.
 */
public record ScoreLine(String reason, int points) {
  public ScoreLine {
    Objects.requireNonNull(reason, "reason");
    if (points < 0) {
      throw new IllegalArgumentException("Score lines only add points: " + reason + " " + points);
    }
  }

  /** "available 5 of your 6 slots (+50)". */
  @Override
  public String toString() {
    return reason + " (+" + points + ")";
  }
}
