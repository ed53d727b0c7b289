package org.dpsupport.payroll.application;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.domain.model.minimumwage.MinimumWageCheck;
import org.dpsupport.payroll.domain.model.ni.NiResult;
import org.dpsupport.payroll.domain.model.pay.Finding;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.pension.AutoEnrolmentAssessment;
import org.dpsupport.payroll.domain.model.tax.IncomeTaxResult;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;

/**
 * A PA's pay for one period: every line with its basis, the totals, the NI earnings bands for RTI,
 * the pension assessment, the minimum wage check, findings a person must see before paying, and the
 * year-to-date figures to pass into the next period.
 */
public record PayResult(
    String taxYear,
    LocalDate paymentDate,
    PayFrequency payFrequency,
    String taxPeriod,
    List<PayLine> lines,
    Money grossPay,
    Money taxablePay,
    Money earningsForNi,
    Money totalDeductions,
    Money netPay,
    Money employerCost,
    IncomeTaxResult incomeTax,
    NiResult nationalInsurance,
    Money employmentAllowanceClaimed,
    AutoEnrolmentAssessment pension,
    MinimumWageCheck minimumWage,
    List<Finding> findings,
    YearToDate yearToDate) {

  public Optional<PayLine> line(String code) {
    return lines.stream().filter(l -> l.code().equals(code)).findFirst();
  }

  /** The amount of the line with this code, or zero if there is none. */
  public Money amountOf(String code) {
    return line(code).map(PayLine::amount).orElse(Money.ZERO);
  }

  public boolean hasFinding(String code) {
    return findings.stream().anyMatch(f -> f.code().equals(code));
  }
}
