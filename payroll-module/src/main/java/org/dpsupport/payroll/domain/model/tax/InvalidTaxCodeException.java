package org.dpsupport.payroll.domain.model.tax;

/** A tax code that HMRC does not issue, so the payroll cannot work out the tax. */
public class InvalidTaxCodeException extends IllegalArgumentException {
  public InvalidTaxCodeException(String message) {
    super(message);
  }
}
