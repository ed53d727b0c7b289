package org.dpsupport.server.security;

/** Someone asked for a record that is not theirs to see. Shown as 403 with a plain explanation. */
public class RecordAccessDeniedException extends RuntimeException {

  public RecordAccessDeniedException(String message) {
    super(message);
  }
}
