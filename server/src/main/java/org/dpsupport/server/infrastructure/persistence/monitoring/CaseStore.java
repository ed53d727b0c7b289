package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.dpsupport.monitoring.domain.model.cases.CaseActionKind;
import org.dpsupport.monitoring.domain.model.cases.CaseActionStatus;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;

/**
 * The officer's actions on cases (table {@code mon_case_action}, with the flags each answers) and
 * what an officer's decision teaches the council's payee rules.
 */
@ApplicationScoped
public class CaseStore {

  private static final List<CaseActionStatus> PENDING =
      List.of(CaseActionStatus.AWAITING_RESPONSE, CaseActionStatus.RESPONDED);

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** An officer's action on an account, for the queue: who acted, what, and where it stands. */
  public record Acted(long accountId, String actor, CaseActionKind kind, CaseActionStatus status) {}

  /** Records the action; its id is set on return. */
  public CaseActionEntity record(CaseActionEntity action) {
    em.persist(action);
    em.flush();
    return action;
  }

  public Optional<CaseActionEntity> find(long actionId) {
    return Optional.ofNullable(em.find(CaseActionEntity.class, actionId));
  }

  /** The return's actions, oldest first. */
  public List<CaseActionEntity> ofReturn(long returnId) {
    return em.createQuery(
            "select c from CaseActionEntity c where c.returnId = :r order by c.actedAt, c.id",
            CaseActionEntity.class)
        .setParameter("r", returnId)
        .getResultList();
  }

  /** The latest proposed surplus recovery on the return still waiting for the officer. */
  public Optional<CaseActionEntity> pendingProposal(long returnId) {
    return em.createQuery(
            "select c from CaseActionEntity c where c.returnId = :r and c.kind = :kind"
                + " and c.status in :pending order by c.actedAt desc, c.id desc",
            CaseActionEntity.class)
        .setParameter("r", returnId)
        .setParameter("kind", CaseActionKind.PROPOSE_SURPLUS_RECOVERY)
        .setParameter("pending", PENDING)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** Whether a safeguarding referral on the account is still open. */
  public boolean safeguardingOpen(long accountId) {
    return em.createQuery(
                "select count(c) from CaseActionEntity c where c.accountId = :a"
                    + " and c.kind = :referral and c.status = :open",
                Long.class)
            .setParameter("a", accountId)
            .setParameter("referral", CaseActionKind.REFER_SAFEGUARDING)
            .setParameter("open", CaseActionStatus.OPEN)
            .getSingleResult()
        > 0;
  }

  /** Closing a case ends the questions and proposals still waiting on it. */
  public int closePending(long returnId) {
    return em.createQuery(
            "update CaseActionEntity c set c.status = :closed where c.returnId = :r"
                + " and c.status in :pending")
        .setParameter("closed", CaseActionStatus.CLOSED)
        .setParameter("r", returnId)
        .setParameter("pending", PENDING)
        .executeUpdate();
  }

  /** Every action on the council's accounts (any council's when null), oldest first. */
  public List<Acted> acted(Long councilId) {
    var q =
        em.createQuery(
            "select c.accountId, c.actor, c.kind, c.status from CaseActionEntity c,"
                + " DirectPaymentAccountEntity a where a.id = c.accountId"
                + (councilId == null ? "" : " and a.councilId = :council")
                + " order by c.actedAt, c.id",
            Object[].class);
    if (councilId != null) {
      q.setParameter("council", councilId);
    }
    return q.getResultList().stream()
        .map(
            r ->
                new Acted(
                    (Long) r[0], (String) r[1], (CaseActionKind) r[2], (CaseActionStatus) r[3]))
        .toList();
  }

  /**
   * The officer says what the payee of a statement line is for: the council's rule for that payee
   * is replaced, and the line takes the category. Returns the payee.
   */
  public String learnPayee(
      long councilId, long uploadId, int lineNo, String category, String by, OffsetDateTime at) {
    StatementLineEntity line =
        em.createQuery(
                "select l from StatementLineEntity l where l.uploadId = :u and l.lineNo = :n",
                StatementLineEntity.class)
            .setParameter("u", uploadId)
            .setParameter("n", lineNo)
            .getSingleResult();
    String payee = PayeeRules.payeeOf(line.getDescription());
    em.createQuery("delete from PayeeRuleEntity p where p.councilId = :c and p.payee = :p")
        .setParameter("c", councilId)
        .setParameter("p", payee)
        .executeUpdate();
    em.persist(
        new PayeeRuleEntity()
            .setCouncilId(councilId)
            .setPayee(payee)
            .setCategory(category)
            .setDecidedBy(by)
            .setDecidedAt(at));
    line.setCategory(category).setSource(LineCategory.Source.PAYEE_RULE);
    return payee;
  }
}
