package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dpsupport.payroll.interfaces.file.SpreadsheetCells;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Reports for the officer's council (an administrator sees every council): returns by state, flags
 * by kind, surplus identified and recovered, spending by category, reviews due, and a CSV of
 * returns.
 */
@ApplicationScoped
public class MonitoringReports {

  public record Summary(
      Map<String, Long> returnsByState,
      long due,
      long overdue,
      long acceptedAutomatically,
      long flagged,
      Map<String, Long> flagsByKind,
      BigDecimal surplusIdentified,
      BigDecimal surplusRecovered,
      Map<String, BigDecimal> spendingByCategory,
      List<ReviewDue> reviewsDue) {}

  /** An account whose review is due: when, why, and whether an event brought it forward. */
  public record ReviewDue(
      long accountId,
      String reference,
      String recipientName,
      LocalDate dueBy,
      String reason,
      boolean broughtForward,
      boolean overdue) {}

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject MonitoringViews views;

  @Inject MonitoringPolicies policies;

  @Inject Clock clock;

  private String scope(Viewer viewer) {
    if (viewer.has(Role.ADMIN)) {
      return "";
    }
    if (!viewer.has(Role.MONITORING_OFFICER) || viewer.councilId().isEmpty()) {
      throw new RecordAccessDeniedException("Reports are for monitoring officers.");
    }
    return " and a.councilId = " + viewer.councilId().get();
  }

  public Summary summary(Viewer viewer) {
    String scope = scope(viewer);
    Map<String, Long> byState = new LinkedHashMap<>();
    em.createQuery(
            "select r.state, count(r) from ReturnEntity r, DirectPaymentAccountEntity a where a.id = r.accountId"
                + scope
                + " group by r.state order by r.state",
            Object[].class)
        .getResultStream()
        .forEach(row -> byState.put((String) row[0], (Long) row[1]));
    Map<String, Long> byKind = new LinkedHashMap<>();
    em.createQuery(
            "select f.kind, count(f) from FlagEntity f, DirectPaymentAccountEntity a where a.id = f.accountId"
                + scope
                + " group by f.kind order by f.kind",
            Object[].class)
        .getResultStream()
        .forEach(row -> byKind.put((String) row[0], (Long) row[1]));
    BigDecimal identified =
        em.createQuery(
                "select coalesce(sum(r.surplus), 0) from ReturnEntity r,"
                    + " DirectPaymentAccountEntity a where a.id = r.accountId"
                    + scope,
                BigDecimal.class)
            .getSingleResult();
    BigDecimal recovered =
        em.createQuery(
                "select coalesce(sum(c.amount), 0) from CaseActionEntity c,"
                    + " DirectPaymentAccountEntity a where a.id = c.accountId and c.kind = 'PROPOSE_SURPLUS_RECOVERY'"
                    + " and c.status = 'CONFIRMED'"
                    + scope,
                BigDecimal.class)
            .getSingleResult();
    Map<String, BigDecimal> spending = new LinkedHashMap<>();
    em.createQuery(
            "select l.category, sum(l.amount) from StatementLineEntity l, UploadEntity u, ReturnEntity r,"
                + " DirectPaymentAccountEntity a where u.id = l.uploadId and r.id = u.returnId and a.id = r.accountId"
                + " and l.amount < 0 and l.category is not null"
                + scope
                + " group by l.category order by l.category",
            Object[].class)
        .getResultStream()
        .forEach(row -> spending.put((String) row[0], ((BigDecimal) row[1]).negate()));
    return new Summary(
        byState,
        byState.getOrDefault("OPEN", 0L),
        byState.getOrDefault("OVERDUE", 0L),
        byState.getOrDefault("ACCEPTED_AUTOMATICALLY", 0L),
        byState.getOrDefault("FLAGGED", 0L),
        byKind,
        identified,
        recovered,
        spending,
        reviewsDue(scope));
  }

  /**
   * Reviews due: every review an event brought forward, and scheduled reviews due within the
   * council's review days (or already past), soonest first. Ended accounts are not reviewed.
   */
  private List<ReviewDue> reviewsDue(String scope) {
    LocalDate today = LocalDate.now(clock);
    Integer widest =
        em.createQuery("select max(p.eventReviewDays) from CouncilPolicyEntity p", Integer.class)
            .getSingleResult();
    List<Object[]> rows =
        em.createQuery(
                "select m, a from MonitoredAccountEntity m, DirectPaymentAccountEntity a"
                    + " where a.id = m.accountId and m.status <> 'ENDED' and (m.eventReviewDue is not null or m.nextReview <= :limit)"
                    + scope
                    + " order by m.nextReview, a.reference",
                Object[].class)
            .setParameter("limit", today.plusDays(widest == null ? 0 : widest))
            .getResultList();
    Map<Long, Integer> daysByCouncil = new HashMap<>();
    List<ReviewDue> due = new ArrayList<>();
    for (Object[] row : rows) {
      MonitoredAccountEntity m = (MonitoredAccountEntity) row[0];
      DirectPaymentAccountEntity a = (DirectPaymentAccountEntity) row[1];
      int days =
          daysByCouncil.computeIfAbsent(
              a.getCouncilId(), c -> policies.reviews(c).eventReviewDays());
      boolean broughtForward = m.getNextReview().equals(m.getEventReviewDue());
      if (broughtForward || !m.getNextReview().isAfter(today.plusDays(days))) {
        due.add(
            new ReviewDue(
                a.getId(),
                a.getReference(),
                a.getRecipientName(),
                m.getNextReview(),
                AccountMonitoring.reviewReason(m, a.getStartDate()),
                broughtForward,
                m.getNextReview().isBefore(today)));
      }
    }
    return due;
  }

  /**
   * Every return the viewer may see as CSV (Commons CSV quotes; SpreadsheetCells defuses formulas).
   */
  public String returnsCsv(Viewer viewer) {
    scope(viewer);
    StringWriter out = new StringWriter();
    try (CSVPrinter csv =
        new CSVPrinter(
            out,
            CSVFormat.DEFAULT
                .builder()
                .setHeader(
                    "return_id",
                    "account",
                    "recipient",
                    "period_start",
                    "period_end",
                    "due_date",
                    "state",
                    "open_flags")
                .build())) {
      for (MonitoringViews.ReturnSummary r : views.returns(viewer)) {
        csv.printRecord(
            SpreadsheetCells.row(
                r.id(),
                r.reference(),
                r.recipientName(),
                r.periodStart(),
                r.periodEnd(),
                r.dueDate(),
                r.state(),
                r.openFlags()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
