package org.dpsupport.monitoring.domain.model.managed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/**
 * What one managed account pays in a payment file. The invoices to pay (approved, or part paid
 * before) are taken oldest period first. Each first uses up the same provider's open credit notes,
 * then is paid from the account's balance as far as the balance goes: an invoice the balance does
 * not cover in full is part paid, and the rest waits for the next file. Nothing is paid once the
 * balance is spent, so the account is never overdrawn by invoices.
 */
public final class PaymentPlan {

  /** An invoice to pay: how much of it is still owed. */
  public record Payable(long invoiceId, long providerId, LocalDate periodEnd, Money outstanding) {
    public Payable {
      Objects.requireNonNull(outstanding, "outstanding");
    }
  }

  /** A credit note with money left on it, taken off the same provider's invoices. */
  public record OpenCredit(long creditId, long providerId, Money remaining) {}

  /**
   * What the file does to one invoice: the money paid to the provider, the credit taken off, and
   * whether that settles it ({@code settled}: paid; otherwise part paid).
   */
  public record Allocation(
      long invoiceId, long providerId, Money paid, Money credited, boolean settled) {}

  /** How much of a credit note was used. */
  public record CreditUse(long creditId, Money used) {}

  private final List<Allocation> allocations;
  private final List<CreditUse> creditUses;

  private PaymentPlan(List<Allocation> allocations, List<CreditUse> creditUses) {
    this.allocations = List.copyOf(allocations);
    this.creditUses = List.copyOf(creditUses);
  }

  /** Plans the payments of one account with {@code balance} to spend. */
  public static PaymentPlan plan(Money balance, List<Payable> payables, List<OpenCredit> credits) {
    Map<Long, Money> creditLeft = new LinkedHashMap<>();
    Map<Long, Long> creditProvider = new HashMap<>();
    for (OpenCredit c : credits) {
      creditLeft.put(c.creditId(), c.remaining());
      creditProvider.put(c.creditId(), c.providerId());
    }
    Map<Long, Money> used = new LinkedHashMap<>();
    Money left = balance.isPositive() ? balance : Money.ZERO;
    List<Allocation> allocations = new ArrayList<>();
    List<Payable> ordered = new ArrayList<>(payables);
    ordered.sort(Comparator.comparing(Payable::periodEnd).thenComparingLong(Payable::invoiceId));
    for (Payable p : ordered) {
      Money owed = p.outstanding();
      Money credited = Money.ZERO;
      for (Map.Entry<Long, Money> c : creditLeft.entrySet()) {
        if (!owed.isPositive()) {
          break;
        }
        if (creditProvider.get(c.getKey()) != p.providerId() || !c.getValue().isPositive()) {
          continue;
        }
        Money take = c.getValue().min(owed);
        c.setValue(c.getValue().minus(take));
        used.merge(c.getKey(), take, Money::plus);
        credited = credited.plus(take);
        owed = owed.minus(take);
      }
      Money paid = owed.min(left);
      left = left.minus(paid);
      owed = owed.minus(paid);
      if (paid.isPositive() || credited.isPositive()) {
        allocations.add(
            new Allocation(p.invoiceId(), p.providerId(), paid, credited, owed.isZero()));
      }
    }
    List<CreditUse> uses = new ArrayList<>();
    used.forEach((id, m) -> uses.add(new CreditUse(id, m)));
    return new PaymentPlan(allocations, uses);
  }

  public List<Allocation> allocations() {
    return allocations;
  }

  public List<CreditUse> creditUses() {
    return creditUses;
  }

  /** The money paid out of the account. */
  public Money total() {
    return Money.total(allocations.stream().map(Allocation::paid).toList());
  }

  /** The money each provider is paid, in the order first paid: one Bacs credit each. */
  public Map<Long, Money> byProvider() {
    Map<Long, Money> totals = new LinkedHashMap<>();
    for (Allocation a : allocations) {
      if (a.paid().isPositive()) {
        totals.merge(a.providerId(), a.paid(), Money::plus);
      }
    }
    return totals;
  }
}
