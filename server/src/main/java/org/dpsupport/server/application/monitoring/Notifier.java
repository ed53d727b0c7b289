package org.dpsupport.server.application.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.logging.Logger;
import org.dpsupport.server.infrastructure.persistence.monitoring.NotificationEntity;

/**
 * E-mails budget holders about their returns through the server's mail session (SMTP host and
 * port are server variables). Each message is recorded in the caller's transaction as QUEUED and
 * sent only once that transaction has committed, on a managed thread, so SMTP never holds a
 * database lock or a Quartz worker, and nothing is e-mailed about a change that was rolled back.
 * The outcome (SENT or FAILED, with the reason) is then recorded; a failure never undoes the
 * change it reports.
 */
@ApplicationScoped
public class Notifier {

    private static final Logger LOG = Logger.getLogger(Notifier.class.getName());

    @Resource(lookup = "mail/dps")
    Session mail;

    @PersistenceContext(unitName = "dps")
    EntityManager em;

    @Inject
    Clock clock;

    @Resource
    TransactionSynchronizationRegistry transactions;

    @Resource
    ManagedExecutorService executor;

    @Inject
    Delivery delivery;

    /** Records the message in the caller's transaction; it is sent after that transaction commits. */
    public void send(long accountId, Long returnId, String kind, String to, String subject, String body) {
        NotificationEntity n = new NotificationEntity().setAccountId(accountId).setReturnId(returnId).setKind(kind)
                .setRecipient(to).setSubject(subject).setStatus("QUEUED").setCreatedAt(OffsetDateTime.now(clock));
        em.persist(n);
        em.flush();
        long id = n.getId();
        transactions.registerInterposedSynchronization(new Synchronization() {
            @Override
            public void beforeCompletion() {
                // nothing to do before the commit
            }

            @Override
            public void afterCompletion(int status) {
                if (status == Status.STATUS_COMMITTED) {
                    executor.execute(() -> deliver(id, kind, to, subject, body));
                }
            }
        });
    }

    private void deliver(long id, String kind, String to, String subject, String body) {
        String status = "SENT";
        String detail = null;
        try {
            MimeMessage message = new MimeMessage(mail);
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
            message.setSubject(subject, "UTF-8");
            message.setText(body, "UTF-8");
            Transport.send(message);
        } catch (MessagingException | RuntimeException e) {
            status = "FAILED";
            detail = e.getMessage();
            LOG.warning(() -> "Could not e-mail " + to + " about " + kind + ": " + e);
        }
        delivery.record(id, status, detail == null ? null : truncate(detail));
    }

    private static String truncate(String s) {
        return s.length() > 1900 ? s.substring(0, 1900) : s;
    }

    /** Records how a queued message went, in its own transaction. */
    @ApplicationScoped
    public static class Delivery {

        @PersistenceContext(unitName = "dps")
        EntityManager em;

        @Transactional(Transactional.TxType.REQUIRES_NEW)
        public void record(long id, String status, String detail) {
            NotificationEntity n = em.find(NotificationEntity.class, id);
            if (n != null) {
                n.setStatus(status).setDetail(detail);
            }
        }
    }
}
