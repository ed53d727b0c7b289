package org.dpsupport.monitoring.domain.model.managed;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/**
 * A managed account's ledger, which the council reads in place of returns: the council's payments
 * in, the providers' invoices and the PAs' wages paid out, the balance, what is owed on invoices
 * not yet paid, and the surplus over the contingency the council lets the person keep. The risk
 * flags are worked out from the ledger itself: the person is asked for nothing.
 */
public final class ManagedLedger {

  /** How many days an invoice may wait for approval before it is flagged. */
  public static final int APPROVAL_DAYS = 14;

  /** How many days a dispute may stay open before it is flagged. */
  public static final int DISPUTE_DAYS = 28;

  /** How many days without a council payment before it is flagged. */
  public static final int COUNCIL_PAYMENT_DAYS = 35;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** What moved money on the account. */
  public enum EntryKind {
    COUNCIL_PAYMENT("Council payment", true),
    INVOICE_PAID("Invoice paid", false),
    WAGES_PAID("Wages paid", false);

    private final String words;
    private final boolean in;

    EntryKind(String words, boolean in) {
      this.words = words;
      this.in = in;
    }

    public String words() {
      return words;
    }

    public boolean in() {
      return in;
    }
  }

  /** One line of the ledger: an amount (always positive) in or out on a day. */
  public record Entry(LocalDate date, EntryKind kind, Money amount, String description) {
    public Entry {
      Objects.requireNonNull(date, "date");
      Objects.requireNonNull(kind, "kind");
      if (amount == null || !amount.isPositive()) {
        throw new IllegalArgumentException("A ledger amount must be more than £0.00.");
      }
    }
  }

  /** An invoice not yet paid in full: its state, when it came, the provider and what is owed. */
  public record Unpaid(
      String number, String provider, InvoiceState state, LocalDate received, Money outstanding) {}

  /** The flags a ledger can raise, each with its title in plain words. */
  public enum FlagKind {
    OVERDRAWN("The account is overdrawn"),
    SHORT_FOR_INVOICES("Not enough money for the invoices"),
    SURPLUS_OVER_CONTINGENCY("Money building up"),
    APPROVAL_OVERDUE("Invoice waiting for approval"),
    LONG_DISPUTE("Invoice disputed for a long time"),
    NO_COUNCIL_PAYMENT("No council payment");

    private final String title;

    FlagKind(String title) {
      this.title = title;
    }

    public String title() {
      return title;
    }
  }

  /** A flag: its kind, a sentence, and the money at risk (zero where none). */
  public record Flag(FlagKind kind, String message, Money atRisk) {
    public String title() {
      return kind.title();
    }
  }

  private final List<Entry> entries;
  private final List<Unpaid> unpaid;
  private final Money contingency;
  private final LocalDate start;
  private final LocalDate today;

  public ManagedLedger(
      List<Entry> entries,
      List<Unpaid> unpaid,
      Money contingency,
      LocalDate start,
      LocalDate today) {
    this.entries = List.copyOf(entries);
    this.unpaid = List.copyOf(unpaid);
    this.contingency = Objects.requireNonNull(contingency, "contingency");
    this.start = Objects.requireNonNull(start, "start");
    this.today = Objects.requireNonNull(today, "today");
  }

  public List<Entry> entries() {
    return entries;
  }

  public Money moneyIn() {
    return sum(EntryKind.COUNCIL_PAYMENT);
  }

  public Money invoicesOut() {
    return sum(EntryKind.INVOICE_PAID);
  }

  public Money wagesOut() {
    return sum(EntryKind.WAGES_PAID);
  }

  public Money balance() {
    return moneyIn().minus(invoicesOut()).minus(wagesOut());
  }

  /** Owed on invoices received and not disputed, not yet paid in full. */
  public Money owed() {
    return Money.total(
        unpaid.stream()
            .filter(u -> u.state() != InvoiceState.DISPUTED)
            .map(Unpaid::outstanding)
            .toList());
  }

  /** What is left once the invoices owed are paid: the budget the person still has. */
  public Money left() {
    return balance().minus(owed());
  }

  public Money contingency() {
    return contingency;
  }

  /** What the account holds beyond the invoices owed and the contingency; never below zero. */
  public Money surplus() {
    return left().minus(contingency).max(Money.ZERO);
  }

  /** The risk flags, worked out from the ledger. */
  public List<Flag> flags() {
    List<Flag> flags = new ArrayList<>();
    Money balance = balance();
    if (balance.isNegative()) {
      flags.add(
          new Flag(
              FlagKind.OVERDRAWN,
              "More has been paid out than the council paid in: the account is "
                  + balance.abs().formatted()
                  + " overdrawn.",
              balance.abs()));
    } else {
      Money payable =
          Money.total(
              unpaid.stream().filter(u -> u.state().payable()).map(Unpaid::outstanding).toList());
      if (payable.isGreaterThan(balance)) {
        Money shortBy = payable.minus(balance);
        flags.add(
            new Flag(
                FlagKind.SHORT_FOR_INVOICES,
                "Approved invoices of "
                    + payable.formatted()
                    + " are waiting to be paid, and the account holds "
                    + balance.formatted()
                    + ": "
                    + shortBy.formatted()
                    + " short.",
                shortBy));
      }
    }
    Money surplus = surplus();
    if (surplus.isPositive()) {
      flags.add(
          new Flag(
              FlagKind.SURPLUS_OVER_CONTINGENCY,
              "Once the invoices owed are paid, the account holds "
                  + surplus.formatted()
                  + " more than the "
                  + contingency.formatted()
                  + " contingency.",
              surplus));
    }
    for (Unpaid u : unpaid) {
      if (u.state() == InvoiceState.AWAITING_APPROVAL
          && u.received().plusDays(APPROVAL_DAYS).isBefore(today)) {
        flags.add(
            new Flag(
                FlagKind.APPROVAL_OVERDUE,
                u.provider()
                    + "'s invoice "
                    + u.number()
                    + " has waited for approval since "
                    + DAY.format(u.received())
                    + ".",
                u.outstanding()));
      }
      if (u.state() == InvoiceState.DISPUTED
          && u.received().plusDays(DISPUTE_DAYS).isBefore(today)) {
        flags.add(
            new Flag(
                FlagKind.LONG_DISPUTE,
                u.provider()
                    + "'s invoice "
                    + u.number()
                    + ", received on "
                    + DAY.format(u.received())
                    + ", is still disputed.",
                u.outstanding()));
      }
    }
    LocalDate lastIn =
        entries.stream()
            .filter(e -> e.kind() == EntryKind.COUNCIL_PAYMENT)
            .map(Entry::date)
            .max(LocalDate::compareTo)
            .orElse(start);
    if (lastIn.plusDays(COUNCIL_PAYMENT_DAYS).isBefore(today)) {
      flags.add(
          new Flag(
              FlagKind.NO_COUNCIL_PAYMENT,
              "The council has paid nothing in since " + DAY.format(lastIn) + ".",
              Money.ZERO));
    }
    return List.copyOf(flags);
  }

  private Money sum(EntryKind kind) {
    return Money.total(entries.stream().filter(e -> e.kind() == kind).map(Entry::amount).toList());
  }
}
