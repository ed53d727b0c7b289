package org.dpsupport.monitoring.cards;

import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.monitoring.application.CardFileReader;
import org.dpsupport.monitoring.domain.model.card.CardFileFormat;
import org.dpsupport.monitoring.domain.model.card.CardFileSummary;
import org.dpsupport.monitoring.domain.model.card.CardId;
import org.dpsupport.monitoring.domain.model.card.CardStatement;

/** Card files for the tests: the fixtures, a builder for small Clearcard files, and reading. */
public final class CardFiles {

  public static final CardId CLEARCARD_CARD = new CardId("C-0048213");
  public static final CardId PAYCIRCLE_CARD = new CardId("535522******4821");

  private CardFiles() {}

  public static CardFileFormat format(String provider) {
    return CardFileFormat.named(provider).orElseThrow();
  }

  /** A fixture under {@code cards/}. */
  public static String fixture(String name) {
    try (InputStream in = CardFiles.class.getResourceAsStream("/cards/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static CardStatement read(String provider, CardId card, String csv) {
    return read(provider, card, new StringReader(csv));
  }

  public static CardStatement read(String provider, CardId card, Reader csv) {
    CardFileFormat format = format(provider);
    CardStatement.Collector lines = new CardStatement.Collector();
    CardFileSummary summary = new CardFileReader(format).read(csv, card, lines);
    return lines.build("card-1", summary, format.order());
  }

  /** A Clearcard file, oldest first, its balances worked out from the opening balance. */
  public static Builder aClearcardFile(String opening) {
    return new Builder(new BigDecimal(opening));
  }

  /** Builds a Clearcard export row by row. */
  public static final class Builder {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("dd/MM/uuuu");
    private BigDecimal balance;
    private final List<String> rows = new ArrayList<>();

    private Builder(BigDecimal opening) {
      this.balance = opening;
    }

    public Builder row(LocalDate date, String merchant, String mcc, String amount) {
      balance = balance.add(new BigDecimal(amount));
      rows.add(
          DAY.format(date)
              + ","
              + CLEARCARD_CARD
              + ","
              + merchant
              + ","
              + mcc
              + ","
              + amount
              + ","
              + balance.toPlainString()
              + ",TX"
              + rows.size());
      return this;
    }

    public String csv() {
      return "Transaction Date,Card ID,Merchant Name,MCC,Amount,Balance,Reference\r\n"
          + String.join("\r\n", rows)
          + "\r\n";
    }
  }
}
