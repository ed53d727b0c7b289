package org.dpsupport.payroll.domain.model.familypay;

import org.dpsupport.kernel.Money;

/**
 * What an employer takes back from HMRC for family pay it paid (on the EPS, year to date): the
 * amount recovered and, under Small Employers' Relief, the compensation for the NICs on it.
 */
public record Recovery(Money recovered, Money nicCompensation) {
  public static final Recovery NONE = new Recovery(Money.ZERO, Money.ZERO);

  public Money total() {
    return recovered.plus(nicCompensation);
  }
}
