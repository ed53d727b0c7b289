package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.Objects;
import java.util.Optional;

/** One finding of reconciliation: its kind, a sentence an officer reads, and its evidence line. */
public record Flag(FlagKind kind, String message, Optional<Evidence> evidence) {

  public Flag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(evidence, "evidence");
  }

  public static Flag of(FlagKind kind, String message) {
    return new Flag(kind, message, Optional.empty());
  }

  public static Flag on(FlagKind kind, String message, Evidence evidence) {
    return new Flag(kind, message, Optional.of(evidence));
  }
}
