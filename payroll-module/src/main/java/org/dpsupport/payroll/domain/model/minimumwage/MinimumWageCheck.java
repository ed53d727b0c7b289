package org.dpsupport.payroll.domain.model.minimumwage;

import java.math.BigDecimal;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.Finding;

/**
 * The period's pay for time work against the National Minimum Wage for the PA's age on the pay
 * date. A shortfall is a finding for a person to act on; it is never silently paid.
 */
public record MinimumWageCheck(
    BigDecimal hours,
    BigDecimal effectiveHourlyPay,
    BigDecimal minimumHourlyRate,
    String band,
    Money shortfall,
    Basis basis) {

  public boolean breached() {
    return shortfall.isPositive();
  }

  public Optional<Finding> finding() {
    return breached()
        ? Optional.of(new Finding("MINIMUM_WAGE_BREACH", basis.text()))
        : Optional.empty();
  }
}
