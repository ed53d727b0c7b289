package org.dpsupport.payroll.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.tax.IncomeTaxResult;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.tax.TaxPeriod;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Income tax by HMRC's PAYE tax table routines, 2026-27 figures")
class IncomeTaxCalculatorTest {

  private final TaxYearRules y2026 =
      TaxYearResources.standardCatalogue().forYear(TaxYear.parse("2026-27"));
  private final IncomeTaxCalculator calculator = new IncomeTaxCalculator();

  private IncomeTaxResult tax(
      String code, PayFrequency f, int period, String gross, String toDate, String paid) {
    return calculator.calculate(
        y2026,
        TaxCode.parse(code),
        TaxPeriod.ofPayPeriod(f, period),
        Money.parse(gross),
        Money.parse(toDate),
        Money.parse(paid));
  }

  @Test
  @DisplayName("Scottish starter-rate PA paid monthly: S1257L, month 1, £1,300")
  void scottishStarterRate() {
    // free pay 1257: 2 x £416.67 + (2579 / 12 = 214.916.. up to £214.92) = £1,048.26
    // taxable 1300.00 - 1048.26 = 251.74, rounded down to £251
    // starter band to date 3967 x 1/12 = £330.58, so all at 19%: 251 x 0.19 = £47.69
    IncomeTaxResult r = tax("S1257L", PayFrequency.MONTHLY, 1, "1300.00", "1300.00", "0.00");
    assertEquals(Money.parse("1048.26"), r.payAdjustment());
    assertEquals(Money.parse("251.00"), r.taxablePay());
    assertEquals(Money.parse("47.69"), r.taxDueInPeriod());
    assertEquals("tax: cumulative, code S1257L, monthly, month 1", r.basis().text());
  }

  @Test
  @DisplayName("the same pay with a rest-of-UK code is taxed at 20%")
  void restOfUkComparison() {
    // 251 x 0.20 = £50.20
    assertEquals(
        Money.parse("50.20"),
        tax("1257L", PayFrequency.MONTHLY, 1, "1300.00", "1300.00", "0").taxDueInPeriod());
  }

  @Test
  @DisplayName("K-code PA: K500 adds pay, and the 50% overriding limit caps tax, collected later")
  void kCodeWithOverridingLimit() {
    // K500: additional pay (5009 / 12 = 417.416.. up to £417.42) per month
    // month 1, pay £200: taxable 200 + 417.42 = 617.42 -> £617 x 20% = £123.40
    // but tax may not exceed 50% of £200 = £100.00
    IncomeTaxResult m1 = tax("K500", PayFrequency.MONTHLY, 1, "200.00", "200.00", "0.00");
    assertEquals(Money.parse("-417.42"), m1.payAdjustment());
    assertEquals(Money.parse("100.00"), m1.taxDueInPeriod());
    assertEquals(Money.parse("100.00"), m1.taxDueToDate());
    assertTrue(m1.overridingLimitApplied());
    assertTrue(m1.basis().text().contains("50%"));
    // month 2, pay £1,000: to date 1200 + 2 x 417.42 = 2034.84 -> £2,034 x 20% = £406.80
    // less £100.00 paid = £306.80, under the limit of £500.00
    IncomeTaxResult m2 = tax("K500", PayFrequency.MONTHLY, 2, "1000.00", "1200.00", "100.00");
    assertEquals(Money.parse("306.80"), m2.taxDueInPeriod());
    assertEquals(Money.parse("406.80"), m2.taxDueToDate());
    assertFalse(m2.overridingLimitApplied());
  }

  @Test
  @DisplayName("week 53 pay day: taxed on a week 1 basis whatever the year to date")
  void week53() {
    // 1257L weekly free pay: 2 x £96.16 + (2579 / 52 = 49.596.. up to £49.60) = £241.92
    // £500 - 241.92 = 258.08 -> £258 x 20% = £51.60; year to date is ignored
    IncomeTaxResult r = tax("1257L", PayFrequency.WEEKLY, 53, "500.00", "26500.00", "4000.00");
    assertFalse(r.cumulative());
    assertEquals(Money.parse("51.60"), r.taxDueInPeriod());
    assertEquals(Money.parse("4051.60"), r.taxDueToDate());
    assertEquals(
        "tax: week 53 payment on a week 1 basis, code 1257L, weekly, in week 53", r.basis().text());
  }

  @Test
  @DisplayName("four-weekly week 56 payment: taxed on a week 4 basis")
  void week56() {
    // 4 x 241.92 = 967.68 free pay; £1,200 - 967.68 = 232.32 -> £232; basic band 37700 x 4 / 52 =
    // 2900
    // 232 x 20% = £46.40
    IncomeTaxResult r =
        tax("1257L", PayFrequency.FOUR_WEEKLY, 14, "1200.00", "16800.00", "2000.00");
    assertEquals(Money.parse("46.40"), r.taxDueInPeriod());
    assertTrue(r.basis().text().contains("week 56 payment on a week 4 basis"));
  }

  @Test
  @DisplayName("fortnightly period 3 is tax week 6 in the weekly tables")
  void fortnightly() {
    // free pay 6 x 241.92 = 1451.52; 1800 - 1451.52 = 348.48 -> £348 x 20% = £69.60
    IncomeTaxResult r = tax("1257L", PayFrequency.FORTNIGHTLY, 3, "600.00", "1800.00", "0.00");
    assertEquals(Money.parse("69.60"), r.taxDueToDate());
    assertTrue(r.basis().text().endsWith("week 6"), r.basis().text());
  }

  @Test
  @DisplayName(
      "week 1/month 1 never refunds: 1257L M1 with pay below free pay gives nil, not a refund")
  void week1Month1NeverRefunds() {
    IncomeTaxResult r = tax("1257L M1", PayFrequency.MONTHLY, 6, "500.00", "9000.00", "900.00");
    assertEquals(Money.ZERO, r.taxDueInPeriod());
    assertEquals(Money.parse("900.00"), r.taxDueToDate());
  }

  @Test
  @DisplayName("cumulative code refunds over-deducted tax: NT returns everything paid")
  void ntRefunds() {
    IncomeTaxResult r = tax("NT", PayFrequency.MONTHLY, 4, "1000.00", "4000.00", "120.00");
    assertEquals(Money.parse("-120.00"), r.taxDueInPeriod());
    assertEquals(Money.ZERO, r.taxDueToDate());
  }

  @Test
  @DisplayName("0T: no free pay; SD2: all at the Scottish advanced rate 45%; CBR: Welsh basic rate")
  void specialCodes() {
    // 0T W1 weekly £300: all 300 taxable, basic band 37700 / 52 = 725: 300 x 20% = £60.00
    assertEquals(
        Money.parse("60.00"),
        tax("0T W1", PayFrequency.WEEKLY, 1, "300.00", "300.00", "0").taxDueInPeriod());
    // SD2 monthly £1,000.99 -> £1,000 x 45% = £450.00
    assertEquals(
        Money.parse("450.00"),
        tax("SD2", PayFrequency.MONTHLY, 1, "1000.99", "1000.99", "0").taxDueInPeriod());
    // CBR £99.99 -> £99 x 20% = £19.80
    assertEquals(
        Money.parse("19.80"),
        tax("CBR", PayFrequency.MONTHLY, 1, "99.99", "99.99", "0").taxDueInPeriod());
  }
}
