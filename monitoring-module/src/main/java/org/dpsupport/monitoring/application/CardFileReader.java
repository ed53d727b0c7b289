package org.dpsupport.monitoring.application;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.card.CardFileFormat;
import org.dpsupport.monitoring.domain.model.card.CardFileFormat.DebitAndCredit;
import org.dpsupport.monitoring.domain.model.card.CardFileFormat.RowOrder;
import org.dpsupport.monitoring.domain.model.card.CardFileFormat.SignedAmount;
import org.dpsupport.monitoring.domain.model.card.CardFileRefusedException;
import org.dpsupport.monitoring.domain.model.card.CardFileSummary;
import org.dpsupport.monitoring.domain.model.card.CardId;
import org.dpsupport.monitoring.domain.model.card.CardTransaction;
import org.dpsupport.monitoring.domain.model.card.MerchantCategoryCode;

/**
 * Reads a card provider's CSV export in the provider's {@link CardFileFormat}, one row at a time:
 * each row is checked and handed on before the next is read, so a file of a million rows is never
 * held as text. The whole file is refused, naming the row, when a row is malformed, belongs to
 * another card, is out of date order, or has a balance that does not follow from the row before it
 * (a file whose balances chain is a complete export of the card). The caller keeps nothing from a
 * refused file.
 */
public final class CardFileReader {

  // merchants repeat (the same shop every week): one copy of each name, up to this many names
  private static final int MERCHANT_NAMES_SHARED = 50_000;

  /** Card schemes give a merchant's name 22 to 40 characters; anything this long is not one. */
  public static final int MERCHANT_LENGTH = 200;

  private final CardFileFormat format;

  public CardFileReader(CardFileFormat format) {
    this.format = Objects.requireNonNull(format, "format");
  }

  /**
   * Reads every row for {@code card}, handing each transaction to {@code sink} in the order of the
   * file, and returns what the file held. Throws {@link CardFileRefusedException} for a file it
   * refuses; {@code sink} may then have seen some rows, which the caller must discard.
   */
  public CardFileSummary read(Reader csv, CardId card, Consumer<CardTransaction> sink) {
    CSVFormat csvFormat =
        CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .setIgnoreSurroundingSpaces(true)
            .setIgnoreEmptyLines(true)
            .build();
    try (CSVParser parser = csvFormat.parse(csv)) {
      Columns columns = columns(parser.getHeaderNames());
      Chain chain = new Chain();
      Map<String, String> merchants = new HashMap<>();
      Iterator<CSVRecord> rows = parser.iterator();
      while (next(rows, chain.row)) {
        CSVRecord record = rows.next();
        // the heading is row 1, as a spreadsheet numbers it
        long row = record.getRecordNumber() + 1;
        if (record.size() != columns.count) {
          throw new CardFileRefusedException(
              row,
              "it has "
                  + record.size()
                  + " values where the heading row has "
                  + columns.count
                  + ". A comma inside a value must be inside quotes.");
        }
        String cardText = record.get(columns.card);
        if (!card.matches(cardText)) {
          throw new CardFileRefusedException(
              row,
              "the card "
                  + cardText
                  + " is not this direct payment's card ("
                  + card
                  + "). Export the transactions of this card only.");
        }
        String merchant = record.get(columns.merchant);
        if (merchant.length() > MERCHANT_LENGTH) {
          throw new CardFileRefusedException(
              row,
              "the "
                  + format.merchantColumn()
                  + " is longer than "
                  + MERCHANT_LENGTH
                  + " characters, so it is not a merchant's name.");
        }
        CardTransaction t =
            new CardTransaction(
                row,
                date(record.get(columns.date), row),
                merchants.size() < MERCHANT_NAMES_SHARED
                    ? merchants.computeIfAbsent(merchant, m -> m)
                    : merchant,
                merchantCategory(record.get(columns.merchantCategory), row),
                amount(record, columns, row),
                money(record.get(columns.balance), format.balanceColumn(), row));
        chain.follow(t);
        sink.accept(t);
      }
      return chain.summary(card);
    } catch (IOException e) {
      throw new CardFileRefusedException(
          "We could not read the card file as CSV: " + plain(e.getMessage()) + ".");
    }
  }

  /** Commons CSV reports a broken quote while fetching the next row. */
  private static boolean next(Iterator<CSVRecord> rows, long lastRow) {
    try {
      return rows.hasNext();
    } catch (UncheckedIOException | IllegalStateException e) {
      throw new CardFileRefusedException(
          lastRow + 1,
          "it is not well-formed CSV ("
              + plain(e.getMessage())
              + "). A value in quotes must end with a quote followed by a comma or the end of the"
              + " line.");
    }
  }

  private static String plain(String message) {
    if (message == null) {
      return "the file ends in the middle of a value";
    }
    String text = message.replaceAll("^.*?Exception: ", "").strip();
    return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
  }

  /** Where each column is, found by its heading. */
  private record Columns(
      int count,
      int date,
      int merchant,
      int merchantCategory,
      int card,
      int balance,
      int amount,
      int debit,
      int credit) {}

  private Columns columns(List<String> headings) {
    if (headings.isEmpty()) {
      throw new CardFileRefusedException("The card file is empty.");
    }
    // looked up in the order the provider's mapping lists them, so the first missing one is named
    int date = column(headings, format.dateColumn());
    int merchant = column(headings, format.merchantColumn());
    int merchantCategory = column(headings, format.merchantCategoryColumn());
    int card = column(headings, format.cardColumn());
    int balance = column(headings, format.balanceColumn());
    int amount = -1;
    int debit = -1;
    int credit = -1;
    if (format.amounts() instanceof SignedAmount signed) {
      amount = column(headings, signed.column());
    } else if (format.amounts() instanceof DebitAndCredit dc) {
      debit = column(headings, dc.debitColumn());
      credit = column(headings, dc.creditColumn());
    }
    return new Columns(
        headings.size(), date, merchant, merchantCategory, card, balance, amount, debit, credit);
  }

  private int column(List<String> headings, String heading) {
    for (int i = 0; i < headings.size(); i++) {
      if (headings.get(i).strip().equalsIgnoreCase(heading)) {
        return i;
      }
    }
    throw new CardFileRefusedException(
        "The card file has no column headed \""
            + heading
            + "\", so it is not a "
            + format.provider()
            + " export as we know it. Its headings are: "
            + String.join(", ", headings)
            + ".");
  }

  private LocalDate date(String text, long row) {
    try {
      return LocalDate.from(format.dateFormat().parse(text.strip()));
    } catch (DateTimeParseException e) {
      throw new CardFileRefusedException(
          row,
          "the "
              + format.dateColumn()
              + " \""
              + text
              + "\" is not a date written as "
              + format.provider()
              + " writes them.");
    }
  }

  private Optional<MerchantCategoryCode> merchantCategory(String text, long row) {
    if (text.isBlank()) {
      return Optional.empty();
    }
    try {
      return Optional.of(MerchantCategoryCode.parse(text));
    } catch (IllegalArgumentException e) {
      throw new CardFileRefusedException(
          row, "the " + format.merchantCategoryColumn() + " " + e.getMessage() + ".");
    }
  }

  private Money amount(CSVRecord record, Columns columns, long row) {
    if (format.amounts() instanceof SignedAmount signed) {
      Money amount = money(record.get(columns.amount), signed.column(), row);
      return signed.spendingNegative() ? amount : amount.negated();
    }
    DebitAndCredit dc = (DebitAndCredit) format.amounts();
    String out = record.get(columns.debit);
    String in = record.get(columns.credit);
    if (!out.isBlank() && !in.isBlank()) {
      throw new CardFileRefusedException(
          row,
          "it has both "
              + dc.debitColumn()
              + " and "
              + dc.creditColumn()
              + "; a transaction is one or the other.");
    }
    if (out.isBlank() && in.isBlank()) {
      throw new CardFileRefusedException(
          row, "it has neither " + dc.debitColumn() + " nor " + dc.creditColumn() + ".");
    }
    Money amount =
        out.isBlank() ? money(in, dc.creditColumn(), row) : money(out, dc.debitColumn(), row);
    if (amount.isNegative()) {
      throw new CardFileRefusedException(
          row,
          "the amount in "
              + (out.isBlank() ? dc.creditColumn() : dc.debitColumn())
              + " has a minus sign; this provider writes amounts without one.");
    }
    return out.isBlank() ? amount : amount.negated();
  }

  private static Money money(String text, String column, long row) {
    String plain = text.strip().replace("£", "").replace(",", "");
    try {
      return Money.of(new BigDecimal(plain));
    } catch (NumberFormatException e) {
      throw new CardFileRefusedException(
          row,
          text.isBlank()
              ? "the " + column + " is empty."
              : "the "
                  + column
                  + " \""
                  + text
                  + "\" is not an amount of money (for example 12.50).");
    } catch (IllegalArgumentException e) {
      throw new CardFileRefusedException(
          row, "the " + column + " " + text + " has a fraction of a penny.");
    }
  }

  /** Follows the balances from row to row, in the file's order. */
  private final class Chain {
    private long row = 1;
    private CardTransaction previous;
    private CardTransaction first;
    private long count;

    void follow(CardTransaction t) {
      if (previous != null) {
        boolean oldestFirst = format.order() == RowOrder.OLDEST_FIRST;
        if (oldestFirst ? t.date().isBefore(previous.date()) : t.date().isAfter(previous.date())) {
          throw new CardFileRefusedException(
              t.row(),
              "it is dated "
                  + t.date()
                  + ", "
                  + (oldestFirst ? "before" : "after")
                  + " the row above it ("
                  + previous.date()
                  + "), but "
                  + format.provider()
                  + " lists transactions "
                  + (oldestFirst ? "oldest" : "newest")
                  + " first.");
        }
        Money expected =
            oldestFirst
                ? previous.balance().plus(t.amount())
                : previous.balance().minus(previous.amount());
        if (!expected.equals(t.balance())) {
          throw new CardFileRefusedException(
              t.row(),
              "the balance is "
                  + t.balance().formatted()
                  + " but the row above it makes it "
                  + expected.formatted()
                  + (oldestFirst
                      ? " ("
                          + previous.balance().formatted()
                          + " and this row's "
                          + signed(t.amount())
                          + ")"
                      : " ("
                          + previous.balance().formatted()
                          + " before that row's "
                          + signed(previous.amount())
                          + ")")
                  + ". The balances do not follow on, so the file is not a complete export of"
                  + " the card.");
        }
      } else {
        first = t;
      }
      previous = t;
      row = t.row();
      count++;
    }

    CardFileSummary summary(CardId card) {
      if (first == null) {
        throw new CardFileRefusedException("The card file has no transactions in it.");
      }
      CardTransaction oldest = format.order() == RowOrder.OLDEST_FIRST ? first : previous;
      CardTransaction newest = format.order() == RowOrder.OLDEST_FIRST ? previous : first;
      return new CardFileSummary(
          format.provider(),
          card.value(),
          count,
          oldest.date(),
          newest.date(),
          oldest.balance().minus(oldest.amount()),
          newest.balance());
    }
  }

  private static String signed(Money amount) {
    return amount.isNegative() ? "-" + amount.negated().formatted() : "+" + amount.formatted();
  }
}
