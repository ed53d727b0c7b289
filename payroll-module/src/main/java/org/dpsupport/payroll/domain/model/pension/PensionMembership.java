package org.dpsupport.payroll.domain.model.pension;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * The PA's workplace pension as the payroll knows it: scheme terms, when they started work, were
 * enrolled, postponed or opted out, employee contributions awaiting an opt-out refund, and the
 * employer's re-enrolment date (null until the employer chooses one).
 */
public record PensionMembership(
    ReliefMethod reliefMethod,
    BigDecimal employeePercent,
    BigDecimal employerPercent,
    LocalDate employmentStartDate,
    LocalDate enrolledOn,
    LocalDate postponedUntil,
    LocalDate optedOutOn,
    BigDecimal contributionsToRefund,
    LocalDate reEnrolmentDate) {

  /** A membership with no re-enrolment date chosen. */
  public PensionMembership(
      ReliefMethod reliefMethod,
      BigDecimal employeePercent,
      BigDecimal employerPercent,
      LocalDate employmentStartDate,
      LocalDate enrolledOn,
      LocalDate postponedUntil,
      LocalDate optedOutOn,
      BigDecimal contributionsToRefund) {
    this(
        reliefMethod,
        employeePercent,
        employerPercent,
        employmentStartDate,
        enrolledOn,
        postponedUntil,
        optedOutOn,
        contributionsToRefund,
        null);
  }

  public PensionMembership {
    Objects.requireNonNull(
        reliefMethod, "The pension's relief method is missing: RELIEF_AT_SOURCE or NET_PAY.");
    if (employeePercent == null || employerPercent == null) {
      throw new IllegalArgumentException(
          "The pension's employee and employer contribution percentages are missing.");
    }
  }
}
