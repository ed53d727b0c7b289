package org.dpsupport.payroll.domain.model.tax;

/**
 * Which income tax bands apply, told by the tax code's prefix: S Scotland, C Wales, none rest of
 * UK.
 */
public enum TaxRegime {
  REST_OF_UK(""),
  SCOTLAND("S"),
  WALES("C");

  private final String prefix;

  TaxRegime(String prefix) {
    this.prefix = prefix;
  }

  public String prefix() {
    return prefix;
  }
}
