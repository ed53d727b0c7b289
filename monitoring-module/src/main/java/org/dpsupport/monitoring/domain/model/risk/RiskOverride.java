package org.dpsupport.monitoring.domain.model.risk;

import java.time.LocalDate;
import java.util.Objects;

/** An officer's decision to set the frequency themselves, with who, when and why. */
public record RiskOverride(
    ReturnFrequency frequency, String officer, LocalDate decidedOn, String reason) {

  public RiskOverride {
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(officer, "officer");
    Objects.requireNonNull(decidedOn, "decidedOn");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "Say why you are changing how often this account makes a return.");
    }
  }
}
