package org.dpsupport.payroll.application;

import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;

/**
 * What one employer's pay run comes to: the employer's payroll summary and the basis of the invoice
 * to the direct-payment account. What HMRC is owed is tax, employee and employer NI and student
 * loans, less the Employment Allowance claimed; the pension provider gets the employee's deduction
 * and the employer's contribution. {@link #totalCost()} always equals the engine's employer cost
 * summed over the PAs plus the agency's fee.
 */
public record RunTotals(
    int payslips,
    Money grossPay,
    Money netPay,
    Money incomeTax,
    Money employeeNi,
    Money employerNi,
    Money employmentAllowance,
    Money studentLoans,
    Money pensionEmployee,
    Money pensionEmployer,
    Money agencyFee) {

  public static RunTotals of(List<EmployeePay> paid, Money feePerPayslip) {
    Money gross = Money.ZERO,
        net = Money.ZERO,
        tax = Money.ZERO,
        eeNi = Money.ZERO,
        erNi = Money.ZERO;
    Money allowance = Money.ZERO,
        loans = Money.ZERO,
        eePension = Money.ZERO,
        erPension = Money.ZERO;
    for (EmployeePay p : paid) {
      PayResult r = p.result();
      gross = gross.plus(r.grossPay());
      net = net.plus(r.netPay());
      tax = tax.plus(r.amountOf("income-tax"));
      eeNi = eeNi.plus(r.amountOf("employee-ni"));
      erNi = erNi.plus(r.amountOf("employer-ni"));
      allowance = allowance.plus(r.employmentAllowanceClaimed());
      loans = loans.plus(r.amountOf("student-loan")).plus(r.amountOf("postgraduate-loan"));
      eePension = eePension.plus(r.amountOf("pension-employee"));
      erPension = erPension.plus(r.amountOf("pension-employer"));
    }
    Money fee =
        feePerPayslip.multipliedBy(
            java.math.BigDecimal.valueOf(paid.size()), java.math.RoundingMode.HALF_UP);
    return new RunTotals(
        paid.size(), gross, net, tax, eeNi, erNi, allowance, loans, eePension, erPension, fee);
  }

  /** Owed to HMRC for the run: tax, both NIs and student loans, less Employment Allowance. */
  public Money hmrc() {
    return incomeTax
        .plus(employeeNi)
        .plus(employerNi)
        .plus(studentLoans)
        .minus(employmentAllowance);
  }

  public Money pensions() {
    return pensionEmployee.plus(pensionEmployer);
  }

  /** Everything the run takes from the direct-payment account. */
  public Money totalCost() {
    return netPay.plus(hmrc()).plus(pensions()).plus(agencyFee);
  }
}
