package org.dpsupport.register.domain.model.people;

import java.util.Objects;
import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * Who did something: their role and the server's reference for them (a user id), so every step of
 * an introduction and every view of contact details records who and when.
 *
 * @param role the part they play
 * @param reference the server's identifier for the person, e.g. a login name
 */
public record Actor(ActorRole role, String reference) {
  public Actor {
    Objects.requireNonNull(role, "role");
    if (reference == null || reference.isBlank()) {
      throw new InvalidDetailException("Every action must say who did it.");
    }
    reference = reference.strip();
  }

  public static Actor personalAssistant(String reference) {
    return new Actor(ActorRole.PERSONAL_ASSISTANT, reference);
  }

  public static Actor budgetHolder(String reference) {
    return new Actor(ActorRole.BUDGET_HOLDER, reference);
  }

  public static Actor registerStaff(String reference) {
    return new Actor(ActorRole.REGISTER_STAFF, reference);
  }
}
