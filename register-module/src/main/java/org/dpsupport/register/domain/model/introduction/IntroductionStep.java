package org.dpsupport.register.domain.model.introduction;

import java.time.Instant;
import java.util.Objects;
import org.dpsupport.register.domain.model.people.Actor;

/** One step of an introduction: the state it reached, who took the step and when, and any note. */
public record IntroductionStep(IntroductionState state, Actor by, Instant at, String note) {
  public IntroductionStep {
    Objects.requireNonNull(state, "state");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(at, "at");
    note = note == null ? "" : note.strip();
  }
}
