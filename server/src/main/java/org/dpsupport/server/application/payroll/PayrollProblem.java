package org.dpsupport.server.application.payroll;

/** Something a payroll request asked for that cannot be done, with a sentence saying what to do. */
public class PayrollProblem extends RuntimeException {

  /** Bad input (400), a state that does not allow it (409), or nothing there (404). */
  public enum Kind {
    BAD_INPUT,
    CONFLICT,
    NOT_FOUND
  }

  private final Kind kind;

  public PayrollProblem(Kind kind, String message) {
    super(message);
    this.kind = kind;
  }

  public Kind kind() {
    return kind;
  }

  static PayrollProblem badInput(RuntimeException e) {
    return new PayrollProblem(Kind.BAD_INPUT, e.getMessage());
  }

  static PayrollProblem notFound(String message) {
    return new PayrollProblem(Kind.NOT_FOUND, message);
  }

  static PayrollProblem conflict(String message) {
    return new PayrollProblem(Kind.CONFLICT, message);
  }
}
