package org.dpsupport.monitoring.domain.service;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.receipt.Confidence;
import org.dpsupport.monitoring.domain.model.receipt.Receipt;
import org.dpsupport.monitoring.domain.model.reconciliation.Evidence;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory.Source;
import org.dpsupport.monitoring.domain.model.reconciliation.LineRef;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.reconciliation.ReceiptMatch;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnReceipt;
import org.dpsupport.monitoring.domain.model.reconciliation.SupplierName;

/**
 * Finds each receipt or invoice on the statements: a payment of the same amount, to a payee whose
 * name is like the supplier's, within the council's days of the receipt's date (an invoice may be
 * paid later than a receipt). A found receipt becomes that payment's evidence.
 *
 * <p>What is left is a finding only when it is sure: a receipt read with confidence that matches no
 * payment, or a payment the council wants a receipt for that has none. A receipt that could not be
 * read, or was read too uncertainly to say it matches nothing, is for a person to read; it never
 * counts against the budget holder, and while one waits, payments without a receipt are listed on
 * it for the officer to check rather than flagged.
 */
public final class ReceiptMatcher {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** A payment out of the account (amount negative) and what reconciliation made of it. */
  public record Payment(Evidence line, LineCategory category) {
    LineRef key() {
      return line.ref();
    }

    Money paid() {
      return line.amount().negated();
    }
  }

  /** The receipts found on the statements and the findings. */
  public record Outcome(List<ReceiptMatch> matches, List<Flag> flags) {}

  private final ReconciliationPolicy policy;

  public ReceiptMatcher(ReconciliationPolicy policy) {
    this.policy = policy;
  }

  public Outcome match(List<ReturnReceipt> receipts, List<Payment> payments) {
    List<ReceiptMatch> matches = new ArrayList<>();
    List<Flag> flags = new ArrayList<>();
    Set<LineRef> evidenced = new HashSet<>();
    List<ReturnReceipt.ForPerson> forPerson = new ArrayList<>();
    List<ReturnReceipt.Read> read = new ArrayList<>();
    for (ReturnReceipt r : receipts) {
      if (r instanceof ReturnReceipt.Read readOne) {
        read.add(readOne);
      } else if (r instanceof ReturnReceipt.ForPerson person) {
        forPerson.add(person);
      }
    }
    read.sort(
        Comparator.comparing((ReturnReceipt.Read r) -> r.receipt().date().value())
            .thenComparing(ReturnReceipt::id));
    for (ReturnReceipt.Read r : read) {
      Optional<Payment> found =
          payments.stream()
              .filter(p -> !evidenced.contains(p.key()))
              .filter(p -> p.paid().equals(r.receipt().total().value()))
              .filter(p -> withinDays(r, p.line().date()))
              .filter(
                  p ->
                      new SupplierName(r.receipt().supplier().value())
                          .similarTo(p.line().description()))
              .min(
                  Comparator.comparingLong((Payment p) -> daysApart(r, p.line().date()))
                      .thenComparing(p -> p.line().date()));
      if (found.isPresent()) {
        evidenced.add(found.get().key());
        matches.add(new ReceiptMatch(r.id(), found.get().line()));
      } else if (uncertain(r.receipt())) {
        forPerson.add(
            new ReturnReceipt.ForPerson(
                r.id(),
                r.fileName(),
                "We could not be sure we read it correctly"
                    + " (it seems to be "
                    + describe(r.receipt())
                    + ") and it matches no payment on the statements."));
      } else {
        flags.add(
            Flag.onReceipt(
                FlagKind.RECEIPT_NOT_ON_STATEMENTS, notOnStatements(r, payments), r.id()));
      }
    }
    List<Payment> unreceipted =
        payments.stream()
            .filter(p -> !evidenced.contains(p.key()))
            .filter(p -> needsReceipt(p))
            .toList();
    if (forPerson.isEmpty()) {
      unreceipted.forEach(
          p ->
              flags.add(
                  Flag.on(
                      FlagKind.RECEIPT_MISSING,
                      p.paid().formatted()
                          + " to "
                          + PayeeRules.payeeOf(p.line().description())
                          + " on "
                          + DAY.format(p.line().date())
                          + " has no receipt or invoice. The council asks for one for payments over "
                          + policy.receiptsRequiredAbove().orElseThrow().formatted()
                          + ".",
                      p.line())));
    } else {
      forPerson.forEach(
          person ->
              flags.add(
                  Flag.onReceipt(
                      FlagKind.DOCUMENT_NEEDS_OFFICER,
                      forOfficer(person, unreceipted),
                      person.id())));
    }
    return new Outcome(matches, flags);
  }

  private boolean needsReceipt(Payment p) {
    // payroll's payments are evidenced by payroll and cash is flagged on its own; the rest are
    // bought
    Source source = p.category().source();
    return (source == Source.PAYEE_RULE || source == Source.UNKNOWN)
        && policy.needsReceipt(p.paid());
  }

  private boolean withinDays(ReturnReceipt.Read r, LocalDate paidOn) {
    long days = ChronoUnit.DAYS.between(r.receipt().date().value(), paidOn);
    long after =
        r.kind() == ReturnReceipt.Kind.INVOICE ? policy.invoiceDays() : policy.receiptDays();
    return days >= -policy.receiptDays() && days <= after;
  }

  private static long daysApart(ReturnReceipt.Read r, LocalDate paidOn) {
    return Math.abs(ChronoUnit.DAYS.between(r.receipt().date().value(), paidOn));
  }

  private static boolean uncertain(Receipt receipt) {
    return receipt.total().confidence() == Confidence.LOW
        || receipt.date().confidence() == Confidence.LOW
        || receipt.supplier().confidence() == Confidence.LOW;
  }

  private static String describe(Receipt receipt) {
    return receipt.total().value().formatted()
        + " from "
        + receipt.supplier().value()
        + " on "
        + DAY.format(receipt.date().value());
  }

  private String notOnStatements(ReturnReceipt.Read r, List<Payment> payments) {
    String kind = r.kind() == ReturnReceipt.Kind.INVOICE ? "invoice" : "receipt";
    String text =
        "The "
            + kind
            + " "
            + r.fileName()
            + " is for "
            + describe(r.receipt())
            + ", but no payment on the statements matches it.";
    Optional<Payment> sameAmount =
        payments.stream().filter(p -> p.paid().equals(r.receipt().total().value())).findFirst();
    if (sameAmount.isPresent()) {
      Payment p = sameAmount.get();
      text +=
          " A payment of the same amount went to "
              + PayeeRules.payeeOf(p.line().description())
              + " on "
              + DAY.format(p.line().date())
              + (withinDays(r, p.line().date())
                  ? ", but the names are not alike."
                  : ", too far from the " + kind + "'s date.");
    }
    return text;
  }

  private static String forOfficer(ReturnReceipt.ForPerson person, List<Payment> unreceipted) {
    String text = person.fileName() + ": " + person.reason();
    if (!unreceipted.isEmpty()) {
      text +=
          " Check it against the payments that need a receipt and have none: "
              + unreceipted.stream()
                  .map(
                      p ->
                          p.paid().formatted()
                              + " to "
                              + PayeeRules.payeeOf(p.line().description())
                              + " on "
                              + DAY.format(p.line().date()))
                  .collect(Collectors.joining("; "))
              + ".";
    }
    return text;
  }
}
