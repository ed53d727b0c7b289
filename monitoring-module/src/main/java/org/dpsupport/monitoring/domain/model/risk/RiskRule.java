package org.dpsupport.monitoring.domain.model.risk;

import java.util.Objects;
import java.util.Optional;

/**
 * One council-configurable risk rule: when {@code condition} holds (with its threshold or concern
 * kind), returns are at least as frequent as {@code frequency}; {@code reason} is the sentence an
 * officer reads, with {@code %s} for the detail.
 */
public record RiskRule(
    String code,
    RiskCondition condition,
    int threshold,
    Optional<ConcernKind> concern,
    ReturnFrequency frequency,
    String reason) {

  public RiskRule {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(condition, "condition");
    Objects.requireNonNull(concern, "concern");
    Objects.requireNonNull(frequency, "frequency");
    Objects.requireNonNull(reason, "reason");
    if (condition == RiskCondition.OPEN_CONCERN && concern.isEmpty()) {
      throw new IllegalArgumentException(
          "Risk rule " + code + " looks at a concern but names none");
    }
  }
}
