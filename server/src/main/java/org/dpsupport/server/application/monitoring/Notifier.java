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
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.dpsupport.server.application.AfterCommit;
import org.dpsupport.server.infrastructure.persistence.monitoring.NotificationOutbox;
import org.dpsupport.server.infrastructure.persistence.monitoring.NotificationStatus;

/**
 * E-mails budget holders about their returns through the server's mail session (SMTP host and port
 * are server variables), as an outbox: each message is stored whole in the caller's transaction as
 * QUEUED, and the queue is sent after that transaction commits, on a managed thread, so SMTP never
 * holds a database lock or a Quartz worker, nothing is e-mailed about a change that was rolled
 * back, and a message queued before a crash is still sent after it. A server takes a batch of
 * queued messages under a row lock (marked SENDING), so two servers never send the same one; the
 * outcome (SENT or FAILED, with the reason) is then recorded, and a failure never undoes the change
 * it reports.
 */
@ApplicationScoped
public class Notifier {

  private static final Logger LOG = Logger.getLogger(Notifier.class.getName());
  static final int BATCH = 50;

  /**
   * A message taken for sending this long ago by a server that never finished it is queued again.
   */
  static final Duration STALE = Duration.ofMinutes(30);

  @Resource(lookup = "mail/dps")
  Session mail;

  @Inject Clock clock;

  @Inject AfterCommit afterCommit;

  @Resource ManagedExecutorService executor;

  @Inject NotificationOutbox outbox;

  private final AtomicBoolean draining = new AtomicBoolean();
  private final AtomicBoolean pending = new AtomicBoolean();
  private volatile boolean stopping;

  /**
   * The application is stopping: the sender finishes the message in hand and leaves the rest
   * queued.
   */
  void onStop(
      @jakarta.enterprise.event.Observes
          @jakarta.enterprise.context.BeforeDestroyed(ApplicationScoped.class)
          Object ignored) {
    stopping = true;
  }

  /**
   * Queues the message in the caller's transaction; it is sent after that transaction commits.
   * Returns the outbox message's id.
   */
  public long send(
      long accountId, Long returnId, String kind, String to, String subject, String body) {
    long id = outbox.queue(accountId, returnId, kind, to, subject, body, OffsetDateTime.now(clock));
    sendQueuedAfterCommit();
    return id;
  }

  /** Sends the queue once the caller's transaction has committed (at once when there is none). */
  public void sendQueuedAfterCommit() {
    afterCommit.run(this::sendQueued);
  }

  /** Sends every queued message on a managed thread; one sender per server at a time. */
  public void sendQueued() {
    pending.set(true);
    if (!stopping && draining.compareAndSet(false, true)) {
      executor.execute(this::drain);
    }
  }

  private void drain() {
    boolean stopped = false;
    try {
      while (!stopped && pending.getAndSet(false)) {
        List<NotificationOutbox.Taken> batch;
        while (!stopped && !(batch = outbox.take(BATCH)).isEmpty()) {
          for (NotificationOutbox.Taken m : batch) {
            if (stopped) {
              outbox.putBack(m.id(), null); // the rest of the batch, untried
            } else if (stopping || !deliver(m)) {
              outbox.putBack(
                  m.id(),
                  stopping
                      ? null
                      : "The mail server could not be reached; it will be" + " tried again.");
              stopped = true;
            }
          }
        }
      }
    } catch (RuntimeException e) {
      stopped = true; // tried again on the next commit that queues one, or by the daily job
      LOG.warning(() -> "Sending queued e-mails stopped; they stay queued: " + e);
    } finally {
      draining.set(false);
    }
    if (!stopped && pending.get()) {
      sendQueued(); // queued after the last look
    }
  }

  /**
   * The daily job: messages a server took and never finished are queued again, and the queue is
   * sent.
   */
  public int requeueStale() {
    int n = outbox.requeueTakenBefore(OffsetDateTime.now(clock).minus(STALE));
    sendQueued();
    return n;
  }

  /**
   * Sends one message and records SENT, or FAILED when the message itself is refused (a bad
   * address). Returns false, recording nothing, when the mail server cannot be reached: the message
   * goes back on the queue and the sender stops until the next try.
   */
  private boolean deliver(NotificationOutbox.Taken m) {
    try {
      MimeMessage message = new MimeMessage(mail);
      message.setRecipient(Message.RecipientType.TO, new InternetAddress(m.to()));
      message.setSubject(m.subject(), "UTF-8");
      message.setText(m.body(), "UTF-8");
      Transport.send(message);
      outbox.record(m.id(), NotificationStatus.SENT, null);
      return true;
    } catch (MessagingException | RuntimeException e) {
      if (unreachable(e)) {
        LOG.warning(
            () ->
                "The mail server could not be reached; queued e-mails wait for the next try: " + e);
        return false;
      }
      String detail = e.getMessage() == null ? e.toString() : e.getMessage();
      LOG.warning(() -> "Could not e-mail " + m.to() + " about " + m.kind() + ": " + e);
      outbox.record(m.id(), NotificationStatus.FAILED, truncate(detail));
      return true;
    }
  }

  /** A connection that could not be made or broke, rather than a message the server refused. */
  private static boolean unreachable(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof java.io.IOException
          || t.getClass().getSimpleName().equals("MailConnectException")) {
        return true;
      }
    }
    return false;
  }

  private static String truncate(String s) {
    return s.length() > 1900 ? s.substring(0, 1900) : s;
  }
}
