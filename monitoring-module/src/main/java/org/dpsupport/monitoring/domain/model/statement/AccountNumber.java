package org.dpsupport.monitoring.domain.model.statement;

import java.util.regex.Pattern;

/**
 * A UK bank account number: eight digits (older seven-digit numbers are printed with a leading 0).
 */
public record AccountNumber(String value) {

  private static final Pattern EIGHT_DIGITS = Pattern.compile("\\d{8}");

  public AccountNumber {
    if (value == null || !EIGHT_DIGITS.matcher(value).matches()) {
      throw new IllegalArgumentException("An account number is eight digits: " + value);
    }
  }

  @Override
  public String toString() {
    return value;
  }
}
