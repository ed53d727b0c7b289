package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.Objects;
import java.util.Optional;

/**
 * One finding of reconciliation: its kind, a sentence an officer reads, and its evidence: the
 * statement line it rests on, the receipt or invoice it rests on, or both.
 */
public record Flag(
    FlagKind kind, String message, Optional<Evidence> evidence, Optional<String> receiptId) {

  public Flag {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(evidence, "evidence");
    Objects.requireNonNull(receiptId, "receiptId");
  }

  public static Flag of(FlagKind kind, String message) {
    return new Flag(kind, message, Optional.empty(), Optional.empty());
  }

  public static Flag on(FlagKind kind, String message, Evidence evidence) {
    return new Flag(kind, message, Optional.of(evidence), Optional.empty());
  }

  /** A finding about a receipt or invoice, cited by its id. */
  public static Flag onReceipt(FlagKind kind, String message, String receiptId) {
    return new Flag(kind, message, Optional.empty(), Optional.of(receiptId));
  }
}
