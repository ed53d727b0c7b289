package org.dpsupport.kernel;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of pounds sterling held to the penny, negative for money going out or an overdraft.
 * Immutable; every step that could lose a fraction of a penny names its rounding, because HMRC's
 * rules are rounding rules. No {@code double} anywhere.
 *
 * <p>Two ways to write it: {@link #formatted()} is the one way money is shown to a person,
 * "£1,156.25" and "-£20.00", on pages, in messages, e-mails and PDFs; {@link #toPlainString()} (and
 * {@link #toString()}) is the machine form "1156.25" that files, CSV and JSON carry.
 */
public final class Money implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount;
  }

  /**
   * An amount that is already whole pennies; throws {@link IllegalArgumentException} if it has a
   * fraction of a penny (statements, receipts and HMRC figures print whole pence: anything finer is
   * a reading or typing error, not money).
   */
  public static Money of(BigDecimal amount) {
    Objects.requireNonNull(amount, "amount");
    try {
      return new Money(amount.setScale(2, RoundingMode.UNNECESSARY));
    } catch (ArithmeticException e) {
      throw new IllegalArgumentException(
          "The amount "
              + amount.toPlainString()
              + " has a fraction of a penny; give pounds and pence, e.g. 12.34.");
    }
  }

  /** An amount rounded to the penny by the rule named. */
  public static Money of(BigDecimal amount, RoundingMode rounding) {
    return new Money(Objects.requireNonNull(amount, "amount").setScale(2, rounding));
  }

  /** The same as {@link #parse(String)}. */
  public static Money of(String amount) {
    return parse(amount);
  }

  public static Money ofPounds(long pounds) {
    return new Money(BigDecimal.valueOf(pounds).setScale(2));
  }

  /**
   * Parses a plain decimal such as "1156.25", "-45.67" or "1156"; says what is wrong in plain words
   * otherwise ({@link NumberFormatException} for text that is not a number, {@link
   * IllegalArgumentException} for a fraction of a penny).
   */
  public static Money parse(String text) {
    if (text == null || text.isBlank()) {
      throw new NumberFormatException("An amount is missing; give pounds and pence, e.g. 1156.25.");
    }
    BigDecimal amount;
    try {
      amount = new BigDecimal(text.trim());
    } catch (NumberFormatException e) {
      throw new NumberFormatException(
          "'" + text + "' is not an amount of money; give pounds and pence, e.g. 1156.25.");
    }
    return of(amount);
  }

  public static Money zero() {
    return ZERO;
  }

  public static Money total(Iterable<Money> amounts) {
    BigDecimal sum = BigDecimal.ZERO.setScale(2);
    for (Money m : amounts) {
      sum = sum.add(m.amount);
    }
    return new Money(sum);
  }

  /** The amount, always with two decimal places. */
  public BigDecimal amount() {
    return amount;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  public Money negated() {
    return new Money(amount.negate());
  }

  public Money abs() {
    return amount.signum() < 0 ? negated() : this;
  }

  /** This amount times {@code factor}, rounded to the penny as {@code rounding} says. */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    return new Money(amount.multiply(factor).setScale(2, rounding));
  }

  /** Rounded down to whole pounds, as HMRC rounds taxable pay and student loan deductions. */
  public Money roundedDownToPounds() {
    return new Money(amount.setScale(0, RoundingMode.FLOOR).setScale(2));
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Money min(Money other) {
    return compareTo(other) <= 0 ? this : other;
  }

  public boolean isZero() {
    return amount.signum() == 0;
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public boolean isPositive() {
    return amount.signum() > 0;
  }

  public boolean isGreaterThan(Money other) {
    return compareTo(other) > 0;
  }

  public boolean isLessThan(Money other) {
    return compareTo(other) < 0;
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Money other && amount.equals(other.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  /** Signed, two decimals, no pound sign or separators: "1156.25", "-264.87". For files. */
  public String toPlainString() {
    return amount.toPlainString();
  }

  /**
   * The machine form, as {@link #toPlainString()}: "1156.25", as HMRC's files and our JSON carry
   * it. Never put this in front of a person: a sentence says {@link #formatted()}.
   */
  @Override
  public String toString() {
    return amount.toPlainString();
  }

  /** As a person reads it: "£1,156.25", "-£20.00", "£0.00". The one money format for people. */
  public String formatted() {
    return format(amount);
  }

  /**
   * Any amount of pounds as a person reads it, rounded half up to the penny: "£1,150.00",
   * "-£20.00"; empty for no amount. For figures that are not yet {@code Money} (a rate of £12.2075,
   * a column read from the database).
   */
  public static String format(BigDecimal pounds) {
    if (pounds == null) {
      return "";
    }
    BigDecimal pence = pounds.setScale(2, RoundingMode.HALF_UP);
    // what DecimalFormat("#,##0.00") writes in the UK, without building a DecimalFormat for every
    // amount: a pay day writes some forty amounts on each of its 18,500 payslips
    String digits = pence.abs().toPlainString();
    int point = digits.length() - 3;
    StringBuilder out = new StringBuilder(digits.length() + point / 3 + 2);
    out.append(pence.signum() < 0 ? "-£" : "£");
    for (int i = 0; i < point; i++) {
      if (i > 0 && (point - i) % 3 == 0) {
        out.append(',');
      }
      out.append(digits.charAt(i));
    }
    return out.append(digits, point, digits.length()).toString();
  }
}
