package org.dpsupport.register.domain.model.vetting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One check that stops a profile being approved or keeps it suspended, with what to do about it in
 * plain English.
 *
 * @param check which check
 * @param expired true when the PA had it but it has run out (a renewal); false when never provided
 * @param whatToDo the sentence shown to the PA, e.g. "renew your Care Certificate training (it ran
 *     out on 1 May 2026)"
 * @param lastValidDay the last day the item was valid, when it expired
 */
public record OutstandingItem(
    Check check, boolean expired, String whatToDo, LocalDate lastValidDay) {
  public OutstandingItem {
    Objects.requireNonNull(check, "check");
    Objects.requireNonNull(whatToDo, "whatToDo");
  }

  static OutstandingItem missing(Check check, String whatToDo) {
    return new OutstandingItem(check, false, whatToDo, null);
  }

  static OutstandingItem expired(Check check, String whatToDo, LocalDate lastValidDay) {
    return new OutstandingItem(check, true, whatToDo, lastValidDay);
  }

  public Optional<LocalDate> lastValid() {
    return Optional.ofNullable(lastValidDay);
  }
}
