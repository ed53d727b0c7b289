package org.dpsupport.server.interfaces.web;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;

/**
 * Reading what people type in forms, with the GOV.UK Design System's error messages. A page bean
 * keeps the typed text (so a form with errors shows it again as typed), reads it here, and adds the
 * message to the field with {@link FormErrors#add}.
 */
public final class FormInput {

  private FormInput() {}

  /** What was read, or the message saying what to do. */
  public record Read<T>(T value, String error) {
    public boolean ok() {
      return error == null;
    }

    static <T> Read<T> of(T value) {
      return new Read<>(value, null);
    }

    static <T> Read<T> error(String message) {
      return new Read<>(null, message);
    }
  }

  /**
   * An amount of money in pounds and pence: "1200", "1,200.50" or "£1200.5"; nothing typed is
   * {@code emptyAs} (null for "required"). Refuses words, negative amounts and fractions of a
   * penny, with a message naming {@code what} ("what you spent on personal care").
   */
  public static Read<BigDecimal> pounds(String typed, String what, BigDecimal emptyAs) {
    String t = typed == null ? "" : typed.trim();
    if (t.isEmpty()) {
      return emptyAs != null
          ? Read.of(emptyAs)
          : Read.error("Enter " + what + ", in pounds and pence, for example 125.50");
    }
    String digits = t.replace(",", "").replace("£", "").trim();
    if (digits.startsWith("-")) {
      return Read.error(capitalised(what) + " must be 0 or more");
    }
    if (!digits.matches("\\d+(\\.\\d+)?")) {
      return Read.error(capitalised(what) + " must be an amount in pounds and pence, like 125.50");
    }
    BigDecimal value = new BigDecimal(digits);
    if (value.scale() > 2) {
      return Read.error(capitalised(what) + " must be in pounds and pence, with 2 decimal places");
    }
    if (value.compareTo(new BigDecimal("10000000")) >= 0) {
      return Read.error(capitalised(what) + " must be less than £10,000,000.00");
    }
    return Read.of(value.setScale(2));
  }

  /**
   * A date from the GOV.UK date input's three boxes; {@code what} is "the date you can start".
   * Messages per the Design System: "Enter the date you can start", "The date you can start must
   * include a month", "The date you can start must be a real date".
   */
  public static Read<LocalDate> date(String day, String month, String year, String what) {
    String d = blankToEmpty(day);
    String m = blankToEmpty(month);
    String y = blankToEmpty(year);
    if (d.isEmpty() && m.isEmpty() && y.isEmpty()) {
      return Read.error("Enter " + what);
    }
    String missing =
        d.isEmpty() ? "a day" : m.isEmpty() ? "a month" : y.isEmpty() ? "a year" : null;
    if (missing != null) {
      return Read.error(capitalised(what) + " must include " + missing);
    }
    if (!d.matches("\\d{1,2}") || !m.matches("\\d{1,2}") || !y.matches("\\d{4}")) {
      return Read.error(
          capitalised(what) + " must be a real date, with the year in 4 digits, like 27 3 2027");
    }
    try {
      return Read.of(LocalDate.of(Integer.parseInt(y), Integer.parseInt(m), Integer.parseInt(d)));
    } catch (DateTimeException e) {
      return Read.error(capitalised(what) + " must be a real date");
    }
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.trim();
  }

  static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
