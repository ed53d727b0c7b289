package org.dpsupport.payroll.domain.model.taxyear;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A UK tax year, 6 April to 5 April, written "2026-27". */
public record TaxYear(int startYear) implements Comparable<TaxYear> {

  private static final Pattern FORMAT = Pattern.compile("(\\d{4})[-/](\\d{2}|\\d{4})");

  public TaxYear {
    if (startYear < 1990 || startYear > 2200) {
      throw new IllegalArgumentException("Tax year starting " + startYear + " is out of range.");
    }
  }

  public static TaxYear parse(String text) {
    Matcher m = text == null ? null : FORMAT.matcher(text.trim());
    if (m == null || !m.matches()) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a tax year; write it like 2026-27 (6 April 2026 to 5 April 2027).");
    }
    int start = Integer.parseInt(m.group(1));
    int end = Integer.parseInt(m.group(2));
    if ((end % 100) != (start + 1) % 100) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a tax year: the second year must follow the first, as in 2026-27.");
    }
    return new TaxYear(start);
  }

  public static TaxYear containing(LocalDate date) {
    LocalDate sixthApril = LocalDate.of(date.getYear(), 4, 6);
    return new TaxYear(date.isBefore(sixthApril) ? date.getYear() - 1 : date.getYear());
  }

  public LocalDate firstDay() {
    return LocalDate.of(startYear, 4, 6);
  }

  public LocalDate lastDay() {
    return LocalDate.of(startYear + 1, 4, 5);
  }

  public boolean contains(LocalDate date) {
    return !date.isBefore(firstDay()) && !date.isAfter(lastDay());
  }

  /** Tax week 1 is 6-12 April; 5 April (and 4 April in a leap year) is week 53. */
  public int taxWeekOf(LocalDate date) {
    requireContains(date);
    return (int) (ChronoUnit.DAYS.between(firstDay(), date) / 7) + 1;
  }

  /** Tax month 1 is 6 April to 5 May. */
  public int taxMonthOf(LocalDate date) {
    requireContains(date);
    int months = (date.getYear() - startYear) * 12 + date.getMonthValue() - 4;
    return date.getDayOfMonth() >= 6 ? months + 1 : months;
  }

  private void requireContains(LocalDate date) {
    if (!contains(date)) {
      throw new IllegalArgumentException(date + " is not in tax year " + this);
    }
  }

  @Override
  public int compareTo(TaxYear o) {
    return Integer.compare(startYear, o.startYear);
  }

  @Override
  public String toString() {
    return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
  }
}
