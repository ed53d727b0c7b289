package org.dpsupport.payroll.domain.service;

import static org.dpsupport.payroll.application.BureauFixtures.NOVEMBER;
import static org.dpsupport.payroll.application.BureauFixtures.anEmployer;
import static org.dpsupport.payroll.application.BureauFixtures.priya;
import static org.dpsupport.payroll.application.BureauFixtures.tom;
import static org.dpsupport.payroll.application.BureauFixtures.weekdays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.domain.service.HolidayPayReference.PaidPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Worked examples of the 52-paid-week holiday pay reference, with the working in comments. */
class HolidayPayReferenceTest {

  private static final BigDecimal CONTRACT = new BigDecimal("13.00");

  private static BigDecimal h(String v) {
    return new BigDecimal(v);
  }

  private static EmployeePay paidInNovember(EmployeeToPay pa) {
    return new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears())
        .calculate(anEmployer(), NOVEMBER, List.of(pa), BigDecimal.ZERO)
        .get(0);
  }

  /** Priya's last 52 paid weeks before November: £22,230 for 1,560 hours (£14.25 an hour). */
  private static HolidayPayReference priyasReference() {
    return HolidayPayReference.forPeriodStarting(
        NOVEMBER.start(),
        List.of(
            new PaidPeriod(
                NOVEMBER.start().minusWeeks(52),
                NOVEMBER.start().minusDays(1),
                Money.parse("22230.00"),
                h("1560"))),
        CONTRACT);
  }

  private static PaidPeriod week(LocalDate start, String pay, String hours) {
    return new PaidPeriod(start, start.plusDays(6), Money.parse(pay), h(hours));
  }

  private static PaidPeriod month(YearMonth m, String pay, String hours) {
    return new PaidPeriod(m.atDay(1), m.atEndOfMonth(), Money.parse(pay), h(hours));
  }

  @Test
  @DisplayName(
      "Weekly paid: 52 paid weeks averaged; the 53rd week back is not counted, the week being"
          + " paid is not counted")
  void fiftyTwoWeeks() {
    LocalDate holidayWeek = LocalDate.of(2026, 11, 2); // a Monday
    List<PaidPeriod> weeks = new ArrayList<>();
    // 26 weeks of 30 h at £12.00 (£360) and, nearer, 26 weeks of 30 h with nights at £13.00 (£390)
    for (int i = 1; i <= 52; i++) {
      weeks.add(week(holidayWeek.minusWeeks(i), i <= 26 ? "390.00" : "360.00", "30"));
    }
    weeks.add(week(holidayWeek.minusWeeks(53), "9999.00", "30")); // older than 52 paid weeks
    weeks.add(week(holidayWeek, "9999.00", "30")); // this period itself
    HolidayPayReference r = HolidayPayReference.forPeriodStarting(holidayWeek, weeks, CONTRACT);
    // pay 26 x 390 + 26 x 360 = 10,140 + 9,360 = 19,500; hours 52 x 30 = 1,560
    // rate 19,500 / 1,560 = 12.50 an hour; a week's pay 19,500 / 52 = 375.00
    assertEquals(h("12.50"), r.hourlyRate());
    assertEquals(Money.parse("375.00"), r.weeksPay());
    assertEquals(Money.parse("19500.00"), r.referencePay());
    assertEquals(0, r.weeksCounted().compareTo(h("52")));
    assertFalse(r.fromContract());
    assertTrue(
        r.explanation().contains("the average over your last 52 paid weeks"), r.explanation());
  }

  @Test
  @DisplayName(
      "Weeks with no pay are skipped and earlier paid weeks count instead, but never more than"
          + " 104 weeks back")
  void unpaidWeeksSkippedWithin104() {
    LocalDate holidayWeek = LocalDate.of(2026, 11, 2);
    List<PaidPeriod> weeks = new ArrayList<>();
    // the 60 weeks before: nothing paid (the PA's employer was in hospital)
    for (int i = 1; i <= 60; i++) {
      weeks.add(week(holidayWeek.minusWeeks(i), "0.00", "0"));
    }
    // weeks 61 to 110 back: paid 20 h for £260 (£13.00 an hour) up to week 104, then £999 a week
    for (int i = 61; i <= 110; i++) {
      weeks.add(week(holidayWeek.minusWeeks(i), i <= 104 ? "260.00" : "999.00", "20"));
    }
    HolidayPayReference r = HolidayPayReference.forPeriodStarting(holidayWeek, weeks, h("11.00"));
    // paid weeks within 104: weeks 61..104 = 44 weeks (fewer than 52: the weeks there are)
    // pay 44 x 260 = 11,440; hours 44 x 20 = 880; rate 13.00; a week's pay 260.00
    assertEquals(h("13.00"), r.hourlyRate());
    assertEquals(Money.parse("260.00"), r.weeksPay());
    assertEquals(0, r.weeksCounted().compareTo(h("44")));
  }

  @Test
  @DisplayName(
      "Monthly paid: each month counts as its days / 7 weeks, and the oldest month only in part")
  void monthlyPaid() {
    LocalDate november = LocalDate.of(2026, 11, 1);
    List<PaidPeriod> months = new ArrayList<>();
    // Nov 2025 .. Oct 2026: 12 months of 150 h; the six nearest months £2,100 (£14.00 an hour),
    // the six before £1,950 (£13.00 an hour); October 2025 £5,000 is too old to matter
    for (int i = 1; i <= 13; i++) {
      YearMonth m = YearMonth.of(2026, 11).minusMonths(i);
      months.add(month(m, i == 13 ? "5000.00" : i <= 6 ? "2100.00" : "1950.00", "150"));
    }
    HolidayPayReference r = HolidayPayReference.forPeriodStarting(november, months, CONTRACT);
    // weeks: Oct 31, Sep 30, Aug 31, Jul 31, Jun 30, May 31 = 184 days; Apr 30, Mar 31, Feb 28,
    // Jan 31, Dec 31 = 151 days; 335 days = 47.857 weeks; 364 - 335 = 29 days needed from
    // November 2025 (30 days): share 29/30.
    // pay 6 x 2,100 + 5 x 1,950 + 29/30 x 1,950 = 12,600 + 9,750 + 1,885 = 24,235
    // hours 11 x 150 + 29/30 x 150 = 1,650 + 145 = 1,795; rate 24,235 / 1,795 = 13.5014 -> 13.50
    // a week's pay 24,235 / 52 = 466.0577 -> 466.06
    assertEquals(h("13.50"), r.hourlyRate());
    assertEquals(Money.parse("466.06"), r.weeksPay());
    assertEquals(Money.parse("24235.00"), r.referencePay());
    assertEquals(h("1795.00"), r.referenceHours());
  }

  @Test
  @DisplayName("A new PA with no paid period yet is paid holiday at the contract rate")
  void newStarter() {
    HolidayPayReference r =
        HolidayPayReference.forPeriodStarting(LocalDate.of(2026, 11, 1), List.of(), CONTRACT);
    assertTrue(r.fromContract());
    assertEquals(CONTRACT, r.hourlyRate());
    assertTrue(r.explanation().contains("no earlier paid week"), r.explanation());
  }

  @Test
  @DisplayName(
      "In the pay run, holiday taken is paid at the reference rate, not the contract rate, and"
          + " the payslip's holiday sentence says how it was worked out")
  void payRunPaysTheReferenceRate() {
    // Priya's contract rate is £13.00; her last 52 paid weeks average £14.25 an hour
    HolidayPayReference reference = priyasReference();
    // 22,230 / 1,560 = 14.25
    assertEquals(h("14.25"), reference.hourlyRate());
    EmployeePay priya =
        paidInNovember(
            new EmployeeToPay(
                priya(),
                weekdays(priya(), 8),
                new YearToDate("2026-27", null, null, null, h("20")),
                false,
                h("8"),
                List.of(),
                reference,
                false));
    // 8 h x £14.25 = £114.00 (at the contract rate it would have been £104.00)
    assertEquals(Money.parse("114.00"), priya.result().amountOf("holiday-pay"));
    assertTrue(
        priya.holiday().inWords().contains("paid at £14.25 an hour: the average over your last 52"),
        priya.holiday().inWords());
  }

  @Test
  @DisplayName(
      "Rolled-up holiday pay chosen for an irregular-hours PA: 12.07% of pay for work on its own"
          + " line, and holiday taken is not paid again")
  void rolledUpInThePayRun() {
    EmployeePay priya =
        paidInNovember(
            new EmployeeToPay(
                priya(), weekdays(priya(), 8), null, true, h("8"), List.of(), null, true));
    Money work = HolidayPayReference.payForWork(priya.result().lines());
    // 168 h x £13.00 = £2,184.00; 12.07% = £263.6088 -> £263.61
    assertEquals(Money.parse("2184.00"), work);
    assertEquals(Money.parse("263.61"), priya.result().amountOf("rolled-up-holiday-pay"));
    assertTrue(priya.result().line("holiday-pay").isEmpty(), "holiday taken not paid twice");
    assertTrue(
        priya.holiday().inWords().contains("already, in the rolled-up holiday pay"),
        priya.holiday().inWords());
    // Tom is not irregular hours: the employer's choice is refused with a finding, not paid
    EmployeePay tom =
        paidInNovember(
            new EmployeeToPay(
                tom(), weekdays(tom(), 3), null, false, h("0"), List.of(), null, true));
    assertTrue(tom.result().line("rolled-up-holiday-pay").isEmpty());
  }

  @Test
  @DisplayName(
      "Leaving: the holiday balance not taken is paid on the final pay as its own line at the"
          + " reference rate, and the balance after is zero")
  void untakenHolidayPaidOnLeaving() {
    HolidayPayReference reference = priyasReference();
    var leaver = priya().withLeavingDate(NOVEMBER.end());
    EmployeePay priya =
        paidInNovember(
            new EmployeeToPay(
                leaver,
                weekdays(leaver, 8),
                new YearToDate("2026-27", null, null, null, h("20")),
                true,
                h("8"),
                List.of(),
                reference,
                false));
    // irregular hours: 168 h worked x 12.07% = 20.2776 -> 20.28 h earned; 20 + 20.28 - 8 taken
    // = 32.28 h left; paid at the reference £14.25 (22,230 / 1,560): 32.28 x 14.25 = £459.99
    assertEquals(Money.parse("459.99"), priya.result().amountOf("holiday-on-leaving"));
    assertEquals(Money.parse("114.00"), priya.result().amountOf("holiday-pay"));
    assertEquals(0, priya.holiday().balanceAfter().signum(), priya.holiday().toString());
    assertTrue(
        priya.holiday().paidAt().contains("32.28 hours not taken, paid on leaving"),
        priya.holiday().paidAt());
    // gross: 168 x 13.00 = 2,184.00 + 114.00 + 459.99 = 2,757.99
    assertEquals(Money.parse("2757.99"), priya.result().grossPay());
    // the same PA not leaving: no such line, the balance carries on
    EmployeePay staying =
        paidInNovember(
            new EmployeeToPay(
                priya(),
                weekdays(priya(), 8),
                new YearToDate("2026-27", null, null, null, h("20")),
                true,
                h("8"),
                List.of(),
                reference,
                false));
    assertTrue(staying.result().line("holiday-on-leaving").isEmpty());
    assertEquals(h("32.28"), staying.holiday().balanceAfter());
  }

  @Test
  @DisplayName(
      "Leaving with more holiday taken than earned: nothing is deducted (the contract would have"
          + " to allow it), and a finding says so")
  void overtakenHolidayNotDeducted() {
    var leaver = tom().withLeavingDate(NOVEMBER.end());
    EmployeePay tom =
        paidInNovember(
            new EmployeeToPay(
                leaver,
                weekdays(leaver, 3),
                new YearToDate("2026-27", null, null, null, h("-30")),
                false,
                h("0"),
                List.of(),
                null,
                false));
    // fixed hours: 12 h a week x 5.6 weeks / 12 months = 5.60 h earned; -30 + 5.60 = -24.40 h
    assertTrue(tom.result().line("holiday-on-leaving").isEmpty());
    assertEquals(h("-24.40"), tom.holiday().balanceAfter());
    assertTrue(
        tom.result().findings().stream()
            .anyMatch(f -> f.code().equals("HOLIDAY_OVERTAKEN_ON_LEAVING")),
        tom.result().findings().toString());
    // 21 weekdays x 3 h x £12.71 = £800.73, nothing taken off
    assertEquals(Money.parse("800.73"), tom.result().grossPay());
  }
}
