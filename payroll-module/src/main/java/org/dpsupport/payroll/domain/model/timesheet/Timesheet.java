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
 * true: overlapping shifts, more than 24 hours in a calendar day, work before the PA started or
 * after they left, a weekend rate on a weekday or a bank-holiday rate on an ordinary day.
 */
public record Timesheet(LocalDate periodStart, LocalDate periodEnd, List<TimesheetEntry> entries) {

  public Timesheet {
    entries = entries.stream().sorted(Comparator.comparing(TimesheetEntry::start)).toList();
  }

  public static Timesheet of(
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate employedFrom,
      LocalDate employedUntil,
      Predicate<LocalDate> bankHoliday,
      List<TimesheetEntry> entries) {
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
