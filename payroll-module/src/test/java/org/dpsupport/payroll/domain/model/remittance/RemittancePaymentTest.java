package org.dpsupport.payroll.domain.model.remittance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.employer.HmrcPaymentDue;
import org.dpsupport.payroll.domain.model.pension.PensionPaymentDue;
import org.dpsupport.payroll.domain.model.remittance.RemittanceRefusedException.Reason;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RemittancePaymentTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private static final OffsetDateTime RECORDED_AT =
      OffsetDateTime.of(2026, 11, 20, 10, 0, 0, 0, ZoneOffset.UTC);

  /**
   * A finalised monthly run paid on the day, owing the amount to HMRC by the 22nd after its tax
   * month.
   */
  private static RunRemittance hmrc(long id, LocalDate payDay, String amount, boolean quarterly) {
    return new RunRemittance(
        id,
        payDay,
        true,
        Money.of(amount),
        HmrcPaymentDue.dueDate(payDay, quarterly),
        Optional.empty());
  }

  private static RunRemittance paid(RunRemittance r, LocalDate on, String reference) {
    return new RunRemittance(
        r.runId(),
        r.payDay(),
        r.finalised(),
        r.amount(),
        r.dueBy(),
        Optional.of(
            new RecordedRemittance(on, reference, "payroll@demo.dpsupport.org", RECORDED_AT)));
  }

  private static RemittancePayment payment(LocalDate paidOn) {
    return new RemittancePayment(RemittanceKind.HMRC, paidOn, "120PD00001015", null);
  }

  private static Reason refusal(
      RemittancePayment p, RunRemittance target, List<RunRemittance> runs) {
    return assertThrows(RemittanceRefusedException.class, () -> p.covering(target, runs, TODAY))
        .reason();
  }

  @Test
  @DisplayName(
      "October's PAYE (paid out 28 October, tax month to 5 November) is due by 22 November: due on the 22nd, overdue on the 23rd, paid once recorded")
  void statusThroughTheMonth() {
    RunRemittance october = hmrc(1, LocalDate.of(2026, 10, 28), "81.20", false);
    assertEquals(LocalDate.of(2026, 11, 22), october.dueBy());
    assertEquals(RemittanceStatus.DUE, october.status(LocalDate.of(2026, 11, 22)));
    assertEquals(RemittanceStatus.OVERDUE, october.status(LocalDate.of(2026, 11, 23)));
    assertEquals(
        "£81.20 overdue: it was due to HMRC by 22 November 2026",
        october.describe(RemittanceKind.HMRC, TODAY));
    RunRemittance recorded = paid(october, LocalDate.of(2026, 11, 19), "120PD00001015");
    assertEquals(RemittanceStatus.PAID, recorded.status(TODAY));
    assertEquals(
        "£81.20 paid to HMRC on 19 November 2026 (reference 120PD00001015)",
        recorded.describe(RemittanceKind.HMRC, TODAY));
    RunRemittance nothing = hmrc(2, LocalDate.of(2026, 10, 28), "0.00", false);
    assertEquals(RemittanceStatus.NOTHING_TO_PAY, nothing.status(TODAY));
    RunRemittance draft =
        new RunRemittance(
            3, LocalDate.of(2026, 11, 28), false, Money.of("40.00"), null, Optional.empty());
    assertEquals(RemittanceStatus.NOT_FINALISED, draft.status(TODAY));
  }

  @Test
  @DisplayName("Pension contributions deducted in October reach the scheme by 22 November")
  void pensionDue() {
    assertEquals(LocalDate.of(2026, 11, 22), PensionPaymentDue.dueDate(LocalDate.of(2026, 10, 31)));
    assertEquals(LocalDate.of(2027, 1, 22), PensionPaymentDue.dueDate(LocalDate.of(2026, 12, 1)));
  }

  @Test
  @DisplayName(
      "A quarterly employer's one payment on 10 January covers October's, November's and December's runs; one on 1 December covers only those paid out by then")
  void quarterlyPaymentCoversTheQuarter() {
    RunRemittance october = hmrc(1, LocalDate.of(2026, 10, 28), "30.00", true);
    RunRemittance november = hmrc(2, LocalDate.of(2026, 11, 28), "31.00", true);
    RunRemittance december = hmrc(3, LocalDate.of(2026, 12, 28), "32.00", true);
    RunRemittance september =
        hmrc(4, LocalDate.of(2026, 9, 28), "29.00", true); // the quarter to 5 October
    assertEquals(LocalDate.of(2027, 1, 22), october.dueBy());
    assertEquals(october.dueBy(), december.dueBy());
    List<RunRemittance> runs = List.of(september, october, november, december);

    List<RunRemittance> covered =
        payment(LocalDate.of(2027, 1, 10)).covering(october, runs, LocalDate.of(2027, 1, 12));
    assertEquals(List.of(1L, 2L, 3L), covered.stream().map(RunRemittance::runId).sorted().toList());

    List<RunRemittance> early =
        payment(LocalDate.of(2026, 12, 1)).covering(november, runs, LocalDate.of(2026, 12, 2));
    assertEquals(List.of(1L, 2L), early.stream().map(RunRemittance::runId).sorted().toList());
  }

  @Test
  @DisplayName("A monthly employer's payment covers its own tax month only")
  void monthlyPaymentCoversTheMonth() {
    RunRemittance september = hmrc(1, LocalDate.of(2026, 9, 28), "70.00", false);
    RunRemittance october = hmrc(2, LocalDate.of(2026, 10, 28), "81.20", false);
    assertEquals(
        List.of(october),
        payment(LocalDate.of(2026, 11, 19)).covering(october, List.of(september, october), TODAY));
  }

  @Test
  @DisplayName(
      "Refused: a run not finalised, nothing to pay, no date, a date in the future or before the pay day")
  void refusals() {
    RunRemittance october = hmrc(1, LocalDate.of(2026, 10, 28), "81.20", false);
    List<RunRemittance> runs = List.of(october);
    RunRemittance draft =
        new RunRemittance(
            2, LocalDate.of(2026, 11, 28), false, Money.of("40.00"), null, Optional.empty());
    assertEquals(Reason.NOT_FINALISED, refusal(payment(TODAY), draft, List.of(draft)));
    RunRemittance nothing = hmrc(3, LocalDate.of(2026, 10, 28), "0.00", false);
    var e =
        assertThrows(
            RemittanceRefusedException.class,
            () -> payment(TODAY).covering(nothing, List.of(nothing), TODAY));
    assertEquals(Reason.NOTHING_TO_PAY, e.reason());
    assertEquals(
        "This pay run owes nothing to HMRC (its PAYE and National Insurance come to £0.00), so there is"
            + " no payment to record.",
        e.getMessage());
    assertEquals(Reason.NO_DATE, refusal(payment(null), october, runs));
    var future =
        assertThrows(
            RemittanceRefusedException.class,
            () -> payment(TODAY.plusDays(1)).covering(october, runs, TODAY));
    assertEquals(Reason.IN_THE_FUTURE, future.reason());
    assertTrue(
        future.getMessage().contains("24 November 2026, is in the future"), future.getMessage());
    var early =
        assertThrows(
            RemittanceRefusedException.class,
            () -> payment(LocalDate.of(2026, 10, 27)).covering(october, runs, TODAY));
    assertEquals(Reason.BEFORE_PAY_DAY, early.reason());
    assertEquals(
        "The date paid, 27 October 2026, is before the pay day of 28 October 2026. PAYE and National"
            + " Insurance are paid to HMRC after the pay day they were deducted on.",
        early.getMessage());
    assertTrue(Reason.NOTHING_TO_PAY.isState() && !Reason.IN_THE_FUTURE.isState());
  }

  @Test
  @DisplayName(
      "A payment already recorded is refused, saying when and by whom; a correction needs a reason and covers the same runs")
  void alreadyRecordedAndCorrected() {
    RunRemittance october =
        paid(hmrc(1, LocalDate.of(2026, 10, 31), "30.00", true), LocalDate.of(2026, 11, 19), "Q3");
    RunRemittance november =
        paid(
            hmrc(2, LocalDate.of(2026, 11, 20), "31.00", true),
            LocalDate.of(2026, 11, 19),
            "Q3"); // a payment on 19 November cannot cover a run paid out on the 20th, but a bad
    // record might
    RunRemittance other =
        paid(hmrc(3, LocalDate.of(2026, 11, 1), "32.00", true), LocalDate.of(2026, 11, 2), null);
    List<RunRemittance> runs = List.of(october, november, other);

    var again =
        assertThrows(
            RemittanceRefusedException.class, () -> payment(TODAY).covering(october, runs, TODAY));
    assertEquals(Reason.ALREADY_RECORDED, again.reason());
    assertEquals(
        "The payment to HMRC for this pay run is already recorded: paid on 19 November 2026 (reference Q3),"
            + " recorded by payroll@demo.dpsupport.org on 20 November 2026. To correct it, give the reason for the"
            + " correction.",
        again.getMessage());

    RemittancePayment correction =
        new RemittancePayment(
            RemittanceKind.HMRC,
            LocalDate.of(2026, 11, 21),
            "Q3",
            "Bank statement shows it left on the 21st");
    assertTrue(correction.isCorrection());
    assertEquals(
        List.of(1L, 2L),
        correction.covering(october, runs, TODAY).stream()
            .map(RunRemittance::runId)
            .sorted()
            .toList());
    RemittancePayment tooEarly =
        new RemittancePayment(
            RemittanceKind.HMRC, LocalDate.of(2026, 11, 19), "Q3-A", "Reference mistyped");
    assertEquals(
        Reason.BEFORE_PAY_DAY, refusal(tooEarly, october, runs), "the 20 November run it covers");
    RemittancePayment same =
        new RemittancePayment(
            RemittanceKind.HMRC, LocalDate.of(2026, 11, 2), null, "No change really");
    assertEquals(Reason.ALREADY_RECORDED, refusal(same, other, runs));
  }
}
