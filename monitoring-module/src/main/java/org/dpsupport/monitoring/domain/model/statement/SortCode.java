package org.dpsupport.monitoring.domain.model.statement;

import java.util.regex.Pattern;

/** A UK bank sort code, six digits, written {@code 12-34-56}. */
public record SortCode(String value) {

  private static final Pattern SIX_DIGITS = Pattern.compile("\\d{2}-\\d{2}-\\d{2}");

  public SortCode {
    if (value == null || !SIX_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("A sort code is six digits like 12-34-56: " + value);
    }
  }

  /** From six digits written with or without dashes or spaces. */
  public static SortCode of(String digits) {
    String only = digits.replaceAll("[^0-9]", "");
    if (only.length() != 6) {
      throw new IllegalArgumentException("A sort code is six digits: " + digits);
    }
    return new SortCode(
        only.substring(0, 2) + "-" + only.substring(2, 4) + "-" + only.substring(4));
  }

  @Override
  public String toString() {
    return value;
  }
}
