package org.dpsupport.payroll.domain.model.bank;

/** What Vocalink's modulus check says about a sort code and account number. */
public enum ModulusResult {
  /** The account number passes the check(s) for its sort code. */
  VALID,
  /** The account number fails: it cannot be an account at that sort code. */
  INVALID,
  /**
   * The sort code is not in the weight table (or exception 6 marks a foreign currency account), so
   * no check applies; Vocalink says to presume such details valid.
   */
  NOT_CHECKED;

  /** Valid or not checkable: the details may be used. */
  public boolean acceptable() {
    return this != INVALID;
  }
}
