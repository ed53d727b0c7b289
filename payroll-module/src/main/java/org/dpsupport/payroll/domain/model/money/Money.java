package org.dpsupport.payroll.domain.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Objects;

/**
 * An amount of pounds sterling held to the penny. Immutable; every step that could lose a fraction
 * of a penny names its rounding, because HMRC's rules are rounding rules.
 */
public final class Money implements Comparable<Money> {

  public static final Money ZERO = new Money(BigDecimal.ZERO.setScale(2));

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    this.amount = amount;
  }

  /** An amount that is already whole pennies; throws if it has a fraction of a penny. */
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
    return new Money(amount.setScale(2, rounding));
  }

  public static Money of(String amount) {
    return parse(amount);
  }

  public static Money ofPounds(long pounds) {
    return new Money(BigDecimal.valueOf(pounds).setScale(2));
  }

  /** Parses "1156.25" (or "1156"); says what is wrong in plain words otherwise. */
  public static Money parse(String text) {
    if (text == null || text.isBlank()) {
      throw new IllegalArgumentException(
          "An amount is missing; give pounds and pence, e.g. 1156.25.");
    }
    try {
      return of(new BigDecimal(text.trim()));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'" + text + "' is not an amount of money; give pounds and pence, e.g. 1156.25.");
    }
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

  /** Two decimal places, no currency sign: "1156.25", "-264.87". */
  @Override
  public String toString() {
    return amount.toPlainString();
  }

  /** With the pound sign, for basis texts: "£1,156.25". */
  public String toDisplayString() {
    String digits = amount.abs().toPlainString(); // always two decimal places
    int point = digits.length() - 3;
    StringBuilder b =
        new StringBuilder(digits.length() + 6).append(amount.signum() < 0 ? "-£" : "£");
    for (int i = 0; i < point; i++) {
      if (i > 0 && (point - i) % 3 == 0) {
        b.append(',');
      }
      b.append(digits.charAt(i));
    }
    return b.append(digits, point, digits.length()).toString();
  }
}
