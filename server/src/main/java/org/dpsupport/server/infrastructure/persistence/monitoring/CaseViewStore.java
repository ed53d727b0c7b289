package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpsupport.server.infrastructure.persistence.CouncilEntity;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;

/**
 * What the case pages and the returns lists read: an account's returns, the returns a viewer may
 * see with their accounts, and a return's declared spending, files and statement lines.
 */
@ApplicationScoped
public class CaseViewStore {

  /** Whose returns a viewer sees: everyone's, or by holder, council, agency. */
  public record Scope(
      boolean everyone,
      long userId,
      long councilId,
      boolean officer,
      long agencyId,
      boolean staff) {}

  /** A return with the account it is for. */
  public record ReturnOfAccount(ReturnEntity ret, DirectPaymentAccountEntity account) {}

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** Every council's name by id, in name order. */
  public Map<Long, String> councilNames() {
    Map<Long, String> names = new LinkedHashMap<>();
    em.createQuery("select c from CouncilEntity c order by c.name", CouncilEntity.class)
        .getResultStream()
        .forEach(c -> names.put(c.getId(), c.getName()));
    return names;
  }

  public Optional<DirectPaymentAccountEntity> account(long accountId) {
    return Optional.ofNullable(em.find(DirectPaymentAccountEntity.class, accountId));
  }

  /** The account's returns, newest period first. */
  public List<ReturnEntity> returnsOf(long accountId) {
    return em.createQuery(
            "select r from ReturnEntity r where r.accountId = :a order by r.periodStart desc",
            ReturnEntity.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  /** The returns the scope sees, newest period first, at most {@code max}. */
  public List<ReturnOfAccount> visibleReturns(Scope scope, int max) {
    String visible =
        scope.everyone()
            ? ""
            : " and (a.holderUserId = :user or a.nomineeUserId = :user"
                + " or (a.councilId = :council and :officer = true) or (a.agencyId = :agency and"
                + " :staff = true))";
    var q =
        em.createQuery(
            "select r, a from ReturnEntity r, DirectPaymentAccountEntity a where a.id = r.accountId"
                + visible
                + " order by r.periodStart desc, a.reference",
            Object[].class);
    if (!scope.everyone()) {
      q.setParameter("user", scope.userId())
          .setParameter("council", scope.councilId())
          .setParameter("officer", scope.officer())
          .setParameter("agency", scope.agencyId())
          .setParameter("staff", scope.staff());
    }
    return q.setMaxResults(max)
        .getResultStream()
        .map(row -> new ReturnOfAccount((ReturnEntity) row[0], (DirectPaymentAccountEntity) row[1]))
        .toList();
  }

  /** What the budget holder declared spending by category. */
  public Map<String, BigDecimal> declaredSpending(long returnId) {
    Map<String, BigDecimal> declared = new LinkedHashMap<>();
    em.createQuery(
            "select s from ReturnSpendingEntity s where s.returnId = :r order by s.category",
            ReturnSpendingEntity.class)
        .setParameter("r", returnId)
        .getResultStream()
        .forEach(
            s -> declared.put(s.getCategory(), s.amount() == null ? null : s.amount().amount()));
    return declared;
  }

  /** The return's files, in the order they came. */
  public List<UploadEntity> uploads(long returnId) {
    return em.createQuery(
            "select u from UploadEntity u where u.returnId = :r order by u.id", UploadEntity.class)
        .setParameter("r", returnId)
        .getResultList();
  }

  /** The lines of the return's statements, by date. */
  public List<StatementLineEntity> lines(long returnId) {
    return em.createQuery(
            "select l from StatementLineEntity l, UploadEntity u where u.id = l.uploadId"
                + " and u.returnId = :r order by l.lineDate, l.uploadId, l.lineNo",
            StatementLineEntity.class)
        .setParameter("r", returnId)
        .getResultList();
  }

  public Optional<UploadEntity> upload(long uploadId) {
    return Optional.ofNullable(em.find(UploadEntity.class, uploadId));
  }
}
