package org.dpsupport.server.application.monitoring;

import org.dpsupport.kernel.RuleException;

/**
 * Something a person asked monitoring to do that cannot be done; the message tells them what to do.
 * A {@link RuleException}: bad input, a state conflict, nothing there or a file too large, answered
 * by the one problem mapper.
 */
public class MonitoringException extends RuleException {

  private static final long serialVersionUID = 1L;

  public MonitoringException(Kind kind, String message) {
    super(kind, message);
  }

  static MonitoringException invalid(String message) {
    return new MonitoringException(Kind.BAD_INPUT, message);
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
