package org.dpsupport.monitoring.domain.model.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.Locale;
import java.util.Objects;

/** An amount of pounds sterling to the penny; negative for money going out or an overdraft. */
public final class Money implements Comparable<Money> {

  private static final Money ZERO = new Money(BigDecimal.ZERO);

  private final BigDecimal amount;

  private Money(BigDecimal amount) {
    // statements and receipts print whole pence; anything finer is a reading error, not money
    this.amount = amount.setScale(2, RoundingMode.UNNECESSARY);
  }

  public static Money of(BigDecimal amount) {
    return new Money(Objects.requireNonNull(amount, "amount"));
  }

  /** Parses a plain decimal such as {@code -45.67}. */
  public static Money parse(String plain) {
    return new Money(new BigDecimal(plain));
  }

  public static Money zero() {
    return ZERO;
  }

  public Money plus(Money other) {
    return new Money(amount.add(other.amount));
  }

  public Money minus(Money other) {
    return new Money(amount.subtract(other.amount));
  }

  /** This amount times {@code factor}, rounded to the penny as {@code rounding} says. */
  public Money multipliedBy(BigDecimal factor, RoundingMode rounding) {
    return new Money(amount.multiply(factor).setScale(2, rounding));
  }

  public Money abs() {
    return new Money(amount.abs());
  }

  public Money max(Money other) {
    return compareTo(other) >= 0 ? this : other;
  }

  public Money negated() {
    return new Money(amount.negate());
  }

  public boolean isNegative() {
    return amount.signum() < 0;
  }

  public BigDecimal amount() {
    return amount;
  }

  /** Signed, two decimals, no pound sign or separators: {@code -1234.50}. */
  public String toPlainString() {
    return amount.toPlainString();
  }

  /** As a person reads it, with thousands separated: {@code £4,600.00}, {@code -£12.50}. */
  public String formatted() {
    DecimalFormat format =
        new DecimalFormat("#,##0.00", DecimalFormatSymbols.getInstance(Locale.UK));
    return (isNegative() ? "-£" : "£") + format.format(amount.abs());
  }

  @Override
  public int compareTo(Money other) {
    return amount.compareTo(other.amount);
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof Money money && amount.equals(money.amount);
  }

  @Override
  public int hashCode() {
    return amount.hashCode();
  }

  @Override
  public String toString() {
    return (isNegative() ? "-£" : "£") + amount.abs().toPlainString();
  }
}
