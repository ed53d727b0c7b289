package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.HolidayRules;

/**
 * A PA's paid holiday for one pay period, in hours: what they earned, what they took and what is
 * left. Two ways of earning it (Working Time Regulations 1998):
 *
 * <ul>
 *   <li><b>Irregular hours</b> (reg 15B, leave years from 1 April 2024): 12.07% of the hours
 *       actually worked in the period.
 *   <li><b>Fixed hours</b>: the statutory 5.6 weeks a year of the PA's usual weekly hours, pro rata
 *       per pay period (a twelfth each month, a fifty-second each week). <i>Interpretation:</i> the
 *       28-day cap is not applied in hours, because the payroll does not hold how many days a week
 *       the PA works; 5.6 weeks of a five-day week is exactly the cap.
 * </ul>
 *
 * {@code paidAt} says how the holiday taken was paid (the 52-paid-week reference rate, or already
 * in rolled-up holiday pay); null when no holiday was taken or the pay is not known.
 *
 * <p>Hours are rounded half up to two places once per period. The balance may go below zero if a PA
 * takes holiday before earning it; the payslip then says so.
 */
public record HolidayAccrual(
    Basis basis,
    BigDecimal hoursWorked,
    BigDecimal accruedHours,
    BigDecimal takenHours,
    BigDecimal balanceBefore,
    BigDecimal balanceAfter,
    String explanation,
    String paidAt) {

  /** How a PA earns holiday. */
  public enum Basis {
    IRREGULAR_HOURS,
    FIXED_HOURS
  }

  public HolidayAccrual {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(accruedHours, "accruedHours");
    Objects.requireNonNull(takenHours, "takenHours");
    Objects.requireNonNull(balanceBefore, "balanceBefore");
    Objects.requireNonNull(balanceAfter, "balanceAfter");
  }

  /** Irregular hours: 12.07% (the year's figure) of the hours worked in the period. */
  public static HolidayAccrual irregularHours(
      HolidayRules rules, BigDecimal hoursWorked, BigDecimal taken, BigDecimal balanceBefore) {
    BigDecimal worked = orZero(hoursWorked);
    BigDecimal percent = rules.irregularHoursAccrualPercent();
    BigDecimal accrued =
        worked.multiply(percent).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    return of(
        Basis.IRREGULAR_HOURS,
        worked,
        accrued,
        taken,
        balanceBefore,
        percent.stripTrailingZeros().toPlainString() + "% of the " + hours(worked) + " you worked");
  }

  /**
   * Fixed hours: the statutory weeks (5.6) of the usual weekly hours a year, divided by the pay
   * periods in a year. Without usual weekly hours nothing accrues, and the explanation says why.
   */
  public static HolidayAccrual fixedHours(
      HolidayRules rules,
      BigDecimal usualWeeklyHours,
      PayFrequency frequency,
      BigDecimal hoursWorked,
      BigDecimal taken,
      BigDecimal balanceBefore) {
    if (usualWeeklyHours == null || usualWeeklyHours.signum() <= 0) {
      return of(
          Basis.FIXED_HOURS,
          orZero(hoursWorked),
          BigDecimal.ZERO.setScale(2),
          taken,
          balanceBefore,
          "none: no usual weekly hours are recorded for a fixed-hours contract");
    }
    BigDecimal weeks = rules.statutoryWeeks();
    int periods = frequency.payPeriodsInYear();
    BigDecimal yearly = usualWeeklyHours.multiply(weeks);
    BigDecimal accrued = yearly.divide(BigDecimal.valueOf(periods), 2, RoundingMode.HALF_UP);
    return of(
        Basis.FIXED_HOURS,
        orZero(hoursWorked),
        accrued,
        taken,
        balanceBefore,
        weeks.stripTrailingZeros().toPlainString()
            + " weeks of your usual "
            + hours(usualWeeklyHours)
            + " a week is "
            + hours(yearly.setScale(2, RoundingMode.HALF_UP))
            + " a year; one "
            + switch (frequency) {
              case WEEKLY -> "week";
              case FORTNIGHTLY -> "fortnight";
              case FOUR_WEEKLY -> "four weeks";
              case MONTHLY -> "month";
            }
            + "'s share");
  }

  private static HolidayAccrual of(
      Basis basis,
      BigDecimal worked,
      BigDecimal accrued,
      BigDecimal taken,
      BigDecimal before,
      String how) {
    BigDecimal t = orZero(taken).setScale(2, RoundingMode.HALF_UP);
    BigDecimal b = orZero(before).setScale(2, RoundingMode.HALF_UP);
    if (t.signum() < 0) {
      throw new IllegalArgumentException("Holiday hours taken cannot be less than zero.");
    }
    return new HolidayAccrual(basis, worked, accrued, t, b, b.add(accrued).subtract(t), how, null);
  }

  /** The same accrual, saying how the holiday taken was paid. */
  public HolidayAccrual paidAt(String how) {
    return with(balanceAfter, how);
  }

  private HolidayAccrual with(BigDecimal after, String how) {
    return new HolidayAccrual(
        basis, hoursWorked, accruedHours, takenHours, balanceBefore, after, explanation, how);
  }

  /**
   * The same accrual on a leaver's final pay, with the balance left paid off ({@code hours} above
   * zero): the balance after becomes zero. A balance below zero is left as it is (not deducted).
   */
  public HolidayAccrual paidOnLeaving(BigDecimal hours, String how) {
    if (hours == null || hours.signum() <= 0) {
      return this;
    }
    String taken = paidAt != null ? paidAt : takenHours.signum() > 0 ? "at the holiday rate" : null;
    return with(balanceAfter.subtract(hours), taken == null ? how : taken + "; " + how);
  }

  /** "7.5 hours", "1 hour". */
  public static String hours(BigDecimal h) {
    BigDecimal plain = h.stripTrailingZeros();
    if (plain.scale() < 0) {
      plain = plain.setScale(0);
    }
    return plain.toPlainString() + (plain.compareTo(BigDecimal.ONE) == 0 ? " hour" : " hours");
  }

  /** One sentence for the payslip and the PA's page. */
  public String inWords() {
    StringBuilder s =
        new StringBuilder("You earned ")
            .append(hours(accruedHours))
            .append(" of paid holiday this period (")
            .append(explanation)
            .append(")");
    if (takenHours.signum() > 0) {
      s.append(" and took ").append(hours(takenHours));
      if (paidAt != null) {
        s.append(", paid ").append(paidAt);
      }
    } else if (paidAt != null) {
      s.append("; ").append(paidAt); // only the holiday not taken, paid on leaving
    }
    s.append(". ");
    if (balanceAfter.signum() >= 0) {
      s.append("Holiday left to take: ").append(hours(balanceAfter)).append('.');
    } else {
      s.append("You have taken ")
          .append(hours(balanceAfter.negate()))
          .append(" more holiday than you have earned so far.");
    }
    return s.toString();
  }

  private static BigDecimal orZero(BigDecimal v) {
    return v == null ? BigDecimal.ZERO : v;
  }
}
