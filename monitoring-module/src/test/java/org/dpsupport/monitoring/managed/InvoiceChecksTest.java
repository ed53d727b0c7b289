package org.dpsupport.monitoring.managed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.CareProvider;
import org.dpsupport.monitoring.domain.model.managed.InvoiceChecks;
import org.dpsupport.monitoring.domain.model.managed.InvoiceChecks.Problem;
import org.dpsupport.monitoring.domain.model.managed.InvoiceKind;
import org.dpsupport.monitoring.domain.model.managed.ProviderInvoice;
import org.junit.jupiter.api.Test;

class InvoiceChecksTest {

  // the plan: Brightside Care at £24.50 an hour for 10 hours a week
  static final CareProvider BRIGHTSIDE =
      new CareProvider(
          "Brightside Care", "20-00-00", "55779911", null, Money.of("24.50"), new BigDecimal("10"));

  static final LocalDate START = LocalDate.of(2026, 10, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  static ProviderInvoice invoice(String number, String from, String to, String hours, String rate) {
    BigDecimal h = new BigDecimal(hours);
    Money r = Money.of(rate);
    return new ProviderInvoice(
        InvoiceKind.INVOICE,
        number,
        LocalDate.parse(from),
        LocalDate.parse(to),
        h,
        r,
        Money.of(r.amount().multiply(h).setScale(2)),
        null);
  }

  static ProviderInvoice credit(String number, String forInvoice, String amount) {
    return new ProviderInvoice(
        InvoiceKind.CREDIT_NOTE,
        number,
        LocalDate.parse("2026-11-01"),
        LocalDate.parse("2026-11-30"),
        null,
        null,
        Money.of(amount),
        forInvoice);
  }

  static List<Problem> check(ProviderInvoice invoice, ProviderInvoice... earlier) {
    return InvoiceChecks.check(BRIGHTSIDE, invoice, List.of(earlier), START, TODAY);
  }

  @Test
  void aMonthWithinThePlanPasses() {
    // November: 30 days, 10 h a week -> 10 x 30 / 7 = 42.857.. -> 42.86 hours allowed
    ProviderInvoice november = invoice("BC-1101", "2026-11-01", "2026-11-30", "42.86", "24.50");
    assertEquals(new BigDecimal("42.86"), InvoiceChecks.hoursAllowed(BRIGHTSIDE, november));
    // 42.86 x £24.50 = £1,050.07
    assertEquals(Money.of("1050.07"), november.amount());
    assertEquals(List.of(), check(november));
  }

  @Test
  void overTheContractRateIsRefused() {
    List<Problem> problems = check(invoice("BC-1102", "2026-11-01", "2026-11-30", "40", "26.00"));
    assertEquals(1, problems.size(), problems.toString());
    assertFalse(problems.get(0).duplicate());
    assertEquals(
        "The invoice charges £26.00 an hour, more than the £24.50 an hour agreed with Brightside"
            + " Care in the support plan. Ask the provider for an invoice at the agreed rate.",
        problems.get(0).message());
  }

  @Test
  void overThePlansHoursIsRefused() {
    // a week (7 days) allows 10 hours: 10.5 is over
    List<Problem> problems = check(invoice("BC-1103", "2026-11-02", "2026-11-08", "10.5", "24.50"));
    assertEquals(1, problems.size(), problems.toString());
    assertTrue(
        problems
            .get(0)
            .message()
            .startsWith("The invoice charges for 10.5 hours, more than the 10 hours"),
        problems.get(0).message());
  }

  @Test
  void aTotalThatIsNotHoursTimesRateIsRefused() {
    ProviderInvoice wrong =
        new ProviderInvoice(
            InvoiceKind.INVOICE,
            "BC-1104",
            LocalDate.of(2026, 11, 2),
            LocalDate.of(2026, 11, 8),
            new BigDecimal("10"),
            Money.of("24.50"),
            Money.of("254.00"),
            null);
    assertEquals(
        List.of(
            new Problem(
                false,
                "The total £254.00 is not 10 hours at £24.50, which is £245.00. Check the figures"
                    + " on the invoice.")),
        check(wrong));
  }

  @Test
  void thePeriodMustHaveEndedStartAfterTheAccountAndBeAtMostFiveWeeks() {
    assertTrue(
        check(invoice("BC-1", "2026-12-01", "2026-12-10", "1", "24.50"))
            .get(0)
            .message()
            .contains("after today"));
    assertTrue(
        check(invoice("BC-2", "2026-09-28", "2026-10-04", "1", "24.50"))
            .get(0)
            .message()
            .contains("before the agency managed this direct payment (from 1 October 2026)"));
    assertTrue(
        check(invoice("BC-3", "2026-10-01", "2026-11-05", "1", "24.50"))
            .get(0)
            .message()
            .contains("covers 36 days"));
  }

  @Test
  void theSameNumberOrTheSameAmountAndPeriodTwiceIsADuplicate() {
    ProviderInvoice first = invoice("BC-1101", "2026-11-01", "2026-11-30", "40", "24.50");
    List<Problem> sameNumber =
        check(invoice("bc-1101", "2026-10-01", "2026-10-31", "20", "24.50"), first);
    assertEquals(1, sameNumber.size());
    assertTrue(sameNumber.get(0).duplicate());
    assertEquals(
        "Brightside Care's invoice BC-1101 has already been recorded. Do not record it twice.",
        sameNumber.get(0).message());
    List<Problem> sameAmount =
        check(invoice("BC-1199", "2026-11-01", "2026-11-30", "40", "24.50"), first);
    assertEquals(1, sameAmount.size());
    assertTrue(sameAmount.get(0).duplicate());
    assertTrue(
        sameAmount
            .get(0)
            .message()
            .contains(
                "already invoiced £980.00 for 1 November 2026 to 30 November 2026 (number BC-1101)"));
    // the same amount for another period is fine
    assertEquals(
        List.of(), check(invoice("BC-1001", "2026-10-01", "2026-10-31", "40", "24.50"), first));
  }

  @Test
  void aCreditNoteIsForAnInvoiceOfTheProviderAndNotMoreThanIsLeftOfIt() {
    ProviderInvoice first = invoice("BC-1101", "2026-11-01", "2026-11-30", "40", "24.50");
    assertEquals(List.of(), check(credit("CN-1", "BC-1101", "49.00"), first));
    assertEquals(
        "There is no invoice BC-9 from Brightside Care for this person. Check the invoice number"
            + " on the credit note.",
        check(credit("CN-1", "BC-9", "49.00"), first).get(0).message());
    // £980.00 invoiced, £900.00 credited before: £80.00 left
    List<Problem> tooMuch =
        check(credit("CN-2", "BC-1101", "100.00"), first, credit("CN-1", "BC-1101", "900.00"));
    assertEquals(
        "The credit note takes off £100.00, more than the £80.00 left of invoice BC-1101. Check"
            + " the amount on the credit note.",
        tooMuch.get(0).message());
  }

  @Test
  void aProviderNeedsBankDetailsOfTheRightShapeAndAPlan() {
    assertEquals("200000", BRIGHTSIDE.sortCode());
    assertEquals("Brightside Care", BRIGHTSIDE.accountName());
    assertThrows(
        IllegalArgumentException.class,
        () -> new CareProvider("X", "20-00", "55779911", null, Money.of("1"), BigDecimal.ONE));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CareProvider("X", "200000", "5577991", null, Money.of("1"), BigDecimal.ONE));
    assertThrows(
        IllegalArgumentException.class,
        () -> new CareProvider("X", "200000", "55779911", null, Money.ZERO, BigDecimal.ONE));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new CareProvider(
                "X", "200000", "55779911", null, Money.of("1"), new BigDecimal("169")));
  }
}
