package org.dpsupport.kernel;

import java.util.Objects;

/**
 * A request that a rule of the service refuses, with a sentence that tells the person what to do.
 * One type for every context: payroll's {@code PayrollProblem}, monitoring's {@code
 * MonitoringException} and the register's rule exceptions are its subclasses, and the server maps
 * all of them to one RFC 9457 problem by their {@link Kind}.
 */
public class RuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What kind of refusal it is; the API answers each with its own status. */
  public enum Kind {
    /** The request itself is wrong: a missing or badly written detail (400). */
    BAD_INPUT,
    /** The person may not do this yet, e.g. contact details not agreed by both sides (403). */
    FORBIDDEN,
    /** Nothing there by that reference (404). */
    NOT_FOUND,
    /** The thing is not in a state that allows it, or it came at the wrong time (409). */
    CONFLICT,
    /** A file or body larger than the service takes (413). */
    TOO_LARGE
  }

  private final Kind kind;

  public RuleException(Kind kind, String message) {
    super(message);
    this.kind = Objects.requireNonNull(kind, "kind");
  }

  public Kind kind() {
    return kind;
  }
}
