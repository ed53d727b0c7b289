package org.dpsupport.monitoring.domain.model.risk;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

/** What risk rating looks at for one account on one day. */
public record RiskFacts(
    LocalDate startDate,
    LocalDate asAt,
    int poorReturnsInLastTwoYears,
    Set<ConcernKind> openConcerns) {

  public RiskFacts {
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(asAt, "asAt");
    openConcerns = Set.copyOf(openConcerns);
  }
}
