package org.dpsupport.monitoring.managed;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.PaymentPlan;
import org.dpsupport.monitoring.domain.model.managed.PaymentPlan.Allocation;
import org.dpsupport.monitoring.domain.model.managed.PaymentPlan.CreditUse;
import org.dpsupport.monitoring.domain.model.managed.PaymentPlan.OpenCredit;
import org.dpsupport.monitoring.domain.model.managed.PaymentPlan.Payable;
import org.junit.jupiter.api.Test;

class PaymentPlanTest {

  static Payable payable(long id, long provider, String periodEnd, String owed) {
    return new Payable(id, provider, LocalDate.parse(periodEnd), Money.of(owed));
  }

  @Test
  void enoughMoneyPaysEveryInvoiceOneCreditPerProvider() {
    PaymentPlan plan =
        PaymentPlan.plan(
            Money.of("3000.00"),
            List.of(
                payable(1, 10, "2026-11-30", "980.00"),
                payable(2, 11, "2026-11-30", "450.00"),
                payable(3, 10, "2026-10-31", "120.00")),
            List.of());
    assertEquals(
        List.of(
            new Allocation(3, 10, Money.of("120.00"), Money.ZERO, true),
            new Allocation(1, 10, Money.of("980.00"), Money.ZERO, true),
            new Allocation(2, 11, Money.of("450.00"), Money.ZERO, true)),
        plan.allocations());
    assertEquals(Money.of("1550.00"), plan.total());
    assertEquals(Map.of(10L, Money.of("1100.00"), 11L, Money.of("450.00")), plan.byProvider());
  }

  @Test
  void theBalanceRunningOutLeavesTheNextInvoicePartPaidAndTheRestUnpaid() {
    // £1,000.00 to spend: October's £120.00, then £880.00 of November's £980.00; £450.00 waits
    PaymentPlan plan =
        PaymentPlan.plan(
            Money.of("1000.00"),
            List.of(
                payable(1, 10, "2026-11-30", "980.00"),
                payable(2, 11, "2026-11-30", "450.00"),
                payable(3, 10, "2026-10-31", "120.00")),
            List.of());
    assertEquals(
        List.of(
            new Allocation(3, 10, Money.of("120.00"), Money.ZERO, true),
            new Allocation(1, 10, Money.of("880.00"), Money.ZERO, false)),
        plan.allocations());
    assertEquals(Money.of("1000.00"), plan.total());
  }

  @Test
  void aCreditNoteIsTakenOffTheSameProvidersInvoicesOnly() {
    // Brightside (10) credited £49.00 against its £980.00: £931.00 paid; Carewell (11) untouched
    PaymentPlan plan =
        PaymentPlan.plan(
            Money.of("2000.00"),
            List.of(payable(1, 10, "2026-11-30", "980.00"), payable(2, 11, "2026-11-30", "450.00")),
            List.of(new OpenCredit(7, 10, Money.of("49.00"))));
    assertEquals(
        List.of(
            new Allocation(1, 10, Money.of("931.00"), Money.of("49.00"), true),
            new Allocation(2, 11, Money.of("450.00"), Money.ZERO, true)),
        plan.allocations());
    assertEquals(List.of(new CreditUse(7, Money.of("49.00"))), plan.creditUses());
  }

  @Test
  void aCreditBiggerThanTheInvoiceSettlesItAndKeepsTheRest() {
    PaymentPlan plan =
        PaymentPlan.plan(
            Money.ZERO,
            List.of(payable(1, 10, "2026-11-30", "30.00")),
            List.of(new OpenCredit(7, 10, Money.of("49.00"))));
    assertEquals(
        List.of(new Allocation(1, 10, Money.ZERO, Money.of("30.00"), true)), plan.allocations());
    assertEquals(List.of(new CreditUse(7, Money.of("30.00"))), plan.creditUses());
    assertEquals(Map.of(), plan.byProvider());
  }

  @Test
  void anOverdrawnAccountPaysNothing() {
    PaymentPlan plan =
        PaymentPlan.plan(
            Money.of("-10.00"), List.of(payable(1, 10, "2026-11-30", "30.00")), List.of());
    assertEquals(List.of(), plan.allocations());
  }
}
