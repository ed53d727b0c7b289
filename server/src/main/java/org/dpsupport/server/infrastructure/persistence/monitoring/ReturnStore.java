package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagStatus;
import org.dpsupport.monitoring.domain.model.returns.ReturnState;

/**
 * Returns: found by id or state, their declared spending, the flags reconciliation raises on them,
 * how many went badly, and opening the due ones set-based ({@link DueReturnsSql}) for one account
 * or a whole council, a chunk of accounts per transaction.
 */
@ApplicationScoped
public class ReturnStore {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  @Inject Clock clock;

  @Inject DueReturnChunks chunks;

  public Optional<ReturnEntity> find(long returnId) {
    return Optional.ofNullable(em.find(ReturnEntity.class, returnId));
  }

  /** Every return in the state, in no particular order. */
  public List<ReturnEntity> inState(ReturnState state) {
    return em.createQuery(
            "select r from ReturnEntity r where r.returnState = :s", ReturnEntity.class)
        .setParameter("s", state)
        .getResultList();
  }

  /** The spending the budget holder declared on the return, by category. */
  public Map<String, Money> spending(long returnId) {
    Map<String, Money> declared = new LinkedHashMap<>();
    em.createQuery(
            "select s from ReturnSpendingEntity s where s.returnId = :r",
            ReturnSpendingEntity.class)
        .setParameter("r", returnId)
        .getResultStream()
        .forEach(s -> declared.put(s.getCategory(), s.amount()));
    return declared;
  }

  /** Replaces the declared spending of the return with the given amounts. */
  public void replaceSpending(long returnId, Map<String, Money> spending) {
    em.createQuery("delete from ReturnSpendingEntity s where s.returnId = :r")
        .setParameter("r", returnId)
        .executeUpdate();
    spending.forEach(
        (category, amount) -> em.persist(new ReturnSpendingEntity(returnId, category, amount)));
  }

  /** Records a flag raised on the account (and the return, if any), open from now. */
  public void raise(long accountId, Long returnId, Flag flag, OffsetDateTime at) {
    FlagEntity f =
        new FlagEntity()
            .setAccountId(accountId)
            .setReturnId(returnId)
            .setKind(flag.kind())
            .setSeverity(flag.kind().severity())
            .setMessage(flag.message())
            .setStatus(FlagStatus.OPEN)
            .setRaisedAt(at);
    flag.evidence()
        .ifPresent(
            e ->
                f.setEvidenceUploadId(Long.parseLong(e.statementId()))
                    .setEvidenceLineNo(e.lineNumber()));
    flag.receiptId().ifPresent(id -> f.setEvidenceReceiptId(Long.parseLong(id)));
    em.persist(f);
  }

  /**
   * The account's returns for periods starting on or after the date that went badly: late (went
   * overdue), or incomplete or unreliable (statements missing or not adding up).
   */
  public int poorReturns(long accountId, LocalDate since) {
    return em.createQuery(
            "select count(distinct r.id) from ReturnEntity r where r.accountId = :a"
                + " and r.periodStart >= :since and (r.overdueAt is not null or exists (select f"
                + " from FlagEntity f where f.returnId = r.id and f.kind in :poor))",
            Long.class)
        .setParameter("a", accountId)
        .setParameter("since", since)
        .setParameter(
            "poor",
            List.of(FlagKind.STATEMENTS_DO_NOT_COVER_PERIOD, FlagKind.BALANCES_DO_NOT_VERIFY))
        .getSingleResult()
        .intValue();
  }

  /**
   * Opens the return of every ended period of the account that has none yet, in this transaction
   * (what it has changed is flushed first, and the monitored account read again after).
   */
  public void openDue(long accountId, LocalDate today) {
    em.flush(); // the JDBC below reads what this transaction has changed
    try (Connection c = dataSource.getConnection()) {
      new DueReturnsSql(clock).open(c, List.of(accountId), today);
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not open the returns of account " + accountId + ": " + e.getMessage(), e);
    }
    MonitoredAccountEntity m = em.find(MonitoredAccountEntity.class, accountId);
    if (m != null) {
      em.refresh(m);
    }
  }

  /**
   * Opens every due return of the council, a chunk of accounts per transaction; {@code inEachChunk}
   * runs in each chunk's transaction after its work (to queue what goes once it commits).
   */
  public DueReturnsSql.Opened openDueOfCouncil(long councilId, Runnable inEachChunk) {
    return new DueReturnsSql(clock)
        .openCouncil(
            new DueReturnsSql.Transactions() {
              @Override
              public <T> T inNewTransaction(DueReturnsSql.Work<T> work) {
                return chunks.inNewTransaction(work, inEachChunk);
              }
            },
            councilId);
  }
}
