package org.dpsupport.monitoring.domain.model.managed;

import java.math.BigDecimal;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/**
 * A care provider the agency pays for the person: its name, the bank account its invoices are paid
 * into (sort code and account number as digits; the modulus check is the caller's, with Vocalink's
 * tables), and what the support plan agreed with it: the contract rate per hour and the hours a
 * week.
 */
public record CareProvider(
    String name,
    String sortCode,
    String accountNumber,
    String accountName,
    Money hourlyRate,
    BigDecimal hoursPerWeek) {

  /** The most hours a week a plan can give one provider: every hour of the week. */
  public static final BigDecimal MOST_HOURS_A_WEEK = BigDecimal.valueOf(168);

  public CareProvider {
    name = required(name, "the provider's name");
    if (name.length() > 100) {
      throw new IllegalArgumentException("The provider's name is longer than 100 characters.");
    }
    sortCode = digits(sortCode);
    if (!sortCode.matches("[0-9]{6}")) {
      throw new IllegalArgumentException(
          "The sort code must be six numbers, for example 20-00-00.");
    }
    accountNumber = digits(accountNumber);
    if (!accountNumber.matches("[0-9]{8}")) {
      throw new IllegalArgumentException("The account number must be eight numbers.");
    }
    accountName = accountName == null || accountName.isBlank() ? name : accountName.strip();
    if (accountName.length() > 100) {
      throw new IllegalArgumentException("The account name is longer than 100 characters.");
    }
    Objects.requireNonNull(hourlyRate, "Give the contract rate per hour from the support plan.");
    if (!hourlyRate.isPositive()) {
      throw new IllegalArgumentException("The contract rate per hour must be more than £0.00.");
    }
    Objects.requireNonNull(hoursPerWeek, "Give the hours a week from the support plan.");
    if (hoursPerWeek.signum() <= 0 || hoursPerWeek.compareTo(MOST_HOURS_A_WEEK) > 0) {
      throw new IllegalArgumentException("The hours a week must be more than 0 and at most 168.");
    }
  }

  private static String required(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Give " + what + ".");
    }
    return value.strip();
  }

  private static String digits(String value) {
    return value == null ? "" : value.replaceAll("[\\s-]", "");
  }
}
