package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.application.ReceiptReader;
import org.dpsupport.monitoring.domain.model.managed.CareProvider;
import org.dpsupport.monitoring.domain.model.managed.InvoiceChecks;
import org.dpsupport.monitoring.domain.model.managed.InvoiceKind;
import org.dpsupport.monitoring.domain.model.managed.InvoiceState;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger;
import org.dpsupport.monitoring.domain.model.managed.ProviderInvoice;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptReading;
import org.dpsupport.payroll.domain.model.bank.ModulusResult;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.BankDetails;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.service.ModulusChecker;
import org.dpsupport.payroll.interfaces.file.BacsStandard18File;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.application.PayrollFacts;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedPaymentSql;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedStore.StoredInvoice;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedStore.StoredProvider;
import org.dpsupport.server.security.AccessPolicy;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Managed (invoice agency) accounts: the agency holds the person's direct payment and pays the care
 * providers' invoices for them.
 *
 * <ul>
 *   <li>The council's officer says the agency manages the account, and whether the person (or their
 *       nominee) approves each invoice.
 *   <li>The managing agency's staff, and no one else, record providers (bank details put through
 *       Vocalink's modulus check) and their invoices and credit notes, checked against the plan
 *       ({@link InvoiceChecks}); they record the council's payments in and wages paid out.
 *   <li>The person approves or disputes; the agency's payment run pays the approved invoices in one
 *       Bacs Standard 18 file with a remittance advice for each provider.
 *   <li>Everyone who may see the account sees the ledger and its flags; only the agency sees a
 *       provider's bank details.
 * </ul>
 *
 * Every change is audited with who and why; a refusal changes nothing.
 */
@ApplicationScoped
public class ManagedAccountService {

  private static final ModulusChecker MODULUS = ModulusChecker.standard();

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  @Inject AccountMonitoring accounts;

  @Inject ManagedStore store;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject Notifier notifier;
  @Inject Event<LedgerChanged> ledgerChanged;

  /** A provider as one viewer may see it: bank details only for the managing agency. */
  public record ProviderView(
      long id,
      String name,
      BigDecimal hourlyRate,
      BigDecimal hoursPerWeek,
      String sortCode,
      String accountNumber,
      String accountName,
      String remittanceEmail) {}

  /** An invoice or credit note with where it is, in words as well. */
  public record InvoiceView(
      long id,
      long providerId,
      String provider,
      String kind,
      String kindWords,
      String number,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal hours,
      BigDecimal rate,
      BigDecimal amount,
      String creditFor,
      String state,
      String stateWords,
      BigDecimal paid,
      BigDecimal credited,
      BigDecimal outstanding,
      LocalDate receivedOn,
      String source,
      String disputeReason,
      String decidedBy,
      String decidedWords) {}

  /** One ledger line. */
  public record EntryView(
      LocalDate date,
      String kind,
      String kindWords,
      BigDecimal amount,
      boolean in,
      String description) {}

  /** A ledger flag in words. */
  public record FlagView(String kind, String title, String message, BigDecimal atRisk) {}

  /** A remittance advice. */
  public record RemittanceView(
      long id,
      long providerId,
      String provider,
      String reference,
      BigDecimal amount,
      LocalDate creditDay,
      String emailedTo,
      String emailWords) {}

  /** The managed account as one viewer may see it. */
  public record ManagedView(
      long accountId,
      String reference,
      boolean approvalRequired,
      LocalDate startedOn,
      boolean agencyStaff,
      boolean canApprove,
      List<ProviderView> providers,
      List<InvoiceView> invoices,
      BigDecimal moneyIn,
      BigDecimal invoicesOut,
      BigDecimal wagesOut,
      BigDecimal balance,
      BigDecimal owed,
      BigDecimal left,
      BigDecimal contingency,
      BigDecimal surplus,
      List<FlagView> flags,
      List<EntryView> ledger,
      List<RemittanceView> remittances) {}

  /** A provider as the agency enters it. */
  public record NewProvider(
      String name,
      String sortCode,
      String accountNumber,
      String accountName,
      BigDecimal hourlyRate,
      BigDecimal hoursPerWeek,
      String remittanceEmail) {}

  /** An invoice or credit note as the agency types it (kind INVOICE when left out). */
  public record NewInvoice(
      Long providerId,
      String kind,
      String number,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal hours,
      BigDecimal rate,
      BigDecimal amount,
      String creditFor) {}

  /** A payment file as made. */
  public record PaymentFileView(
      long id,
      LocalDate payDay,
      LocalDate creditDay,
      BigDecimal total,
      int credits,
      String createdBy,
      OffsetDateTime createdAt) {}

  /** What an agency's next payment file would pay one person. */
  public record ToPay(
      long accountId,
      String reference,
      String person,
      BigDecimal balance,
      BigDecimal toPay,
      int invoices) {}

  /** The officer says the agency manages the account, and whether the person approves invoices. */
  @Transactional
  public ManagedView manage(
      Viewer viewer, long accountId, boolean approvalRequired, LocalDate startedOn) {
    DirectPaymentAccountEntity a = accounts.requireOfficer(viewer, accountId);
    if (a.getAgencyId() == null) {
      throw MonitoringException.conflict(
          "No agency looks after this direct payment. Record the agency that holds the money"
              + " first.");
    }
    if (startedOn == null) {
      throw MonitoringException.invalid("Give the day the agency started managing the money.");
    }
    store.manage(
        new ManagedStore.Managed(accountId, a.getAgencyId(), approvalRequired, startedOn),
        viewer.username(),
        now());
    audit.record(
        viewer.username(),
        "MANAGED_ACCOUNT_RECORDED",
        "DirectPaymentAccount",
        accountId,
        "Managed by the agency from "
            + startedOn
            + (approvalRequired
                ? "; the person approves each invoice"
                : "; invoices paid without approval"));
    ledgerChanged(accountId, viewer, "The agency started managing the account");
    return view(viewer, accountId);
  }

  /** The agency's client account, which its payment files debit (its own staff only). */
  @Transactional
  public void recordClientAccount(
      Viewer viewer, String accountName, String sortCode, String accountNumber) {
    long agencyId = requireAgencyStaff(viewer);
    BankCheck bank = bank(sortCode, accountNumber);
    if (accountName == null || accountName.isBlank()) {
      throw MonitoringException.invalid("Give the name of the client account.");
    }
    store.recordClientAccount(
        agencyId,
        new ManagedStore.ClientAccount(
            accountName.strip(), bank.sortCode().value(), bank.accountNumber().value()),
        viewer.username(),
        now());
    audit.record(
        viewer.username(),
        "CLIENT_ACCOUNT_RECORDED",
        "PayrollAgency",
        agencyId,
        "Client account "
            + accountName.strip()
            + " ending "
            + bank.accountNumber().value().substring(4));
  }

  @Transactional
  public ProviderView addProvider(Viewer viewer, long accountId, NewProvider n) {
    ManagedStore.Managed m = requireManagingAgency(viewer, accountId);
    if (n == null) {
      throw MonitoringException.invalid("Send the provider's details.");
    }
    BankCheck bank = bank(n.sortCode(), n.accountNumber());
    String email = remittanceEmail(n.remittanceEmail());
    CareProvider provider;
    try {
      provider =
          new CareProvider(
              n.name(),
              bank.sortCode().value(),
              bank.accountNumber().value(),
              n.accountName(),
              n.hourlyRate() == null ? null : Money.of(n.hourlyRate()),
              n.hoursPerWeek());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw MonitoringException.invalid(e.getMessage());
    }
    long id = store.addProvider(m.accountId(), provider, email, viewer.username(), now());
    audit.record(
        viewer.username(),
        "CARE_PROVIDER_RECORDED",
        "DirectPaymentAccount",
        accountId,
        provider.name()
            + " at "
            + provider.hourlyRate().formatted()
            + " an hour for "
            + provider.hoursPerWeek().stripTrailingZeros().toPlainString()
            + " hours a week"
            + (email == null
                ? "; no remittance e-mail address"
                : "; remittance advices e-mailed to " + email));
    return providerView(new StoredProvider(id, accountId, provider, email), true);
  }

  /** Records a typed invoice or credit note, checked against the plan. */
  @Transactional
  public InvoiceView submitInvoice(Viewer viewer, long accountId, NewInvoice n) {
    return submit(viewer, accountId, n, "TYPED", null, null);
  }

  /**
   * Records an invoice sent as a PDF: the invoice reader reads its total where it can; the rest is
   * typed. A total typed that the PDF contradicts is refused; a PDF the reader cannot read needs
   * the total typed.
   */
  @Transactional
  public InvoiceView submitInvoicePdf(
      Viewer viewer, long accountId, NewInvoice n, String fileName, byte[] pdf) {
    requireManagingAgency(viewer, accountId);
    if (pdf == null || pdf.length == 0) {
      throw MonitoringException.invalid("The file is empty. Choose the invoice's PDF again.");
    }
    if (pdf.length > ReturnService.UPLOAD_LIMIT.maxBytes()) {
      throw refusedFile(
          viewer,
          accountId,
          MonitoringException.tooLarge(ReturnService.UPLOAD_LIMIT.sizeForPeople()));
    }
    BigDecimal amount = n.amount();
    ReceiptReading reading = new ReceiptReader().read(pdf);
    unusablePdf(reading)
        .ifPresent(
            why -> {
              throw refusedFile(viewer, accountId, MonitoringException.invalid(why));
            });
    if (reading instanceof ReceiptReading.Read read) {
      Money total = read.receipt().total().value();
      if (amount == null) {
        amount = total.amount();
      } else if (Money.of(amount).compareTo(total) != 0) {
        throw MonitoringException.invalid(
            "The total typed, "
                + Money.of(amount).formatted()
                + ", is not the "
                + total.formatted()
                + " the invoice shows. Check the total.");
      }
    } else if (amount == null) {
      throw MonitoringException.invalid(
          "We could not read the total from this PDF. Type the invoice's total.");
    }
    NewInvoice typed =
        new NewInvoice(
            n.providerId(),
            n.kind(),
            n.number(),
            n.periodStart(),
            n.periodEnd(),
            n.hours(),
            n.rate(),
            amount,
            n.creditFor());
    return submit(
        viewer,
        accountId,
        typed,
        "PDF",
        fileName == null || fileName.isBlank() ? "invoice.pdf" : fileName.strip(),
        pdf);
  }

  /**
   * Why an invoice's file cannot be kept as its PDF: not a PDF, damaged, locked with a password,
   * too large or too complex to open. A PDF that opens but whose total the reader cannot find is
   * usable: its total is typed.
   */
  static Optional<String> unusablePdf(ReceiptReading reading) {
    if (!(reading instanceof ReceiptReading.ForOfficer f)) {
      return Optional.empty();
    }
    return Optional.ofNullable(
        switch (f.reason().reason()) {
          case NOT_A_PDF ->
              "This file is not a PDF. Choose the invoice's PDF, or type the invoice"
                  + " without a file.";
          case DAMAGED ->
              "This PDF is damaged or incomplete, so it cannot be opened. Ask the"
                  + " provider for the invoice again.";
          case PASSWORD_PROTECTED ->
              "This PDF is locked with a password. Ask the provider for a" + " copy without one.";
          case TOO_LARGE, TOO_MANY_PAGES, TOO_COMPLEX, TOO_SLOW ->
              "This PDF is too large or too"
                  + " complicated to keep as an invoice. Ask the provider for a simpler copy.";
          case EMPTY_FILE -> "The file is empty. Choose the invoice's PDF again.";
          default -> null;
        });
  }

  /** A refused invoice file, audited; nothing is stored. */
  private MonitoringException refusedFile(
      Viewer viewer, long accountId, MonitoringException refusal) {
    audit.recordRefusal(
        viewer.username(),
        "DirectPaymentAccount",
        accountId,
        "invoice file: " + refusal.getMessage());
    return refusal;
  }

  private InvoiceView submit(
      Viewer viewer, long accountId, NewInvoice n, String source, String fileName, byte[] pdf) {
    ManagedStore.Managed m = requireManagingAgency(viewer, accountId);
    if (n == null) {
      throw MonitoringException.invalid("Send the invoice's details.");
    }
    if (n.providerId() == null) {
      throw MonitoringException.invalid("Choose the provider who sent the invoice.");
    }
    StoredProvider provider =
        store
            .provider(n.providerId())
            .filter(p -> p.accountId() == accountId)
            .orElseThrow(
                () ->
                    MonitoringException.notFound(
                        "There is no such provider for this person. Record the provider first."));
    InvoiceKind kind;
    try {
      kind =
          n.kind() == null || n.kind().isBlank()
              ? InvoiceKind.INVOICE
              : InvoiceKind.valueOf(n.kind().strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw MonitoringException.invalid("Say whether this is an invoice or a credit note.");
    }
    ProviderInvoice invoice;
    try {
      invoice =
          new ProviderInvoice(
              kind,
              n.number(),
              n.periodStart(),
              n.periodEnd(),
              n.hours(),
              n.rate() == null ? null : Money.of(n.rate()),
              n.amount() == null ? null : Money.of(n.amount()),
              n.creditFor());
    } catch (IllegalArgumentException e) {
      throw MonitoringException.invalid(e.getMessage());
    }
    List<ProviderInvoice> earlier =
        store.providerInvoices(provider.id()).stream().map(StoredInvoice::invoice).toList();
    List<InvoiceChecks.Problem> problems =
        InvoiceChecks.check(provider.provider(), invoice, earlier, m.startedOn(), today());
    if (!problems.isEmpty()) {
      String message =
          problems.stream().map(InvoiceChecks.Problem::message).collect(Collectors.joining(" "));
      audit.recordRefusal(viewer.username(), "DirectPaymentAccount", accountId, message);
      throw problems.stream().anyMatch(InvoiceChecks.Problem::duplicate)
          ? MonitoringException.conflict(message)
          : MonitoringException.invalid(message);
    }
    InvoiceState state =
        kind == InvoiceKind.CREDIT_NOTE
            ? InvoiceState.CREDIT
            : m.approvalRequired() ? InvoiceState.AWAITING_APPROVAL : InvoiceState.APPROVED;
    long id =
        store.addInvoice(
            accountId,
            provider.id(),
            invoice,
            state,
            today(),
            source,
            fileName,
            pdf,
            viewer.username(),
            now());
    audit.record(
        viewer.username(),
        kind == InvoiceKind.INVOICE ? "PROVIDER_INVOICE_RECORDED" : "PROVIDER_CREDIT_RECORDED",
        "DirectPaymentAccount",
        accountId,
        kind.words()
            + " "
            + invoice.number()
            + " from "
            + provider.provider().name()
            + " for "
            + invoice.amount().formatted()
            + ("PDF".equals(source) ? " (PDF)" : ""));
    ledgerChanged(accountId, viewer, kind.words() + " " + invoice.number() + " recorded");
    return invoiceView(store.invoice(id).orElseThrow(), Map.of(provider.id(), provider), null);
  }

  /**
   * Approves an invoice waiting for approval or disputed: the person or their nominee where the
   * council requires it, otherwise the managing agency's staff.
   */
  @Transactional
  public InvoiceView approve(Viewer viewer, long accountId, long invoiceId) {
    DirectPaymentAccountEntity a = accounts.account(viewer, accountId);
    ManagedStore.Managed m = managed(accountId);
    requireApprover(viewer, a, m);
    StoredInvoice i = invoiceOf(accountId, invoiceId);
    move(
        viewer,
        i,
        Set.of(InvoiceState.AWAITING_APPROVAL, InvoiceState.DISPUTED),
        InvoiceState.APPROVED,
        "there is nothing to approve",
        null);
    audit.record(
        viewer.username(),
        "PROVIDER_INVOICE_APPROVED",
        "DirectPaymentAccount",
        accountId,
        "Invoice "
            + i.invoice().number()
            + " for "
            + i.invoice().amount().formatted()
            + " approved"
            + onBehalf(viewer, a));
    ledgerChanged(accountId, viewer, "Invoice " + i.invoice().number() + " approved");
    return invoiceView(store.invoice(invoiceId).orElseThrow(), providers(accountId), people(a));
  }

  /**
   * Disputes an invoice not yet paid in full, with why: the person, their nominee or the agency.
   */
  @Transactional
  public InvoiceView dispute(Viewer viewer, long accountId, long invoiceId, String reason) {
    DirectPaymentAccountEntity a = accounts.account(viewer, accountId);
    managed(accountId);
    boolean holder =
        viewer.has(Role.BUDGET_HOLDER) && AccessPolicy.canSeeAccount(viewer, a.ownership());
    if (!holder && !AccessPolicy.isOwnAgencyStaff(viewer, a.ownership())) {
      throw refused(
          viewer,
          accountId,
          "Only the person, their nominee or the agency managing the money can dispute an invoice.");
    }
    if (reason == null || reason.isBlank()) {
      throw MonitoringException.invalid("Say why the invoice is disputed.");
    }
    if (reason.strip().length() > 500) {
      throw MonitoringException.invalid("Say why in 500 characters or fewer.");
    }
    StoredInvoice i = invoiceOf(accountId, invoiceId);
    move(
        viewer,
        i,
        Set.of(InvoiceState.AWAITING_APPROVAL, InvoiceState.APPROVED, InvoiceState.PART_PAID),
        InvoiceState.DISPUTED,
        "it cannot be disputed",
        reason.strip());
    audit.record(
        viewer.username(),
        "PROVIDER_INVOICE_DISPUTED",
        "DirectPaymentAccount",
        accountId,
        "Invoice "
            + i.invoice().number()
            + " disputed"
            + onBehalf(viewer, a)
            + ": "
            + reason.strip());
    ledgerChanged(accountId, viewer, "Invoice " + i.invoice().number() + " disputed");
    return invoiceView(store.invoice(invoiceId).orElseThrow(), providers(accountId), people(a));
  }

  /** The agency records a council payment in or wages paid out. */
  @Transactional
  public ManagedView recordEntry(
      Viewer viewer,
      long accountId,
      String kind,
      LocalDate date,
      BigDecimal amount,
      String description) {
    requireManagingAgency(viewer, accountId);
    ManagedLedger.EntryKind k;
    try {
      k =
          ManagedLedger.EntryKind.valueOf(
              kind == null ? "" : kind.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw MonitoringException.invalid("Say whether this is a council payment or wages paid.");
    }
    if (k == ManagedLedger.EntryKind.INVOICE_PAID) {
      throw MonitoringException.invalid(
          "Invoices are paid through the payment file, not recorded by hand.");
    }
    if (date == null || date.isAfter(today())) {
      throw MonitoringException.invalid("Give the day the money moved: today or earlier.");
    }
    ManagedLedger.Entry e;
    try {
      e =
          new ManagedLedger.Entry(
              date,
              k,
              amount == null ? null : Money.of(amount),
              description == null || description.isBlank() ? k.words() : description.strip());
    } catch (IllegalArgumentException ex) {
      throw MonitoringException.invalid(ex.getMessage());
    }
    if (e.description().length() > 200) {
      throw MonitoringException.invalid("Describe it in 200 characters or fewer.");
    }
    store.addEntry(accountId, e, viewer.username(), now());
    audit.record(
        viewer.username(),
        "MANAGED_LEDGER_ENTRY",
        "DirectPaymentAccount",
        accountId,
        k.words() + " of " + e.amount().formatted() + " on " + date + ": " + e.description());
    ledgerChanged(accountId, viewer, k.words() + " recorded on the ledger");
    return view(viewer, accountId);
  }

  /** The managed account as the viewer may see it. */
  @Transactional
  public ManagedView view(Viewer viewer, long accountId) {
    DirectPaymentAccountEntity a = accounts.account(viewer, accountId);
    ManagedStore.Managed m = managed(accountId);
    boolean agency = AccessPolicy.isOwnAgencyStaff(viewer, a.ownership());
    Map<Long, StoredProvider> providers = providers(accountId);
    List<StoredInvoice> invoices = store.invoices(accountId);
    ManagedLedger ledger = ledger(accountId, m, providers, invoices);
    People people = people(a);
    return new ManagedView(
        accountId,
        a.getReference(),
        m.approvalRequired(),
        m.startedOn(),
        agency,
        canApprove(viewer, a, m),
        providers.values().stream().map(p -> providerView(p, agency)).toList(),
        invoices.stream().map(i -> invoiceView(i, providers, people)).toList(),
        ledger.moneyIn().amount(),
        ledger.invoicesOut().amount(),
        ledger.wagesOut().amount(),
        ledger.balance().amount(),
        ledger.owed().amount(),
        ledger.left().amount(),
        ledger.contingency().amount(),
        ledger.surplus().amount(),
        ledger.flags().stream()
            .map(f -> new FlagView(f.kind().name(), f.title(), f.message(), f.atRisk().amount()))
            .toList(),
        ledger.entries().stream()
            .map(
                e ->
                    new EntryView(
                        e.date(),
                        e.kind().name(),
                        e.kind().words(),
                        e.amount().amount(),
                        e.kind().in(),
                        e.description()))
            .toList(),
        store.remittances(accountId).stream()
            .map(
                r ->
                    new RemittanceView(
                        r.id(),
                        r.providerId(),
                        Optional.ofNullable(providers.get(r.providerId()))
                            .map(p -> p.provider().name())
                            .orElse(""),
                        r.reference(),
                        r.amount().amount(),
                        r.creditDay(),
                        agency ? r.emailedTo() : null,
                        agency ? emailWords(r) : null))
            .toList());
  }

  /** The managed accounts the person holds (or is nominee of). */
  @Transactional
  public List<HeldAccount> mine(Viewer viewer) {
    if (!viewer.has(Role.BUDGET_HOLDER)) {
      return List.of();
    }
    return store.heldBy(viewer.userId()).stream()
        .map(h -> new HeldAccount(h.accountId(), h.reference()))
        .toList();
  }

  /**
   * What the person has, for the header's links: managed accounts (as holder or nominee), other
   * accounts, payroll employers; for agency staff, whether their agency manages accounts or runs
   * payroll.
   */
  public ManagedStore.Routes routes(Viewer viewer) {
    return store.routes(viewer.userId(), viewer.agencyId().orElse(null));
  }

  /** A managed account the person holds: its id and reference. */
  public record HeldAccount(long accountId, String reference) {}

  /** Whether the account is managed by an invoice agency (for the officer's page). */
  public boolean isManaged(long accountId) {
    return store.managed(accountId).isPresent();
  }

  /** A remittance advice's PDF: the managing agency, or the person (and nominee) it is for. */
  @Transactional
  public byte[] remittancePdf(Viewer viewer, long accountId, long remittanceId) {
    DirectPaymentAccountEntity a = accounts.account(viewer, accountId);
    boolean holder =
        viewer.has(Role.BUDGET_HOLDER) && AccessPolicy.canSeeAccount(viewer, a.ownership());
    if (!holder && !AccessPolicy.isOwnAgencyStaff(viewer, a.ownership())) {
      throw refused(
          viewer,
          accountId,
          "Only the agency managing the money and the person can see remittance advices.");
    }
    store
        .remittance(remittanceId)
        .filter(r -> r.accountId() == accountId)
        .orElseThrow(
            () ->
                MonitoringException.notFound(
                    "There is no such remittance advice for this person."));
    return store.remittancePdf(remittanceId).orElseThrow();
  }

  /** What the agency's next payment file would pay, person by person (its own staff only). */
  @Transactional
  public List<ToPay> toPay(Viewer viewer) {
    long agencyId = requireAgencyStaff(viewer);
    ManagedPaymentSql.Inputs in = store.withConnection(c -> ManagedPaymentSql.read(c, agencyId));
    List<ToPay> rows = new ArrayList<>();
    Map<Long, List<StoredInvoice>> byAccount =
        in.payables().stream().collect(Collectors.groupingBy(StoredInvoice::accountId));
    for (ManagedPaymentSql.Account acc : in.accounts().values()) {
      List<StoredInvoice> payables = byAccount.getOrDefault(acc.accountId(), List.of());
      Money owed = Money.total(payables.stream().map(StoredInvoice::outstanding).toList());
      rows.add(
          new ToPay(
              acc.accountId(),
              acc.reference(),
              acc.person(),
              acc.balance().amount(),
              owed.min(acc.balance().max(Money.ZERO)).amount(),
              payables.size()));
    }
    return rows;
  }

  /**
   * Pays the agency's approved invoices in one Bacs Standard 18 file for the pay day, with a
   * remittance advice for each provider; refused whole, changing nothing, if there is nothing to
   * pay, the agency has no service user number or client account, or any bank details fail.
   */
  @Transactional
  public PaymentFileView pay(Viewer viewer, LocalDate payDay) {
    long agencyId = requireAgencyStaff(viewer);
    if (payDay == null) {
      throw MonitoringException.invalid("Give the day the providers should be paid.");
    }
    LocalDate inputDay = BacsStandard18File.dates(payDay).inputDay();
    if (inputDay.isBefore(today())) {
      throw MonitoringException.invalid(
          "A file paying on that day had to reach Bacs by "
              + inputDay.format(DAY)
              + ". Choose a later pay day.");
    }
    ManagedStore.Agency agency =
        store.agency(agencyId).orElseThrow(() -> MonitoringException.notFound("No such agency."));
    if (agency.serviceUserNumber().isBlank()) {
      throw MonitoringException.conflict(
          "The payment file needs the agency's Bacs service user number, which has not been"
              + " recorded. Ask the administrator to add it.");
    }
    ManagedStore.ClientAccount client =
        store
            .clientAccount(agencyId)
            .orElseThrow(
                () ->
                    MonitoringException.conflict(
                        "Record the client account the payments are made from first."));
    ManagedPaymentRun.Sender sender =
        new ManagedPaymentRun.Sender(
            agencyId,
            agency.name(),
            agency.serviceUserNumber(),
            client.accountName(),
            client.sortCode(),
            client.accountNumber());
    String by = viewer.username();
    OffsetDateTime at = now();
    long fileId =
        store.withConnection(
            c -> {
              ManagedPaymentSql.Inputs in = ManagedPaymentSql.read(c, agencyId);
              ManagedPaymentSql.Outcome o;
              try {
                o = ManagedPaymentRun.work(in, sender, payDay, today());
              } catch (BacsStandard18File.RefusedException e) {
                throw MonitoringException.conflict(
                    "The payment file cannot be made: " + String.join(" ", e.problems()));
              }
              if (o.credits() == 0) {
                throw MonitoringException.conflict(
                    "There is nothing to pay: no approved invoice, or no money on the accounts"
                        + " that have one.");
              }
              return ManagedPaymentSql.write(c, o, by, at);
            });
    ManagedStore.StoredPaymentFile f = store.paymentFile(fileId).orElseThrow();
    emailRemittances(fileId, agency.name(), by);
    audit.record(
        by,
        "MANAGED_PAYMENT_FILE",
        "PayrollAgency",
        agencyId,
        "Payment file "
            + fileId
            + ": "
            + f.credits()
            + " payments, "
            + f.total().formatted()
            + ", paid on "
            + f.creditDay());
    return fileView(f);
  }

  /**
   * E-mails each provider with a remittance e-mail address its remittance advice, through the
   * outbox (sent after the payment file commits, retried if the mail server is down); a provider
   * with no address keeps the download. Audited per advice.
   */
  private void emailRemittances(long fileId, String agencyName, String by) {
    for (ManagedStore.StoredRemittance r : store.remittancesOfFile(fileId)) {
      Optional<StoredProvider> provider = store.provider(r.providerId());
      String to = provider.map(StoredProvider::remittanceEmail).orElse(null);
      if (to == null || to.isBlank()) {
        continue;
      }
      String person = store.person(r.accountId()).orElse("");
      String name = provider.get().provider().name();
      StringBuilder body = new StringBuilder();
      body.append("Dear ")
          .append(name)
          .append(",\n\n")
          .append(agencyName)
          .append(" has paid you ")
          .append(r.amount().formatted())
          .append(" for the care of ")
          .append(person)
          .append(". It reaches your account ending ")
          .append(provider.get().provider().accountNumber().substring(4))
          .append(" on ")
          .append(r.creditDay().format(DAY))
          .append(", with the reference ")
          .append(r.reference())
          .append(".\n\n");
      for (ManagedStore.RemittanceLine l : store.remittanceLines(r.id())) {
        body.append("Invoice ")
            .append(l.number())
            .append(" for ")
            .append(l.periodStart().format(DAY))
            .append(" to ")
            .append(l.periodEnd().format(DAY))
            .append(": paid ")
            .append(l.paid().formatted());
        if (l.credited().isPositive()) {
          body.append(", credit notes taken off ").append(l.credited().formatted());
        }
        body.append(
                l.left().isPositive()
                    ? ", still to pay " + l.left().formatted()
                    : ", nothing left to pay")
            .append(".\n");
      }
      body.append("\nThis is your remittance advice from ")
          .append(agencyName)
          .append(". If something is wrong, reply to the agency, quoting the reference.\n");
      long message =
          notifier.send(
              r.accountId(),
              null,
              "REMITTANCE_ADVICE",
              to,
              "Remittance advice: " + r.amount().formatted() + " for " + person,
              body.toString());
      store.markEmailed(r.id(), to, message);
      audit.record(
          by,
          "REMITTANCE_EMAILED",
          "DirectPaymentAccount",
          r.accountId(),
          "Remittance advice "
              + r.id()
              + " for "
              + r.amount().formatted()
              + " e-mailed to "
              + name
              + " at "
              + to);
    }
  }

  /** How a remittance advice reached the provider, in words. */
  private static String emailWords(ManagedStore.StoredRemittance r) {
    if (r.emailedTo() == null) {
      return "Not e-mailed: no e-mail address for the provider. Download it and send it on.";
    }
    return switch (r.emailStatus() == null ? "QUEUED" : r.emailStatus()) {
      case "SENT" -> "E-mailed to " + r.emailedTo();
      case "FAILED" ->
          "Could not be e-mailed to " + r.emailedTo() + ". Download it and send it on.";
      default -> "Waiting to be e-mailed to " + r.emailedTo();
    };
  }

  /**
   * A checked remittance e-mail address, or null when none was given; refused when it is not an
   * address.
   */
  static String remittanceEmail(String typed) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    String e = typed.strip();
    if (e.length() > 254
        || !e.matches("[^@\\s,;<>()\\[\\]\"]+@[^@\\s,;<>()\\[\\]\"]+\\.[A-Za-z]{2,}")) {
      throw MonitoringException.invalid(
          "Enter the provider's e-mail address in the right format, like accounts@example.co.uk.");
    }
    return e;
  }

  /**
   * A payroll pay run was finalised: if its account is managed, what the run takes from the account
   * (its total cost: net pay, HMRC's tax and National Insurance, pensions, and the payroll agency's
   * fee with VAT, the one figure budget pages and expected payments use) is posted to the ledger as
   * wages paid, once per run, audited. Runs in the finalising transaction.
   */
  void onRunFinalised(@Observes PayrollFacts.RunFinalised finalised) {
    if (store.managed(finalised.accountId()).isEmpty()) {
      return;
    }
    store.flushEntities();
    ManagedStore.PayRunCost run = store.finalisedRun(finalised.runId()).orElse(null);
    if (run == null || !run.totalCost().isPositive()) {
      return;
    }
    String description =
        "Pay run for "
            + run.periodStart().format(DAY)
            + " to "
            + run.periodEnd().format(DAY)
            + ": net pay "
            + run.netPay().formatted()
            + ", HMRC "
            + run.hmrc().formatted()
            + ", pensions "
            + run.pensions().formatted()
            + ", payroll fee "
            + run.fee().formatted();
    ManagedLedger.Entry e =
        new ManagedLedger.Entry(
            run.paymentDate(), ManagedLedger.EntryKind.WAGES_PAID, run.totalCost(), description);
    if (store.addPayRunEntry(run.accountId(), run.runId(), e, finalised.actor(), now())) {
      audit.record(
          finalised.actor(),
          "MANAGED_LEDGER_ENTRY",
          "DirectPaymentAccount",
          run.accountId(),
          "Wages paid of "
              + run.totalCost().formatted()
              + " on "
              + run.paymentDate()
              + " from pay run "
              + run.runId()
              + ": "
              + description);
      ledgerChanged.fire(
          new LedgerChanged(run.accountId(), finalised.actor(), "Wages paid by a pay run"));
    }
  }

  @Transactional
  public List<PaymentFileView> paymentFiles(Viewer viewer) {
    long agencyId = requireAgencyStaff(viewer);
    return store.paymentFiles(agencyId).stream().map(ManagedAccountService::fileView).toList();
  }

  /** The Bacs file as made (its agency's staff only). */
  @Transactional
  public String paymentFileContent(Viewer viewer, long fileId) {
    long agencyId = requireAgencyStaff(viewer);
    store
        .paymentFile(fileId)
        .filter(f -> f.agencyId() == agencyId)
        .orElseThrow(
            () -> MonitoringException.notFound("There is no such payment file of your agency."));
    return store.paymentFileContent(fileId).orElseThrow();
  }

  private static PaymentFileView fileView(ManagedStore.StoredPaymentFile f) {
    return new PaymentFileView(
        f.id(),
        f.payDay(),
        f.creditDay(),
        f.total().amount(),
        f.credits(),
        f.createdBy(),
        f.createdAt());
  }

  private ManagedLedger ledger(
      long accountId,
      ManagedStore.Managed m,
      Map<Long, StoredProvider> providers,
      List<StoredInvoice> invoices) {
    Money contingency;
    try {
      contingency = accounts.terms(accountId).contingency();
    } catch (MonitoringException notMonitored) {
      contingency = Money.ZERO;
    }
    List<ManagedLedger.Unpaid> unpaid =
        invoices.stream()
            .filter(
                i -> i.invoice().kind() == InvoiceKind.INVOICE && i.state() != InvoiceState.PAID)
            .map(
                i ->
                    new ManagedLedger.Unpaid(
                        i.invoice().number(),
                        Optional.ofNullable(providers.get(i.providerId()))
                            .map(p -> p.provider().name())
                            .orElse(""),
                        i.state(),
                        i.receivedOn(),
                        i.outstanding()))
            .toList();
    return new ManagedLedger(store.entries(accountId), unpaid, contingency, m.startedOn(), today());
  }

  /**
   * Tells monitoring the ledger changed, so its flags are recorded for the officer's queue and the
   * account re-rated. A payment run needs no call: paying an approved invoice takes the same amount
   * off the balance and off what is owed, which leaves every flag as it was.
   */
  private void ledgerChanged(long accountId, Viewer viewer, String why) {
    ledgerChanged.fire(new LedgerChanged(accountId, viewer.username(), why));
  }

  /** The flags the account's ledger raises today (for recording them). */
  public List<ManagedLedger.Flag> ledgerFlags(long accountId) {
    return ledger(accountId, managed(accountId), providers(accountId), store.invoices(accountId))
        .flags();
  }

  private Map<Long, StoredProvider> providers(long accountId) {
    Map<Long, StoredProvider> map = new java.util.LinkedHashMap<>();
    store.providers(accountId).forEach(p -> map.put(p.id(), p));
    return map;
  }

  private static ProviderView providerView(StoredProvider p, boolean agency) {
    CareProvider c = p.provider();
    return new ProviderView(
        p.id(),
        c.name(),
        c.hourlyRate().amount(),
        c.hoursPerWeek(),
        agency ? c.sortCode() : null,
        agency ? c.accountNumber() : null,
        agency ? c.accountName() : null,
        agency ? p.remittanceEmail() : null);
  }

  /** The holder and nominee of an account, for saying who decided an invoice. */
  private record People(ManagedStore.Person holder, ManagedStore.Person nominee) {}

  private People people(DirectPaymentAccountEntity a) {
    return new People(
        store.user(a.ownership().holderUserId()).orElse(null),
        a.ownership().nomineeUserId().flatMap(store::user).orElse(null));
  }

  /**
   * Who approved or disputed the invoice, in words: the person, their nominee on their behalf, or
   * the agency.
   */
  static String decidedWords(StoredInvoice i, People people) {
    if (i.decidedBy() == null || people == null) {
      return null;
    }
    String verb = i.state() == InvoiceState.DISPUTED ? "Disputed by " : "Approved by ";
    ManagedStore.Person holder = people.holder();
    ManagedStore.Person nominee = people.nominee();
    if (nominee != null && nominee.username().equals(i.decidedBy())) {
      return verb
          + nominee.name()
          + ", nominee, on behalf of "
          + (holder == null ? "the person" : holder.name());
    }
    if (holder != null && holder.username().equals(i.decidedBy())) {
      return verb + holder.name();
    }
    return verb + "the agency";
  }

  private static InvoiceView invoiceView(
      StoredInvoice i, Map<Long, StoredProvider> providers, People people) {
    ProviderInvoice v = i.invoice();
    return new InvoiceView(
        i.id(),
        i.providerId(),
        Optional.ofNullable(providers.get(i.providerId())).map(p -> p.provider().name()).orElse(""),
        v.kind().name(),
        v.kind().words(),
        v.number(),
        v.periodStart(),
        v.periodEnd(),
        v.hours(),
        v.rate() == null ? null : v.rate().amount(),
        v.amount().amount(),
        v.creditFor(),
        i.state().name(),
        i.state().words(),
        i.paid().amount(),
        i.credited().amount(),
        i.outstanding().amount(),
        i.receivedOn(),
        i.source(),
        i.disputeReason(),
        i.decidedBy(),
        decidedWords(i, people));
  }

  /**
   * Moves the invoice to {@code to} if it is in one of {@code from}; a conflict saying {@code
   * otherwise} (or that it changed meanwhile) if not.
   */
  private void move(
      Viewer viewer,
      StoredInvoice i,
      Set<InvoiceState> from,
      InvoiceState to,
      String otherwise,
      String disputeReason) {
    if (!from.contains(i.state())) {
      throw MonitoringException.conflict(
          "Invoice "
              + i.invoice().number()
              + " is "
              + i.state().words().toLowerCase(Locale.UK)
              + ": "
              + otherwise
              + ".");
    }
    if (!store.decide(i.id(), i.state(), to, viewer.username(), now(), disputeReason)) {
      throw MonitoringException.conflict("The invoice changed while you looked at it. Look again.");
    }
  }

  private StoredInvoice invoiceOf(long accountId, long invoiceId) {
    return store
        .invoice(invoiceId)
        .filter(i -> i.accountId() == accountId && i.invoice().kind() == InvoiceKind.INVOICE)
        .orElseThrow(
            () -> MonitoringException.notFound("There is no such invoice for this person."));
  }

  private ManagedStore.Managed managed(long accountId) {
    return store
        .managed(accountId)
        .orElseThrow(
            () ->
                MonitoringException.notFound(
                    "This direct payment is not managed by an invoice agency."));
  }

  /** The managed account, if the viewer is its managing agency's staff. */
  private ManagedStore.Managed requireManagingAgency(Viewer viewer, long accountId) {
    DirectPaymentAccountEntity a = accounts.account(viewer, accountId);
    if (!AccessPolicy.isOwnAgencyStaff(viewer, a.ownership())) {
      throw refused(viewer, accountId, "Only the agency managing this direct payment can do this.");
    }
    return managed(accountId);
  }

  private long requireAgencyStaff(Viewer viewer) {
    if (!viewer.has(Role.PAYROLL_STAFF) || viewer.agencyId().isEmpty()) {
      audit.recordRefusal(
          viewer.username(), "PayrollAgency", null, "managed payments: not agency staff");
      throw new RecordAccessDeniedException("Only an agency's staff can do this.");
    }
    return viewer.agencyId().get();
  }

  private static boolean canApprove(
      Viewer viewer, DirectPaymentAccountEntity a, ManagedStore.Managed m) {
    return m.approvalRequired()
        ? viewer.has(Role.BUDGET_HOLDER) && AccessPolicy.canSeeAccount(viewer, a.ownership())
        : AccessPolicy.isOwnAgencyStaff(viewer, a.ownership());
  }

  private void requireApprover(
      Viewer viewer, DirectPaymentAccountEntity a, ManagedStore.Managed m) {
    if (!canApprove(viewer, a, m)) {
      throw refused(
          viewer,
          a.getId(),
          m.approvalRequired()
              ? "The council asks the person (or their nominee) to approve each invoice."
              : "Only the agency managing this direct payment approves its invoices.");
    }
  }

  /** " by the nominee on behalf of the holder" when the viewer is the account's nominee. */
  private static String onBehalf(Viewer viewer, DirectPaymentAccountEntity a) {
    return a.ownership().nomineeUserId().map(n -> n == viewer.userId()).orElse(false)
            && a.ownership().holderUserId() != viewer.userId()
        ? " by the nominee on behalf of the holder (user " + a.ownership().holderUserId() + ")"
        : "";
  }

  private RecordAccessDeniedException refused(Viewer viewer, long accountId, String message) {
    audit.recordRefusal(viewer.username(), "DirectPaymentAccount", accountId, message);
    return new RecordAccessDeniedException(message);
  }

  /** Sort code and account number in shape and passing Vocalink's modulus check. */
  private record BankCheck(SortCode sortCode, BankAccountNumber accountNumber) {}

  private static BankCheck bank(String sortCode, String accountNumber) {
    SortCode s;
    BankAccountNumber n;
    try {
      s = SortCode.parse(sortCode == null ? "" : sortCode);
      n = BankAccountNumber.parse(accountNumber == null ? "" : accountNumber);
    } catch (IllegalArgumentException e) {
      throw MonitoringException.invalid(e.getMessage());
    }
    if (MODULUS.check(s, n) == ModulusResult.INVALID) {
      throw MonitoringException.invalid(BankDetails.refusal(s, n));
    }
    return new BankCheck(s, n);
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }

  private OffsetDateTime now() {
    return OffsetDateTime.now(clock);
  }
}
