package org.dpsupport.payroll.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.pay.ShiftKind;
import org.dpsupport.payroll.domain.model.pay.WorkedShift;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.service.PayElementsCalculator.PayElements;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Pay elements: hours, enhanced rates, sleep-ins, waking nights, holiday")
class PayElementsCalculatorTest {

  private final TaxYearCatalogue catalogue = TaxYearResources.standardCatalogue();
  private final TaxYearRules rules = catalogue.forPaymentDate(LocalDate.of(2026, 12, 31));
  private final PayElementsCalculator calculator = new PayElementsCalculator();

  // basic £12.71, night £13.50, weekend £14.00, bank holiday £19.07, waking night £13.00, sleep-in
  // £90 flat
  private final PayRates rates =
      new PayRates(
          new BigDecimal("12.71"),
          new BigDecimal("13.50"),
          new BigDecimal("14.00"),
          new BigDecimal("19.07"),
          new BigDecimal("13.00"),
          new BigDecimal("90.00"),
          null);

  private final List<WorkedShift> christmasWeek =
      List.of(
          shift(2026, 12, 21, ShiftKind.DAY, "8"), // Monday: basic
          shift(2026, 12, 22, ShiftKind.NIGHT, "6"), // Tuesday night: night rate
          shift(2026, 12, 23, ShiftKind.WAKING_NIGHT, "10"), // Wednesday: waking night rate
          shift(2026, 12, 24, ShiftKind.SLEEP_IN, "9"), // Thursday: sleep-in, flat allowance
          shift(2026, 12, 25, ShiftKind.DAY, "6"), // Christmas Day (Friday): bank holiday
          shift(
              2026,
              12,
              26,
              ShiftKind.DAY,
              "5"), // Saturday (Boxing Day, holiday moved to Monday): weekend
          shift(2026, 12, 28, ShiftKind.DAY, "4")); // substitute bank holiday Monday 28 December

  @Test
  @DisplayName(
      "Christmas week 2026: each hour at its rate, bank holidays from the England and Wales list")
  void enhancedRates() {
    PayElements p =
        calculator.calculate(
            rules,
            catalogue::isBankHolidayInEnglandAndWales,
            rates,
            christmasWeek,
            BigDecimal.ZERO,
            false,
            false);
    assertEquals(Money.parse("101.68"), amount(p, "basic-hours")); // 8 x 12.71
    assertEquals(Money.parse("81.00"), amount(p, "night-hours")); // 6 x 13.50
    assertEquals(Money.parse("130.00"), amount(p, "waking-night-hours")); // 10 x 13.00
    assertEquals(Money.parse("90.00"), amount(p, "sleep-in")); // 1 x 90.00
    assertEquals(Money.parse("190.70"), amount(p, "bank-holiday-hours")); // (6 + 4) x 19.07
    assertEquals(Money.parse("70.00"), amount(p, "weekend-hours")); // 5 x 14.00
    // 101.68 + 81.00 + 130.00 + 90.00 + 190.70 + 70.00 = 663.38
    assertEquals(Money.parse("663.38"), p.payForWork());
    // minimum wage: 39 h of time work (sleep-in excluded), premiums excluded: 39 x 12.71 = 495.69
    assertEquals(0, new BigDecimal("39").compareTo(p.hoursForMinimumWage()));
    assertEquals(Money.parse("495.69"), p.payForMinimumWage());
    assertTrue(line(p, "bank-holiday-hours").basis().text().contains("10 h x £19.07"));
  }

  @Test
  @DisplayName(
      "irregular-hours PA: rolled-up holiday pay 12.07% on its own line, and 12.07% of hours accrued")
  void rolledUpHolidayPay() {
    PayElements p =
        calculator.calculate(
            rules,
            catalogue::isBankHolidayInEnglandAndWales,
            rates,
            christmasWeek,
            BigDecimal.ZERO,
            true,
            true);
    // 663.38 x 12.07% = 80.0700 -> £80.07
    assertEquals(Money.parse("80.07"), amount(p, "rolled-up-holiday-pay"));
    // 39 h worked x 12.07% = 4.7073 -> 4.71 h
    assertEquals(new BigDecimal("4.71"), p.holidayAccruedHours());
    assertEquals(new BigDecimal("4.71"), line(p, "holiday-accrued-hours").quantity());
  }

  @Test
  @DisplayName(
      "rolled-up holiday pay for a PA with regular hours is refused with a finding, not paid")
  void rolledUpNotAllowedForRegularHours() {
    PayElements p =
        calculator.calculate(rules, d -> false, rates, christmasWeek, BigDecimal.ZERO, false, true);
    assertTrue(p.lines().stream().noneMatch(l -> l.code().equals("rolled-up-holiday-pay")));
    assertTrue(
        p.findings().stream().anyMatch(f -> f.code().equals("ROLLED_UP_HOLIDAY_NOT_ALLOWED")));
  }

  @Test
  @DisplayName("holiday taken is paid at the holiday rate: 7.5 h x £12.71 = £95.33")
  void holidayPay() {
    // 7.5 x 12.71 = 95.325 -> half up -> 95.33
    PayElements p =
        calculator.calculate(
            rules,
            d -> false,
            PayRates.hourly(new BigDecimal("12.71")),
            List.of(),
            new BigDecimal("7.5"),
            false,
            false);
    assertEquals(Money.parse("95.33"), amount(p, "holiday-pay"));
  }

  private static WorkedShift shift(int y, int m, int d, ShiftKind kind, String hours) {
    return new WorkedShift(LocalDate.of(y, m, d), kind, new BigDecimal(hours));
  }

  private static PayLine line(PayElements p, String code) {
    return p.lines().stream().filter(l -> l.code().equals(code)).findFirst().orElseThrow();
  }

  private static Money amount(PayElements p, String code) {
    return line(p, code).amount();
  }
}
