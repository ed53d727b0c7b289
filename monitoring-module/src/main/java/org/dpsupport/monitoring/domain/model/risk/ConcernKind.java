package org.dpsupport.monitoring.domain.model.risk;

/** Open concerns about an account that bring monitoring closer. */
public enum ConcernKind {
  SAFEGUARDING("There is an open safeguarding concern"),
  UNEXPLAINED_SPENDING("There is unexplained spending"),
  SURPLUS_OVER_CONTINGENCY("The account holds more than the contingency allows"),
  UNPAID_HMRC("Payroll reports tax or National Insurance unpaid to HMRC"),
  UNPAID_PENSION("Payroll reports pension contributions unpaid"),
  NMW_FINDING("A personal assistant was paid below the National Minimum Wage"),
  INSURANCE_LAPSED("The employer's liability insurance has lapsed"),
  LEDGER_SHORT("The managed account cannot cover what it owes"),
  LEDGER_HELD_UP("Payments on the managed account are held up");

  private final String describe;

  ConcernKind(String describe) {
    this.describe = describe;
  }

  /** The concern as a sentence without its full stop. */
  public String describe() {
    return describe;
  }
}
