package org.dpsupport.payroll.interfaces.file;

import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayResult;

/**
 * What a payslip shows for the tax year to date, including the payment it is for: gross pay,
 * taxable pay, income tax, employee National Insurance, the PA's pension contributions and student
 * and postgraduate loan repayments. The caller sums the stored, finalised payslips of the tax year
 * before this payment and adds this one with {@link #plus}.
 */
public record PayslipToDate(
    Money grossPay,
    Money taxablePay,
    Money incomeTax,
    Money employeeNi,
    Money pension,
    Money studentLoans,
    Money postgraduateLoans) {

  public static final PayslipToDate NONE =
      new PayslipToDate(
          Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO);

  public PayslipToDate plus(PayResult r) {
    return new PayslipToDate(
        grossPay.plus(r.grossPay()),
        taxablePay.plus(r.taxablePay()),
        incomeTax.plus(r.incomeTax().taxDueInPeriod()),
        employeeNi.plus(r.nationalInsurance().employeeNi()),
        pension.plus(r.amountOf("pension-employee")),
        studentLoans.plus(r.amountOf("student-loan")),
        postgraduateLoans.plus(r.amountOf("postgraduate-loan")));
  }
}
