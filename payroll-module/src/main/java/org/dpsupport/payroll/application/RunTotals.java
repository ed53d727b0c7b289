package org.dpsupport.payroll.application;

import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;

/**
 * What one employer's pay run comes to: the employer's payroll summary and the basis of the invoice
 * to the direct-payment account. What HMRC is owed is tax, employee and employer NI and student
 * loans, less the Employment Allowance claimed; the pension provider gets the employee's deduction
 * and the employer's contribution. {@link #totalCost()} is everything the run takes from the
 * direct-payment account: the engine's employer cost summed over the PAs plus the agency's fee and
 * the VAT on that fee (20% when the agency is VAT-registered, else none), since the employer pays
 * the fee with its VAT from the direct payment. Budget pages, the invoice and monitoring's expected
 * payments all use this one figure.
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
    Money agencyFee,
    Money agencyFeeVat) {

  /** The standard rate of VAT on a payroll bureau's services. */
  public static final java.math.BigDecimal VAT_STANDARD_RATE = new java.math.BigDecimal("0.20");

  /** The totals of a run whose agency charges no VAT on its fee. */
  public static RunTotals of(List<EmployeePay> paid, Money feePerPayslip) {
    return of(paid, feePerPayslip, false);
  }

  /** VAT on a fee: the standard rate rounded half up to the penny, or none if not registered. */
  public static Money vatOn(Money fee, boolean vatRegistered) {
    return vatRegistered
        ? fee.multipliedBy(VAT_STANDARD_RATE, java.math.RoundingMode.HALF_UP)
        : Money.ZERO;
  }

  public static RunTotals of(List<EmployeePay> paid, Money feePerPayslip, boolean vatRegistered) {
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
        paid.size(),
        gross,
        net,
        tax,
        eeNi,
        erNi,
        allowance,
        loans,
        eePension,
        erPension,
        fee,
        vatOn(fee, vatRegistered));
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

  /** The agency's fee with its VAT: what the agency is paid. */
  public Money feeWithVat() {
    return agencyFee.plus(agencyFeeVat);
  }

  /** Everything the run takes from the direct-payment account, the fee's VAT included. */
  public Money totalCost() {
    return netPay.plus(hmrc()).plus(pensions()).plus(feeWithVat());
  }
}
