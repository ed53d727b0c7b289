package org.dpsupport.register.domain.model.profile;

import java.time.LocalDate;
import java.util.Objects;
import org.dpsupport.register.domain.model.people.Actor;

/**
 * The last change of a profile's vetting status: what, who and when, with a note (a rejection
 * reason, or the items that caused a suspension).
 */
public record VettingDecision(VettingStatus status, Actor by, LocalDate on, String note) {
  public VettingDecision {
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(by, "by");
    Objects.requireNonNull(on, "on");
    note = note == null ? "" : note.strip();
  }
}
