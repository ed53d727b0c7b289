package org.dpsupport.kernel;

import java.util.regex.Pattern;

/**
 * Makes a value safe to put in a CSV or spreadsheet cell. A spreadsheet treats a cell that starts
 * with {@code =}, {@code +}, {@code -}, {@code @}, a tab or a carriage return as a formula, so a
 * name such as {@code =HYPERLINK("http://evil.example","Click")} written verbatim would run when an
 * officer opens the file (CSV formula injection, OWASP). Such a cell gets a leading apostrophe,
 * which spreadsheets show as text. Plain numbers ({@code -12.50}) are left alone, so signed amounts
 * stay numbers. Quoting is still the CSV printer's job.
 */
public final class SpreadsheetCells {

  private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?\\d+(\\.\\d+)?");

  private SpreadsheetCells() {}

  /** The text, with an apostrophe in front when a spreadsheet would read it as a formula. */
  public static String safe(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    char first = text.charAt(0);
    boolean formula =
        first == '='
            || first == '+'
            || first == '-'
            || first == '@'
            || first == '\t'
            || first == '\r'
            || first == '\n';
    return formula && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
  }

  /**
   * A cell value for a CSV printer: text is made {@linkplain #safe(String) safe}; numbers, dates
   * and other values are written as they print, through the same check.
   */
  public static Object safe(Object value) {
    if (value == null || value instanceof Number) {
      return value;
    }
    return safe(value.toString());
  }

  /** Every value of a row, made safe. */
  public static Object[] row(Object... values) {
    Object[] safe = new Object[values.length];
    for (int i = 0; i < values.length; i++) {
      safe[i] = safe(values[i]);
    }
    return safe;
  }
}
