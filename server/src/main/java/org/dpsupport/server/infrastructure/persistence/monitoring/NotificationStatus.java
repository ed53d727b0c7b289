package org.dpsupport.server.infrastructure.persistence.monitoring;

/**
 * Where a message in the e-mail outbox is: waiting, taken by a server for sending, sent, or refused
 * by the mail server (the reason is kept).
 */
public enum NotificationStatus {
  QUEUED,
  SENDING,
  SENT,
  FAILED
}
