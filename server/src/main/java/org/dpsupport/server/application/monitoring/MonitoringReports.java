package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dpsupport.kernel.SpreadsheetCells;
import org.dpsupport.monitoring.domain.model.cases.CaseActionStatus;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReportStore;
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

    ReportStore.Scope scope(Long councilId) {
      return new ReportStore.Scope(councilId, from, to, route);
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

  @Inject ReportStore store;

  @Inject MonitoringViews views;

  @Inject MonitoringPolicies policies;

  @Inject Clock clock;

  @Inject RouteMoney routeMoney;

  /** The council the viewer's reports cover (null: every council, for an administrator). */
  private Long council(Viewer viewer) {
    if (viewer.has(Role.ADMIN)) {
      return null;
    }
    if (!viewer.has(Role.MONITORING_OFFICER) || viewer.councilId().isEmpty()) {
      throw new RecordAccessDeniedException("Reports are for monitoring officers.");
    }
    return viewer.councilId().get();
  }

  public Summary summary(Viewer viewer) {
    return summary(viewer, Filter.none());
  }

  public Summary summary(Viewer viewer, Filter filter) {
    Long council = council(viewer);
    ReportStore.Scope scope = filter.scope(council);
    Map<String, Long> byState = store.returnsByState(scope);
    return new Summary(
        byState,
        byState.getOrDefault("OPEN", 0L),
        byState.getOrDefault("OVERDUE", 0L),
        byState.getOrDefault("ACCEPTED_AUTOMATICALLY", 0L),
        byState.getOrDefault("FLAGGED", 0L),
        store.flagsByKind(scope),
        store.surplusIdentified(scope),
        store.surplusRecovered(scope).amount(),
        store.spendingByCategory(scope),
        reviewsDue(scope),
        store.accountsByRoute(scope),
        byMonth(store.returnsByPeriodStart(scope)),
        workload(scope),
        routeMoney.byRoute(council).stream()
            .filter(l -> filter.route() == null || filter.route().equals(l.route()))
            .toList());
  }

  /** Returns by the month their period starts, oldest first. */
  private static Map<String, Long> byMonth(Map<LocalDate, Long> byStart) {
    Map<String, Long> out = new java.util.TreeMap<>();
    byStart.forEach((start, n) -> out.merge(YearMonth.from(start).toString(), n, Long::sum));
    return out;
  }

  /** Open cases, questions waiting for an answer, answers waiting for the officer. */
  private Map<String, Long> workload(ReportStore.Scope scope) {
    Map<String, Long> out = new LinkedHashMap<>();
    out.put("OPEN_CASES", store.openCases(scope));
    for (CaseActionStatus status :
        List.of(CaseActionStatus.AWAITING_RESPONSE, CaseActionStatus.RESPONDED)) {
      out.put(status.name(), store.actions(scope, status));
    }
    return out;
  }

  /**
   * Reviews due: every review an event brought forward, and scheduled reviews due within the
   * council's review days (or already past), soonest first. Ended accounts are not reviewed.
   */
  private List<ReviewDue> reviewsDue(ReportStore.Scope scope) {
    LocalDate today = LocalDate.now(clock);
    Map<Long, Integer> daysByCouncil = new HashMap<>();
    List<ReviewDue> due = new ArrayList<>();
    for (ReportStore.ReviewCandidate c :
        store.reviewCandidates(
            new ReportStore.Scope(scope.councilId(), null, null, scope.route()),
            today.plusDays(store.widestEventReviewDays()))) {
      MonitoredAccountEntity m = c.monitored();
      DirectPaymentAccountEntity a = c.account();
      int days =
          daysByCouncil.computeIfAbsent(
              a.getCouncilId(), id -> policies.reviews(id).eventReviewDays());
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
    council(viewer);
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
