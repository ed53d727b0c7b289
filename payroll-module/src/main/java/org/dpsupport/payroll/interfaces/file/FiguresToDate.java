package org.dpsupport.payroll.interfaces.file;

import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayResult;

/**
 * A PA's RTI figures for the tax year to date, including the payment being reported: what the FPS's
 * FiguresToDate and NIlettersAndValues YTD elements carry. The caller adds each finalised payment
 * with {@link #plus}.
 */
public record FiguresToDate(
    Money taxablePay,
    Money tax,
    Money studentLoans,
    Money postgraduateLoans,
    Money pensionNetPay,
    Money earningsForNi,
    Money atLel,
    Money lelToPt,
    Money ptToUel,
    Money employeeNi,
    Money employerNi) {

  public static final FiguresToDate NONE =
      new FiguresToDate(
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO,
          Money.ZERO);

  public FiguresToDate plus(PayResult r) {
    return new FiguresToDate(
        taxablePay.plus(r.taxablePay()),
        tax.plus(r.incomeTax().taxDueInPeriod()),
        studentLoans.plus(r.amountOf("student-loan")),
        postgraduateLoans.plus(r.amountOf("postgraduate-loan")),
        pensionNetPay.plus(netPayPension(r)),
        earningsForNi.plus(r.earningsForNi()),
        atLel.plus(r.nationalInsurance().earningsAtLel()),
        lelToPt.plus(r.nationalInsurance().earningsLelToPt()),
        ptToUel.plus(r.nationalInsurance().earningsPtToUel()),
        employeeNi.plus(r.nationalInsurance().employeeNi()),
        employerNi.plus(r.nationalInsurance().employerNi()));
  }

  /** Pension contributions under a net pay arrangement (taken before tax), as RTI reports them. */
  static Money netPayPension(PayResult r) {
    return r.pension() != null && r.pension().deductedBeforeTax()
        ? r.pension().employeeDeduction()
        : Money.ZERO;
  }
}
