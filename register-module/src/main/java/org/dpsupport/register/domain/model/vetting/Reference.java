package org.dpsupport.register.domain.model.vetting;

import java.time.LocalDate;
import java.util.Optional;
import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * A reference for the PA. It counts towards approval once staff have verified it (spoken to the
 * referee or confirmed who they are).
 *
 * @param referee who gave it, e.g. "former employer, Ford Dagenham"
 * @param receivedOn when it arrived, or null if not yet
 * @param verifiedOn when staff verified it, or null if not yet
 */
public record Reference(String referee, LocalDate receivedOn, LocalDate verifiedOn) {
  public Reference {
    if (referee == null || referee.isBlank()) {
      throw new InvalidDetailException("Please say who the reference is from.");
    }
    if (verifiedOn != null && receivedOn == null) {
      throw new InvalidDetailException("A reference must be received before it can be verified.");
    }
    if (verifiedOn != null && verifiedOn.isBefore(receivedOn)) {
      throw new InvalidDetailException("A reference cannot be verified before it was received.");
    }
  }

  public static Reference verified(String referee, LocalDate receivedOn, LocalDate verifiedOn) {
    return new Reference(referee, receivedOn, verifiedOn);
  }

  public static Reference received(String referee, LocalDate receivedOn) {
    return new Reference(referee, receivedOn, null);
  }

  public boolean isVerified() {
    return verifiedOn != null;
  }

  public Optional<LocalDate> received() {
    return Optional.ofNullable(receivedOn);
  }
}
