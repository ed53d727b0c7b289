package org.dpsupport.payroll.domain.model.payrun;

/** A pay-run step asked for in the wrong state, e.g. changing a finalised run. */
public class PayRunStateException extends IllegalStateException {
  public PayRunStateException(String message) {
    super(message);
  }
}
