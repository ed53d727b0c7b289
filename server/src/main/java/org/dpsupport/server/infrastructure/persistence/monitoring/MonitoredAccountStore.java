package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpsupport.server.infrastructure.persistence.CouncilEntity;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;

/**
 * Monitored accounts: one by id with its direct payment account, enrolment, the facts a rating
 * reads (open flags, referrals), and read as sets: every active account (for the daily payroll
 * sweep) and the accounts whose stored rating carries one of payroll's concerns (for the officer's
 * queue), in two queries whatever the caseload.
 */
@ApplicationScoped
public class MonitoredAccountStore {

  /** An account whose rating records a payroll concern, and since when its rating says so. */
  public record ConcernRow(
      long accountId,
      String reference,
      String recipientName,
      long councilId,
      String openConcerns,
      LocalDate ratedOn) {}

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** A council's cohort: its active accounts whose current period ends on the same day. */
  public record Cohort(long councilId, LocalDate periodEnd) {}

  public Optional<MonitoredAccountEntity> find(long accountId) {
    return Optional.ofNullable(em.find(MonitoredAccountEntity.class, accountId));
  }

  /** Starts monitoring an account on record. */
  public void add(MonitoredAccountEntity m) {
    em.persist(m);
  }

  /** A change of the account's rating, for its history. */
  public void addRiskHistory(RiskHistoryEntity h) {
    em.persist(h);
  }

  /** The direct payment account, monitored or not. */
  public Optional<DirectPaymentAccountEntity> account(long accountId) {
    return Optional.ofNullable(em.find(DirectPaymentAccountEntity.class, accountId));
  }

  /** The direct payment account on record with the council's reference. */
  public Optional<DirectPaymentAccountEntity> accountByReference(String reference) {
    return em.createQuery(
            "select a from DirectPaymentAccountEntity a where a.reference = :r",
            DirectPaymentAccountEntity.class)
        .setParameter("r", reference)
        .getResultStream()
        .findFirst();
  }

  /** Puts a new direct payment account on record; it has its id on return. */
  public DirectPaymentAccountEntity addAccount(DirectPaymentAccountEntity a) {
    em.persist(a);
    em.flush();
    return a;
  }

  public Optional<CouncilEntity> councilByCode(String code) {
    return em.createQuery("select c from CouncilEntity c where c.code = :code", CouncilEntity.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  public Optional<UserAccountEntity> userByUsername(String username) {
    return em.createNamedQuery("UserAccount.byUsername", UserAccountEntity.class)
        .setParameter("username", username)
        .getResultStream()
        .findFirst();
  }

  /** The username someone signs in with. */
  public String username(long userId) {
    return em.find(UserAccountEntity.class, userId).getUsername();
  }

  /** The cohorts of the active accounts: each council's distinct period ends. */
  public List<Cohort> activeCohorts() {
    return em.createQuery(
            "select distinct a.councilId, m.nextPeriodEnd from MonitoredAccountEntity m,"
                + " DirectPaymentAccountEntity a where a.id = m.accountId and m.status = org.dpsupport.monitoring.domain.model.account.MonitoringStatus.ACTIVE",
            Object[].class)
        .getResultStream()
        .map(c -> new Cohort(((Number) c[0]).longValue(), (LocalDate) c[1]))
        .toList();
  }

  /** The ids of every active monitored account, in order. */
  public List<Long> activeIds() {
    return em.createQuery(
            "select m.accountId from MonitoredAccountEntity m where m.status = org.dpsupport.monitoring.domain.model.account.MonitoringStatus.ACTIVE"
                + " order by m.accountId",
            Long.class)
        .getResultList();
  }

  /**
   * Active accounts (of one council, or all when null) whose stored open concerns include any of
   * the given kinds: the rating keeps them, so this is a scan of one table, not a call per account.
   */
  public List<ConcernRow> withConcerns(Long councilId, Collection<String> kinds) {
    if (kinds.isEmpty()) {
      return List.of();
    }
    StringBuilder where = new StringBuilder();
    int i = 0;
    for (String kind : kinds) {
      where.append(i == 0 ? "" : " or ").append("m.openConcerns like :k").append(i++);
    }
    var q =
        em.createQuery(
            "select a.id, a.reference, a.recipientName, a.councilId, m.openConcerns"
                + " from MonitoredAccountEntity m, DirectPaymentAccountEntity a"
                + " where a.id = m.accountId and m.status = org.dpsupport.monitoring.domain.model.account.MonitoringStatus.ACTIVE and ("
                + where
                + ")"
                + (councilId == null ? "" : " and a.councilId = :council"),
            Object[].class);
    i = 0;
    for (String kind : kinds) {
      q.setParameter("k" + i++, "%" + kind + "%");
    }
    if (councilId != null) {
      q.setParameter("council", councilId);
    }
    List<Object[]> rows = q.getResultList();
    if (rows.isEmpty()) {
      return List.of();
    }
    Map<Long, LocalDate> rated = new HashMap<>();
    em.createQuery(
            "select h.accountId, max(h.changedAt) from RiskHistoryEntity h"
                + " where h.accountId in :ids group by h.accountId",
            Object[].class)
        .setParameter("ids", rows.stream().map(r -> (Long) r[0]).toList())
        .getResultList()
        .forEach(r -> rated.put((Long) r[0], ((OffsetDateTime) r[1]).toLocalDate()));
    return rows.stream()
        .map(
            r ->
                new ConcernRow(
                    (Long) r[0],
                    (String) r[1],
                    (String) r[2],
                    (Long) r[3],
                    (String) r[4],
                    rated.get((Long) r[0])))
        .toList();
  }
}
