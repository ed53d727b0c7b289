package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.minimumwage.MinimumWageCheck;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.AgeBandRate;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.MinimumWageRules;

/**
 * Checks pay for time work against the National Minimum Wage for the PA's age on the pay date,
 * using the rates in force on that date (they change on 1 April). Premiums for nights, weekends and
 * bank holidays and sleep-in allowances do not count (NMW Regulations 2015 reg 10).
 */
public final class MinimumWageChecker {

  public MinimumWageCheck check(
      MinimumWageRules rates,
      LocalDate paymentDate,
      LocalDate dateOfBirth,
      boolean apprentice,
      BigDecimal hours,
      Money payForTimeWork) {
    int age = Period.between(dateOfBirth, paymentDate).getYears();
    BigDecimal minimum = null;
    String band = null;
    if (apprentice && rates.apprenticeHourlyRate() != null) {
      minimum = rates.apprenticeHourlyRate();
      band = "apprentice";
    } else {
      AgeBandRate best = null;
      for (AgeBandRate b : rates.ageBands()) {
        if (age >= b.minimumAge() && (best == null || b.minimumAge() > best.minimumAge())) {
          best = b;
        }
      }
      if (best != null) {
        minimum = best.hourlyRate();
        band = "aged " + best.minimumAge() + " band";
      }
    }
    if (minimum == null || hours.signum() == 0) {
      return new MinimumWageCheck(
          hours,
          BigDecimal.ZERO,
          minimum == null ? BigDecimal.ZERO : minimum,
          band == null ? "under 16: no minimum wage" : band,
          Money.ZERO,
          Basis.of(
              "minimum wage: "
                  + (hours.signum() == 0
                      ? "no hours of time work this period"
                      : "no rate for age " + age)));
    }
    BigDecimal effective = payForTimeWork.amount().divide(hours, 4, RoundingMode.HALF_UP);
    Money required = Money.of(hours.multiply(minimum), RoundingMode.HALF_UP);
    Money shortfall = required.minus(payForTimeWork).max(Money.ZERO);
    final BigDecimal rate = minimum;
    final String bandName = band;
    Basis basis =
        Basis.lazily(
            () ->
                "minimum wage: age "
                    + age
                    + " on "
                    + paymentDate
                    + " ("
                    + bandName
                    + ", rates from "
                    + rates.effectiveFrom()
                    + ") £"
                    + rate.toPlainString()
                    + "/h; paid "
                    + payForTimeWork.formatted()
                    + " for "
                    + hours.stripTrailingZeros().toPlainString()
                    + " h = £"
                    + effective.setScale(2, RoundingMode.HALF_UP).toPlainString()
                    + "/h"
                    + (shortfall.isPositive()
                        ? ": SHORT by "
                            + shortfall.formatted()
                            + ". Not paid automatically: raise the PA's rate or pay the arrears."
                        : ": meets it"));
    return new MinimumWageCheck(hours, effective, minimum, band, shortfall, basis);
  }
}
