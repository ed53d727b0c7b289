package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseViewStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.FlagEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.FlagStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReturnEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.StatementLineEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadEntity;
import org.dpsupport.server.infrastructure.scheduling.monitoring.ReturnScheduler;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Read models for pages and REST: returns, a case with its evidence and history, the officer's
 * queue, reports.
 */
@ApplicationScoped
public class MonitoringViews {

  public record ReturnSummary(
      long id,
      long accountId,
      String reference,
      String recipientName,
      LocalDate periodStart,
      LocalDate periodEnd,
      String period,
      LocalDate dueDate,
      String state,
      int openFlags,
      int severity,
      OffsetDateTime openedAt) {}

  public record UploadView(
      long id,
      String kind,
      String fileName,
      String outcome,
      String message,
      OffsetDateTime uploadedAt) {}

  /** A receipt or invoice cited as evidence: its upload and file name. */
  public record ReceiptRef(long uploadId, String fileName) {}

  /** A statement line, its category and the receipt or invoice found for it (null: none). */
  public record LineView(
      long uploadId,
      int lineNo,
      LocalDate date,
      String description,
      BigDecimal amount,
      String category,
      ReceiptRef receipt) {}

  public record FlagView(
      long id,
      String kind,
      String title,
      int severity,
      String message,
      String status,
      String resolution,
      LineView evidence,
      ReceiptRef receipt) {}

  public record ActionView(
      long id,
      String kind,
      String actor,
      OffsetDateTime actedAt,
      String reason,
      BigDecimal amount,
      String status,
      String response,
      String respondedBy,
      List<Long> flagIds,
      String outcome,
      String overSurplusReason) {}

  public record HistoryView(OffsetDateTime at, String actor, String action, String reason) {}

  public record ReturnDetail(
      ReturnSummary summary,
      Map<String, BigDecimal> declaredSpending,
      BigDecimal closingBalance,
      BigDecimal surplus,
      List<UploadView> uploads,
      List<FlagView> flags,
      List<LineView> lines,
      List<ActionView> actions,
      List<HistoryView> history) {}

  /**
   * An account: terms, risk and its reasons, the next return, and its reviews: the next one, why it
   * is then (an event that brought it forward, or the schedule), the last one, and the audit of
   * reviews brought forward, asked for and done.
   */
  public record AccountView(
      long id,
      String reference,
      String recipientName,
      LocalDate startDate,
      String route,
      BigDecimal annualBudget,
      String frequency,
      String riskReasons,
      String status,
      LocalDate nextPeriodStart,
      Instant nextReturnOpensAt,
      LocalDate nextReview,
      String nextReviewReason,
      boolean reviewBroughtForward,
      LocalDate lastReview,
      List<HistoryView> reviewHistory,
      List<ReturnSummary> returns,
      List<String> payrollConcerns) {}

  @Inject CaseViewStore store;

  @Inject FlagStore flagStore;

  @Inject CaseStore caseActions;

  @Inject AccountMonitoring accounts;

  @Inject ReturnService returns;

  @Inject ReturnScheduler scheduler;

  @Inject AuditLog audit;

  /**
   * What the account's statements say about its money: received from the council (and any other
   * money in), spent, and the last balance read (with the day it was the balance); null where no
   * statement says.
   */
  public record AccountMoney(
      BigDecimal annualBudget,
      BigDecimal received,
      BigDecimal spent,
      BigDecimal balance,
      LocalDate balanceOn) {}

  @Inject org.dpsupport.server.infrastructure.persistence.monitoring.UploadRecords uploadRecords;

  /** The money on a monitored account's statements, for someone who may see the account. */
  public AccountMoney money(Viewer viewer, long accountId) {
    accounts.account(viewer, accountId);
    MonitoredAccountEntity m = accounts.monitored(accountId);
    BigDecimal[] totals = uploadRecords.statementTotals(accountId);
    var latest = uploadRecords.latestBalance(accountId);
    return new AccountMoney(
        m == null ? null : pounds(m.annualBudget()),
        totals[0],
        totals[1] == null ? null : totals[1].negate(),
        latest.map(r -> pounds(r.getClosingBalance())).orElse(null),
        latest.map(r -> r.getPeriodEndExcl().minusDays(1)).orElse(null));
  }

  public AccountView account(Viewer viewer, long accountId) {
    DirectPaymentAccountEntity a = accounts.account(viewer, accountId);
    MonitoredAccountEntity m = accounts.monitored(accountId);
    List<ReturnEntity> own = store.returnsOf(accountId);
    Map<Long, FlagStore.OpenCount> open =
        flagStore.openCounts(own.stream().map(ReturnEntity::getId).toList());
    List<ReturnSummary> list = own.stream().map(r -> summary(r, a, open)).toList();
    Instant next = accounts.nextReturnOpensAt(m).orElse(null);
    return new AccountView(
        a.getId(),
        a.getReference(),
        a.getRecipientName(),
        a.getStartDate(),
        name(m.getRoute()),
        pounds(m.annualBudget()),
        name(m.getFrequency()),
        m.getRiskReasons(),
        name(m.getStatus()),
        m.getNextPeriodStart(),
        next,
        m.getNextReview(),
        AccountMonitoring.reviewReason(m, a.getStartDate()),
        m.getNextReview().equals(m.getEventReviewDue()),
        m.getLastReview(),
        reviewHistory(accountId),
        list,
        accounts.payrollConcerns(accountId));
  }

  private List<HistoryView> reviewHistory(long accountId) {
    return audit.forSubject("DirectPaymentAccount", String.valueOf(accountId)).stream()
        .filter(e -> e.getAction().startsWith("REVIEW_"))
        .map(e -> new HistoryView(e.getOccurredAt(), e.getActor(), e.getAction(), e.getReason()))
        .toList();
  }

  ReturnSummary summary(ReturnEntity r, DirectPaymentAccountEntity a) {
    return summary(r, a, flagStore.openCounts(List.of(r.getId())));
  }

  private ReturnSummary summary(
      ReturnEntity r, DirectPaymentAccountEntity a, Map<Long, FlagStore.OpenCount> counts) {
    FlagStore.OpenCount open = counts.getOrDefault(r.getId(), FlagStore.OpenCount.NONE);
    return new ReturnSummary(
        r.getId(),
        a.getId(),
        a.getReference(),
        a.getRecipientName(),
        r.getPeriodStart(),
        r.getPeriodEndExcl().minusDays(1),
        ReturnService.period(r).describe(),
        r.getDueDate(),
        name(r.state()),
        open.open(),
        open.maxSeverity(),
        r.getOpenedAt());
  }

  /** Every return the viewer may see, newest period first (at most 500). */
  public List<ReturnSummary> returns(Viewer viewer) {
    CaseViewStore.Scope scope =
        new CaseViewStore.Scope(
            viewer.has(Role.ADMIN),
            viewer.has(Role.BUDGET_HOLDER) ? viewer.userId() : -1L,
            viewer.councilId().orElse(-1L),
            viewer.has(Role.MONITORING_OFFICER),
            viewer.agencyId().orElse(-1L),
            viewer.has(Role.PAYROLL_STAFF));
    List<CaseViewStore.ReturnOfAccount> visible = store.visibleReturns(scope, 500);
    Map<Long, FlagStore.OpenCount> open =
        flagStore.openCounts(visible.stream().map(v -> v.ret().getId()).toList());
    return visible.stream().map(v -> summary(v.ret(), v.account(), open)).toList();
  }

  /**
   * The officer's queue: returns of their council with an open flag (an overdue return has one
   * until the officer accepts the explanation), most severe first, then oldest.
   */
  public List<ReturnSummary> queue(Viewer viewer) {
    List<ReturnSummary> list =
        new ArrayList<>(returns(viewer).stream().filter(r -> r.openFlags() > 0).toList());
    list.sort(
        Comparator.comparingInt(ReturnSummary::severity)
            .reversed()
            .thenComparing(ReturnSummary::openedAt));
    return list;
  }

  public ReturnDetail detail(Viewer viewer, long returnId) {
    ReturnEntity r = returns.find(viewer, returnId);
    DirectPaymentAccountEntity a = store.account(r.getAccountId()).orElseThrow();
    Map<String, BigDecimal> declared = store.declaredSpending(returnId);
    List<UploadEntity> files = store.uploads(returnId);
    List<UploadView> uploads =
        files.stream()
            .map(
                u ->
                    new UploadView(
                        u.getId(),
                        u.getKind(),
                        u.getFileName(),
                        u.getOutcome(),
                        u.getMessage(),
                        u.getUploadedAt()))
            .toList();
    Map<Long, ReceiptRef> receipts = new LinkedHashMap<>();
    files.forEach(u -> receipts.put(u.getId(), new ReceiptRef(u.getId(), u.getFileName())));
    List<LineView> lines = store.lines(returnId).stream().map(l -> line(l, receipts)).toList();
    List<FlagView> flags =
        flagStore.ofReturn(returnId).stream()
            .map(
                f ->
                    new FlagView(
                        f.getId(),
                        f.getKind().name(),
                        f.getKind().title(),
                        f.getSeverity(),
                        f.getMessage(),
                        f.getStatus().name(),
                        f.getResolution(),
                        evidence(f, lines),
                        f.getEvidenceReceiptId() == null
                            ? null
                            : receipts.get(f.getEvidenceReceiptId())))
            .toList();
    List<ActionView> actions =
        caseActions.ofReturn(returnId).stream()
            .map(
                c ->
                    new ActionView(
                        c.getId(),
                        c.getKind().name(),
                        c.getActor(),
                        c.getActedAt(),
                        c.getReason(),
                        c.getAmount() == null ? null : c.getAmount().amount(),
                        c.getStatus().name(),
                        c.getResponse(),
                        c.getRespondedBy(),
                        List.copyOf(c.getFlagIds()),
                        c.getOutcome() == null ? null : c.getOutcome().name(),
                        c.getOverSurplusReason()))
            .toList();
    List<HistoryView> history =
        audit.forSubject("Return", String.valueOf(returnId)).stream()
            .map(
                e -> new HistoryView(e.getOccurredAt(), e.getActor(), e.getAction(), e.getReason()))
            .toList();
    return new ReturnDetail(
        summary(r, a),
        declared,
        pounds(r.getClosingBalance()),
        pounds(r.getSurplus()),
        uploads,
        flags,
        lines,
        actions,
        history);
  }

  /** The amount in pounds for the views (which show and send plain numbers), or null. */
  private static BigDecimal pounds(Money money) {
    return money == null ? null : money.amount();
  }

  /** The stored name of a state for the views, or null. */
  private static String name(Enum<?> value) {
    return value == null ? null : value.name();
  }

  private static LineView line(StatementLineEntity l, Map<Long, ReceiptRef> receipts) {
    return new LineView(
        l.getUploadId(),
        l.getLineNo(),
        l.getLineDate(),
        l.getDescription(),
        pounds(l.getAmount()),
        l.getCategory(),
        l.getReceiptUploadId() == null ? null : receipts.get(l.getReceiptUploadId()));
  }

  private static LineView evidence(FlagEntity f, List<LineView> lines) {
    if (f.getEvidenceUploadId() == null) {
      return null;
    }
    return lines.stream()
        .filter(l -> l.uploadId() == f.getEvidenceUploadId() && l.lineNo() == f.getEvidenceLineNo())
        .findFirst()
        .orElse(null);
  }

  /** An uploaded file's bytes for the case page, if the viewer may see its return. */
  public Optional<UploadEntity> upload(Viewer viewer, long uploadId) {
    UploadEntity u = store.upload(uploadId).orElse(null);
    if (u == null) {
      return Optional.empty();
    }
    returns.find(viewer, u.getReturnId());
    return Optional.of(u);
  }
}
