package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.cases.CaseActionKind;
import org.dpsupport.monitoring.domain.model.cases.CaseActionStatus;
import org.dpsupport.monitoring.domain.model.cases.CaseOutcome;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagStatus;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;

/**
 * The monitoring reports' figures, each one query over a council's accounts (every council's for an
 * administrator): returns by state and by month, flags by kind, surplus identified and recovered,
 * spending by category, accounts by route, the officers' workload and reviews due.
 */
@ApplicationScoped
public class ReportStore {

  /**
   * What a report covers: one council's accounts (null: every council), returns whose period starts
   * from {@code from} up to {@code to} (null: no limit), accounts on one route (null: any).
   */
  public record Scope(Long councilId, LocalDate from, LocalDate to, String route) {

    String accounts() {
      return (councilId == null ? "" : " and a.councilId = :council")
          + (route == null
              ? ""
              : " and exists (select m from MonitoredAccountEntity m where m.accountId = a.id"
                  + " and m.route = :route)");
    }

    String periods() {
      return (from == null ? "" : " and r.periodStart >= :from")
          + (to == null ? "" : " and r.periodStart <= :to");
    }

    <T> TypedQuery<T> bind(TypedQuery<T> q, boolean periods) {
      if (councilId != null) {
        q.setParameter("council", councilId);
      }
      if (route != null) {
        q.setParameter("route", Route.valueOf(route));
      }
      if (periods && from != null) {
        q.setParameter("from", from);
      }
      if (periods && to != null) {
        q.setParameter("to", to);
      }
      return q;
    }
  }

  /** An account whose review may be due, with its monitoring. */
  public record ReviewCandidate(
      MonitoredAccountEntity monitored, DirectPaymentAccountEntity account) {}

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  private <T> TypedQuery<T> query(String jpql, Class<T> type, Scope scope, boolean periods) {
    return scope.bind(em.createQuery(jpql, type), periods);
  }

  private static <K> Map<K, Long> counts(List<Object[]> rows, Map<K, Long> into) {
    for (Object[] row : rows) {
      @SuppressWarnings("unchecked")
      K key = (K) (row[0] instanceof Enum<?> e ? e.name() : row[0]);
      into.merge(key, ((Number) row[1]).longValue(), Long::sum);
    }
    return into;
  }

  public Map<String, Long> returnsByState(Scope scope) {
    return counts(
        query(
                "select r.returnState, count(r) from ReturnEntity r, DirectPaymentAccountEntity a where"
                    + " a.id = r.accountId"
                    + scope.accounts()
                    + scope.periods()
                    + " group by r.returnState order by r.returnState",
                Object[].class,
                scope,
                true)
            .getResultList(),
        new LinkedHashMap<>());
  }

  public Map<String, Long> flagsByKind(Scope scope) {
    return counts(
        query(
                "select f.kind, count(f) from FlagEntity f, ReturnEntity r,"
                    + " DirectPaymentAccountEntity a where a.id = f.accountId and r.id = f.returnId"
                    + scope.accounts()
                    + scope.periods()
                    + " group by f.kind order by f.kind",
                Object[].class,
                scope,
                true)
            .getResultList(),
        new LinkedHashMap<>());
  }

  /** The surplus over contingency the returns found. */
  public BigDecimal surplusIdentified(Scope scope) {
    return Money.total(
            query(
                    "select r.surplus from ReturnEntity r, DirectPaymentAccountEntity a"
                        + " where a.id = r.accountId and r.surplus is not null"
                        + scope.accounts()
                        + scope.periods(),
                    Money.class,
                    scope,
                    true)
                .getResultList())
        .amount();
  }

  /** Recoveries confirmed, or decided on closing a case. */
  public Money surplusRecovered(Scope scope) {
    return Money.total(
        query(
                "select c.amount from CaseActionEntity c, ReturnEntity r,"
                    + " DirectPaymentAccountEntity a where a.id = c.accountId and r.id ="
                    + " c.returnId and c.amount is not null and ((c.kind = :propose and c.status"
                    + " = :confirmed) or (c.kind = :close and c.outcome = :recovery))"
                    + scope.accounts()
                    + scope.periods(),
                Money.class,
                scope,
                true)
            .setParameter("propose", CaseActionKind.PROPOSE_SURPLUS_RECOVERY)
            .setParameter("confirmed", CaseActionStatus.CONFIRMED)
            .setParameter("close", CaseActionKind.CLOSE_CASE)
            .setParameter("recovery", CaseOutcome.RECOVERY)
            .getResultList());
  }

  /** Money out of the returns' statements by category, as positive amounts. */
  public Map<String, BigDecimal> spendingByCategory(Scope scope) {
    Map<String, BigDecimal> spending = new LinkedHashMap<>();
    query(
            "select l.category, sum(l.amount) from StatementLineEntity l, UploadEntity u,"
                + " ReturnEntity r, DirectPaymentAccountEntity a where u.id = l.uploadId and"
                + " r.id = u.returnId and a.id = r.accountId and l.amount < :zero and l.category is"
                + " not null"
                + scope.accounts()
                + scope.periods()
                + " group by l.category order by l.category",
            Object[].class,
            scope,
            true)
        .setParameter("zero", Money.ZERO)
        .getResultStream()
        .forEach(row -> spending.put((String) row[0], pounds(row[1]).negate()));
    return spending;
  }

  public Map<String, Long> accountsByRoute(Scope scope) {
    return counts(
        query(
                "select m.route, count(m) from MonitoredAccountEntity m,"
                    + " DirectPaymentAccountEntity a where a.id = m.accountId"
                    + scope.accounts()
                    + " group by m.route order by m.route",
                Object[].class,
                scope,
                false)
            .getResultList(),
        new LinkedHashMap<>());
  }

  /**
   * A sum over a money column in pounds: EclipseLink may give it back through the column's
   * converter (as {@link Money}) or as the database's number.
   */
  static BigDecimal pounds(Object sum) {
    if (sum == null) {
      return BigDecimal.ZERO.setScale(2);
    }
    return sum instanceof Money m ? m.amount() : new BigDecimal(sum.toString());
  }

  /** Returns by the day their period starts, oldest first. */
  public Map<LocalDate, Long> returnsByPeriodStart(Scope scope) {
    return counts(
        query(
                "select r.periodStart, count(r) from ReturnEntity r, DirectPaymentAccountEntity a"
                    + " where a.id = r.accountId"
                    + scope.accounts()
                    + scope.periods()
                    + " group by r.periodStart",
                Object[].class,
                scope,
                true)
            .getResultList(),
        new TreeMap<>());
  }

  /** Returns with an open flag. */
  public long openCases(Scope scope) {
    return query(
            "select count(distinct f.returnId) from FlagEntity f,"
                + " DirectPaymentAccountEntity a where a.id = f.accountId and f.status = :open"
                + scope.accounts(),
            Long.class,
            scope,
            false)
        .setParameter("open", FlagStatus.OPEN)
        .getSingleResult();
  }

  /** The officers' actions in a status. */
  public long actions(Scope scope, CaseActionStatus status) {
    return query(
            "select count(c) from CaseActionEntity c, DirectPaymentAccountEntity a"
                + " where a.id = c.accountId and c.status = :status"
                + scope.accounts(),
            Long.class,
            scope,
            false)
        .setParameter("status", status)
        .getSingleResult();
  }

  /** The most days ahead any council looks for reviews. */
  public int widestEventReviewDays() {
    Integer widest =
        em.createQuery("select max(p.eventReviewDays) from CouncilPolicyEntity p", Integer.class)
            .getSingleResult();
    return widest == null ? 0 : widest;
  }

  /**
   * Accounts not ended whose review an event brought forward, or whose next review is on or before
   * {@code limit}, soonest first.
   */
  public List<ReviewCandidate> reviewCandidates(Scope scope, LocalDate limit) {
    return query(
            "select m, a from MonitoredAccountEntity m, DirectPaymentAccountEntity a"
                + " where a.id = m.accountId and m.status <> org.dpsupport.monitoring.domain.model.account.MonitoringStatus.ENDED and (m.eventReviewDue is not"
                + " null or m.nextReview <= :limit)"
                + scope.accounts()
                + " order by m.nextReview, a.reference",
            Object[].class,
            scope,
            false)
        .setParameter("limit", limit)
        .getResultStream()
        .map(
            row ->
                new ReviewCandidate(
                    (MonitoredAccountEntity) row[0], (DirectPaymentAccountEntity) row[1]))
        .toList();
  }
}
