package org.dpsupport.server.application.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.InvoiceState;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger.FlagKind;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;
import org.dpsupport.server.infrastructure.persistence.monitoring.LedgerFlagStore;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** What a managed ledger's flags record for the queue, and what they mean for the rating. */
class LedgerFlagRecordingTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 12, 7);

  @Test
  @DisplayName("Two invoices waiting too long for approval are one flag with both sums at risk")
  void oneRowPerKind() {
    ManagedLedger ledger =
        new ManagedLedger(
            List.of(
                new ManagedLedger.Entry(
                    TODAY.minusDays(5),
                    ManagedLedger.EntryKind.COUNCIL_PAYMENT,
                    Money.of("2000.00"),
                    "Council payment")),
            List.of(
                new ManagedLedger.Unpaid(
                    "A-1",
                    "Brightside Care",
                    InvoiceState.AWAITING_APPROVAL,
                    TODAY.minusDays(20),
                    Money.of("400.00")),
                new ManagedLedger.Unpaid(
                    "A-2",
                    "Brightside Care",
                    InvoiceState.AWAITING_APPROVAL,
                    TODAY.minusDays(16),
                    Money.of("300.00"))),
            Money.of("1500.00"),
            TODAY.minusMonths(2),
            TODAY);

    List<LedgerFlagStore.Raised> raised = LedgerFlagRecording.byKind(ledger.flags());

    assertEquals(1, raised.size(), raised.toString());
    assertEquals(FlagKind.APPROVAL_OVERDUE, raised.get(0).kind());
    assertEquals(Money.of("700.00"), raised.get(0).atRisk());
    assertEquals(
        "Brightside Care's invoice A-1 has waited for approval since 17 November 2026."
            + " Brightside Care's invoice A-2 has waited for approval since 21 November 2026.",
        raised.get(0).message());
  }

  @Test
  @DisplayName("An overdrawn ledger is short of money; a long dispute holds payments up")
  void concerns() {
    assertEquals(
        EnumSet.of(ConcernKind.LEDGER_SHORT, ConcernKind.LEDGER_HELD_UP),
        LedgerFlagRecording.concerns(Set.of(FlagKind.OVERDRAWN, FlagKind.LONG_DISPUTE)));
    assertEquals(
        EnumSet.of(ConcernKind.SURPLUS_OVER_CONTINGENCY),
        LedgerFlagRecording.concerns(Set.of(FlagKind.SURPLUS_OVER_CONTINGENCY)));
    assertEquals(EnumSet.noneOf(ConcernKind.class), LedgerFlagRecording.concerns(Set.of()));
  }

  @Test
  @DisplayName("A ledger with money in, nothing owed and under the contingency raises nothing")
  void quietLedger() {
    ManagedLedger ledger =
        new ManagedLedger(
            List.of(
                new ManagedLedger.Entry(
                    TODAY.minusDays(3),
                    ManagedLedger.EntryKind.COUNCIL_PAYMENT,
                    Money.of("400.00"),
                    "Council payment")),
            List.of(),
            Money.of("800.00"),
            TODAY.minusYears(2),
            TODAY);

    assertEquals(List.of(), LedgerFlagRecording.byKind(ledger.flags()));
  }
}
