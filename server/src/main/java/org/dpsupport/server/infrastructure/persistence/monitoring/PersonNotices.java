package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.OffsetDateTime;

/**
 * Queues an e-mail about a person's sign-in rather than a direct payment (no account) in the
 * notification outbox, in the caller's transaction; the application's Notifier sends it after
 * commit.
 */
@ApplicationScoped
public class PersonNotices {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  public void queue(String kind, String to, String subject, String body, OffsetDateTime at) {
    em.persist(
        new NotificationEntity()
            .setKind(kind)
            .setRecipient(to)
            .setSubject(subject)
            .setBody(body)
            .setStatus(NotificationStatus.QUEUED)
            .setCreatedAt(at));
  }
}
