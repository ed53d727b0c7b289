package org.dpsupport.server.application.monitoring;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.CareProvider;
import org.dpsupport.monitoring.domain.model.managed.InvoiceState;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger;
import org.dpsupport.monitoring.domain.model.managed.PaymentPlan;
import org.dpsupport.payroll.domain.model.bank.BacsDates;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.interfaces.file.BacsStandard18File;
import org.dpsupport.payroll.interfaces.file.RemittanceAdvicePdf;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedPaymentSql.Account;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedPaymentSql.Inputs;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedPaymentSql.Outcome;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedPaymentSql.Remittance;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedPaymentSql.Settled;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedStore.StoredInvoice;

/**
 * One payment run of an agency's managed accounts, worked out from what was read: for each account,
 * its {@link PaymentPlan} (approved invoices oldest first, the provider's credit notes taken off,
 * paid as far as the account's balance goes); one Bacs Standard 18 credit per provider per person,
 * with the person's direct-payment reference; a remittance advice for each; the invoices settled or
 * part paid; and the ledger's payments out on the credit day. Nothing is stored here.
 */
public final class ManagedPaymentRun {

  /** Who sends the file, from which client account. */
  public record Sender(
      long agencyId,
      String agencyName,
      String serviceUserNumber,
      String accountName,
      String sortCode,
      String accountNumber) {}

  private ManagedPaymentRun() {}

  /**
   * The run, or an outcome with no credits when there is nothing to pay.
   *
   * @throws BacsStandard18File.RefusedException when the file cannot be written (bank details
   *     failing the modulus check, no service user number)
   */
  public static Outcome work(Inputs in, Sender sender, LocalDate payDay, LocalDate createdOn) {
    BacsDates dates = BacsStandard18File.dates(payDay);
    Map<Long, List<StoredInvoice>> payablesByAccount = new LinkedHashMap<>();
    Map<Long, StoredInvoice> byId = new HashMap<>();
    for (StoredInvoice i : in.payables()) {
      payablesByAccount.computeIfAbsent(i.accountId(), a -> new ArrayList<>()).add(i);
      byId.put(i.id(), i);
    }
    Map<Long, List<StoredInvoice>> creditsByAccount = new HashMap<>();
    for (StoredInvoice c : in.openCredits()) {
      creditsByAccount.computeIfAbsent(c.accountId(), a -> new ArrayList<>()).add(c);
    }
    List<BacsStandard18File.Credit> credits = new ArrayList<>();
    List<Remittance> remittances = new ArrayList<>();
    List<Settled> settled = new ArrayList<>();
    List<ManagedLedger.Entry> ledger = new ArrayList<>();
    List<Long> ledgerAccounts = new ArrayList<>();
    Money total = Money.ZERO;
    for (Map.Entry<Long, List<StoredInvoice>> e : payablesByAccount.entrySet()) {
      Account account = in.accounts().get(e.getKey());
      if (account == null) {
        continue;
      }
      PaymentPlan plan =
          PaymentPlan.plan(
              account.balance(),
              e.getValue().stream()
                  .map(
                      i ->
                          new PaymentPlan.Payable(
                              i.id(), i.providerId(), i.invoice().periodEnd(), i.outstanding()))
                  .toList(),
              creditsByAccount.getOrDefault(e.getKey(), List.of()).stream()
                  .map(c -> new PaymentPlan.OpenCredit(c.id(), c.providerId(), c.outstanding()))
                  .toList());
      Map<Long, List<PaymentPlan.Allocation>> byProvider = new LinkedHashMap<>();
      for (PaymentPlan.Allocation a : plan.allocations()) {
        byProvider.computeIfAbsent(a.providerId(), p -> new ArrayList<>()).add(a);
        settled.add(
            new Settled(
                a.invoiceId(),
                a.paid(),
                a.credited(),
                a.settled() ? InvoiceState.PAID : InvoiceState.PART_PAID));
      }
      for (PaymentPlan.CreditUse u : plan.creditUses()) {
        settled.add(new Settled(u.creditId(), Money.ZERO, u.used(), InvoiceState.CREDIT));
      }
      String reference = reference(account);
      for (Map.Entry<Long, List<PaymentPlan.Allocation>> p : byProvider.entrySet()) {
        CareProvider provider = in.providers().get(p.getKey());
        Money paid = Money.total(p.getValue().stream().map(PaymentPlan.Allocation::paid).toList());
        List<Settled> lines = new ArrayList<>();
        List<RemittanceAdvicePdf.Line> pdfLines = new ArrayList<>();
        for (PaymentPlan.Allocation a : p.getValue()) {
          StoredInvoice i = byId.get(a.invoiceId());
          lines.add(
              new Settled(
                  a.invoiceId(),
                  a.paid(),
                  a.credited(),
                  a.settled() ? InvoiceState.PAID : InvoiceState.PART_PAID));
          pdfLines.add(
              new RemittanceAdvicePdf.Line(
                  i.invoice().number(),
                  i.invoice().periodStart(),
                  i.invoice().periodEnd(),
                  i.invoice().amount(),
                  i.credited().plus(a.credited()),
                  a.paid(),
                  i.outstanding().minus(a.paid()).minus(a.credited())));
        }
        byte[] pdf =
            RemittanceAdvicePdf.pdf(
                new RemittanceAdvicePdf.Advice(
                    sender.agencyName(),
                    provider.name(),
                    provider.sortCode(),
                    provider.accountNumber().substring(4),
                    account.person(),
                    reference,
                    dates.creditDay(),
                    pdfLines));
        remittances.add(
            new Remittance(account.accountId(), p.getKey(), reference, paid, pdf, lines));
        if (paid.isPositive()) {
          credits.add(
              new BacsStandard18File.Credit(
                  new SortCode(provider.sortCode()),
                  new BankAccountNumber(provider.accountNumber()),
                  provider.accountName(),
                  paid,
                  reference));
          ledger.add(
              new ManagedLedger.Entry(
                  dates.creditDay(),
                  ManagedLedger.EntryKind.INVOICE_PAID,
                  paid,
                  "Paid " + provider.name() + ", reference " + reference));
          ledgerAccounts.add(account.accountId());
          total = total.plus(paid);
        }
      }
    }
    String content =
        credits.isEmpty()
            ? ""
            : BacsStandard18File.render(
                new BacsStandard18File.Originator(
                    sender.serviceUserNumber(),
                    sender.agencyName(),
                    new SortCode(sender.sortCode()),
                    new BankAccountNumber(sender.accountNumber())),
                payDay,
                createdOn,
                credits);
    return new Outcome(
        sender.agencyId(),
        payDay,
        dates.creditDay(),
        content,
        total,
        credits.size(),
        remittances,
        settled,
        ledger,
        ledgerAccounts);
  }

  /**
   * The reference on the provider's statement: the person's direct-payment reference (at most 18
   * characters), so the provider knows whose care it pays for; "DIRECT PAYMENT" if it is too short
   * for Bacs.
   */
  static String reference(Account account) {
    String r = account.reference() == null ? "" : account.reference().strip();
    if (r.length() > 18) {
      r = r.substring(r.length() - 18);
    }
    String alphanumerics = r.replaceAll("[^A-Za-z0-9]", "");
    return alphanumerics.length() < 6 || alphanumerics.chars().distinct().count() == 1
        ? "DIRECT PAYMENT"
        : r;
  }
}
