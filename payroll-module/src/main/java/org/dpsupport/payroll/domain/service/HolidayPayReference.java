package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.PayLine;

/**
 * What a PA is paid for an hour of holiday taken: a week's pay by the 52-paid-week reference period
 * (Employment Rights Act 1996 ss. 221-224 as amended from 6 April 2020, applied to holiday by
 * Working Time Regulations 1998 reg 16 as amended for leave years from 1 April 2024).
 *
 * <ul>
 *   <li>The reference period ends with the last complete pay period before the one the holiday is
 *       paid in, and looks back no further than 104 weeks.
 *   <li>Periods with no pay for work are skipped (weeks in which no remuneration was payable do not
 *       count); the next earlier paid period is taken instead.
 *   <li>Paid periods are taken, newest first, until they make 52 weeks. A pay period counts as its
 *       days / 7 weeks (a month is about 4.35 weeks), so the oldest period taken may count only in
 *       part: its pay and hours count pro rata. <i>Interpretation</i> of the BEIS guidance for
 *       monthly paid workers ("convert the pay into weekly amounts").
 *   <li>Fewer than 52 paid weeks in 104: the weeks there are. None at all (a new PA): the contract
 *       holiday rate, and the explanation says so.
 *   <li>Holiday is recorded in hours, so the rate per hour of holiday is the reference pay divided
 *       by the reference hours worked; a week's pay is the reference pay divided by the weeks.
 *       Reference pay is pay for work (basic, enhanced hours, sleep-ins: the premiums a PA is
 *       normally paid are part of normal pay), not holiday pay, rolled-up holiday pay or statutory
 *       pay.
 * </ul>
 */
public record HolidayPayReference(
    BigDecimal hourlyRate,
    Money weeksPay,
    BigDecimal weeksCounted,
    Money referencePay,
    BigDecimal referenceHours,
    boolean fromContract,
    String explanation) {

  /** The longest look-back: 104 weeks. */
  public static final int LOOK_BACK_WEEKS = 104;

  /** The reference period: 52 paid weeks. */
  public static final BigDecimal REFERENCE_WEEKS = BigDecimal.valueOf(52);

  /** The pay lines that are pay for work (PayElementsCalculator's time and sleep-in lines). */
  public static final Set<String> WORK_CODES =
      Set.of(
          "basic-hours",
          "night-hours",
          "weekend-hours",
          "bank-holiday-hours",
          "waking-night-hours",
          "sleep-in");

  /** One finalised pay period of the PA's: its dates, its pay for work and the hours worked. */
  public record PaidPeriod(LocalDate start, LocalDate end, Money payForWork, BigDecimal hours) {
    public PaidPeriod {
      Objects.requireNonNull(start, "start");
      Objects.requireNonNull(end, "end");
      if (end.isBefore(start)) {
        throw new IllegalArgumentException("A pay period cannot end before it starts.");
      }
    }

    BigDecimal weeks() {
      return BigDecimal.valueOf(ChronoUnit.DAYS.between(start, end) + 1)
          .divide(BigDecimal.valueOf(7), MathContext.DECIMAL64);
    }

    boolean paid() {
      return payForWork != null && payForWork.isPositive() && hours != null && hours.signum() > 0;
    }
  }

  public HolidayPayReference {
    Objects.requireNonNull(hourlyRate, "hourlyRate");
    Objects.requireNonNull(explanation, "explanation");
  }

  /** Pay for work on a payslip: the time and sleep-in lines, nothing else. */
  public static Money payForWork(List<PayLine> lines) {
    Money total = Money.ZERO;
    for (PayLine l : lines) {
      if (l.section() == PayLine.Section.EARNINGS && WORK_CODES.contains(l.code())) {
        total = total.plus(l.amount());
      }
    }
    return total;
  }

  /**
   * The rate for holiday taken in the pay period starting {@code periodStart}.
   *
   * @param history the PA's finalised pay periods in this employment, in any order
   * @param contractRate the holiday rate in the PA's contract, used when no period was paid
   */
  public static HolidayPayReference forPeriodStarting(
      LocalDate periodStart, List<PaidPeriod> history, BigDecimal contractRate) {
    LocalDate earliest = periodStart.minusWeeks(LOOK_BACK_WEEKS);
    List<PaidPeriod> newestFirst = new ArrayList<>(history);
    newestFirst.sort(Comparator.comparing(PaidPeriod::end).reversed());
    BigDecimal weeks = BigDecimal.ZERO;
    BigDecimal pay = BigDecimal.ZERO;
    BigDecimal hours = BigDecimal.ZERO;
    for (PaidPeriod p : newestFirst) {
      if (!p.end().isBefore(periodStart) || p.start().isBefore(earliest)) {
        continue; // not before this period, or older than 104 weeks
      }
      if (!p.paid()) {
        continue; // no pay for work: skipped, an earlier paid period counts instead
      }
      BigDecimal needed = REFERENCE_WEEKS.subtract(weeks);
      BigDecimal share =
          p.weeks().compareTo(needed) <= 0
              ? BigDecimal.ONE
              : needed.divide(p.weeks(), MathContext.DECIMAL64);
      weeks = weeks.add(p.weeks().min(needed));
      pay = pay.add(p.payForWork().amount().multiply(share));
      hours = hours.add(p.hours().multiply(share));
      if (weeks.compareTo(REFERENCE_WEEKS) >= 0) {
        break;
      }
    }
    if (hours.signum() == 0) {
      return new HolidayPayReference(
          contractRate,
          null,
          BigDecimal.ZERO,
          Money.ZERO,
          BigDecimal.ZERO,
          true,
          "at the contract rate of £"
              + contractRate.toPlainString()
              + " an hour, because there is no earlier paid week to average yet");
    }
    BigDecimal rate = pay.divide(hours, 2, RoundingMode.HALF_UP);
    Money weekly = Money.of(pay.divide(weeks, MathContext.DECIMAL64), RoundingMode.HALF_UP);
    BigDecimal counted = weeks.setScale(1, RoundingMode.HALF_UP);
    Money referencePay = Money.of(pay, RoundingMode.HALF_UP);
    BigDecimal referenceHours = hours.setScale(2, RoundingMode.HALF_UP);
    return new HolidayPayReference(
        rate,
        weekly,
        counted,
        referencePay,
        referenceHours,
        false,
        "at £"
            + rate.toPlainString()
            + " an hour: the average over your last "
            + counted.stripTrailingZeros().toPlainString()
            + " paid weeks ("
            + referencePay.formatted()
            + " for "
            + HolidayAccrual.hours(referenceHours)
            + "; a week's pay is "
            + weekly.formatted()
            + ")");
  }
}
