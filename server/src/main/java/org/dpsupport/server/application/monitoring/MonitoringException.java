package org.dpsupport.server.application.monitoring;

/**
 * Something a person asked monitoring to do that cannot be done; the message tells them what to do.
 */
public class MonitoringException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Whether the request was wrong (bad input) or came at the wrong time (a state conflict). */
  public enum Kind {
    INVALID,
    CONFLICT,
    NOT_FOUND
  }

  private final Kind kind;

  public MonitoringException(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static MonitoringException invalid(String message) {
    return new MonitoringException(Kind.INVALID, message);
  }

  static MonitoringException conflict(String message) {
    return new MonitoringException(Kind.CONFLICT, message);
  }

  static MonitoringException notFound(String message) {
    return new MonitoringException(Kind.NOT_FOUND, message);
  }
}
