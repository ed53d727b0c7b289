package org.dpsupport.register.domain.service;

import java.util.List;
import java.util.Objects;
import org.dpsupport.register.domain.model.need.NeedId;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PublicProfile;
import org.dpsupport.register.domain.model.profile.WeeklySlots;

/**
 * One PA matched to one need: the PA as budget holders may see them (no contact details), the score
 * and the explanation whose points add up to the score, and the slots the PA can cover.
 */
public record Match(
    NeedId needId,
    PublicProfile pa,
    int score,
    List<ScoreLine> explanation,
    WeeklySlots slotsCovered) {
  public Match {
    Objects.requireNonNull(needId, "needId");
    Objects.requireNonNull(pa, "pa");
    explanation = List.copyOf(explanation);
    int sum = explanation.stream().mapToInt(ScoreLine::points).sum();
    if (sum != score) {
      throw new IllegalStateException(
          "A match's explanation must add up to its score: " + sum + " is not " + score);
    }
  }

  public PaId paId() {
    return pa.id();
  }

  /**
   * The explanation as one sentence: "available 5 of your 6 slots (+50); works in your area (RM10)
   * (+0); ...".
   */
  public String explanationText() {
    return String.join("; ", explanation.stream().map(ScoreLine::toString).toList());
  }
}
