package org.dpsupport.monitoring.domain.model.card;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.format.DateTimeFormatter;
import java.time.format.ResolverStyle;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

/**
 * How one card provider lays out its CSV export: the heading of each column, the date pattern, the
 * order of the rows, and how money is written: one signed amount column (with which sign is
 * spending) or a debit and a credit column. A small properties file per provider ({@code
 * card-formats/NAME.properties}), so a new provider is a new file, not new code.
 */
public record CardFileFormat(
    String provider,
    String dateColumn,
    DateTimeFormatter dateFormat,
    String merchantColumn,
    String merchantCategoryColumn,
    String cardColumn,
    String balanceColumn,
    Amounts amounts,
    RowOrder order) {

  /** Which row comes first in the file. */
  public enum RowOrder {
    OLDEST_FIRST,
    NEWEST_FIRST
  }

  /** How a provider writes the amount of a transaction. */
  public sealed interface Amounts {}

  /** One column; {@code spendingNegative} when money out is written with a minus. */
  public record SignedAmount(String column, boolean spendingNegative) implements Amounts {
    public SignedAmount {
      Objects.requireNonNull(column, "column");
    }
  }

  /** Money out in one column and money in in another, both written without a sign. */
  public record DebitAndCredit(String debitColumn, String creditColumn) implements Amounts {
    public DebitAndCredit {
      Objects.requireNonNull(debitColumn, "debitColumn");
      Objects.requireNonNull(creditColumn, "creditColumn");
    }
  }

  public CardFileFormat {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(dateColumn, "dateColumn");
    Objects.requireNonNull(dateFormat, "dateFormat");
    Objects.requireNonNull(merchantColumn, "merchantColumn");
    Objects.requireNonNull(merchantCategoryColumn, "merchantCategoryColumn");
    Objects.requireNonNull(cardColumn, "cardColumn");
    Objects.requireNonNull(balanceColumn, "balanceColumn");
    Objects.requireNonNull(amounts, "amounts");
    Objects.requireNonNull(order, "order");
  }

  /**
   * The format shipped for a provider, e.g. {@code clearcard}: {@code
   * card-formats/NAME.properties}.
   */
  public static Optional<CardFileFormat> named(String name) {
    if (name == null || !name.matches("[a-z0-9-]{1,40}")) {
      return Optional.empty();
    }
    try (InputStream in =
        CardFileFormat.class.getResourceAsStream("/card-formats/" + name + ".properties")) {
      if (in == null) {
        return Optional.empty();
      }
      Properties p = new Properties();
      p.load(in);
      return Optional.of(from(p));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * From a provider's mapping: {@code provider}, {@code date.column}, {@code date.format} (a {@link
   * DateTimeFormatter} pattern, years as {@code uuuu}), {@code merchant.column}, {@code
   * mcc.column}, {@code card.column}, {@code balance.column}, {@code order} ({@code OLDEST_FIRST}
   * unless said), and either {@code amount.column} with {@code amount.spending} ({@code NEGATIVE}
   * or {@code POSITIVE}) or {@code debit.column} and {@code credit.column}.
   */
  public static CardFileFormat from(Properties p) {
    Amounts amounts;
    if (p.getProperty("amount.column") != null) {
      String spending = required(p, "amount.spending").toUpperCase(Locale.UK);
      if (!spending.equals("NEGATIVE") && !spending.equals("POSITIVE")) {
        throw new IllegalArgumentException("amount.spending is NEGATIVE or POSITIVE");
      }
      amounts = new SignedAmount(required(p, "amount.column"), spending.equals("NEGATIVE"));
    } else {
      amounts = new DebitAndCredit(required(p, "debit.column"), required(p, "credit.column"));
    }
    return new CardFileFormat(
        required(p, "provider"),
        required(p, "date.column"),
        // strict: 31/04/2026 is a mistake, not 30 April
        DateTimeFormatter.ofPattern(required(p, "date.format"), Locale.UK)
            .withResolverStyle(ResolverStyle.STRICT),
        required(p, "merchant.column"),
        required(p, "mcc.column"),
        required(p, "card.column"),
        required(p, "balance.column"),
        amounts,
        RowOrder.valueOf(p.getProperty("order", "OLDEST_FIRST").strip().toUpperCase(Locale.UK)));
  }

  private static String required(Properties p, String key) {
    String value = p.getProperty(key);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("The card file format has no " + key);
    }
    return value.strip();
  }
}
