package org.dpsupport.monitoring.domain.service;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the date styles UK banks print: {@code 03 Apr 2026}, {@code 3 April 2026}, {@code 3rd April
 * 2026}, {@code 03 Apr 26}, {@code 03/04/2026}, {@code 03/04/26}, {@code 03-04-26}, {@code
 * 03.04.2026}, {@code 2026-04-03}, and yearless {@code 3 Apr} or {@code 03/04}, whose year comes
 * from the statement period. Day before month, always (UK order).
 */
public final class UkDates {

  private static final Pattern NUMERIC =
      Pattern.compile("(\\d{1,2})[/.\\-](\\d{1,2})(?:[/.\\-](\\d{4}|\\d{2}))?");
  private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");
  private static final Pattern WORDS =
      Pattern.compile(
          "(\\d{1,2})(?:st|nd|rd|th)?[ \\-]?([A-Za-z]{3,9})\\.?,?(?:[ \\-]?'?(\\d{4}|\\d{2}))?",
          Pattern.CASE_INSENSITIVE);

  /** Month first, as some online banking prints it: {@code Mar 3}, {@code March 3, 2026}. */
  private static final Pattern MONTH_FIRST =
      Pattern.compile(
          "([A-Za-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?(?:,? (\\d{4}))?",
          Pattern.CASE_INSENSITIVE);

  /**
   * A weekday before the date: {@code Mon 3 Mar}, {@code Monday, 3 March 2026}, {@code Tues 03/03}.
   */
  private static final Pattern WEEKDAY =
      Pattern.compile(
          "^(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day|sday|nesday|rsday|urday)?\\.?,?\\s+",
          Pattern.CASE_INSENSITIVE);

  /** Finds a date inside running text, e.g. a statement period line. */
  public static final Pattern DATE_IN_TEXT =
      Pattern.compile(
          "\\d{1,2}(?:st|nd|rd|th)?[ \\-](?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\\.?,?[ \\-]\\d{2,4}"
              + "|\\d{1,2}[/.\\-]\\d{1,2}[/.\\-]\\d{2,4}|\\d{4}-\\d{2}-\\d{2}",
          Pattern.CASE_INSENSITIVE);

  private static final Map<String, Integer> MONTHS =
      Map.ofEntries(
          Map.entry("jan", 1),
          Map.entry("feb", 2),
          Map.entry("mar", 3),
          Map.entry("apr", 4),
          Map.entry("may", 5),
          Map.entry("jun", 6),
          Map.entry("jul", 7),
          Map.entry("aug", 8),
          Map.entry("sep", 9),
          Map.entry("oct", 10),
          Map.entry("nov", 11),
          Map.entry("dec", 12));

  private UkDates() {}

  /** A date as printed: the day and month, and the year when printed. */
  public record PrintedDate(int day, int month, Optional<Integer> year) {

    /**
     * The full date. A yearless date takes the year that puts it inside {@code around} (the
     * statement period, which may cross a new year: "3 Jan" in a Dec–Jan statement is next year).
     */
    public Optional<LocalDate> resolve(Optional<YearContext> around) {
      try {
        if (year.isPresent()) {
          return Optional.of(LocalDate.of(year.get(), month, day));
        }
        if (around.isEmpty()) {
          return Optional.empty();
        }
        return around.get().place(month, day);
      } catch (DateTimeException e) {
        return Optional.empty();
      }
    }
  }

  /** Where a yearless date is placed: from the statement period, or a statement date. */
  public record YearContext(LocalDate from, LocalDate to) {

    Optional<LocalDate> place(int month, int day) {
      LocalDate best = null;
      long bestDistance = Long.MAX_VALUE;
      for (int year = from.getYear() - 1; year <= to.getYear() + 1; year++) {
        if (!YearMonth.of(year, month).isValidDay(day)) {
          continue;
        }
        LocalDate candidate = LocalDate.of(year, month, day);
        long distance =
            candidate.isBefore(from)
                ? from.toEpochDay() - candidate.toEpochDay()
                : candidate.isAfter(to) ? candidate.toEpochDay() - to.toEpochDay() : 0;
        if (distance < bestDistance) {
          best = candidate;
          bestDistance = distance;
        }
      }
      // a date more than two months outside the period is not in this statement
      return bestDistance <= 62 ? Optional.ofNullable(best) : Optional.empty();
    }
  }

  /** Reads text that is wholly a date, or empty when it is not one. */
  public static Optional<PrintedDate> read(String text) {
    String t = WEEKDAY.matcher(text.strip()).replaceFirst("");
    if (t.length() < 3 || t.length() > 20) {
      return Optional.empty();
    }
    if (!Character.isDigit(t.charAt(0))) {
      Matcher m = MONTH_FIRST.matcher(t);
      if (!m.matches()) {
        return Optional.empty();
      }
      String word = m.group(1).toLowerCase(Locale.ROOT);
      Integer month = word.length() < 3 ? null : MONTHS.get(word.substring(0, 3));
      if (month == null || !monthName(word, month)) {
        return Optional.empty();
      }
      return valid(Integer.parseInt(m.group(2)), month, m.group(3));
    }
    Matcher m = ISO.matcher(t);
    if (m.matches()) {
      return valid(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)), m.group(1));
    }
    m = NUMERIC.matcher(t);
    if (m.matches()) {
      return valid(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), m.group(3));
    }
    m = WORDS.matcher(t);
    if (m.matches()) {
      String word = m.group(2).toLowerCase(Locale.ROOT);
      Integer month = MONTHS.get(word.substring(0, 3));
      if (month == null || !monthName(word, month)) {
        return Optional.empty();
      }
      return valid(Integer.parseInt(m.group(1)), month, m.group(3));
    }
    return Optional.empty();
  }

  /** Reads a date that must carry its year (a statement period or a receipt date). */
  public static Optional<LocalDate> readFull(String text) {
    return read(text).filter(d -> d.year().isPresent()).flatMap(d -> d.resolve(Optional.empty()));
  }

  private static boolean monthName(String word, int month) {
    String full =
        java.time.Month.of(month)
            .getDisplayName(java.time.format.TextStyle.FULL, Locale.UK)
            .toLowerCase(Locale.ROOT);
    return full.startsWith(word) || (month == 9 && word.equals("sept"));
  }

  private static Optional<PrintedDate> valid(int day, int month, String year) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return Optional.empty();
    }
    Optional<Integer> fullYear =
        Optional.ofNullable(year)
            .map(Integer::parseInt)
            // two-digit years on bank statements are this century
            .map(y -> y < 100 ? 2000 + y : y);
    if (fullYear.isPresent() && (fullYear.get() < 1990 || fullYear.get() > 2100)) {
      return Optional.empty();
    }
    return Optional.of(new PrintedDate(day, month, fullYear));
  }
}
