package org.dpsupport.monitoring.managed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.InvoiceState;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger.Entry;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger.EntryKind;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger.FlagKind;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger.Unpaid;
import org.junit.jupiter.api.Test;

class ManagedLedgerTest {

  static final LocalDate START = LocalDate.of(2026, 10, 1);
  static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  static Entry in(String date, String amount) {
    return new Entry(LocalDate.parse(date), EntryKind.COUNCIL_PAYMENT, Money.of(amount), "Council");
  }

  static Entry out(EntryKind kind, String date, String amount) {
    return new Entry(LocalDate.parse(date), kind, Money.of(amount), "out");
  }

  static Unpaid unpaid(String number, InvoiceState state, String received, String owed) {
    return new Unpaid(number, "Brightside Care", state, LocalDate.parse(received), Money.of(owed));
  }

  @Test
  void aWellRunAccountBalancesAndRaisesNoFlag() {
    // in: 3 x £1,500.00 = £4,500.00; out: invoices £2,100.00 and wages £1,200.00 -> £1,200.00
    // owed: £980.00 approved -> £220.00 left, under the £500.00 contingency: no surplus
    ManagedLedger ledger =
        new ManagedLedger(
            List.of(
                in("2026-10-01", "1500.00"),
                in("2026-11-01", "1500.00"),
                in("2026-12-01", "1500.00"),
                out(EntryKind.INVOICE_PAID, "2026-11-05", "2100.00"),
                out(EntryKind.WAGES_PAID, "2026-11-28", "1200.00")),
            List.of(unpaid("BC-1101", InvoiceState.APPROVED, "2026-12-02", "980.00")),
            Money.of("500.00"),
            START,
            TODAY);
    assertEquals(Money.of("4500.00"), ledger.moneyIn());
    assertEquals(Money.of("2100.00"), ledger.invoicesOut());
    assertEquals(Money.of("1200.00"), ledger.wagesOut());
    assertEquals(Money.of("1200.00"), ledger.balance());
    assertEquals(Money.of("980.00"), ledger.owed());
    assertEquals(Money.of("220.00"), ledger.left());
    assertEquals(Money.ZERO, ledger.surplus());
    assertEquals(List.of(), ledger.flags());
  }

  @Test
  void moneyOverTheContingencyIsASurplus() {
    // £4,500.00 in, £1,000.00 out, £500.00 owed: £3,000.00 left, £2,000.00 over £1,000.00
    ManagedLedger ledger =
        new ManagedLedger(
            List.of(
                in("2026-10-01", "1500.00"),
                in("2026-11-01", "1500.00"),
                in("2026-12-01", "1500.00"),
                out(EntryKind.INVOICE_PAID, "2026-11-05", "1000.00")),
            List.of(unpaid("BC-1", InvoiceState.AWAITING_APPROVAL, "2026-12-01", "500.00")),
            Money.of("1000.00"),
            START,
            TODAY);
    assertEquals(Money.of("2000.00"), ledger.surplus());
    assertEquals(1, ledger.flags().size());
    assertEquals(FlagKind.SURPLUS_OVER_CONTINGENCY, ledger.flags().get(0).kind());
    assertEquals(Money.of("2000.00"), ledger.flags().get(0).atRisk());
    assertEquals(
        "Once the invoices owed are paid, the account holds £2,000.00 more than the £1,000.00"
            + " contingency.",
        ledger.flags().get(0).message());
  }

  @Test
  void approvedInvoicesOverTheBalanceAreShort() {
    ManagedLedger ledger =
        new ManagedLedger(
            List.of(in("2026-12-01", "500.00")),
            List.of(
                unpaid("BC-1", InvoiceState.APPROVED, "2026-12-02", "400.00"),
                unpaid("BC-2", InvoiceState.PART_PAID, "2026-12-02", "300.00"),
                unpaid("BC-3", InvoiceState.DISPUTED, "2026-12-02", "900.00")),
            Money.ZERO,
            START,
            TODAY);
    assertEquals(
        List.of(
            new ManagedLedger.Flag(
                FlagKind.SHORT_FOR_INVOICES,
                "Approved invoices of £700.00 are waiting to be paid, and the account holds"
                    + " £500.00: £200.00 short.",
                Money.of("200.00"))),
        ledger.flags());
    // the disputed invoice is not counted as owed
    assertEquals(Money.of("700.00"), ledger.owed());
  }

  @Test
  void overdrawnOldApprovalsLongDisputesAndNoCouncilPaymentAreFlagged() {
    ManagedLedger ledger =
        new ManagedLedger(
            List.of(in("2026-10-01", "100.00"), out(EntryKind.WAGES_PAID, "2026-10-28", "150.00")),
            List.of(
                unpaid("BC-1", InvoiceState.AWAITING_APPROVAL, "2026-11-22", "40.00"),
                unpaid("BC-2", InvoiceState.AWAITING_APPROVAL, "2026-11-23", "40.00"),
                unpaid("BC-3", InvoiceState.DISPUTED, "2026-11-08", "60.00"),
                unpaid("BC-4", InvoiceState.DISPUTED, "2026-11-09", "60.00")),
            Money.ZERO,
            START,
            TODAY);
    // 7 December: 22 November + 14 is before it, 23 November + 14 is not; 8 November + 28 is
    // before it, 9 November + 28 is not; 1 October + 35 is before it
    assertEquals(
        List.of(
            FlagKind.OVERDRAWN,
            FlagKind.APPROVAL_OVERDUE,
            FlagKind.LONG_DISPUTE,
            FlagKind.NO_COUNCIL_PAYMENT),
        ledger.flags().stream().map(ManagedLedger.Flag::kind).toList());
    assertEquals(Money.of("50.00"), ledger.flags().get(0).atRisk());
    assertEquals(
        "The council has paid nothing in since 1 October 2026.", ledger.flags().get(3).message());
  }
}
