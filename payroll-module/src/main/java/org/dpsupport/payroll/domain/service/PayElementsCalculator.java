package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.Finding;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.pay.PayLine.Section;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.pay.ShiftKind;
import org.dpsupport.payroll.domain.model.pay.WorkedShift;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;

/**
 * Turns a timesheet into pay lines: hours at the basic or enhanced rate, sleep-ins, waking nights,
 * holiday pay, rolled-up holiday pay and holiday accrued in hours. Each line's amount is hours x
 * rate rounded to the nearest penny (half up), once per line.
 */
public final class PayElementsCalculator {

  /** What the timesheet comes to, and what the minimum wage check and holiday records need. */
  public record PayElements(
      List<PayLine> lines,
      Money payForWork,
      BigDecimal hoursForMinimumWage,
      Money payForMinimumWage,
      BigDecimal holidayAccruedHours,
      List<Finding> findings) {}

  /**
   * Which rate an hour is paid at; earlier ones win (a bank holiday night is paid as a bank
   * holiday).
   */
  enum RateKind {
    BANK_HOLIDAY("bank-holiday-hours", "Bank holiday hours"),
    WEEKEND("weekend-hours", "Weekend hours"),
    NIGHT("night-hours", "Night hours"),
    WAKING_NIGHT("waking-night-hours", "Waking night hours"),
    BASIC("basic-hours", "Basic hours"),
    SLEEP_IN("sleep-in", "Sleep-ins");

    final String code;
    final String description;
    final String label;

    RateKind(String code, String description) {
      this.code = code;
      this.description = description;
      this.label = description.toLowerCase(java.util.Locale.ROOT);
    }
  }

  public PayElements calculate(
      TaxYearRules rules,
      Predicate<java.time.LocalDate> bankHoliday,
      PayRates rates,
      List<WorkedShift> shifts,
      BigDecimal holidayHoursTaken,
      boolean irregularHours,
      boolean rolledUpHolidayPay) {
    Map<RateKind, BigDecimal> hours = new EnumMap<>(RateKind.class);
    int sleepIns = 0;
    BigDecimal minimumWageHours = BigDecimal.ZERO;
    BigDecimal minimumWagePay = BigDecimal.ZERO;
    for (WorkedShift s : shifts) {
      if (s.kind() == ShiftKind.SLEEP_IN) {
        sleepIns++;
        continue;
      }
      RateKind kind = rateKind(s, rates, bankHoliday);
      hours.merge(kind, s.hours(), BigDecimal::add);
      minimumWageHours = minimumWageHours.add(s.hours());
      // NMW Regs 2015 reg 10: premiums for particular hours do not count towards minimum wage pay
      BigDecimal nmwRate =
          s.kind() == ShiftKind.WAKING_NIGHT && rates.wakingNight() != null
              ? rates.wakingNight().min(rates.hourly())
              : rates.hourly();
      minimumWagePay = minimumWagePay.add(s.hours().multiply(nmwRate));
    }

    List<PayLine> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    Money payForWork = Money.ZERO;
    for (Map.Entry<RateKind, BigDecimal> e : hours.entrySet()) {
      BigDecimal rate = rateFor(e.getKey(), rates);
      Money amount = Money.of(e.getValue().multiply(rate), RoundingMode.HALF_UP);
      payForWork = payForWork.plus(amount);
      RateKind kind = e.getKey();
      BigDecimal hoursAtRate = e.getValue();
      lines.add(
          new PayLine(
              Section.EARNINGS,
              kind.code,
              kind.description,
              hoursAtRate,
              rate,
              amount,
              Basis.lazily(
                  () ->
                      kind.label
                          + ": "
                          + hoursAtRate.stripTrailingZeros().toPlainString()
                          + " h x £"
                          + rate.toPlainString()
                          + " = "
                          + amount.formatted())));
    }
    if (sleepIns > 0) {
      if (rates.sleepInAllowance() == null) {
        throw new IllegalArgumentException(
            "The timesheet has sleep-ins but the PA has no sleep-in allowance; "
                + "add the flat amount paid per sleep-in to the PA's rates.");
      }
      Money amount =
          Money.of(
              rates.sleepInAllowance().multiply(BigDecimal.valueOf(sleepIns)),
              RoundingMode.HALF_UP);
      payForWork = payForWork.plus(amount);
      int count = sleepIns;
      lines.add(
          new PayLine(
              Section.EARNINGS,
              RateKind.SLEEP_IN.code,
              RateKind.SLEEP_IN.description,
              BigDecimal.valueOf(sleepIns),
              rates.sleepInAllowance(),
              amount,
              Basis.lazily(
                  () ->
                      "sleep-ins: "
                          + count
                          + " x £"
                          + rates.sleepInAllowance().toPlainString()
                          + " flat allowance = "
                          + amount.formatted()
                          + " (sleeping time is not minimum-wage work)")));
    }

    TaxYearRules.HolidayRules holiday = rules.holiday();
    BigDecimal holidayHours = holidayHoursTaken == null ? BigDecimal.ZERO : holidayHoursTaken;
    if (rolledUpHolidayPay && !irregularHours) {
      findings.add(
          new Finding(
              "ROLLED_UP_HOLIDAY_NOT_ALLOWED",
              "Rolled-up holiday pay is only lawful for irregular-hours and part-year workers (Working Time Regulations "
                  + "reg 16B). This PA is not marked as one, so no rolled-up holiday pay was added: pay holiday when taken."));
    }
    boolean rolledUp = rolledUpHolidayPay && irregularHours;
    if (rolledUp) {
      BigDecimal percent = holiday.rolledUpHolidayPayPercent();
      Money amount = payForWork.multipliedBy(percent.movePointLeft(2), RoundingMode.HALF_UP);
      Money base = payForWork;
      lines.add(
          new PayLine(
              Section.EARNINGS,
              "rolled-up-holiday-pay",
              "Rolled-up holiday pay",
              null,
              percent,
              amount,
              Basis.lazily(
                  () ->
                      "rolled-up holiday pay: "
                          + percent.toPlainString()
                          + "% of pay for work "
                          + base.formatted()
                          + " = "
                          + amount.formatted()
                          + " (irregular-hours worker; its own payslip line, WTR reg 16B)")));
      if (holidayHours.signum() > 0) {
        findings.add(
            new Finding(
                "HOLIDAY_ALREADY_PAID_ROLLED_UP",
                "This PA is paid rolled-up holiday pay, so the "
                    + holidayHours.toPlainString()
                    + " holiday hours taken are not paid again."));
      }
    } else if (holidayHours.signum() > 0) {
      BigDecimal rate = rates.holidayRate();
      Money amount = Money.of(holidayHours.multiply(rate), RoundingMode.HALF_UP);
      BigDecimal taken = holidayHours;
      lines.add(
          new PayLine(
              Section.EARNINGS,
              "holiday-pay",
              "Holiday pay",
              holidayHours,
              rate,
              amount,
              Basis.lazily(
                  () ->
                      "holiday pay: "
                          + taken.stripTrailingZeros().toPlainString()
                          + " h x £"
                          + rate.toPlainString()
                          + " = "
                          + amount.formatted())));
    }

    BigDecimal accrued = BigDecimal.ZERO;
    if (irregularHours) {
      // WTR reg 15B: irregular-hours workers accrue 12.07% of hours worked in each pay period
      accrued =
          minimumWageHours
              .multiply(holiday.irregularHoursAccrualPercent())
              .movePointLeft(2)
              .setScale(2, RoundingMode.HALF_UP);
      BigDecimal accruedHours = accrued;
      BigDecimal worked = minimumWageHours;
      lines.add(
          new PayLine(
              Section.INFORMATION,
              "holiday-accrued-hours",
              "Holiday accrued (hours)",
              accrued,
              null,
              Money.ZERO,
              Basis.lazily(
                  () ->
                      "holiday accrued: "
                          + holiday.irregularHoursAccrualPercent().toPlainString()
                          + "% of "
                          + worked.stripTrailingZeros().toPlainString()
                          + " h worked = "
                          + accruedHours.toPlainString()
                          + " h")));
    }
    return new PayElements(
        lines,
        payForWork,
        minimumWageHours,
        Money.of(minimumWagePay, RoundingMode.HALF_UP),
        accrued,
        findings);
  }

  private static RateKind rateKind(
      WorkedShift s, PayRates rates, Predicate<java.time.LocalDate> bankHoliday) {
    if (rates.bankHoliday() != null && bankHoliday.test(s.date())) {
      return RateKind.BANK_HOLIDAY;
    }
    DayOfWeek day = s.date().getDayOfWeek();
    if (rates.weekend() != null && (day == DayOfWeek.SATURDAY || day == DayOfWeek.SUNDAY)) {
      return RateKind.WEEKEND;
    }
    if (s.kind() == ShiftKind.WAKING_NIGHT) {
      return rates.wakingNight() != null
          ? RateKind.WAKING_NIGHT
          : rates.night() != null ? RateKind.NIGHT : RateKind.BASIC;
    }
    if (s.kind() == ShiftKind.NIGHT && rates.night() != null) {
      return RateKind.NIGHT;
    }
    return RateKind.BASIC;
  }

  private static BigDecimal rateFor(RateKind kind, PayRates rates) {
    return switch (kind) {
      case BANK_HOLIDAY -> rates.bankHoliday();
      case WEEKEND -> rates.weekend();
      case NIGHT -> rates.night();
      case WAKING_NIGHT -> rates.wakingNight();
      case BASIC -> rates.hourly();
      case SLEEP_IN -> rates.sleepInAllowance();
    };
  }
}
