package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseActionEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.FlagEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReturnEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReturnSpendingEntity;
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

  @PersistenceContext(unitName = "dps")
  EntityManager em;

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
        m == null ? null : m.getAnnualBudget(),
        totals[0],
        totals[1] == null ? null : totals[1].negate(),
        latest.map(ReturnEntity::getClosingBalance).orElse(null),
        latest.map(r -> r.getPeriodEndExcl().minusDays(1)).orElse(null));
  }

  public AccountView account(Viewer viewer, long accountId) {
    DirectPaymentAccountEntity a = accounts.account(viewer, accountId);
    MonitoredAccountEntity m = accounts.monitored(accountId);
    List<ReturnSummary> list =
        em.createQuery(
                "select r from ReturnEntity r where r.accountId = :a order by r.periodStart desc",
                ReturnEntity.class)
            .setParameter("a", accountId)
            .getResultStream()
            .map(r -> summary(r, a))
            .toList();
    Instant next = accounts.nextReturnOpensAt(m).orElse(null);
    return new AccountView(
        a.getId(),
        a.getReference(),
        a.getRecipientName(),
        a.getStartDate(),
        m.getRoute(),
        m.getAnnualBudget(),
        m.getFrequency(),
        m.getRiskReasons(),
        m.getStatus(),
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
    List<FlagEntity> open =
        em.createQuery(
                "select f from FlagEntity f where f.returnId = :r and f.status = 'OPEN'",
                FlagEntity.class)
            .setParameter("r", r.getId())
            .getResultList();
    return new ReturnSummary(
        r.getId(),
        a.getId(),
        a.getReference(),
        a.getRecipientName(),
        r.getPeriodStart(),
        r.getPeriodEndExcl().minusDays(1),
        ReturnService.period(r).describe(),
        r.getDueDate(),
        r.getState(),
        open.size(),
        open.stream().mapToInt(FlagEntity::getSeverity).max().orElse(0),
        r.getOpenedAt());
  }

  /** Every return the viewer may see, newest period first (at most 500). */
  public List<ReturnSummary> returns(Viewer viewer) {
    String visible =
        viewer.has(Role.ADMIN)
            ? ""
            : " and (a.holderUserId = :user or a.nomineeUserId = :user"
                + " or (a.councilId = :council and :officer = true) or (a.agencyId = :agency and :staff = true))";
    var q =
        em.createQuery(
            "select r, a from ReturnEntity r, DirectPaymentAccountEntity a where a.id = r.accountId"
                + visible
                + " order by r.periodStart desc, a.reference",
            Object[].class);
    if (!viewer.has(Role.ADMIN)) {
      q.setParameter("user", viewer.has(Role.BUDGET_HOLDER) ? viewer.userId() : -1L)
          .setParameter("council", viewer.councilId().orElse(-1L))
          .setParameter("officer", viewer.has(Role.MONITORING_OFFICER))
          .setParameter("agency", viewer.agencyId().orElse(-1L))
          .setParameter("staff", viewer.has(Role.PAYROLL_STAFF));
    }
    return q.setMaxResults(500)
        .getResultStream()
        .map(row -> summary((ReturnEntity) row[0], (DirectPaymentAccountEntity) row[1]))
        .toList();
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
    DirectPaymentAccountEntity a = em.find(DirectPaymentAccountEntity.class, r.getAccountId());
    Map<String, BigDecimal> declared = new LinkedHashMap<>();
    em.createQuery(
            "select s from ReturnSpendingEntity s where s.returnId = :r order by s.category",
            ReturnSpendingEntity.class)
        .setParameter("r", returnId)
        .getResultStream()
        .forEach(s -> declared.put(s.getCategory(), s.getAmount()));
    List<UploadEntity> files =
        em.createQuery(
                "select u from UploadEntity u where u.returnId = :r order by u.id",
                UploadEntity.class)
            .setParameter("r", returnId)
            .getResultList();
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
    List<LineView> lines =
        em.createQuery(
                "select l from StatementLineEntity l, UploadEntity u where u.id = l.uploadId"
                    + " and u.returnId = :r order by l.lineDate, l.uploadId, l.lineNo",
                StatementLineEntity.class)
            .setParameter("r", returnId)
            .getResultStream()
            .map(l -> line(l, receipts))
            .toList();
    List<FlagView> flags =
        em.createQuery(
                "select f from FlagEntity f where f.returnId = :r order by f.severity desc, f.id",
                FlagEntity.class)
            .setParameter("r", returnId)
            .getResultStream()
            .map(
                f ->
                    new FlagView(
                        f.getId(),
                        f.getKind(),
                        FlagKind.valueOf(f.getKind()).title(),
                        f.getSeverity(),
                        f.getMessage(),
                        f.getStatus(),
                        f.getResolution(),
                        evidence(f, lines),
                        f.getEvidenceReceiptId() == null
                            ? null
                            : receipts.get(f.getEvidenceReceiptId())))
            .toList();
    List<ActionView> actions =
        em.createQuery(
                "select c from CaseActionEntity c where c.returnId = :r order by c.actedAt, c.id",
                CaseActionEntity.class)
            .setParameter("r", returnId)
            .getResultStream()
            .map(
                c ->
                    new ActionView(
                        c.getId(),
                        c.getKind(),
                        c.getActor(),
                        c.getActedAt(),
                        c.getReason(),
                        c.getAmount(),
                        c.getStatus(),
                        c.getResponse(),
                        c.getRespondedBy(),
                        List.copyOf(c.getFlagIds()),
                        c.getOutcome(),
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
        r.getClosingBalance(),
        r.getSurplus(),
        uploads,
        flags,
        lines,
        actions,
        history);
  }

  private static LineView line(StatementLineEntity l, Map<Long, ReceiptRef> receipts) {
    return new LineView(
        l.getUploadId(),
        l.getLineNo(),
        l.getLineDate(),
        l.getDescription(),
        l.getAmount(),
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
    UploadEntity u = em.find(UploadEntity.class, uploadId);
    if (u == null) {
      return Optional.empty();
    }
    returns.find(viewer, u.getReturnId());
    return Optional.of(u);
  }
}
