package org.dpsupport.monitoring.domain.model.risk;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The frequency the rules give, every reason that contributed, and (when an officer overrode it)
 * the override. {@link #frequency()} is what the schedule follows.
 */
public record RiskRating(
    ReturnFrequency ruled, List<String> reasons, Optional<RiskOverride> override) {

  public RiskRating {
    Objects.requireNonNull(ruled, "ruled");
    reasons = List.copyOf(reasons);
    Objects.requireNonNull(override, "override");
  }

  public ReturnFrequency frequency() {
    return override.map(RiskOverride::frequency).orElse(ruled);
  }

  /** The reasons as one paragraph, the override's first. */
  public String explanation() {
    String ruledText = String.join(" ", reasons);
    return override
        .map(
            o ->
                "An officer set "
                    + o.frequency().describe()
                    + " returns: "
                    + o.reason()
                    + " (the rules alone say "
                    + ruled.describe()
                    + ": "
                    + ruledText
                    + ")")
        .orElse(ruledText);
  }
}
