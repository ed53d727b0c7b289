package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagStatus;
import org.dpsupport.monitoring.domain.model.returns.ReturnState;

/**
 * A return's flags (table {@code mon_flag}): the ones an officer chose, the open ones, resolving
 * them with who, when and why, and the open counts the return lists show.
 */
@ApplicationScoped
public class FlagStore {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** How many flags of a return are open, and the most serious of them (0 when none). */
  public record OpenCount(int open, int maxSeverity) {
    public static final OpenCount NONE = new OpenCount(0, 0);
  }

  /** An open flag on a return, with the return and the account, for the officer's queue. */
  public record QueuedReturnFlag(
      long flagId,
      FlagKind kind,
      OffsetDateTime raisedAt,
      long returnId,
      LocalDate periodStart,
      LocalDate periodEndExcl,
      String state,
      LocalDate dueDate,
      BigDecimal surplus,
      long accountId,
      String reference,
      String recipientName,
      long councilId) {}

  /**
   * Every open flag on a return of the council's accounts (any council's when null), by account,
   * period and flag.
   */
  public List<QueuedReturnFlag> queued(Long councilId) {
    var q =
        em.createQuery(
            "select f.id, f.kind, f.raisedAt, r.id, r.periodStart, r.periodEndExcl, r.returnState,"
                + " r.dueDate, r.surplus, a.id, a.reference, a.recipientName, a.councilId"
                + " from FlagEntity f, ReturnEntity r, DirectPaymentAccountEntity a"
                + " where f.returnId = r.id and r.accountId = a.id and f.status = :open"
                + (councilId == null ? "" : " and a.councilId = :council")
                + " order by a.id, r.periodStart, f.id",
            Object[].class);
    q.setParameter("open", FlagStatus.OPEN);
    if (councilId != null) {
      q.setParameter("council", councilId);
    }
    return q.getResultList().stream()
        .map(
            f ->
                new QueuedReturnFlag(
                    (Long) f[0],
                    (FlagKind) f[1],
                    (OffsetDateTime) f[2],
                    (Long) f[3],
                    (LocalDate) f[4],
                    (LocalDate) f[5],
                    ((ReturnState) f[6]).name(),
                    (LocalDate) f[7],
                    f[8] == null ? null : ((Money) f[8]).amount(),
                    (Long) f[9],
                    (String) f[10],
                    (String) f[11],
                    (Long) f[12]))
        .toList();
  }

  /**
   * The amount (as a positive sum) of the statement line each open flag of the council's accounts
   * cites, by flag.
   */
  public Map<Long, BigDecimal> evidenceAmounts(Long councilId) {
    var q =
        em.createQuery(
            "select f.id, l.amount from FlagEntity f, StatementLineEntity l,"
                + " DirectPaymentAccountEntity a where f.status = :open and a.id = f.accountId"
                + " and l.uploadId = f.evidenceUploadId and l.lineNo = f.evidenceLineNo"
                + (councilId == null ? "" : " and a.councilId = :council"),
            Object[].class);
    q.setParameter("open", FlagStatus.OPEN);
    if (councilId != null) {
      q.setParameter("council", councilId);
    }
    Map<Long, BigDecimal> amounts = new LinkedHashMap<>();
    q.getResultList().forEach(row -> amounts.put((Long) row[0], ((Money) row[1]).abs().amount()));
    return amounts;
  }

  /** The return's flags with these ids, by id; fewer than asked when some are not the return's. */
  public List<FlagEntity> ofReturn(long returnId, Collection<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select f from FlagEntity f where f.returnId = :r and f.id in :ids order by f.id",
            FlagEntity.class)
        .setParameter("r", returnId)
        .setParameter("ids", List.copyOf(ids))
        .getResultList();
  }

  /** Every flag of the return, most serious first. */
  public List<FlagEntity> ofReturn(long returnId) {
    return em.createQuery(
            "select f from FlagEntity f where f.returnId = :r order by f.severity desc, f.id",
            FlagEntity.class)
        .setParameter("r", returnId)
        .getResultList();
  }

  /** The return's open flags. */
  public List<FlagEntity> open(long returnId) {
    return em.createQuery(
            "select f from FlagEntity f where f.returnId = :r and f.status = :open order by f.id",
            FlagEntity.class)
        .setParameter("r", returnId)
        .setParameter("open", FlagStatus.OPEN)
        .getResultList();
  }

  /** The return's open flags of one kind. */
  public List<FlagEntity> open(long returnId, FlagKind kind) {
    return em.createQuery(
            "select f from FlagEntity f where f.returnId = :r and f.status = :open"
                + " and f.kind = :kind order by f.id",
            FlagEntity.class)
        .setParameter("r", returnId)
        .setParameter("open", FlagStatus.OPEN)
        .setParameter("kind", kind)
        .getResultList();
  }

  /** The kinds of the account's open flags (a return's or a card's). */
  public java.util.Set<FlagKind> openKinds(long accountId) {
    java.util.Set<FlagKind> kinds = java.util.EnumSet.noneOf(FlagKind.class);
    em.createQuery(
            "select distinct f.kind from FlagEntity f where f.accountId = :a and f.status = :open",
            FlagKind.class)
        .setParameter("a", accountId)
        .setParameter("open", FlagStatus.OPEN)
        .getResultStream()
        .forEach(kinds::add);
    return kinds;
  }

  /** How many flags of the return are open. */
  public long countOpen(long returnId) {
    return em.createQuery(
            "select count(f) from FlagEntity f where f.returnId = :r and f.status = :open",
            Long.class)
        .setParameter("r", returnId)
        .setParameter("open", FlagStatus.OPEN)
        .getSingleResult();
  }

  /** The open flags of each of these returns, counted, with the most serious. */
  public Map<Long, OpenCount> openCounts(Collection<Long> returnIds) {
    Map<Long, OpenCount> counts = new LinkedHashMap<>();
    if (returnIds.isEmpty()) {
      return counts;
    }
    em.createQuery(
            "select f.returnId, count(f), max(f.severity) from FlagEntity f"
                + " where f.returnId in :r and f.status = :open group by f.returnId",
            Object[].class)
        .setParameter("r", List.copyOf(returnIds))
        .setParameter("open", FlagStatus.OPEN)
        .getResultList()
        .forEach(
            row ->
                counts.put(
                    (Long) row[0],
                    new OpenCount(
                        ((Number) row[1]).intValue(),
                        row[2] == null ? 0 : ((Number) row[2]).intValue())));
    return counts;
  }

  /** Resolves the flags with who, when and why. */
  public void resolve(List<FlagEntity> flags, String by, OffsetDateTime at, String resolution) {
    flags.forEach(
        f ->
            f.setStatus(FlagStatus.RESOLVED)
                .setResolvedAt(at)
                .setResolvedBy(by)
                .setResolution(resolution));
  }
}
