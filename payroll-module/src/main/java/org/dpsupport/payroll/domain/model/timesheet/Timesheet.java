package org.dpsupport.payroll.domain.model.timesheet;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import org.dpsupport.payroll.domain.model.pay.WorkedShift;

/**
 * A PA's shifts for one pay period. Built only through {@link #of}, which refuses what cannot be
 * true: a period that ends before it starts, is longer than one month or lies outside the
 * employment; overlapping shifts, more than 24 hours in a calendar day, more than {@value
 * #MAX_SHIFTS_PER_DAY} shifts starting on one day or more than {@value #MAX_HOURS_PER_WEEK} hours
 * in one week (Monday to Sunday, sleep-ins not counted), work before the PA started or after they
 * left, a weekend rate on a weekday or a bank-holiday rate on an ordinary day.
 */
public record Timesheet(LocalDate periodStart, LocalDate periodEnd, List<TimesheetEntry> entries) {

  public Timesheet {
    entries = entries.stream().sorted(Comparator.comparing(TimesheetEntry::start)).toList();
  }

  /** The longest pay period: a calendar month. */
  public static final int MAX_PERIOD_DAYS = 31;

  /** More visits than this in one day is a mistake in the times, not a day's work. */
  public static final int MAX_SHIFTS_PER_DAY = 12;

  /**
   * More hours than this in one week (sleep-ins aside) is not a week anyone works: 14 hours a day,
   * every day.
   */
  public static final int MAX_HOURS_PER_WEEK = 98;

  public static Timesheet of(
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate employedFrom,
      LocalDate employedUntil,
      Predicate<LocalDate> bankHoliday,
      List<TimesheetEntry> entries) {
    checkPeriod(periodStart, periodEnd, employedFrom, employedUntil);
    List<TimesheetEntry> sorted =
        entries.stream().sorted(Comparator.comparing(TimesheetEntry::start)).toList();
    Map<LocalDate, Duration> perDay = new HashMap<>();
    for (int i = 0; i < sorted.size(); i++) {
      TimesheetEntry e = sorted.get(i);
      if (e.date().isBefore(periodStart) || e.date().isAfter(periodEnd)) {
        throw new InvalidTimesheetException(
            "The shift on "
                + e.date()
                + " is outside this timesheet's period, "
                + periodStart
                + " to "
                + periodEnd
                + ". Put it on the timesheet for its own period.");
      }
      if (e.date().isBefore(employedFrom)
          || (employedUntil != null && e.end().toLocalDate().isAfter(employedUntil))) {
        throw new InvalidTimesheetException(
            "The shift on "
                + e.date()
                + " is outside the employment, which runs from "
                + employedFrom
                + (employedUntil == null ? "" : " to " + employedUntil)
                + ". Check the date.");
      }
      if (i > 0 && sorted.get(i - 1).overlaps(e)) {
        throw new InvalidTimesheetException(
            "The shift starting "
                + e.start()
                + " overlaps the one starting "
                + sorted.get(i - 1).start()
                + ". A PA cannot work two shifts at once; correct one of them.");
      }
      if (e.rateType() == RateType.WEEKEND && !isWeekend(e.date())) {
        throw new InvalidTimesheetException(
            "The shift on "
                + e.date()
                + " claims the weekend rate, but that day is a "
                + e.date().getDayOfWeek().toString().charAt(0)
                + e.date().getDayOfWeek().toString().substring(1).toLowerCase()
                + ". Use the day or night rate.");
      }
      if (e.rateType() == RateType.BANK_HOLIDAY && !bankHoliday.test(e.date())) {
        throw new InvalidTimesheetException(
            "The shift on "
                + e.date()
                + " claims the bank holiday rate, but that day"
                + " is not a bank holiday in England. Use the day, night or weekend rate.");
      }
      addPerDay(perDay, e);
    }
    checkPlausible(sorted);
    perDay.forEach(
        (day, worked) -> {
          if (worked.compareTo(Duration.ofHours(24)) > 0) {
            throw new InvalidTimesheetException(
                "The shifts starting on "
                    + day
                    + " add up to more than 24 hours, and no"
                    + " more than 24 can be claimed for one day. Check the times, or enter the hours after midnight as a shift"
                    + " of their own.");
          }
        });
    return new Timesheet(periodStart, periodEnd, sorted);
  }

  private static void checkPeriod(
      LocalDate periodStart, LocalDate periodEnd, LocalDate employedFrom, LocalDate employedUntil) {
    if (periodEnd.isBefore(periodStart)) {
      throw new InvalidTimesheetException(
          "The period ends ("
              + periodEnd
              + ") before it starts ("
              + periodStart
              + "). Check the dates.");
    }
    if (periodStart.plusDays(MAX_PERIOD_DAYS - 1L).isBefore(periodEnd)) {
      throw new InvalidTimesheetException(
          "A timesheet covers one pay period, at most a month, but "
              + periodStart
              + " to "
              + periodEnd
              + " is longer. Send one timesheet for each pay period.");
    }
    if (periodEnd.isBefore(employedFrom)
        || (employedUntil != null && periodStart.isAfter(employedUntil))) {
      throw new InvalidTimesheetException(
          "The period "
              + periodStart
              + " to "
              + periodEnd
              + " is outside the employment, which runs from "
              + employedFrom
              + (employedUntil == null ? "" : " to " + employedUntil)
              + ". Check the dates.");
    }
  }

  private static void checkPlausible(List<TimesheetEntry> sorted) {
    Map<LocalDate, Integer> shiftsPerDay = new HashMap<>();
    Map<LocalDate, Duration> perWeek = new HashMap<>();
    for (TimesheetEntry e : sorted) {
      if (shiftsPerDay.merge(e.date(), 1, Integer::sum) > MAX_SHIFTS_PER_DAY) {
        throw new InvalidTimesheetException(
            "More than "
                + MAX_SHIFTS_PER_DAY
                + " shifts start on "
                + e.date()
                + ". Check the times, and join visits that run on from each other into one shift.");
      }
      if (e.rateType() != RateType.SLEEP_IN) {
        LocalDate monday = e.date().with(DayOfWeek.MONDAY);
        Duration week = perWeek.merge(monday, Duration.between(e.start(), e.end()), Duration::plus);
        if (week.compareTo(Duration.ofHours(MAX_HOURS_PER_WEEK)) > 0) {
          throw new InvalidTimesheetException(
              "The shifts in the week starting "
                  + monday
                  + " add up to more than "
                  + MAX_HOURS_PER_WEEK
                  + " hours, which is more than anyone works in a week. Check the times.");
        }
      }
    }
  }

  /** Hours count towards the day the shift starts, as the engine pays them. */
  private static void addPerDay(Map<LocalDate, Duration> perDay, TimesheetEntry e) {
    perDay.merge(e.date(), Duration.between(e.start(), e.end()), Duration::plus);
  }

  private static boolean isWeekend(LocalDate date) {
    return date.getDayOfWeek() == DayOfWeek.SATURDAY || date.getDayOfWeek() == DayOfWeek.SUNDAY;
  }

  public List<WorkedShift> shifts() {
    List<WorkedShift> shifts = new ArrayList<>(entries.size());
    entries.forEach(e -> shifts.add(e.toWorkedShift()));
    return shifts;
  }

  public java.math.BigDecimal hoursWorked() {
    return entries.stream()
        .filter(e -> e.rateType() != RateType.SLEEP_IN)
        .map(TimesheetEntry::hours)
        .reduce(java.math.BigDecimal.ZERO, java.math.BigDecimal::add);
  }
}
