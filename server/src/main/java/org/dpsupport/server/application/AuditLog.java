package org.dpsupport.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.logging.Logger;
import org.dpsupport.server.infrastructure.persistence.AuditEventEntity;
import org.dpsupport.server.infrastructure.persistence.AuditTrail;

/** Writes the audit trail: who, when, what and why. */
@ApplicationScoped
public class AuditLog {

  private static final Logger LOG = Logger.getLogger(AuditLog.class.getName());

  @Inject AuditTrail trail;

  @Inject Clock clock;

  /** Records an event inside the caller's transaction (or a new one). */
  @Transactional
  public void record(
      String actor, String action, String subjectType, Object subjectId, String reason) {
    trail.append(
        OffsetDateTime.now(clock),
        actor,
        action,
        subjectType,
        subjectId == null ? null : subjectId.toString(),
        reason);
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
    trail.append(
        OffsetDateTime.now(clock),
        actor,
        "ACCESS_REFUSED",
        subjectType,
        String.valueOf(subjectId),
        reason);
  }

  /** Every line of the trail about one record, oldest first. */
  public List<AuditEventEntity> forSubject(String subjectType, String subjectId) {
    return trail.forSubject(subjectType, subjectId);
  }
}
