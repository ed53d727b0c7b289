package org.dpsupport.payroll.domain.model.pay;

import java.math.BigDecimal;

/**
 * The PA's contractual rates. Enhanced rates are optional; where one is missing the basic hourly
 * rate applies. {@code sleepInAllowance} is a flat amount per sleep-in.
 */
public record PayRates(
    BigDecimal hourly,
    BigDecimal night,
    BigDecimal weekend,
    BigDecimal bankHoliday,
    BigDecimal wakingNight,
    BigDecimal sleepInAllowance,
    BigDecimal holidayHourly) {

  public PayRates {
    if (hourly == null || hourly.signum() <= 0) {
      throw new IllegalArgumentException(
          "The PA's basic hourly rate is missing; give it in pounds, e.g. 12.71.");
    }
  }

  public static PayRates hourly(BigDecimal hourly) {
    return new PayRates(hourly, null, null, null, null, null, null);
  }

  public BigDecimal holidayRate() {
    return holidayHourly != null ? holidayHourly : hourly;
  }
}
