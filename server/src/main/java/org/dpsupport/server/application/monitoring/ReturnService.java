package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.stream.Collectors;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.AccountTerms;
import org.dpsupport.monitoring.domain.model.reconciliation.ExpectedPayment;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory;
import org.dpsupport.monitoring.domain.model.reconciliation.LineRef;
import org.dpsupport.monitoring.domain.model.reconciliation.ReceiptMatch;
import org.dpsupport.monitoring.domain.model.reconciliation.Reconciliation;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnReceipt;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnStatement;
import org.dpsupport.monitoring.domain.model.returns.ReturnDeadlines;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.returns.ReturnState;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;
import org.dpsupport.monitoring.domain.service.Reconciler;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.application.PayrollFacts;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReturnEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReturnStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadKind;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadOutcome;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadRecords;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Returns: opened when the account's Quartz trigger fires (once per period, however often it
 * fires), reminded and marked overdue by the daily deadlines job, filled in and evidenced by the
 * budget holder's side, then reconciled: accepted automatically when nothing is flagged.
 */
@ApplicationScoped
public class ReturnService {

  private static final Logger LOG = Logger.getLogger(ReturnService.class.getName());
  static final String SYSTEM = "system";

  @Inject ReturnStore store;

  @Inject MonitoredAccountStore monitoredAccounts;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject MonitoringPolicies policies;

  @Inject AccountMonitoring accounts;

  @Inject Notifier notifier;

  @Inject UploadIntake uploads;

  @Inject UploadRecords uploadRecords;

  @Inject Instance<PayrollFacts> payroll;

  /**
   * Opens the return of every period of the account that has ended and has none yet, e-mails the
   * budget holder once this transaction commits, and puts the account in the cohort of its next
   * period end. The same set-based code as a cohort's firing, for one account (the demo data, and
   * an account that must be brought up to date at once). Idempotent: a period's return is opened
   * once.
   */
  @Transactional
  public void openDueReturns(long accountId) {
    MonitoredAccountEntity m = monitoredAccounts.find(accountId).orElse(null);
    if (m == null) {
      return;
    }
    store.openDue(accountId, LocalDate.now(clock));
    notifier.sendQueuedAfterCommit();
    accounts.schedule(m);
  }

  private void notifyHolder(
      DirectPaymentAccountEntity a, ReturnEntity r, String kind, String subject, String body) {
    notifier.send(
        a.getId(), r.getId(), kind, monitoredAccounts.username(a.getHolderUserId()), subject, body);
  }

  /** The daily job: reminders a week before the due date, overdue flags the day after it. */
  @Transactional
  public int applyDeadlines() {
    LocalDate today = LocalDate.now(clock);
    int changed = 0;
    for (ReturnEntity r : store.inState(ReturnState.OPEN)) {
      DirectPaymentAccountEntity a = monitoredAccounts.account(r.getAccountId()).orElseThrow();
      ReturnDeadlines deadlines = policies.deadlines(a.getCouncilId());
      ReturnPeriod period = period(r);
      if (deadlines.overdue(period, today)) {
        r.state(ReturnState.OVERDUE).setOverdueAt(OffsetDateTime.now(clock));
        raise(
            r.getAccountId(),
            r.getId(),
            Flag.of(
                FlagKind.RETURN_OVERDUE,
                "The return for "
                    + period.describe()
                    + " was due on "
                    + UploadIntake.day(r.getDueDate())
                    + " and has not been sent."));
        audit.record(SYSTEM, "RETURN_OVERDUE", "Return", r.getId(), "Due " + r.getDueDate());
        accounts.rerate(r.getAccountId(), SYSTEM, "Return overdue");
        changed++;
      } else if (r.getReminderSentAt() == null && !today.isBefore(deadlines.reminderDate(period))) {
        r.setReminderSentAt(OffsetDateTime.now(clock));
        notifyHolder(
            a,
            r,
            "RETURN_REMINDER",
            "Reminder: your direct payment return is due on " + UploadIntake.day(r.getDueDate()),
            "Your return for "
                + period.describe()
                + " is due on "
                + UploadIntake.day(r.getDueDate())
                + ". Sign in to DP Support to send it.\n\nReference: "
                + a.getReference());
        changed++;
      }
    }
    return changed;
  }

  static ReturnPeriod period(ReturnEntity r) {
    return new ReturnPeriod(r.getPeriodStart(), r.getPeriodEndExcl());
  }

  /** The return, if the viewer may see its account. */
  public ReturnEntity find(Viewer viewer, long returnId) {
    ReturnEntity r =
        store
            .find(returnId)
            .orElseThrow(
                () -> MonitoringException.notFound("There is no return " + returnId + "."));
    try {
      accounts.account(viewer, r.getAccountId());
    } catch (RecordAccessDeniedException e) {
      throw new RecordAccessDeniedException(
          "This return is for a direct payment you do not look after, so you cannot see it.");
    }
    return r;
  }

  /**
   * The budget holder's side: the holder, their nominee or their payroll agency (never the
   * officer).
   */
  ReturnEntity requireHolderSide(Viewer viewer, long returnId) {
    ReturnEntity r = find(viewer, returnId);
    if (!viewer.has(Role.BUDGET_HOLDER) && !viewer.has(Role.PAYROLL_STAFF)) {
      audit.recordRefusal(
          viewer.username(), "Return", returnId, "holder-side action by someone else");
      throw new RecordAccessDeniedException(
          "Only the budget holder, their nominee or their payroll agency can send this return.");
    }
    return r;
  }

  /**
   * What became of an upload: the file kept (or, for a duplicate, the one already kept) and what
   * the budget holder is told about it.
   */
  /** The largest file kept: the reading limit, so nothing is kept that could never be read. */
  public static final org.dpsupport.monitoring.application.ReadingLimits UPLOAD_LIMIT =
      org.dpsupport.monitoring.application.ReadingLimits.defaults();

  public record Uploaded(
      long id, String fileName, String outcome, String message, boolean duplicate) {}

  /**
   * Keeps the file first (in its own transaction), then reads it. Whatever goes wrong in reading,
   * the file stays and is marked for an officer.
   */
  public Uploaded upload(
      Viewer viewer, long returnId, UploadKind kind, String fileName, byte[] bytes) {
    ReturnEntity r = requireHolderSide(viewer, returnId);
    if (r.state().submitted()) {
      throw MonitoringException.conflict(
          "This return has been sent already. If you need to add something,"
              + " reply to the officer's question on this page.");
    }
    if (bytes == null || bytes.length == 0) {
      throw MonitoringException.invalid("The file is empty. Choose the file again and upload it.");
    }
    if (bytes.length > UPLOAD_LIMIT.maxBytes()) {
      throw MonitoringException.tooLarge(UPLOAD_LIMIT.sizeForPeople());
    }
    UploadIntake.Stored stored = uploads.store(returnId, kind, fileName, bytes, viewer.username());
    UploadEntity result;
    try {
      result = uploads.ingest(stored.uploadId());
    } catch (RuntimeException e) {
      LOG.warning(() -> "Reading upload " + stored.uploadId() + " failed: " + e);
      uploads.markForOfficer(stored.uploadId());
      result = uploadRecords.find(stored.uploadId());
    }
    if (!stored.duplicate()) {
      result =
          uploads.checkEvidence(
              stored.uploadId(),
              period(r),
              accounts.account(viewer, r.getAccountId()).getRecipientName());
    }
    String message =
        stored.duplicate()
            ? UploadIntake.alreadyUploaded(result.getFileName(), result.getMessage())
            : result.getMessage();
    return new Uploaded(
        result.getId(), result.getFileName(), result.getOutcome(), message, stored.duplicate());
  }

  /**
   * The statements do not cover the return's period and the holder has not said why: the return
   * cannot be declared complete.
   */
  public static class StatementsMissing extends MonitoringException {
    private static final long serialVersionUID = 1L;

    StatementsMissing(String message) {
      super(Kind.BAD_INPUT, message);
    }
  }

  /**
   * The budget holder sends the return from its page: as {@link #submit(Viewer, long, Map,
   * boolean)}, and the statements must cover the whole period, or the holder says why they cannot
   * ({@code missingReason}); the reason goes to the officer as a flag. A statement kept for an
   * officer to read counts as sent.
   */
  @Transactional
  public ReturnEntity submit(
      Viewer viewer,
      long returnId,
      Map<String, BigDecimal> spending,
      boolean declared,
      String missingReason) {
    ReturnEntity r = requireHolderSide(viewer, returnId);
    String reason = missingReason == null ? "" : missingReason.strip();
    ReturnPeriod period = period(r);
    boolean covered = statementsCover(returnId, period);
    if (!covered && reason.isEmpty()) {
      throw new StatementsMissing(
          "Upload bank statements for every day from "
              + UploadIntake.day(period.start())
              + " to "
              + UploadIntake.day(period.lastDay())
              + ", or tell us why you cannot");
    }
    if (reason.length() > 1500) {
      throw new StatementsMissing("Tell us why in 1,500 characters or fewer");
    }
    ReturnEntity sent = submit(viewer, returnId, spending, declared);
    if (!covered) {
      audit.record(viewer.username(), "RETURN_STATEMENTS_MISSING", "Return", returnId, reason);
      raise(
          sent.getAccountId(),
          returnId,
          Flag.of(
              FlagKind.STATEMENTS_DO_NOT_COVER_PERIOD,
              "The budget holder sent the return without statements for the whole period and"
                  + " says why: \""
                  + reason
                  + "\""));
    }
    return sent;
  }

  /**
   * Whether the return's statements cover every day of its period: the periods read from its
   * statements, joined; a statement kept for an officer to read counts (the officer checks it).
   */
  boolean statementsCover(long returnId, ReturnPeriod period) {
    List<UploadEntity> statements = uploadRecords.statementsOf(returnId);
    if (statements.stream().anyMatch(u -> u.outcome() == UploadOutcome.NEEDS_OFFICER)) {
      return true;
    }
    LocalDate covered = period.start();
    for (UploadEntity u : statements) {
      if (u.getPeriodStart() == null || u.outcome() == UploadOutcome.REFUSED) {
        continue;
      }
      if (u.getPeriodStart().isAfter(covered)) {
        return false;
      }
      if (u.getPeriodEndExcl().isAfter(covered)) {
        covered = u.getPeriodEndExcl();
      }
    }
    return !covered.isBefore(period.endExclusive());
  }

  /**
   * Removes a file from a return not yet sent (a refused file, or one uploaded by mistake), with
   * what was read from it; audited.
   */
  @Transactional
  public void removeUpload(Viewer viewer, long returnId, long uploadId) {
    ReturnEntity r = requireHolderSide(viewer, returnId);
    if (r.state().submitted()) {
      throw MonitoringException.conflict(
          "This return has been sent, so its files cannot be removed. If a file is wrong,"
              + " tell your officer in your answer to their question.");
    }
    UploadEntity u = uploadRecords.find(uploadId);
    if (u == null || u.getReturnId() != returnId) {
      throw MonitoringException.notFound("That file is not part of this return.");
    }
    uploadRecords.remove(u);
    audit.record(
        viewer.username(),
        "RETURN_UPLOAD_REMOVED",
        "Return",
        returnId,
        u.getKind()
            + " "
            + u.getFileName()
            + " ("
            + u.getOutcome()
            + ", sha256 "
            + u.getSha256()
            + ")");
  }

  /**
   * The budget holder sends the return: spending by category and the declaration. It is then
   * reconciled; a return with nothing flagged is accepted without an officer.
   */
  @Transactional
  public ReturnEntity submit(
      Viewer viewer, long returnId, Map<String, BigDecimal> spending, boolean declared) {
    ReturnEntity r = requireHolderSide(viewer, returnId);
    if (r.state().submitted()) {
      throw MonitoringException.conflict("This return has been sent already.");
    }
    if (!declared) {
      throw MonitoringException.invalid(
          "Tick the declaration to confirm the return is true and complete.");
    }
    for (Map.Entry<String, BigDecimal> e : spending.entrySet()) {
      if (e.getValue() == null || e.getValue().signum() < 0 || e.getValue().scale() > 2) {
        throw MonitoringException.invalid(
            "Enter what you spent on " + e.getKey() + " in pounds and pence, for example 125.50.");
      }
    }
    Map<String, Money> amounts = new LinkedHashMap<>();
    spending.forEach((category, amount) -> amounts.put(category, Money.of(amount)));
    store.replaceSpending(returnId, amounts);
    r.setSubmittedAt(OffsetDateTime.now(clock))
        .setSubmittedBy(viewer.username())
        .setDeclaration("I confirm this return is true and complete.")
        .state(ReturnState.SUBMITTED);
    audit.record(
        viewer.username(), "RETURN_SUBMITTED", "Return", returnId, "Declared spending " + spending);
    reconcile(r);
    return r;
  }

  /**
   * Reconciles the return's statements, the declared spending and the receipts and invoices, and
   * records the flags and the receipts found on their payments; no flags means accepted
   * automatically.
   */
  void reconcile(ReturnEntity r) {
    ReturnPeriod period = period(r);
    AccountTerms terms = accounts.terms(r.getAccountId());
    DirectPaymentAccountEntity a = monitoredAccounts.account(r.getAccountId()).orElseThrow();
    List<UploadEntity> files = uploadRecords.filesOf(r.getId());
    List<ReturnStatement> statements = new ArrayList<>();
    List<ReturnReceipt> receipts = new ArrayList<>();
    List<Flag> extra = new ArrayList<>();
    for (UploadEntity u : files) {
      if (u.outcome() == UploadOutcome.REFUSED) {
        continue; // refused at upload with the reason: not evidence
      }
      if (u.kind() != UploadKind.STATEMENT) {
        // an unreadable receipt is for a person; reconciliation says so without counting it against
        // anyone
        receipts.add(uploads.asReturnReceipt(u));
      } else if (u.outcome() == UploadOutcome.NEEDS_OFFICER
          || u.outcome() == UploadOutcome.RECEIVED) {
        extra.add(
            Flag.of(FlagKind.DOCUMENT_NEEDS_OFFICER, u.getFileName() + ": " + u.getMessage()));
      } else if (u.getPeriodStart() != null) {
        statements.add(statement(u));
      }
    }
    Map<String, Money> declared = store.spending(r.getId());
    List<ExpectedPayment> expected = expectedPayroll(a.getId(), period.start(), period.lastDay());
    Money committed =
        expectedPayroll(a.getId(), period.endExclusive(), period.endExclusive().plusDays(30))
            .stream()
            .map(ExpectedPayment::amount)
            .reduce(Money.zero(), Money::plus);
    Reconciliation result =
        new Reconciler(policies.reconciliation(a.getCouncilId()))
            .reconcile(
                period,
                terms,
                statements,
                expected,
                committed,
                policies.payeeRules(a.getCouncilId()),
                declared,
                receipts);
    result.categories().forEach((key, category) -> categorise(key, category));
    result.receiptMatches().forEach(this::recordReceiptFound);
    if (!result.receiptMatches().isEmpty()) {
      audit.record(
          SYSTEM,
          "RECEIPTS_FOUND",
          "Return",
          r.getId(),
          result.receiptMatches().stream()
              .map(
                  m ->
                      "upload "
                          + m.receiptId()
                          + " is the receipt for "
                          + m.line().amount().negated().formatted()
                          + " on "
                          + m.line().date()
                          + " ("
                          + m.line().description()
                          + ")")
              .collect(Collectors.joining("; ")));
    }
    List<Flag> flags = new ArrayList<>(result.flags());
    flags.addAll(extra);
    flags.forEach(f -> raise(r.getAccountId(), r.getId(), f));
    r.setClosingBalance(result.closingBalance().orElse(null)).setSurplus(result.surplus());
    if (flags.isEmpty()) {
      r.state(ReturnState.ACCEPTED_AUTOMATICALLY)
          .setDecidedAt(OffsetDateTime.now(clock))
          .setDecidedBy(SYSTEM);
      audit.record(
          SYSTEM,
          "RETURN_ACCEPTED_AUTOMATICALLY",
          "Return",
          r.getId(),
          "Statements cover "
              + period.describe()
              + ", balances verify, the declared spending agrees with"
              + " them, nothing flagged");
    } else {
      r.state(ReturnState.FLAGGED);
      audit.record(
          SYSTEM,
          "RETURN_FLAGGED",
          "Return",
          r.getId(),
          flags.size()
              + " flag(s): "
              + flags.stream().map(f -> f.kind().name()).distinct().toList());
    }
    accounts.rerate(r.getAccountId(), SYSTEM, "Return for " + period.describe() + " reconciled");
  }

  private ReturnStatement statement(UploadEntity u) {
    return new ReturnStatement(
        String.valueOf(u.getId()),
        new StatementPeriod(u.getPeriodStart(), u.getPeriodEndExcl()),
        Optional.ofNullable(u.getOpeningBalance()),
        Optional.ofNullable(u.getClosingBalance()),
        Boolean.TRUE.equals(u.getVerified()),
        uploadRecords.lines(u.getId()));
  }

  private void recordReceiptFound(ReceiptMatch match) {
    uploadRecords.receiptFound(
        new LineRef(match.line().statementId(), match.line().lineNumber()),
        Long.parseLong(match.receiptId()));
  }

  private void categorise(LineRef line, LineCategory category) {
    uploadRecords.categorise(line, category.category(), category.source());
  }

  void raise(long accountId, Long returnId, Flag flag) {
    store.raise(accountId, returnId, flag, OffsetDateTime.now(clock));
  }

  private List<ExpectedPayment> expectedPayroll(long accountId, LocalDate from, LocalDate to) {
    if (!payroll.isResolvable()) {
      return List.of();
    }
    return payroll.get().expectedPayments(accountId, from, to).stream()
        .map(
            p ->
                new ExpectedPayment(
                    ExpectedPayment.Kind.valueOf(p.kind().name()),
                    p.payee(),
                    Money.of(p.amount()),
                    p.dueBy()))
        .toList();
  }
}
