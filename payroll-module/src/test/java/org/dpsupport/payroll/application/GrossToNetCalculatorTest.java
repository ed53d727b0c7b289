package org.dpsupport.payroll.application;

import static org.dpsupport.payroll.application.PayPeriods.aPayPeriod;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Gross to net for a PA, every line explained")
class GrossToNetCalculatorTest {

  private final GrossToNetCalculator calculator = GrossToNetCalculator.withStandardTaxYears();

  private static PensionMembership reliefAtSource(LocalDate enrolled) {
    return new PensionMembership(
        ReliefMethod.RELIEF_AT_SOURCE,
        new BigDecimal("5"),
        new BigDecimal("3"),
        LocalDate.of(2026, 3, 1),
        enrolled,
        null,
        null,
        null);
  }

  @Test
  @DisplayName(
      "monthly PA, April 2026: 120 h at £12.71, pension, expense and a deduction after tax")
  void fullMonth() {
    PayResult r =
        calculator.calculate(
            aPayPeriod()
                .paidOn(2026, 4, 30)
                .worked("120")
                .pension(reliefAtSource(LocalDate.of(2026, 4, 1)))
                .studentLoans(StudentLoanPlan.PLAN_2)
                .expense("bus fares", "25.00")
                .deductionAfterTax("uniform", "10.00")
                .build());
    // gross 120 x 12.71 = 1525.20
    assertEquals(Money.parse("1525.20"), r.grossPay());
    // pension: qualifying 1525.20 - 520 = 1005.20; employee 5% = 50.26, less 20% relief = 40.208 ->
    // 40.21;
    // employer 3% = 30.156 -> 30.16
    assertEquals(Money.parse("40.21"), r.amountOf("pension-employee"));
    assertEquals(Money.parse("30.16"), r.amountOf("pension-employer"));
    // tax month 1: 1525.20 - 1048.26 = 476.94 -> 476 x 20% = 95.20
    assertEquals(Money.parse("95.20"), r.amountOf("income-tax"));
    assertEquals(
        "tax: cumulative, code 1257L, monthly, month 1",
        r.line("income-tax").orElseThrow().basis().text());
    // NI: (1525.20 - 1048) x 8% = 38.176 -> 6 in the third place rounds up -> 38.18
    // employer: (1525.20 - 417) x 15% = 166.23, all covered by Employment Allowance
    assertEquals(Money.parse("38.18"), r.amountOf("employee-ni"));
    assertEquals(Money.parse("166.23"), r.amountOf("employer-ni"));
    assertEquals(Money.parse("-166.23"), r.amountOf("employment-allowance"));
    // plan 2: 1525.20 is under the £2,448.75 monthly threshold: £0
    assertEquals(Money.ZERO, r.amountOf("student-loan"));
    // net: 1525.20 - 95.20 - 38.18 - 0 - 40.21 - 10.00 + 25.00 = 1366.61
    assertEquals(Money.parse("1366.61"), r.netPay());
    // employer cost: 1525.20 + 25.00 + 166.23 - 166.23 + 30.16 = 1580.36
    assertEquals(Money.parse("1580.36"), r.employerCost());
    assertEquals(new BigDecimal("1525.20"), r.yearToDate().taxablePay());
    assertEquals(new BigDecimal("95.20"), r.yearToDate().taxPaid());
    assertTrue(
        r.lines().stream().allMatch(l -> l.basis().text() != null && !l.basis().text().isBlank()),
        "every line carries its basis");
    assertTrue(r.findings().isEmpty(), r.findings().toString());
  }

  @Test
  @DisplayName("the year to date carries into the next month: month 2 is cumulative")
  void yearToDateCarries() {
    PayResult april = calculator.calculate(aPayPeriod().paidOn(2026, 4, 30).worked("120").build());
    PayResult may =
        calculator.calculate(
            aPayPeriod().paidOn(2026, 5, 29).worked("40").yearToDate(april.yearToDate()).build());
    // May: 40 x 12.71 = 508.40; to date 1525.20 + 508.40 = 2033.60; free pay 2 x 1048.26 = 2096.52:
    // nothing
    // taxable, so April's £95.20 is refunded
    assertEquals(Money.parse("-95.20"), may.amountOf("income-tax"));
    assertEquals(new BigDecimal("0.00"), may.yearToDate().taxPaid());
  }

  @Test
  @DisplayName("week 53: a weekly PA paid on Monday 5 April 2027 is taxed on a week 1 basis")
  void week53PayDate() {
    YearToDate ytd =
        new YearToDate(
            "2026-27", new BigDecimal("26000.00"), new BigDecimal("2700.00"), null, null);
    PayResult r =
        calculator.calculate(
            aPayPeriod()
                .paid(PayFrequency.WEEKLY)
                .paidOn(2027, 4, 5)
                .worked("40")
                .yearToDate(ytd)
                .build());
    // 40 x 12.71 = 508.40; week 1 basis: 508.40 - 241.92 = 266.48 -> 266 x 20% = 53.20
    assertEquals(Money.parse("53.20"), r.amountOf("income-tax"));
    assertTrue(r.taxPeriod().contains("week 53 payment on a week 1 basis"), r.taxPeriod());
    assertEquals(new BigDecimal("2753.20"), r.yearToDate().taxPaid());
  }

  @Test
  @DisplayName(
      "change of pay frequency: weekly in April, then monthly from month 2 on the same year to date")
  void changeOfFrequency() {
    YearToDate ytd = new YearToDate("2026-27", null, null, null, null);
    for (int day : new int[] {10, 17, 24}) {
      // weeks 1-3 (10, 17, 24 April 2026): £300 each
      ytd =
          calculator
              .calculate(
                  aPayPeriod()
                      .paid(PayFrequency.WEEKLY)
                      .paidOn(2026, 4, day)
                      .hourlyRate("30.00")
                      .worked("10")
                      .yearToDate(ytd)
                      .build())
              .yearToDate();
    }
    // after week 3: 900 - 3 x 241.92 = 174.24 -> 174 x 20% = 34.80 paid
    assertEquals(new BigDecimal("34.80"), ytd.taxPaid());
    // paid monthly on 5 June 2026 (tax month 2), £1,300: to date 2,200; free pay 2 x 1048.26 =
    // 2096.52
    // 103.48 -> 103 x 20% = 20.60 due to date; 20.60 - 34.80 = 14.20 refund
    PayResult june =
        calculator.calculate(
            aPayPeriod()
                .paid(PayFrequency.MONTHLY)
                .paidOn(2026, 6, 5)
                .hourlyRate("13.00")
                .worked("100")
                .yearToDate(ytd)
                .build());
    assertEquals(Money.parse("-14.20"), june.amountOf("income-tax"));
    assertTrue(june.taxPeriod().endsWith("month 2"), june.taxPeriod());
  }

  @Test
  @DisplayName(
      "a PA aged 21 paid below the minimum wage: the pay is not changed, the breach is a finding")
  void minimumWageBreachIsAFinding() {
    PayResult r =
        calculator.calculate(
            aPayPeriod()
                .bornOn(2005, 5, 15)
                .paid(PayFrequency.WEEKLY)
                .paidOn(2026, 5, 22)
                .hourlyRate("12.00")
                .worked("30")
                .build());
    assertEquals(Money.parse("360.00"), r.grossPay());
    assertTrue(r.hasFinding("MINIMUM_WAGE_BREACH"));
    assertEquals(Money.parse("21.30"), r.minimumWage().shortfall());
  }

  @Test
  @DisplayName("Employment Allowance is not claimed for an employer not flagged care-and-support")
  void noAllowanceForOtherEmployers() {
    PayResult r = calculator.calculate(aPayPeriod().notACareEmployer().worked("120").build());
    assertEquals(Money.ZERO, r.employmentAllowanceClaimed());
    assertTrue(r.line("employment-allowance").isEmpty());
    assertEquals(Money.parse("166.23"), r.amountOf("employer-ni"));
  }

  @Test
  @DisplayName("a new tax year starts the year to date afresh")
  void newTaxYearResets() {
    YearToDate old =
        new YearToDate(
            "2025-26",
            new BigDecimal("20000"),
            new BigDecimal("1500"),
            new BigDecimal("9000"),
            null);
    PayResult r =
        calculator.calculate(
            aPayPeriod().paidOn(2026, 4, 30).worked("120").yearToDate(old).build());
    assertEquals(Money.parse("95.20"), r.amountOf("income-tax"));
    assertEquals(Money.parse("166.23"), r.employmentAllowanceClaimed());
    PayLine ni = r.line("ni-earnings-bands").orElseThrow();
    assertTrue(ni.basis().text().contains("at LEL 559.00"), ni.basis().text());
    assertNull(r.pension().enrolledOn());
  }
}
