package org.dpsupport.payroll.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.sickpay.Absence;
import org.dpsupport.payroll.domain.model.sickpay.SickPayResult;
import org.dpsupport.payroll.domain.model.sickpay.SicknessRecord;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Statutory Sick Pay before and after 6 April 2026")
class StatutorySickPayCalculatorTest {

  private static final EnumSet<DayOfWeek> MONDAY_TO_FRIDAY =
      EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY);
  private final TaxYearCatalogue catalogue = TaxYearResources.standardCatalogue();
  private final StatutorySickPayCalculator ssp = new StatutorySickPayCalculator();

  private SickPayResult ssp(String awe, LocalDate from, LocalDate to, Absence... absences) {
    return ssp.calculate(
        catalogue::forPaymentDate,
        new SicknessRecord(List.of(absences), MONDAY_TO_FRIDAY, new BigDecimal(awe)),
        from,
        to);
  }

  @Test
  @DisplayName(
      "sickness from Wed 1 April 2026 to Fri 10 April: old rules throughout, 3 waiting days")
  void acrossSixthApril() {
    Absence absence = new Absence(LocalDate.of(2026, 4, 1), LocalDate.of(2026, 4, 10));
    // week ending Sun 5 April: Wed 1, Thu 2, Fri 3 are the 3 waiting days -> nothing paid
    SickPayResult before =
        ssp("300.00", LocalDate.of(2026, 3, 30), LocalDate.of(2026, 4, 5), absence);
    assertEquals(Money.ZERO, before.amount());
    assertEquals(3, before.waitingDays());
    // week 6-12 April: Mon 6 to Fri 10 paid, 5 of 5 qualifying days at the old £118.75 a week =
    // £118.75
    SickPayResult after =
        ssp("300.00", LocalDate.of(2026, 4, 6), LocalDate.of(2026, 4, 12), absence);
    assertEquals(Money.parse("118.75"), after.amount());
    assertEquals(5, after.paidDays());
    assertTrue(after.basis().text().contains("rules before 6 April 2026"), after.basis().text());
  }

  @Test
  @DisplayName(
      "sickness starting Tue 7 April 2026: paid from day one at the lower of £123.25 and 80% of earnings")
  void newRules() {
    // average weekly earnings £140: 80% = £112.00, lower than £123.25
    // Tue 7 to Thu 9 April: 3 of 5 qualifying days: 112 x 3 / 5 = £67.20, no waiting days, no
    // earnings test
    SickPayResult r =
        ssp(
            "140.00",
            LocalDate.of(2026, 4, 6),
            LocalDate.of(2026, 4, 12),
            new Absence(LocalDate.of(2026, 4, 7), LocalDate.of(2026, 4, 9)));
    assertEquals(Money.parse("67.20"), r.amount());
    assertEquals(0, r.waitingDays());
  }

  @Test
  @DisplayName(
      "old rules: earnings below the £125 lower earnings limit mean no SSP, with a finding to issue SSP1")
  void oldRulesEarningsTest() {
    SickPayResult r =
        ssp(
            "120.00",
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 8),
            new Absence(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 6)));
    assertEquals(Money.ZERO, r.amount());
    assertEquals("SSP_NOT_DUE_LOW_EARNINGS", r.findings().get(0).code());
  }

  @Test
  @DisplayName("periods of incapacity 45 days apart link: waiting days are not served again")
  void linkedPeriods() {
    // first PIW Mon 2 - Thu 5 March 2026: Mon, Tue, Wed waiting, Thu paid
    // second Mon 20 - Thu 23 April 2026: gap 6 March..19 April = 45 days <= 56, so it links to a
    // PIW
    // that began before 6 April: old rules and rate, waiting days already served: 4 days x 118.75 /
    // 5 = £95.00
    SickPayResult r =
        ssp(
            "300.00",
            LocalDate.of(2026, 4, 20),
            LocalDate.of(2026, 4, 26),
            new Absence(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)),
            new Absence(LocalDate.of(2026, 4, 20), LocalDate.of(2026, 4, 23)));
    assertEquals(Money.parse("95.00"), r.amount());
    assertEquals(0, r.waitingDays());
  }

  @Test
  @DisplayName(
      "an unlinked 4-day spell before April 2026 serves 3 waiting days and pays 1 day: £23.75")
  void unlinkedOldRules() {
    // 118.75 x 1 / 5 = 23.75
    SickPayResult r =
        ssp(
            "300.00",
            LocalDate.of(2026, 3, 2),
            LocalDate.of(2026, 3, 8),
            new Absence(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 5)));
    assertEquals(Money.parse("23.75"), r.amount());
    assertEquals(3, r.waitingDays());
  }

  @Test
  @DisplayName(
      "daily amounts round up to the penny as HMRC's tables do: 2 of 7 days at £123.25 = £35.22")
  void roundsUp() {
    // 123.25 x 2 / 7 = 35.214.. -> up -> 35.22 (AWE £500: 80% = 400, so the full rate)
    SickPayResult r =
        ssp.calculate(
            catalogue::forPaymentDate,
            new SicknessRecord(
                List.of(new Absence(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 5, 5))),
                EnumSet.allOf(DayOfWeek.class),
                new BigDecimal("500")),
            LocalDate.of(2026, 5, 4),
            LocalDate.of(2026, 5, 10));
    assertEquals(Money.parse("35.22"), r.amount());
  }
}
