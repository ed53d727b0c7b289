package org.dpsupport.monitoring.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.application.ReceiptReader;
import org.dpsupport.monitoring.domain.model.account.AccountTerms;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.receipt.Confidence;
import org.dpsupport.monitoring.domain.model.receipt.Finding;
import org.dpsupport.monitoring.domain.model.receipt.Receipt;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptReading;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.reconciliation.ReceiptMatch;
import org.dpsupport.monitoring.domain.model.reconciliation.Reconciliation;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnReceipt;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnStatement;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;
import org.dpsupport.monitoring.domain.service.Reconciler;
import org.dpsupport.monitoring.statements.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Receipts and invoices read from the fixture PDFs (Brightside Home Care's invoice of 3 April 2026
 * for £189.00, Greenway Garden Centre's receipt of 14 April 2026 for £41.50, Plymouth Cabs' of 17
 * April 2026 for £12.00) found on an April statement.
 */
@DisplayName("Receipts and invoices reconciled with the statements")
class ReceiptMatchingTest {

  private static final LocalDate APRIL = LocalDate.of(2026, 4, 1);
  private static final ReturnPeriod PERIOD = new ReturnPeriod(APRIL, LocalDate.of(2026, 5, 1));
  private static final ReconciliationPolicy OVER_100 =
      ReconciliationPolicy.standard().withReceiptsRequiredAbove(Optional.of(Money.parse("100.00")));

  private static AccountTerms terms() {
    return new AccountTerms(
        Route.OWN_ACCOUNT,
        Money.parse("15600.00"),
        Money.parse("1200.00"),
        PaymentSchedule.FOUR_WEEKLY,
        Set.of("PERSONAL_CARE", "EQUIPMENT"),
        APRIL,
        8);
  }

  private static PayeeRules payees() {
    return new PayeeRules(
        Map.of(
            "SUNRISE HOMECARE LTD",
            "PERSONAL_CARE",
            "BRIGHTSIDE HOME CARE",
            "PERSONAL_CARE",
            "GREENWAY GDN CTR",
            "EQUIPMENT",
            "ODEON CINEMAS",
            "EQUIPMENT"));
  }

  private static StatementLine line(String date, String description, String amount) {
    return new StatementLine(
        LocalDate.parse(date), description, Money.parse(amount), Optional.empty());
  }

  /** April: the council's two payments, the care agency, plus the lines a test adds. */
  private static ReturnStatement april(StatementLine... extra) {
    List<StatementLine> lines =
        new ArrayList<>(
            List.of(
                line("2026-04-01", "DIRECT PAYMENT BARKING COUNCIL", "1200.00"),
                line("2026-04-03", "FASTER PAYMENT TO SUNRISE HOMECARE LTD", "-1150.00"),
                line("2026-04-29", "DIRECT PAYMENT BARKING COUNCIL", "1200.00")));
    lines.addAll(List.of(extra));
    lines.sort(Comparator.comparing(StatementLine::date));
    Money open = Money.parse("500.00");
    Money close = lines.stream().map(StatementLine::amount).reduce(open, Money::plus);
    return new ReturnStatement(
        "S1",
        new StatementPeriod(APRIL, PERIOD.endExclusive()),
        Optional.of(open),
        Optional.of(close),
        true,
        lines);
  }

  private static final StatementLine BRIGHTSIDE_PAID_10_APRIL =
      line("2026-04-10", "FASTER PAYMENT TO BRIGHTSIDE HOME CARE BHC-4471", "-189.00");
  private static final StatementLine GREENWAY_PAID_15_APRIL =
      line("2026-04-15", "CARD PAYMENT TO GREENWAY GDN CTR 0418", "-41.50");

  private static ReturnReceipt.Read fixture(String id, String name, ReturnReceipt.Kind kind) {
    ReceiptReading reading =
        new ReceiptReader().read(Fixtures.bytes("/fixtures/receipts/" + name + ".pdf"));
    return new ReturnReceipt.Read(
        id, name + ".pdf", kind, ((ReceiptReading.Read) reading).receipt());
  }

  private static ReturnReceipt.Read careInvoice() {
    return fixture("R1", "care-agency-invoice-no-vat", ReturnReceipt.Kind.INVOICE);
  }

  private static ReturnReceipt.Read gardenReceipt() {
    return fixture("R2", "garden-centre-receipt-with-vat", ReturnReceipt.Kind.RECEIPT);
  }

  private static ReturnReceipt.Read taxiReceipt() {
    return fixture("R3", "taxi-receipt-no-labels", ReturnReceipt.Kind.RECEIPT);
  }

  /**
   * Reconciles with a declaration of exactly what the statements show, so only receipts can be
   * flagged.
   */
  private static Reconciliation reconcile(
      ReconciliationPolicy policy, ReturnStatement s, ReturnReceipt... receipts) {
    Reconciler reconciler = new Reconciler(policy);
    Map<String, Money> declared =
        reconciler
            .reconcile(PERIOD, terms(), List.of(s), List.of(), Money.zero(), payees())
            .spendingByCategory();
    return reconciler.reconcile(
        PERIOD,
        terms(),
        List.of(s),
        List.of(),
        Money.zero(),
        payees(),
        declared,
        List.of(receipts));
  }

  private static List<FlagKind> kinds(Reconciliation r) {
    return r.flags().stream().map(Flag::kind).toList();
  }

  private static Map<String, Integer> matchedLines(Reconciliation r) {
    return r.receiptMatches().stream()
        .collect(
            java.util.stream.Collectors.toMap(ReceiptMatch::receiptId, m -> m.line().lineNumber()));
  }

  @Test
  @DisplayName(
      "The invoice paid a week after its date and the receipt paid the next day are each found on their payment")
  void receiptsFoundOnTheirPayments() {
    Reconciliation r =
        reconcile(
            ReconciliationPolicy.standard(),
            april(BRIGHTSIDE_PAID_10_APRIL, GREENWAY_PAID_15_APRIL),
            careInvoice(),
            gardenReceipt());
    assertEquals(List.of(), r.flags());
    // lines in date order: 1 Apr council, 3 Apr Sunrise, 10 Apr Brightside, 15 Apr Greenway, 29 Apr
    // council
    assertEquals(Map.of("R1", 3, "R2", 4), matchedLines(r));
    assertEquals(
        LocalDate.of(2026, 4, 10),
        r.receiptMatches().stream()
            .filter(m -> m.receiptId().equals("R1"))
            .findFirst()
            .orElseThrow()
            .line()
            .date());
  }

  @Test
  @DisplayName("A taxi receipt for £12.00 that no payment matches is flagged, citing the receipt")
  void receiptMatchingNothing() {
    Reconciliation r =
        reconcile(
            ReconciliationPolicy.standard(),
            april(BRIGHTSIDE_PAID_10_APRIL, GREENWAY_PAID_15_APRIL),
            careInvoice(),
            gardenReceipt(),
            taxiReceipt());
    assertEquals(List.of(FlagKind.RECEIPT_NOT_ON_STATEMENTS), kinds(r));
    Flag flag = r.flags().get(0);
    assertEquals(Optional.of("R3"), flag.receiptId());
    assertEquals(
        "The receipt taxi-receipt-no-labels.pdf is for £12.00 from Plymouth Cabs on 17 April 2026, but no"
            + " payment on the statements matches it.",
        flag.message());
  }

  @Test
  @DisplayName(
      "Same amount but another payee, or paid too long after the receipt, is no match, and the flag says which")
  void nearMisses() {
    Reconciliation otherPayee =
        reconcile(
            ReconciliationPolicy.standard(),
            april(line("2026-04-15", "CARD PAYMENT TO ODEON CINEMAS 4471", "-41.50")),
            gardenReceipt());
    assertEquals(List.of(FlagKind.RECEIPT_NOT_ON_STATEMENTS), kinds(otherPayee));
    assertTrue(
        otherPayee
            .flags()
            .get(0)
            .message()
            .endsWith(
                "A payment of the same amount went to ODEON CINEMAS on"
                    + " 15 April 2026, but the names are not alike."),
        otherPayee.flags().get(0).message());
    Reconciliation tooLate =
        reconcile(
            ReconciliationPolicy.standard(),
            april(line("2026-04-27", "CARD PAYMENT TO GREENWAY GDN CTR 0418", "-41.50")),
            gardenReceipt());
    assertTrue(
        tooLate
            .flags()
            .get(0)
            .message()
            .endsWith(
                "went to GREENWAY GDN CTR on 27 April 2026, too far from" + " the receipt's date."),
        tooLate.flags().get(0).message());
    assertEquals(List.of(), tooLate.receiptMatches());
  }

  @Test
  @DisplayName("An invoice may be paid up to 30 days after its date; a receipt must be within 5")
  void invoicesArePaidLater() {
    StatementLine paid25April =
        line("2026-04-25", "FASTER PAYMENT TO BRIGHTSIDE HOME CARE BHC-4471", "-189.00");
    assertEquals(
        Map.of("R1", 3),
        matchedLines(
            reconcile(ReconciliationPolicy.standard(), april(paid25April), careInvoice())));
    ReturnReceipt.Read sameAsReceipt =
        new ReturnReceipt.Read(
            "R1", "bhc.pdf", ReturnReceipt.Kind.RECEIPT, careInvoice().receipt());
    assertEquals(
        Map.of(),
        matchedLines(
            reconcile(ReconciliationPolicy.standard(), april(paid25April), sameAsReceipt)));
    assertEquals(
        Map.of("R1", 3),
        matchedLines(
            reconcile(
                ReconciliationPolicy.standard().withReceiptDays(30, 30),
                april(paid25April),
                sameAsReceipt)),
        "the days are the council's to set");
  }

  @Test
  @DisplayName(
      "A council asking for receipts over £100 flags the £1,150 payment without one, not the £189 with one")
  void paymentWithoutReceipt() {
    Reconciliation r =
        reconcile(OVER_100, april(BRIGHTSIDE_PAID_10_APRIL, GREENWAY_PAID_15_APRIL), careInvoice());
    assertEquals(List.of(FlagKind.RECEIPT_MISSING), kinds(r));
    Flag flag = r.flags().get(0);
    assertEquals(
        "£1,150.00 to SUNRISE HOMECARE LTD on 3 April 2026 has no receipt or invoice. The council asks for"
            + " one for payments over £100.00.",
        flag.message());
    assertEquals(LocalDate.of(2026, 4, 3), flag.evidence().orElseThrow().date());
    assertEquals(
        List.of(),
        reconcile(ReconciliationPolicy.standard(), april(BRIGHTSIDE_PAID_10_APRIL)).flags(),
        "a council that does not ask for receipts flags none");
  }

  @Test
  @DisplayName(
      "An unreadable receipt is left for a person: no payment is flagged as unreceipted, the officer is told which to check")
  void unreadableReceiptNeverCountsAgainstTheHolder() {
    ReturnReceipt photo =
        new ReturnReceipt.ForPerson(
            "R9",
            "photo.pdf",
            "This file is a scanned picture, so we"
                + " could not read it. An officer will read it.");
    Reconciliation r = reconcile(OVER_100, april(BRIGHTSIDE_PAID_10_APRIL), photo);
    assertEquals(List.of(FlagKind.DOCUMENT_NEEDS_OFFICER), kinds(r));
    Flag flag = r.flags().get(0);
    assertEquals(Optional.of("R9"), flag.receiptId());
    assertEquals(
        "photo.pdf: This file is a scanned picture, so we could not read it. An officer will read it. Check it"
            + " against the payments that need a receipt and have none: £1,150.00 to SUNRISE HOMECARE LTD on 3 April 2026;"
            + " £189.00 to BRIGHTSIDE HOME CARE BHC-4471 on 10 April 2026.",
        flag.message());
  }

  @Test
  @DisplayName(
      "A receipt whose total was only guessed, matching nothing, goes to a person rather than flagging the holder")
  void uncertainReadingGoesToAPerson() {
    Receipt guessed =
        new Receipt(
            new Finding<>("Plymouth Cabs", Confidence.HIGH, "Plymouth Cabs"),
            new Finding<>(LocalDate.of(2026, 4, 17), Confidence.MEDIUM, "17/04/2026"),
            new Finding<>(Money.parse("12.00"), Confidence.LOW, "12.00"),
            Optional.empty());
    Reconciliation r =
        reconcile(
            ReconciliationPolicy.standard(),
            april(),
            new ReturnReceipt.Read("R4", "cab.pdf", ReturnReceipt.Kind.RECEIPT, guessed));
    assertEquals(List.of(FlagKind.DOCUMENT_NEEDS_OFFICER), kinds(r));
    assertEquals(
        "cab.pdf: We could not be sure we read it correctly (it seems to be £12.00 from Plymouth Cabs on"
            + " 17 April 2026) and it matches no payment on the statements.",
        r.flags().get(0).message());
  }

  @Test
  @DisplayName("Two receipts for the same amount are found on two payments, each on the nearer one")
  void eachPaymentEvidencedOnce() {
    ReturnReceipt.Read first = gardenReceipt();
    ReturnReceipt.Read second =
        new ReturnReceipt.Read(
            "R5",
            "second.pdf",
            ReturnReceipt.Kind.RECEIPT,
            new Receipt(
                first.receipt().supplier(),
                new Finding<>(LocalDate.of(2026, 4, 18), Confidence.HIGH, ""),
                first.receipt().total(),
                Optional.empty()));
    Reconciliation r =
        reconcile(
            ReconciliationPolicy.standard(),
            april(
                GREENWAY_PAID_15_APRIL,
                line("2026-04-19", "CARD PAYMENT TO GREENWAY GDN CTR 0420", "-41.50")),
            second,
            first);
    assertEquals(Map.of("R2", 3, "R5", 4), matchedLines(r));
  }
}
