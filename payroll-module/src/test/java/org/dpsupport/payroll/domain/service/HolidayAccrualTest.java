package org.dpsupport.payroll.domain.service;

import static org.dpsupport.payroll.application.BureauFixtures.NOVEMBER;
import static org.dpsupport.payroll.application.BureauFixtures.anEmployer;
import static org.dpsupport.payroll.application.BureauFixtures.priya;
import static org.dpsupport.payroll.application.BureauFixtures.tom;
import static org.dpsupport.payroll.application.BureauFixtures.weekdays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.HolidayRules;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class HolidayAccrualTest {

  private static final HolidayRules RULES =
      TaxYearResources.standardCatalogue().forPaymentDate(LocalDate.of(2026, 11, 28)).holiday();

  private static BigDecimal h(String v) {
    return new BigDecimal(v);
  }

  @Test
  @DisplayName("Irregular hours: 12.07% of 168 hours worked is 20.2776, so 20.28 hours")
  void irregularHours() {
    HolidayAccrual a = HolidayAccrual.irregularHours(RULES, h("168"), h("0"), h("10.00"));
    assertEquals(h("20.28"), a.accruedHours());
    assertEquals(h("30.28"), a.balanceAfter(), "10.00 before + 20.28");
    assertEquals(HolidayAccrual.Basis.IRREGULAR_HOURS, a.basis());
    assertTrue(a.inWords().contains("12.07% of the 168 hours you worked"), a.inWords());
    assertTrue(a.inWords().contains("Holiday left to take: 30.28 hours."), a.inWords());
  }

  @Test
  @DisplayName("Holiday taken comes off the balance, and more taken than earned is said plainly")
  void takenReducesTheBalance() {
    HolidayAccrual a = HolidayAccrual.irregularHours(RULES, h("40"), h("7.5"), h("12.00"));
    // 40 x 12.07% = 4.828 -> 4.83; 12.00 + 4.83 - 7.50 = 9.33
    assertEquals(h("4.83"), a.accruedHours());
    assertEquals(h("9.33"), a.balanceAfter());
    assertTrue(a.inWords().contains("and took 7.5 hours"), a.inWords());
    HolidayAccrual over = HolidayAccrual.irregularHours(RULES, h("10"), h("8"), h("0"));
    // 1.207 -> 1.21; 0 + 1.21 - 8 = -6.79
    assertEquals(h("-6.79"), over.balanceAfter());
    assertTrue(
        over.inWords().contains("You have taken 6.79 hours more holiday than you have earned"),
        over.inWords());
    assertThrows(
        IllegalArgumentException.class,
        () -> HolidayAccrual.irregularHours(RULES, h("10"), h("-1"), h("0")));
  }

  @Test
  @DisplayName(
      "Fixed hours: 5.6 weeks of 37.5 hours is 210 hours a year: 17.50 a month, 4.04 a week")
  void fixedHours() {
    HolidayAccrual month =
        HolidayAccrual.fixedHours(RULES, h("37.5"), PayFrequency.MONTHLY, h("160"), null, null);
    assertEquals(h("17.50"), month.accruedHours());
    assertEquals(h("17.50"), month.balanceAfter());
    assertTrue(month.inWords().contains("5.6 weeks of your usual 37.5 hours a week"));
    HolidayAccrual week =
        HolidayAccrual.fixedHours(RULES, h("37.5"), PayFrequency.WEEKLY, h("37.5"), null, null);
    assertEquals(h("4.04"), week.accruedHours(), "210 / 52 = 4.038");
    HolidayAccrual unknown =
        HolidayAccrual.fixedHours(RULES, null, PayFrequency.MONTHLY, h("37.5"), null, h("3"));
    assertEquals(0, unknown.accruedHours().signum());
    assertEquals(h("3.00"), unknown.balanceAfter());
    assertTrue(unknown.inWords().contains("no usual weekly hours"), unknown.inWords());
  }

  @Test
  @DisplayName(
      "In a pay run an irregular-hours PA's holiday is the engine's 12.07% line, carried on from"
          + " the balance to date and paid when taken; a fixed-hours PA accrues pro rata")
  void inThePayRun() {
    PayRunCalculator run = new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears());
    List<EmployeePay> paid =
        run.calculate(
            anEmployer(),
            NOVEMBER,
            List.of(
                new EmployeeToPay(
                    priya(),
                    weekdays(priya(), 8),
                    new YearToDate("2026-27", null, null, null, h("12.50")),
                    true,
                    h("8")),
                new EmployeeToPay(tom(), weekdays(tom(), 3), null)),
            BigDecimal.ZERO);
    EmployeePay priya = paid.get(0);
    // 21 weekdays x 8 h = 168 h; 168 x 12.07% = 20.28 h; 12.50 + 20.28 - 8 = 24.78
    assertEquals(h("168"), priya.holiday().hoursWorked().stripTrailingZeros().setScale(0));
    assertEquals(h("20.28"), priya.holiday().accruedHours());
    assertEquals(
        priya.result().line("holiday-accrued-hours").orElseThrow().quantity(),
        priya.holiday().accruedHours(),
        "the payslip's holiday line and the holiday record agree");
    assertEquals(h("24.78"), priya.holiday().balanceAfter());
    assertEquals(
        0,
        priya.result().yearToDate().holidayBalanceHours().compareTo(h("24.78")),
        "the engine's balance for next period agrees");
    assertEquals(h("104.00"), priya.result().amountOf("holiday-pay").amount(), "8 h x £13.00");

    EmployeePay tom = paid.get(1);
    // Tom: fixed hours, usually 12 a week: 12 x 5.6 / 12 = 5.60 h a month
    assertEquals(HolidayAccrual.Basis.FIXED_HOURS, tom.holiday().basis());
    assertEquals(h("5.60"), tom.holiday().accruedHours());
    assertEquals(h("5.60"), tom.holiday().balanceAfter());
  }
}
