package org.dpsupport.payroll.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Student and postgraduate loans")
class StudentLoanCalculatorTest {

  private final TaxYearCatalogue catalogue = TaxYearResources.standardCatalogue();
  private final StudentLoanCalculator calculator = new StudentLoanCalculator();

  private List<PayLine> deduct(
      String year, PayFrequency f, String earnings, StudentLoanPlan... plans) {
    return calculator.deductions(
        catalogue.forYear(TaxYear.parse(year)), f, List.of(plans), Money.parse(earnings));
  }

  @Test
  @DisplayName("plan 2, monthly £3,000 in 2026-27: 9% above £2,448.75, rounded down to £49")
  void plan2Monthly() {
    // threshold 29385 / 12 = 2448.75; (3000 - 2448.75) x 9% = 49.6125 -> £49
    List<PayLine> lines =
        deduct("2026-27", PayFrequency.MONTHLY, "3000.00", StudentLoanPlan.PLAN_2);
    assertEquals(Money.parse("49.00"), lines.get(0).amount());
    assertTrue(lines.get(0).basis().text().contains("£2448.75"), lines.get(0).basis().text());
  }

  @Test
  @DisplayName("postgraduate loan, weekly £500: 6% above £403.84, rounded down to £5")
  void postgraduateWeekly() {
    // 21000 / 52 = 403.846.. -> 403.84; (500 - 403.84) x 6% = 5.7696 -> £5
    assertEquals(
        Money.parse("5.00"),
        deduct("2026-27", PayFrequency.WEEKLY, "500.00", StudentLoanPlan.POSTGRADUATE)
            .get(0)
            .amount());
  }

  @Test
  @DisplayName(
      "plans 1 and 2 together use the lower plan 1 threshold; a postgraduate loan is added on top")
  void twoPlans() {
    // plan 1: 26900 / 12 = 2241.666.. -> 2241.66; (3000 - 2241.66) x 9% = 68.2506 -> £68
    // postgraduate: 21000 / 12 = 1750; (3000 - 1750) x 6% = £75
    List<PayLine> lines =
        deduct(
            "2026-27",
            PayFrequency.MONTHLY,
            "3000.00",
            StudentLoanPlan.PLAN_2,
            StudentLoanPlan.PLAN_1,
            StudentLoanPlan.POSTGRADUATE);
    assertEquals(Money.parse("68.00"), lines.get(0).amount());
    assertEquals(Money.parse("75.00"), lines.get(1).amount());
  }

  @Test
  @DisplayName("four-weekly plan 4: weekly threshold x 4; plan 5 has no repayments in 2025-26")
  void fourWeeklyAndPlan5() {
    // 33795 / 52 = 649.90..; x 4 = 2599.60; (3000 - 2599.60) x 9% = 36.036 -> £36
    assertEquals(
        Money.parse("36.00"),
        deduct("2026-27", PayFrequency.FOUR_WEEKLY, "3000.00", StudentLoanPlan.PLAN_4)
            .get(0)
            .amount());
    assertTrue(
        deduct("2025-26", PayFrequency.MONTHLY, "3000.00", StudentLoanPlan.PLAN_5).isEmpty());
  }
}
