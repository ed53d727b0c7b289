package org.dpsupport.monitoring.domain.model.managed;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.dpsupport.kernel.Money;

/**
 * Checks a provider's invoice (or credit note) against the support plan and what the account
 * already holds, before anything is stored. Every problem is one plain sentence saying what to do:
 *
 * <ul>
 *   <li>the period: it must have ended (no invoice for care not yet given), not start before the
 *       managed account did, and cover at most {@value #LONGEST_PERIOD_DAYS} days;
 *   <li>the rate: not over the contract rate agreed in the plan;
 *   <li>the hours: not over the plan's hours a week for the days of the period (hours a week times
 *       days over 7, to the hundredth of an hour);
 *   <li>the total: hours times rate, to the penny;
 *   <li>duplicates: the same provider's invoice number again, or the same provider's same amount
 *       for the same period again (a {@linkplain Problem#duplicate() duplicate}, a conflict rather
 *       than bad input);
 *   <li>a credit note: for an invoice of the same provider, and not more than is left of it after
 *       earlier credit notes.
 * </ul>
 */
public final class InvoiceChecks {

  /** The longest period one invoice may cover: five weeks. */
  public static final int LONGEST_PERIOD_DAYS = 35;

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** One problem: a sentence for the person, and whether it is a duplicate. */
  public record Problem(boolean duplicate, String message) {}

  private InvoiceChecks() {}

  /**
   * Every problem with {@code invoice} from {@code provider}, given the provider's earlier invoices
   * and credit notes on this account, the day the managed account started and today. Empty when it
   * can be stored.
   */
  public static List<Problem> check(
      CareProvider provider,
      ProviderInvoice invoice,
      List<ProviderInvoice> earlier,
      LocalDate accountStart,
      LocalDate today) {
    List<Problem> problems = new ArrayList<>();
    String what = invoice.kind() == InvoiceKind.INVOICE ? "invoice" : "credit note";
    if (invoice.periodEnd().isAfter(today)) {
      problems.add(
          bad(
              "The "
                  + what
                  + " is for care up to "
                  + DAY.format(invoice.periodEnd())
                  + ", which is after today. Send it once the care has been given."));
    }
    if (invoice.periodStart().isBefore(accountStart)) {
      problems.add(
          bad(
              "The "
                  + what
                  + " starts on "
                  + DAY.format(invoice.periodStart())
                  + ", before the agency managed this direct payment (from "
                  + DAY.format(accountStart)
                  + "). Ask the council who pays for care before then."));
    }
    if (invoice.days() > LONGEST_PERIOD_DAYS) {
      problems.add(
          bad(
              "The "
                  + what
                  + " covers "
                  + invoice.days()
                  + " days. An invoice can cover at most five weeks: ask "
                  + provider.name()
                  + " to invoice each month separately."));
    }
    for (ProviderInvoice e : earlier) {
      if (e.number().equalsIgnoreCase(invoice.number())) {
        problems.add(
            duplicate(
                provider.name()
                    + "'s "
                    + e.kind().words().toLowerCase(Locale.UK)
                    + " "
                    + e.number()
                    + " has already been recorded. Do not record it twice."));
      } else if (e.kind() == invoice.kind()
          && e.amount().equals(invoice.amount())
          && e.periodStart().equals(invoice.periodStart())
          && e.periodEnd().equals(invoice.periodEnd())) {
        problems.add(
            duplicate(
                provider.name()
                    + " has already "
                    + (invoice.kind() == InvoiceKind.INVOICE ? "invoiced " : "credited ")
                    + invoice.amount().formatted()
                    + " for "
                    + DAY.format(invoice.periodStart())
                    + " to "
                    + DAY.format(invoice.periodEnd())
                    + " (number "
                    + e.number()
                    + "). If this is a different "
                    + what
                    + ", ask the provider what it is for."));
      }
    }
    if (invoice.kind() == InvoiceKind.INVOICE) {
      checkAgainstPlan(provider, invoice, problems);
    } else {
      checkCredit(provider, invoice, earlier, problems);
    }
    return List.copyOf(problems);
  }

  /** The most hours the plan gives the provider over the invoice's days. */
  public static BigDecimal hoursAllowed(CareProvider provider, ProviderInvoice invoice) {
    return provider
        .hoursPerWeek()
        .multiply(BigDecimal.valueOf(invoice.days()))
        .divide(BigDecimal.valueOf(7), 2, RoundingMode.HALF_UP);
  }

  private static void checkAgainstPlan(
      CareProvider provider, ProviderInvoice invoice, List<Problem> problems) {
    if (invoice.rate().isGreaterThan(provider.hourlyRate())) {
      problems.add(
          bad(
              "The invoice charges "
                  + invoice.rate().formatted()
                  + " an hour, more than the "
                  + provider.hourlyRate().formatted()
                  + " an hour agreed with "
                  + provider.name()
                  + " in the support plan. Ask the provider for an invoice at the agreed rate."));
    }
    BigDecimal allowed = hoursAllowed(provider, invoice);
    if (invoice.hours().compareTo(allowed) > 0) {
      problems.add(
          bad(
              "The invoice charges for "
                  + hours(invoice.hours())
                  + " hours, more than the "
                  + hours(allowed)
                  + " hours the support plan gives "
                  + provider.name()
                  + " over those "
                  + invoice.days()
                  + " days ("
                  + hours(provider.hoursPerWeek())
                  + " hours a week). Ask the provider for an invoice for the planned hours, or ask"
                  + " the council to change the plan."));
    }
    Money expected = invoice.hoursTimesRate();
    if (!expected.equals(invoice.amount())) {
      problems.add(
          bad(
              "The total "
                  + invoice.amount().formatted()
                  + " is not "
                  + hours(invoice.hours())
                  + " hours at "
                  + invoice.rate().formatted()
                  + ", which is "
                  + expected.formatted()
                  + ". Check the figures on the invoice."));
    }
  }

  private static void checkCredit(
      CareProvider provider,
      ProviderInvoice credit,
      List<ProviderInvoice> earlier,
      List<Problem> problems) {
    ProviderInvoice credited =
        earlier.stream()
            .filter(
                e ->
                    e.kind() == InvoiceKind.INVOICE
                        && e.number().equalsIgnoreCase(credit.creditFor()))
            .findFirst()
            .orElse(null);
    if (credited == null) {
      problems.add(
          bad(
              "There is no invoice "
                  + credit.creditFor()
                  + " from "
                  + provider.name()
                  + " for this person. Check the invoice number on the credit note."));
      return;
    }
    Money creditedBefore =
        Money.total(
            earlier.stream()
                .filter(
                    e ->
                        e.kind() == InvoiceKind.CREDIT_NOTE
                            && e.creditFor().equalsIgnoreCase(credited.number()))
                .map(ProviderInvoice::amount)
                .toList());
    Money left = credited.amount().minus(creditedBefore);
    if (credit.amount().isGreaterThan(left)) {
      problems.add(
          bad(
              "The credit note takes off "
                  + credit.amount().formatted()
                  + ", more than the "
                  + left.formatted()
                  + " left of invoice "
                  + credited.number()
                  + ". Check the amount on the credit note."));
    }
  }

  static String hours(BigDecimal hours) {
    return hours.stripTrailingZeros().toPlainString();
  }

  private static Problem bad(String message) {
    return new Problem(false, message);
  }

  private static Problem duplicate(String message) {
    return new Problem(true, message);
  }
}
