package org.dpsupport.payroll.domain.model.bank;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Set;
import java.util.TreeSet;

/**
 * Bacs working days: Monday to Friday except England and Wales bank holidays, for the years whose
 * bank holidays are known (a data file: {@code bacs/bank-holidays-england-and-wales.txt}). A date
 * outside those years is refused rather than guessed.
 */
public final class BacsCalendar {

  private final Set<LocalDate> bankHolidays;
  private final int firstYear;
  private final int lastYear;

  public BacsCalendar(Set<LocalDate> bankHolidays, int firstYear, int lastYear) {
    this.bankHolidays = Set.copyOf(bankHolidays);
    this.firstYear = firstYear;
    this.lastYear = lastYear;
    for (LocalDate d : bankHolidays) {
      if (d.getYear() < firstYear || d.getYear() > lastYear) {
        throw new IllegalArgumentException(
            "The bank holiday " + d + " is outside the years the list covers.");
      }
    }
  }

  public boolean isWorkingDay(LocalDate day) {
    covered(day);
    DayOfWeek dow = day.getDayOfWeek();
    return dow != DayOfWeek.SATURDAY && dow != DayOfWeek.SUNDAY && !bankHolidays.contains(day);
  }

  public boolean isBankHoliday(LocalDate day) {
    covered(day);
    return bankHolidays.contains(day);
  }

  /** The day itself if it is a working day, else the nearest working day before it. */
  public LocalDate workingDayOnOrBefore(LocalDate day) {
    LocalDate d = day;
    while (!isWorkingDay(d)) {
      d = d.minusDays(1);
    }
    return d;
  }

  /** The nearest working day strictly before the day. */
  public LocalDate previousWorkingDay(LocalDate day) {
    return workingDayOnOrBefore(day.minusDays(1));
  }

  /** The nearest working day strictly after the day. */
  public LocalDate nextWorkingDay(LocalDate day) {
    LocalDate d = day.plusDays(1);
    while (!isWorkingDay(d)) {
      d = d.plusDays(1);
    }
    return d;
  }

  /**
   * The Bacs cycle that pays on the pay day: credited on the pay day (or the working day before, if
   * the pay day is not a working day), processed the working day before that, sent in the working
   * day before that.
   */
  public BacsDates datesFor(LocalDate payDay) {
    LocalDate credit = workingDayOnOrBefore(payDay);
    LocalDate processing = previousWorkingDay(credit);
    return new BacsDates(payDay, credit, processing, previousWorkingDay(processing));
  }

  /** The bank holidays known, in date order. */
  public Set<LocalDate> bankHolidays() {
    return new TreeSet<>(bankHolidays);
  }

  public int firstYear() {
    return firstYear;
  }

  public int lastYear() {
    return lastYear;
  }

  private void covered(LocalDate day) {
    if (day.getYear() < firstYear || day.getYear() > lastYear) {
      throw new IllegalArgumentException(
          "Bacs working days are known for "
              + firstYear
              + " to "
              + lastYear
              + " only, not for "
              + day.getYear()
              + ": add that year's England and Wales bank holidays to the payroll's bank holiday"
              + " list (bacs/bank-holidays-england-and-wales.txt).");
    }
  }
}
