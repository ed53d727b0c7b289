package org.dpsupport.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;
import java.util.List;

/**
 * The audit trail's rows: appended inside the caller's transaction, read back per record. Lines are
 * never changed or removed.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** Adds one line to the trail. */
  public void append(
      OffsetDateTime occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String reason) {
    em.persist(new AuditEventEntity(occurredAt, actor, action, subjectType, subjectId, reason));
  }

  /** Every line about one record, oldest first. */
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
