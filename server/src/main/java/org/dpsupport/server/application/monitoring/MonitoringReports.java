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
import org.dpsupport.kernel.SpreadsheetCells;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.RouteMoney;
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
      List<ReviewDue> reviewsDue,
      Map<String, Long> accountsByRoute,
      Map<String, Long> returnsByPeriod,
      Map<String, Long> workload,
      List<RouteMoney.Line> moneyByRoute) {}

  /**
   * What the report covers: returns whose period starts from {@code from} up to {@code to} (either
   * null for no limit), accounts on one route (null for every route).
   */
  public record Filter(LocalDate from, LocalDate to, String route) {
    public static Filter none() {
      return new Filter(null, null, null);
    }

    String returns() {
      return (from == null ? "" : " and r.periodStart >= :from")
          + (to == null ? "" : " and r.periodStart <= :to");
    }

    String routeClause() {
      return route == null
          ? ""
          : " and exists (select m from MonitoredAccountEntity m where m.accountId = a.id and"
              + " m.route = :route)";
    }

    <T> jakarta.persistence.TypedQuery<T> bind(
        jakarta.persistence.TypedQuery<T> q, boolean periods) {
      if (periods && from != null) {
        q.setParameter("from", from);
      }
      if (periods && to != null) {
        q.setParameter("to", to);
      }
      if (route != null) {
        q.setParameter("route", route);
      }
      return q;
    }
  }

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

  @Inject RouteMoney routeMoney;

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
    return summary(viewer, Filter.none());
  }

  public Summary summary(Viewer viewer, Filter filter) {
    String scope = scope(viewer) + filter.routeClause();
    String periods = filter.returns();
    Map<String, Long> byState = new LinkedHashMap<>();
    filter
        .bind(
            em.createQuery(
                "select r.state, count(r) from ReturnEntity r, DirectPaymentAccountEntity a where"
                    + " a.id = r.accountId"
                    + scope
                    + periods
                    + " group by r.state order by r.state",
                Object[].class),
            true)
        .getResultStream()
        .forEach(row -> byState.put((String) row[0], (Long) row[1]));
    Map<String, Long> byKind = new LinkedHashMap<>();
    filter
        .bind(
            em.createQuery(
                "select f.kind, count(f) from FlagEntity f, ReturnEntity r,"
                    + " DirectPaymentAccountEntity a where a.id = f.accountId and r.id = f.returnId"
                    + scope
                    + periods
                    + " group by f.kind order by f.kind",
                Object[].class),
            true)
        .getResultStream()
        .forEach(row -> byKind.put((String) row[0], (Long) row[1]));
    BigDecimal identified =
        filter
            .bind(
                em.createQuery(
                    "select coalesce(sum(r.surplus), 0) from ReturnEntity r,"
                        + " DirectPaymentAccountEntity a where a.id = r.accountId"
                        + scope
                        + periods,
                    BigDecimal.class),
                true)
            .getSingleResult();
    BigDecimal recovered =
        filter
            .bind(
                em.createQuery(
                    "select coalesce(sum(c.amount), 0) from CaseActionEntity c, ReturnEntity r,"
                        + " DirectPaymentAccountEntity a where a.id = c.accountId and r.id ="
                        + " c.returnId and ((c.kind = 'PROPOSE_SURPLUS_RECOVERY' and c.status ="
                        + " 'CONFIRMED') or (c.kind = 'CLOSE_CASE' and c.outcome = 'RECOVERY'))"
                        + scope
                        + periods,
                    BigDecimal.class),
                true)
            .getSingleResult();
    Map<String, BigDecimal> spending = new LinkedHashMap<>();
    filter
        .bind(
            em.createQuery(
                "select l.category, sum(l.amount) from StatementLineEntity l, UploadEntity u,"
                    + " ReturnEntity r, DirectPaymentAccountEntity a where u.id = l.uploadId and"
                    + " r.id = u.returnId and a.id = r.accountId and l.amount < 0 and l.category is"
                    + " not null"
                    + scope
                    + periods
                    + " group by l.category order by l.category",
                Object[].class),
            true)
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
        dueFrom(filter.bind(reviewsDue(scope), false).getResultList()),
        routes(scope, filter),
        byPeriod(scope, periods, filter),
        workload(scope, filter),
        routeMoney
            .byRoute(viewer.has(Role.ADMIN) ? null : viewer.councilId().orElseThrow())
            .stream()
            .filter(l -> filter.route() == null || filter.route().equals(l.route()))
            .toList());
  }

  private Map<String, Long> routes(String scope, Filter filter) {
    Map<String, Long> out = new LinkedHashMap<>();
    filter
        .bind(
            em.createQuery(
                "select m.route, count(m) from MonitoredAccountEntity m,"
                    + " DirectPaymentAccountEntity a where a.id = m.accountId"
                    + scope
                    + " group by m.route order by m.route",
                Object[].class),
            false)
        .getResultStream()
        .forEach(row -> out.put((String) row[0], (Long) row[1]));
    return out;
  }

  /** Returns by the month their period starts, oldest first. */
  private Map<String, Long> byPeriod(String scope, String periods, Filter filter) {
    Map<String, Long> out = new java.util.TreeMap<>();
    filter
        .bind(
            em.createQuery(
                "select r.periodStart, count(r) from ReturnEntity r, DirectPaymentAccountEntity a"
                    + " where a.id = r.accountId"
                    + scope
                    + periods
                    + " group by r.periodStart",
                Object[].class),
            true)
        .getResultStream()
        .forEach(
            row ->
                out.merge(
                    java.time.YearMonth.from((LocalDate) row[0]).toString(),
                    (Long) row[1],
                    Long::sum));
    return out;
  }

  /** Open cases, questions waiting for an answer, answers waiting for the officer. */
  private Map<String, Long> workload(String scope, Filter filter) {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put(
        "OPEN_CASES",
        filter
            .bind(
                em.createQuery(
                    "select count(distinct f.returnId) from FlagEntity f,"
                        + " DirectPaymentAccountEntity a where a.id = f.accountId and f.status ="
                        + " 'OPEN'"
                        + scope,
                    Long.class),
                false)
            .getSingleResult());
    for (String status : List.of("AWAITING_RESPONSE", "RESPONDED")) {
      out.put(
          status,
          filter
              .bind(
                  em.createQuery(
                      "select count(c) from CaseActionEntity c, DirectPaymentAccountEntity a"
                          + " where a.id = c.accountId and c.status = '"
                          + status
                          + "'"
                          + scope,
                      Long.class),
                  false)
              .getSingleResult());
    }
    return out;
  }

  /**
   * Reviews due: every review an event brought forward, and scheduled reviews due within the
   * council's review days (or already past), soonest first. Ended accounts are not reviewed.
   */
  private jakarta.persistence.TypedQuery<Object[]> reviewsDue(String scope) {
    LocalDate today = LocalDate.now(clock);
    Integer widest =
        em.createQuery("select max(p.eventReviewDays) from CouncilPolicyEntity p", Integer.class)
            .getSingleResult();
    return em.createQuery(
            "select m, a from MonitoredAccountEntity m, DirectPaymentAccountEntity a"
                + " where a.id = m.accountId and m.status <> 'ENDED' and (m.eventReviewDue is not"
                + " null or m.nextReview <= :limit)"
                + scope
                + " order by m.nextReview, a.reference",
            Object[].class)
        .setParameter("limit", today.plusDays(widest == null ? 0 : widest));
  }

  private List<ReviewDue> dueFrom(List<Object[]> rows) {
    LocalDate today = LocalDate.now(clock);
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
