package org.dpsupport.payroll.domain.model.pension;

import java.time.LocalDate;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.Finding;

/**
 * The period's auto-enrolment assessment and pension contributions. {@code employeeDeduction} is
 * what leaves the PA's pay (net of basic-rate relief under relief at source); {@code enrolledOn} is
 * the enrolment date after this period, for the caller to keep.
 */
public record AutoEnrolmentAssessment(
    WorkerCategory category,
    Action action,
    ReliefMethod reliefMethod,
    Money qualifyingEarnings,
    Money employeeContribution,
    Money employeeDeduction,
    Money employerContribution,
    Money optOutRefund,
    LocalDate enrolledOn,
    Basis basis,
    List<Finding> findings) {

  /** What the employer did this period. */
  public enum Action {
    NOT_ENROLLED,
    POSTPONED,
    ENROLLED_THIS_PERIOD,
    CONTRIBUTING,
    OPTED_OUT_REFUNDED,
    OPTED_OUT
  }

  public boolean deductedBeforeTax() {
    return reliefMethod == ReliefMethod.NET_PAY;
  }
}
