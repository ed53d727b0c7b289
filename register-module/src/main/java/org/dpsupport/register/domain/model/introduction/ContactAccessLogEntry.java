package org.dpsupport.register.domain.model.introduction;

import java.time.Instant;
import java.util.Objects;
import org.dpsupport.register.domain.model.people.Actor;

/**
 * A record that someone saw a person's contact details: the server must save one for every
 * disclosure ("every view of contact details is logged"). It names whose details were seen, not the
 * details themselves.
 *
 * @param introduction the introduction that allowed the view
 * @param whoseDetails the reference of the person whose details were seen (a PA id or budget holder
 *     reference)
 * @param viewer who saw them
 * @param at when
 */
public record ContactAccessLogEntry(
    IntroductionId introduction, String whoseDetails, Actor viewer, Instant at) {
  public ContactAccessLogEntry {
    Objects.requireNonNull(introduction, "introduction");
    Objects.requireNonNull(whoseDetails, "whoseDetails");
    Objects.requireNonNull(viewer, "viewer");
    Objects.requireNonNull(at, "at");
  }
}
