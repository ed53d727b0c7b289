package org.dpsupport.register.domain.model.vetting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * Register staff's check that the PA may work in the UK.
 *
 * @param checkedOn when the documents or share code were checked
 * @param permissionEndsOn the last day of a time-limited permission to work, or null when unlimited
 */
public record RightToWorkCheck(LocalDate checkedOn, LocalDate permissionEndsOn) {
  public RightToWorkCheck {
    Objects.requireNonNull(checkedOn, "checkedOn");
  }

  public static RightToWorkCheck unlimited(LocalDate checkedOn) {
    return new RightToWorkCheck(checkedOn, null);
  }

  public static RightToWorkCheck timeLimited(LocalDate checkedOn, LocalDate permissionEndsOn) {
    return new RightToWorkCheck(
        checkedOn, Objects.requireNonNull(permissionEndsOn, "permissionEndsOn"));
  }

  public Optional<LocalDate> permissionEnds() {
    return Optional.ofNullable(permissionEndsOn);
  }
}
