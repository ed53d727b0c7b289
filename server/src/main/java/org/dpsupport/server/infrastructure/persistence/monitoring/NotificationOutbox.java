package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;

/**
 * The e-mail outbox (mon_notification): a message is queued in the caller's transaction; the
 * sender's own transactions take a batch, record an outcome, and put back what a dead server took.
 */
@ApplicationScoped
public class NotificationOutbox {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject Clock clock;

  public record Taken(long id, String kind, String to, String subject, String body) {}

  /**
   * Stores a message as queued, in the caller's transaction; the Notifier sends it after commit.
   * Returns the message's id.
   */
  public long queue(
      Long accountId,
      Long returnId,
      String kind,
      String to,
      String subject,
      String body,
      OffsetDateTime at) {
    NotificationEntity n =
        new NotificationEntity()
            .setAccountId(accountId)
            .setReturnId(returnId)
            .setKind(kind)
            .setRecipient(to)
            .setSubject(subject)
            .setBody(body)
            .setStatus(NotificationStatus.QUEUED)
            .setCreatedAt(at);
    em.persist(n); // the id comes from the sequence now; the row is written at commit
    return n.getId();
  }

  /**
   * Up to {@code max} queued messages, oldest first, each taken by marking it SENDING only if it is
   * still QUEUED: of two servers taking the same message, one updates it and the other finds
   * nothing to update, so it is sent once.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Taken> take(int max) {
    List<Long> queued =
        em.createQuery(
                "select n.id from NotificationEntity n where n.status = :queued" + " order by n.id",
                Long.class)
            .setParameter("queued", NotificationStatus.QUEUED)
            .setMaxResults(max)
            .getResultList();
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Taken> taken = new ArrayList<>();
    for (long id : queued) {
      int won =
          em.createQuery(
                  "update NotificationEntity n set n.status = :sending, n.claimedAt = :now"
                      + " where n.id = :id and n.status = :queued")
              .setParameter("sending", NotificationStatus.SENDING)
              .setParameter("queued", NotificationStatus.QUEUED)
              .setParameter("now", now)
              .setParameter("id", id)
              .executeUpdate();
      if (won == 1) {
        NotificationEntity n = em.find(NotificationEntity.class, id);
        // a message queued before bodies were kept says what its subject says
        taken.add(
            new Taken(
                id,
                n.getKind(),
                n.getRecipient(),
                n.getSubject(),
                n.getBody() == null ? n.getSubject() : n.getBody()));
      }
    }
    return taken;
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(long id, NotificationStatus status, String detail) {
    NotificationEntity n = em.find(NotificationEntity.class, id);
    if (n != null) {
      n.setStatus(status).setDetail(detail);
    }
  }

  /**
   * A taken message goes back on the queue untried (the mail server was down, or the server is
   * stopping).
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void putBack(long id, String detail) {
    em.createQuery(
            "update NotificationEntity n set n.status = :queued, n.claimedAt = null,"
                + " n.detail = :detail where n.id = :id and n.status = :sending")
        .setParameter("queued", NotificationStatus.QUEUED)
        .setParameter("sending", NotificationStatus.SENDING)
        .setParameter("detail", detail)
        .setParameter("id", id)
        .executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public int requeueTakenBefore(OffsetDateTime before) {
    return em.createQuery(
            "update NotificationEntity n set n.status = :queued where n.status = :sending"
                + " and n.claimedAt < :before")
        .setParameter("queued", NotificationStatus.QUEUED)
        .setParameter("sending", NotificationStatus.SENDING)
        .setParameter("before", before)
        .executeUpdate();
  }
}
