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
    NOT_FOUND,
    /** A file or body larger than the service takes (413). */
    TOO_LARGE
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

  /** The sentence for a file over the upload limit. */
  public static MonitoringException tooLarge(String limit) {
    return new MonitoringException(
        Kind.TOO_LARGE,
        "This file is larger than "
            + limit
            + ", so we have not kept it. Please send each statement or receipt as a separate"
            + " file, or make it smaller (for example, save it again as a PDF from your bank's"
            + " website).");
  }

  static MonitoringException notFound(String message) {
    return new MonitoringException(Kind.NOT_FOUND, message);
  }
}
