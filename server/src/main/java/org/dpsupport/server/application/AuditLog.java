package org.dpsupport.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.dpsupport.server.infrastructure.persistence.AuditEventEntity;

/** Writes the audit trail: who, when, what and why. */
@ApplicationScoped
public class AuditLog {

  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject Clock clock;

  /** Records an event inside the caller's transaction (or a new one). */
  @Transactional
  public void record(
      String actor, String action, String subjectType, Object subjectId, String reason) {
    em.persist(
        new AuditEventEntity(
            OffsetDateTime.now(clock),
            actor,
            action,
            subjectType,
            subjectId == null ? null : subjectId.toString(),
            reason));
  }

  /**
   * Records a refused access in its own transaction, so the record survives even though the request
   * that caused it fails.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void recordRefusal(String actor, String subjectType, Object subjectId, String reason) {
    LOG.warning(
        () ->
            "Access refused: "
                + actor
                + " asked for "
                + subjectType
                + " "
                + subjectId
                + ": "
                + reason);
    em.persist(
        new AuditEventEntity(
            OffsetDateTime.now(clock),
            actor,
            "ACCESS_REFUSED",
            subjectType,
            String.valueOf(subjectId),
            reason));
  }

  public List<AuditEventEntity> forSubject(String subjectType, String subjectId) {
    return em.createQuery(
            "select e from AuditEventEntity e where e.subjectType = :t and e.subjectId = :id"
                + " order by e.occurredAt, e.id",
            AuditEventEntity.class)
        .setParameter("t", subjectType)
        .setParameter("id", subjectId)
        .getResultList();
  }
}
