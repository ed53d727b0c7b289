package org.dpsupport.monitoring.domain.model.receipt;

import java.util.Objects;

/** Something read from a receipt, how sure we are, and the printed line it came from. */
public record Finding<T>(T value, Confidence confidence, String evidence) {

  public Finding {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(confidence, "confidence");
    evidence = evidence == null ? "" : evidence;
  }
}
