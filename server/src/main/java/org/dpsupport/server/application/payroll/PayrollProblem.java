package org.dpsupport.server.application.payroll;

import org.dpsupport.kernel.RuleException;

/**
 * Something a payroll request asked for that cannot be done, with a sentence saying what to do: bad
 * input (400), a state that does not allow it (409), or nothing there (404). A {@link
 * RuleException}, answered by the one problem mapper.
 */
public class PayrollProblem extends RuleException {

  private static final long serialVersionUID = 1L;

  public PayrollProblem(Kind kind, String message) {
    super(kind, message);
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
