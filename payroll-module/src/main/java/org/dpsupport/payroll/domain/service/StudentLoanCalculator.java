package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.pay.PayLine.Section;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.StudentLoanRule;

/**
 * Student and postgraduate loan deductions on earnings for NI. Period thresholds are the annual
 * threshold / 52 or / 12 rounded down to the penny (x 2 or x 4 for fortnightly and four-weekly);
 * the deduction is the plan rate on earnings above it, rounded down to the pound. With more than
 * one undergraduate plan, the lowest threshold is used; a postgraduate loan is deducted as well.
 */
public final class StudentLoanCalculator {

  public List<PayLine> deductions(
      TaxYearRules rules,
      PayFrequency frequency,
      Collection<StudentLoanPlan> plans,
      Money earningsForNi) {
    List<PayLine> lines = new ArrayList<>(2);
    if (plans == null || plans.isEmpty()) {
      return lines;
    }
    StudentLoanPlan undergraduate = null;
    BigDecimal lowest = null;
    for (StudentLoanPlan plan : plans) {
      if (plan.isPostgraduate()) {
        continue;
      }
      StudentLoanRule rule = rules.studentLoan(plan.name()).orElse(null);
      if (rule != null && (lowest == null || rule.annualThreshold().compareTo(lowest) < 0)) {
        lowest = rule.annualThreshold();
        undergraduate = plan;
      }
    }
    if (undergraduate != null) {
      lines.add(line(rules, frequency, undergraduate, earningsForNi));
    }
    if (plans.contains(StudentLoanPlan.POSTGRADUATE)
        && rules.studentLoan(StudentLoanPlan.POSTGRADUATE.name()).isPresent()) {
      lines.add(line(rules, frequency, StudentLoanPlan.POSTGRADUATE, earningsForNi));
    }
    return lines;
  }

  private static PayLine line(
      TaxYearRules rules, PayFrequency frequency, StudentLoanPlan plan, Money earnings) {
    StudentLoanRule rule = rules.studentLoan(plan.name()).orElseThrow();
    BigDecimal threshold = periodThreshold(rule.annualThreshold(), frequency);
    BigDecimal above = earnings.amount().subtract(threshold).max(BigDecimal.ZERO);
    Money deduction =
        Money.of(
            above.multiply(rule.ratePercent()).movePointLeft(2).setScale(0, RoundingMode.FLOOR),
            RoundingMode.UNNECESSARY);
    String name =
        plan.isPostgraduate()
            ? "Postgraduate loan"
            : "Student loan " + plan.name().replace("PLAN_", "plan ");
    Basis basis =
        Basis.lazily(
            () ->
                (plan.isPostgraduate()
                        ? "postgraduate loan"
                        : "student loan " + plan.name().replace("PLAN_", "plan "))
                    + ": "
                    + rule.ratePercent().stripTrailingZeros().toPlainString()
                    + "% of "
                    + earnings.formatted()
                    + " above the "
                    + frequency.label()
                    + " threshold £"
                    + threshold.toPlainString()
                    + ", rounded down to the pound = "
                    + deduction.formatted());
    return PayLine.of(
        Section.DEDUCTION,
        plan.isPostgraduate() ? "postgraduate-loan" : "student-loan",
        name,
        deduction,
        basis);
  }

  static BigDecimal periodThreshold(BigDecimal annual, PayFrequency frequency) {
    if (frequency == PayFrequency.MONTHLY) {
      return annual.divide(BigDecimal.valueOf(12), 2, RoundingMode.DOWN);
    }
    BigDecimal weekly = annual.divide(BigDecimal.valueOf(52), 2, RoundingMode.DOWN);
    return weekly.multiply(BigDecimal.valueOf(frequency.tablePeriodsPerPayPeriod()));
  }
}
