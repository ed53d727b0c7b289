package org.dpsupport.payroll.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.kernel.DateRange;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.familypay.EarningsPaid;
import org.dpsupport.payroll.domain.model.familypay.FamilyLeave;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayDecision;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayResult;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.familypay.Recovery;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * Worked examples in the way HMRC's employer guides on GOV.UK work them ("Statutory Maternity Pay:
 * manually calculate your employee's payments" and the matching guides for the other payments),
 * with the working in the comments.
 */
@DisplayName("Statutory family pay")
class StatutoryFamilyPayCalculatorTest {

  private static final TaxYearCatalogue CATALOGUE = TaxYearResources.standardCatalogue();
  private final StatutoryFamilyPayCalculator calculator =
      new StatutoryFamilyPayCalculator(CATALOGUE);

  private static LocalDate d(int y, int m, int day) {
    return LocalDate.of(y, m, day);
  }

  /** A leave with sensible defaults: employed since 2024, evidence in, no work days. */
  private static FamilyLeave leave(
      FamilyPayType type, LocalDate anchor, LocalDate payStart, String awe, int weeks) {
    return new FamilyLeave(
        type,
        type == FamilyPayType.SAP || type == FamilyPayType.SPBP ? null : anchor,
        type == FamilyPayType.SAP ? anchor : null,
        type == FamilyPayType.SPBP ? anchor : null,
        d(2024, 9, 2),
        null,
        payStart,
        weeks,
        0,
        new BigDecimal(awe),
        true,
        List.of());
  }

  @Nested
  @DisplayName("The qualifying week and average weekly earnings")
  class QualifyingWeekAndEarnings {

    @Test
    @DisplayName(
        "HMRC's helpbook example: paid every Friday, baby due 12/02/13: qualifying week 28/10/12"
            + " to 03/11/12, relevant period 08/09/12 to 02/11/12")
    void hmrcWeeklyExample() {
      FamilyLeave l =
          new FamilyLeave(
              FamilyPayType.SMP,
              d(2013, 2, 12),
              null,
              null,
              d(2011, 1, 3),
              null,
              d(2013, 1, 27),
              0,
              0,
              BigDecimal.ZERO,
              true,
              null);
      // due Tuesday 12 February 2013: the expected week of childbirth starts Sunday 10 February;
      // 15 weeks before it is Sunday 28 October 2012 to Saturday 3 November 2012
      assertEquals(DateRange.inclusive(d(2012, 10, 28), d(2012, 11, 3)), l.qualifyingWeek());
      // Date 1: the last pay day on or before Saturday 3 November is Friday 2 November.
      // Date 2: the last pay day at least 8 weeks before it is Friday 7 September, so the relevant
      // period is 8 September to 2 November: the 8 Fridays 14 September .. 2 November.
      // Paid £300 each Friday, but £420 on 14 September (overtime) and £100 on 7 September and
      // £900 on 9 November (outside the period): (7 x 300 + 420) = 2,520 / 56 days x 7 = £315.00
      List<EarningsPaid> paid = new ArrayList<>();
      for (LocalDate f = d(2012, 8, 3); !f.isAfter(d(2012, 11, 16)); f = f.plusWeeks(1)) {
        String amount =
            f.equals(d(2012, 9, 14))
                ? "420.00"
                : f.equals(d(2012, 9, 7)) ? "100.00" : f.equals(d(2012, 11, 9)) ? "900" : "300";
        paid.add(new EarningsPaid(f, Money.of(amount)));
      }
      BigDecimal awe =
          StatutoryFamilyPayCalculator.averageWeeklyEarnings(
              PayFrequency.WEEKLY, paid, l.qualifyingWeek(), l.employmentStart());
      assertEquals(0, new BigDecimal("315").compareTo(awe), awe.toPlainString());
    }

    @Test
    @DisplayName(
        "Monthly paid: two months' earnings x 12 / 52 (the guide's monthly method), £450.00 a week")
    void monthly() {
      // due Wednesday 16 September 2026: EWC Sunday 13 September, qualifying week Sunday 31 May to
      // Saturday 6 June 2026. Paid £1,950 on the last working day of each month.
      // Date 1 = Friday 29 May; 8 weeks before is 3 April; the last pay day on or before it is
      // Tuesday 31 March, so the period is 1 April to 29 May: 2 months (1 month and 29 days).
      // (1,950 + 1,950) / 2 x 12 / 52 = £450.00
      FamilyLeave l = leave(FamilyPayType.SMP, d(2026, 9, 16), d(2026, 8, 30), "0", 0);
      assertEquals(DateRange.inclusive(d(2026, 5, 31), d(2026, 6, 6)), l.qualifyingWeek());
      List<EarningsPaid> paid =
          List.of(
              new EarningsPaid(d(2026, 2, 27), Money.of("1950.00")),
              new EarningsPaid(d(2026, 3, 31), Money.of("1950.00")),
              new EarningsPaid(d(2026, 4, 30), Money.of("1950.00")),
              new EarningsPaid(d(2026, 5, 29), Money.of("1950.00")),
              new EarningsPaid(d(2026, 6, 30), Money.of("5000.00")));
      BigDecimal awe =
          StatutoryFamilyPayCalculator.averageWeeklyEarnings(
              PayFrequency.MONTHLY, paid, l.qualifyingWeek(), l.employmentStart());
      assertEquals(new BigDecimal("450.00"), awe.setScale(2, RoundingMode.HALF_UP));
    }

    @Test
    @DisplayName("Adoption: the qualifying week is the week of the match")
    void adoptionMatchingWeek() {
      // matched on Thursday 14 May 2026: the week Sunday 10 May to Saturday 16 May
      FamilyLeave l = leave(FamilyPayType.SAP, d(2026, 5, 14), d(2026, 7, 5), "600", 0);
      assertEquals(DateRange.inclusive(d(2026, 5, 10), d(2026, 5, 16)), l.qualifyingWeek());
    }

    @Test
    @DisplayName("Bereavement: the relevant week is the week before the week of the death")
    void bereavementRelevantWeek() {
      // died Tuesday 9 June 2026 (week of Sunday 7 June): relevant week 31 May to 6 June
      FamilyLeave l = leave(FamilyPayType.SPBP, d(2026, 6, 9), d(2026, 6, 14), "300", 2);
      assertEquals(DateRange.inclusive(d(2026, 5, 31), d(2026, 6, 6)), l.qualifyingWeek());
    }
  }

  @Nested
  @DisplayName("The weeks and their rates")
  class Weeks {

    @Test
    @DisplayName(
        "SMP: 6 weeks at 90% of £450 (£405.00), then 33 weeks at the standard rate £194.32:"
            + " £8,842.56")
    void maternity() {
      FamilyPayDecision decision =
          calculator.decide(leave(FamilyPayType.SMP, d(2026, 9, 16), d(2026, 8, 30), "450", 0));
      assertTrue(decision.eligible(), decision.refusals().toString());
      assertEquals(39, decision.weeks().size());
      // started 2 September 2024, long before the latest start: 6 June 2026 - 25 weeks = 13 Dec
      assertEquals(d(2025, 12, 13), decision.latestStart());
      assertEquals(Money.of("129.00"), decision.lowerEarningsLimit()); // 2026-27 weekly LEL
      assertEquals(Money.of("405.00"), decision.weeks().get(5).rate());
      assertEquals(Money.of("194.32"), decision.weeks().get(6).rate());
      assertEquals("the standard rate", decision.weeks().get(38).rateBasis());
      // 6 x 405.00 = 2,430.00; 33 x 194.32 = 6,412.56; together 8,842.56
      assertEquals(Money.of("8842.56"), decision.total());
    }

    @Test
    @DisplayName(
        "SMP starting in February 2026: a pay week starting on or after Sunday 5 April 2026 gets"
            + " the new rate")
    void rateChangesOnTheFirstSundayInApril() {
      // due Sunday 1 March 2026, pay from Sunday 15 February 2026; AWE £500: 90% = £450
      // week 7 starts 29 March (2025-26 rate £187.18), week 8 starts 5 April (2026-27 £194.32)
      FamilyLeave l =
          new FamilyLeave(
              FamilyPayType.SMP,
              d(2026, 3, 1),
              null,
              null,
              d(2024, 9, 2),
              null,
              d(2026, 2, 15),
              0,
              0,
              new BigDecimal("500"),
              true,
              List.of());
      FamilyPayDecision decision = calculator.decide(l);
      assertEquals(Money.of("125.00"), decision.lowerEarningsLimit()); // QW in 2025-26
      assertEquals(Money.of("450.00"), decision.weeks().get(5).rate());
      assertEquals(d(2026, 3, 29), decision.weeks().get(6).start());
      assertEquals(Money.of("187.18"), decision.weeks().get(6).rate());
      assertEquals(d(2026, 4, 5), decision.weeks().get(7).start());
      assertEquals(Money.of("194.32"), decision.weeks().get(7).rate());
    }

    @Test
    @DisplayName("SPP: 2 weeks at the lesser of the standard rate and 90% of £180 (£162.00)")
    void paternity() {
      // 90% of £180 = £162.00, less than £194.32: 2 x 162.00 = £324.00
      FamilyPayDecision decision =
          calculator.decide(leave(FamilyPayType.SPP, d(2026, 9, 16), d(2026, 9, 20), "180", 2));
      assertEquals(Money.of("324.00"), decision.total());
      assertTrue(decision.weeks().get(0).rateBasis().startsWith("90% of average weekly earnings"));
    }

    @Test
    @DisplayName("SAP: 6 weeks at 90% of £600 (£540.00), then 33 at £194.32")
    void adoption() {
      // 6 x 540.00 = 3,240.00 + 33 x 194.32 = 6,412.56: £9,652.56
      FamilyPayDecision decision =
          calculator.decide(leave(FamilyPayType.SAP, d(2026, 5, 14), d(2026, 7, 5), "600", 0));
      assertEquals(Money.of("9652.56"), decision.total());
    }

    @Test
    @DisplayName(
        "ShPP after maternity pay cut short at 12 weeks: 27 weeks left to share; 10 claimed at"
            + " £194.32; 28 refused")
    void sharedParental() {
      FamilyLeave shared =
          new FamilyLeave(
              FamilyPayType.SHPP,
              d(2026, 9, 16),
              null,
              null,
              d(2024, 9, 2),
              null,
              d(2026, 12, 6),
              10,
              12,
              new BigDecimal("300"),
              true,
              List.of());
      // 90% of £300 = £270.00: more than the standard rate, so £194.32 throughout; 10 x = 1,943.20
      assertEquals(Money.of("1943.20"), calculator.decide(shared).total());
      IllegalArgumentException tooMany =
          assertThrows(
              IllegalArgumentException.class,
              () ->
                  new FamilyLeave(
                      FamilyPayType.SHPP,
                      d(2026, 9, 16),
                      null,
                      null,
                      d(2024, 9, 2),
                      null,
                      d(2026, 12, 6),
                      28,
                      12,
                      new BigDecimal("300"),
                      true,
                      List.of()));
      assertEquals(
          "Statutory Shared Parental Pay is paid for at most 27 weeks here (39 weeks less the 12"
              + " already paid); 28 were asked for.",
          tooMany.getMessage());
    }

    @Test
    @DisplayName("SPBP and SNCP: the lesser rate; SNCP at most 12 weeks")
    void bereavementAndNeonatal() {
      // 90% of £200 = £180.00 < £194.32: 2 weeks = £360.00
      assertEquals(
          Money.of("360.00"),
          calculator
              .decide(leave(FamilyPayType.SPBP, d(2026, 6, 9), d(2026, 6, 14), "200", 2))
              .total());
      // neonatal care: 90% of £400 = £360 > £194.32: 12 x 194.32 = £2,331.84
      assertEquals(
          Money.of("2331.84"),
          calculator
              .decide(leave(FamilyPayType.SNCP, d(2026, 9, 16), d(2026, 9, 27), "400", 12))
              .total());
      assertThrows(
          IllegalArgumentException.class,
          () -> leave(FamilyPayType.SNCP, d(2026, 9, 16), d(2026, 9, 27), "400", 13));
    }
  }

  @Nested
  @DisplayName("Pay periods and part weeks")
  class PayPeriods {

    private final FamilyLeave smp =
        leave(FamilyPayType.SMP, d(2026, 9, 16), d(2026, 8, 30), "450", 0);

    @Test
    @DisplayName(
        "Monthly: August has 2 days of week 1, September the other 5 and 4 of week 5; a split"
            + " week still totals £405.00")
    void monthlyPeriods() {
      // SMP weeks run Sunday to Saturday from Sunday 30 August.
      // August: 30 and 31 August, 2 of week 1's 7 days: 405.00 x 2 / 7 = 115.714.. -> £115.72
      FamilyPayResult august = calculator.payFor(smp, d(2026, 8, 1), d(2026, 8, 31));
      assertEquals(Money.of("115.72"), august.amount());
      assertEquals(2, august.days());
      // September: week 1's other 5 days = 405.00 - 115.72 = £289.28; weeks 2, 3, 4 whole
      // (3 x 405.00 = 1,215.00); week 5 from 27 September, 4 days: 405 x 4 / 7 = 231.428.. ->
      // £231.43. Together 289.28 + 1,215.00 + 231.43 = £1,735.71 for 30 days
      FamilyPayResult september = calculator.payFor(smp, d(2026, 9, 1), d(2026, 9, 30));
      assertEquals(Money.of("1735.71"), september.amount());
      assertEquals(30, september.days());
      assertTrue(
          september.basis().text().contains("week 5, 4 of its 7 days at £405.00 a week"),
          september.basis().text());
      assertEquals(Money.of("405.00"), august.amount().plus(Money.of("289.28")));
    }

    @Test
    @DisplayName("Weekly, fortnightly and four-weekly periods add up to the whole pay")
    void everyFrequencySumsToTheTotal() {
      Money whole = calculator.decide(smp).total();
      for (int days : new int[] {7, 14, 28}) {
        Money sum = Money.ZERO;
        // periods Monday to Sunday, starting well before the pay
        for (LocalDate s = d(2026, 8, 3); s.isBefore(d(2027, 7, 1)); s = s.plusDays(days)) {
          sum = sum.plus(calculator.payFor(smp, s, s.plusDays(days - 1L)).amount());
        }
        assertEquals(whole, sum, days + "-day periods");
      }
      Money monthly = Money.ZERO;
      for (LocalDate s = d(2026, 8, 1); s.isBefore(d(2027, 7, 1)); s = s.plusMonths(1)) {
        monthly = monthly.plus(calculator.payFor(smp, s, s.plusMonths(1).minusDays(1)).amount());
      }
      assertEquals(whole, monthly);
    }
  }

  @Nested
  @DisplayName("Refusals and warnings in plain words")
  class Refusals {

    @Test
    @DisplayName("Started too late for 26 weeks' service into the qualifying week")
    void notEmployedLongEnough() {
      FamilyLeave l =
          new FamilyLeave(
              FamilyPayType.SMP,
              d(2026, 9, 16),
              null,
              null,
              d(2025, 12, 14),
              null,
              d(2026, 8, 30),
              0,
              0,
              new BigDecimal("450"),
              true,
              List.of());
      FamilyPayDecision decision = calculator.decide(l);
      assertFalse(decision.eligible());
      assertEquals(
          "No maternity pay: the PA started on 14 December 2025, so by the end of the qualifying"
              + " week (31 May 2026 to 6 June 2026) they had not been employed for 26 weeks; they"
              + " needed to start by 13 December 2025.",
          decision.refusals().get(0));
      assertEquals("Tell the PA in writing within 7 days (form SMP1).", decision.refusals().get(1));
      FamilyPayResult september = calculator.payFor(l, d(2026, 9, 1), d(2026, 9, 30));
      assertEquals(Money.ZERO, september.amount());
      assertEquals("FAMILY_PAY_NOT_DUE", september.findings().get(0).code());
    }

    @Test
    @DisplayName("Average weekly earnings of £128.99 are below the 2026-27 limit of £129")
    void belowLowerEarningsLimit() {
      FamilyPayDecision decision =
          calculator.decide(leave(FamilyPayType.SPP, d(2026, 9, 16), d(2026, 9, 20), "128.99", 2));
      assertEquals(
          "No paternity pay: average weekly earnings of £128.99 are below the lower earnings"
              + " limit of £129.00 a week.",
          decision.refusals().get(0));
      // exactly the limit qualifies
      assertTrue(
          calculator
              .decide(leave(FamilyPayType.SPP, d(2026, 9, 16), d(2026, 9, 20), "129", 2))
              .eligible());
    }

    @Test
    @DisplayName("Maternity pay cannot start before the 11th week before the baby is due")
    void tooEarly() {
      FamilyPayDecision decision =
          calculator.decide(leave(FamilyPayType.SMP, d(2026, 9, 16), d(2026, 6, 21), "450", 0));
      // EWC Sunday 13 September - 11 weeks = Sunday 28 June
      assertEquals(
          "Maternity pay cannot start before 28 June 2026, the start of the 11th week before the"
              + " week the baby is due.",
          decision.refusals().get(0));
    }

    @Test
    @DisplayName("Without the MATB1 the pay is held, with a warning saying what is missing")
    void noMatb1() {
      FamilyLeave l =
          new FamilyLeave(
              FamilyPayType.SMP,
              d(2026, 9, 16),
              null,
              null,
              d(2024, 9, 2),
              null,
              d(2026, 8, 30),
              0,
              0,
              new BigDecimal("450"),
              false,
              List.of());
      FamilyPayDecision decision = calculator.decide(l);
      assertTrue(decision.eligible());
      assertFalse(decision.payable());
      assertEquals(
          "No record of the maternity certificate (MATB1). The maternity pay is held until it is"
              + " recorded; the PA must give it within 21 days of the pay starting (13 weeks with"
              + " good reason).",
          decision.warnings().get(0));
      FamilyPayResult september = calculator.payFor(l, d(2026, 9, 1), d(2026, 9, 30));
      assertEquals(Money.ZERO, september.amount());
      assertEquals("FAMILY_PAY_EVIDENCE_MISSING", september.findings().get(0).code());
    }
  }

  @Nested
  @DisplayName("Keeping in touch and SPLIT days")
  class WorkDays {

    @Test
    @DisplayName("10 keeping in touch days cost nothing; an 11th loses the week it falls in")
    void keepingInTouch() {
      List<LocalDate> days = new ArrayList<>();
      // one day a week in weeks 8 to 17 (Tuesdays from 20 October 2026), then an 11th on
      // Tuesday 5 January 2027, in week 19 (3 to 9 January)
      for (int i = 0; i < 10; i++) {
        days.add(d(2026, 10, 20).plusWeeks(i));
      }
      FamilyLeave ten = withWorkDays(FamilyPayType.SMP, days);
      assertEquals(Money.of("8842.56"), calculator.decide(ten).total());
      days.add(d(2027, 1, 5));
      FamilyPayDecision eleven = calculator.decide(withWorkDays(FamilyPayType.SMP, days));
      assertEquals(Money.of("8842.56").minus(Money.of("194.32")), eleven.total());
      assertEquals(
          "No maternity pay for week 19: 5 January 2027 was the PA's 11th day of work; only 10"
              + " keeping in touch days are allowed.",
          eleven.weeks().get(18).notPaidBecause());
    }

    @Test
    @DisplayName("Shared parental pay allows 20 SPLIT days; paternity pay none")
    void splitDaysAndPaternity() {
      List<LocalDate> twenty = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        twenty.add(d(2026, 12, 7).plusDays(i));
      }
      FamilyLeave shared =
          new FamilyLeave(
              FamilyPayType.SHPP,
              d(2026, 9, 16),
              null,
              null,
              d(2024, 9, 2),
              null,
              d(2026, 12, 6),
              10,
              12,
              new BigDecimal("300"),
              true,
              twenty);
      assertEquals(Money.of("1943.20"), calculator.decide(shared).total());

      FamilyLeave paternity =
          new FamilyLeave(
              FamilyPayType.SPP,
              d(2026, 9, 16),
              null,
              null,
              d(2024, 9, 2),
              null,
              d(2026, 9, 20),
              2,
              0,
              new BigDecimal("300"),
              true,
              List.of(d(2026, 9, 29)));
      FamilyPayDecision decision = calculator.decide(paternity);
      assertEquals(Money.of("194.32"), decision.total());
      assertEquals(
          "No paternity pay for week 2: the PA worked on 29 September 2026, and no work is"
              + " allowed during a week of paternity pay.",
          decision.weeks().get(1).notPaidBecause());
    }

    private FamilyLeave withWorkDays(FamilyPayType type, List<LocalDate> days) {
      return new FamilyLeave(
          type,
          d(2026, 9, 16),
          null,
          null,
          d(2024, 9, 2),
          null,
          d(2026, 8, 30),
          0,
          0,
          new BigDecimal("450"),
          true,
          days);
    }
  }

  @Nested
  @DisplayName("Recovery from HMRC")
  class Recovering {

    @Test
    @DisplayName(
        "£8,842.56 of SMP: 92% (£8,135.16), or with Small Employers' Relief 100% plus 8.5%"
            + " (£8,842.56 + £751.62)")
    void recovery() {
      var rules = CATALOGUE.forPaymentDate(d(2026, 9, 30)).statutoryFamilyPay();
      Money paid = Money.of("8842.56");
      // 8,842.56 x 92% = 8,135.1552 -> £8,135.16
      assertEquals(
          new Recovery(Money.of("8135.16"), Money.ZERO),
          StatutoryPayRecovery.recover(rules, paid, false));
      // 8,842.56 x 8.5% = 751.6176 -> £751.62
      assertEquals(
          new Recovery(Money.of("8842.56"), Money.of("751.62")),
          StatutoryPayRecovery.recover(rules, paid, true));
      assertTrue(StatutoryPayRecovery.smallEmployer(rules, Money.of("45000.00")));
      assertFalse(StatutoryPayRecovery.smallEmployer(rules, Money.of("45000.01")));
    }
  }
}
