package org.dpsupport.payroll.domain.model.taxyear;

/** The payroll has no figures for the tax year a payment falls in. */
public class TaxYearNotCoveredException extends RuntimeException {
  public TaxYearNotCoveredException(String message) {
    super(message);
  }
}
