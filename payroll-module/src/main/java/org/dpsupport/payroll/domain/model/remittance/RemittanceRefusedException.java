package org.dpsupport.payroll.domain.model.remittance;

/** A payment over that cannot be recorded, with a sentence saying why and what to do. */
public class RemittanceRefusedException extends RuntimeException {

  /** Why it was refused: the first three are the run's state, the rest what was entered. */
  public enum Reason {
    NOT_FINALISED,
    NOTHING_TO_PAY,
    ALREADY_RECORDED,
    NO_DATE,
    IN_THE_FUTURE,
    BEFORE_PAY_DAY,
    TOO_LONG;

    /** True when the run's state, not what was entered, stands in the way. */
    public boolean isState() {
      return this == NOT_FINALISED || this == NOTHING_TO_PAY || this == ALREADY_RECORDED;
    }
  }

  private final Reason reason;

  public RemittanceRefusedException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  public Reason reason() {
    return reason;
  }
}
