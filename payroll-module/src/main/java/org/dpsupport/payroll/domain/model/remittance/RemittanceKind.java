package org.dpsupport.payroll.domain.model.remittance;

/** Who a pay run's deductions are paid over to. */
public enum RemittanceKind {
  HMRC("PAYE and National Insurance", "HMRC"),
  PENSION("pension contributions", "the pension scheme");

  private final String what;
  private final String payee;

  RemittanceKind(String what, String payee) {
    this.what = what;
    this.payee = payee;
  }

  /** What is paid over, in words: "PAYE and National Insurance". */
  public String what() {
    return what;
  }

  /** Who it is paid to, in words: "HMRC", "the pension scheme". */
  public String payee() {
    return payee;
  }
}
