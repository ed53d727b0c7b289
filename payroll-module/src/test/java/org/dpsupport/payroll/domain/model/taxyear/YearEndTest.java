package org.dpsupport.payroll.domain.model.taxyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.YearMonth;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * HMRC's year-end rules (GOV.UK "Payroll: annual reporting and admin for employers": "Send your
 * final payroll report of the year" and "Give employees their P60").
 */
class YearEndTest {

  private static final TaxYear Y2025 = TaxYear.parse("2025-26");

  private static boolean last(int year, int month, int payDay) {
    PayPeriod p = PayPeriod.monthly(YearMonth.of(year, month), payDay);
    return YearEnd.lastPayDayOfTaxYear(p.paymentDate(), p.nextMonth(payDay).paymentDate());
  }

  @Test
  @DisplayName(
      "The final FPS is the one for the last pay day before the tax year ends: March's when paid"
          + " on the 28th, April's when paid on the 3rd or the 5th, never February's")
  void lastPayDayOfTheYear() {
    // paid on the 28th: 28 March 2026 is in tax month 12 of 2025-26, 28 April 2026 in 2026-27
    assertTrue(last(2026, 3, 28));
    assertFalse(last(2026, 2, 28));
    assertFalse(last(2026, 4, 28));
    // paid on the 3rd: 3 March is tax month 11; 3 April is still 2025-26 (tax month 12); 3 May is
    // the next year's, so April's pay day is the year's last
    assertFalse(last(2026, 3, 3));
    assertTrue(last(2026, 4, 3));
    // 5 April is the tax year's last day; 6 April its first
    assertTrue(last(2026, 4, 5));
    assertFalse(last(2026, 4, 6));
    assertTrue(last(2026, 3, 6));
    assertThrows(
        IllegalArgumentException.class,
        () -> YearEnd.lastPayDayOfTaxYear(LocalDate.of(2026, 3, 28), LocalDate.of(2026, 3, 28)));
  }

  @Test
  @DisplayName(
      "The tax month 12 EPS says the year is complete only when no FPS said so; no other month's"
          + " can")
  void finalOnEps() {
    assertTrue(YearEnd.finalSubmissionOnEps(12, false), "nobody paid in the final period");
    assertFalse(YearEnd.finalSubmissionOnEps(12, true), "the final FPS said it already");
    assertFalse(YearEnd.finalSubmissionOnEps(11, false));
    assertFalse(YearEnd.finalSubmissionOnEps(1, false));
  }

  @Test
  @DisplayName(
      "A P60 goes to each PA working for the employer on 5 April: not to one who left before, nor"
          + " one who starts after")
  void inPostOnFifthApril() {
    LocalDate start = LocalDate.of(2025, 6, 1);
    assertTrue(YearEnd.inPostOnLastDay(start, null, Y2025));
    assertTrue(
        YearEnd.inPostOnLastDay(start, LocalDate.of(2026, 4, 5), Y2025), "leaves on 5 April");
    assertTrue(YearEnd.inPostOnLastDay(start, LocalDate.of(2026, 9, 30), Y2025));
    assertFalse(
        YearEnd.inPostOnLastDay(start, LocalDate.of(2026, 4, 4), Y2025), "left: P45 instead");
    assertTrue(YearEnd.inPostOnLastDay(LocalDate.of(2026, 4, 5), null, Y2025), "started 5 April");
    assertFalse(YearEnd.inPostOnLastDay(LocalDate.of(2026, 4, 6), null, Y2025));
  }

  @Test
  @DisplayName("The last ended tax year and the day its P60s are due by (31 May)")
  void lastEndedAndDue() {
    assertEquals(Y2025, YearEnd.lastEnded(LocalDate.of(2026, 4, 6)));
    assertEquals(Y2025, YearEnd.lastEnded(LocalDate.of(2026, 12, 7)));
    assertEquals(TaxYear.parse("2024-25"), YearEnd.lastEnded(LocalDate.of(2026, 4, 5)));
    assertEquals(LocalDate.of(2026, 5, 31), YearEnd.p60sDueBy(Y2025));
  }
}
