package org.dpsupport.payroll.domain.model.pension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The PA's workplace pension as the payroll knows it: scheme terms, when they started work, were
 * enrolled, postponed or opted out, and employee contributions awaiting an opt-out refund.
 */
public record PensionMembership(
    ReliefMethod reliefMethod,
    BigDecimal employeePercent,
    BigDecimal employerPercent,
    LocalDate employmentStartDate,
    LocalDate enrolledOn,
    LocalDate postponedUntil,
    LocalDate optedOutOn,
    BigDecimal contributionsToRefund) {

  public PensionMembership {
    Objects.requireNonNull(
        reliefMethod, "The pension's relief method is missing: RELIEF_AT_SOURCE or NET_PAY.");
    if (employeePercent == null || employerPercent == null) {
      throw new IllegalArgumentException(
          "The pension's employee and employer contribution percentages are missing.");
    }
  }
}
