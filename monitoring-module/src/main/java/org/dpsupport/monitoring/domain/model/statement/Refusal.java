package org.dpsupport.monitoring.domain.model.statement;

import java.util.Objects;

/** A document we did not read: the reason code to store and the sentence to show the person. */
public record Refusal(RefusalReason reason, String message) {

  public Refusal {
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(message, "message");
  }

  public static Refusal of(RefusalReason reason, Object... limits) {
    return new Refusal(reason, reason.message(limits));
  }
}
