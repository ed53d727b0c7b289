package org.dpsupport.monitoring.cards;

import static org.dpsupport.monitoring.cards.CardFiles.CLEARCARD_CARD;
import static org.dpsupport.monitoring.cards.CardFiles.PAYCIRCLE_CARD;
import static org.dpsupport.monitoring.cards.CardFiles.fixture;
import static org.dpsupport.monitoring.cards.CardFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.application.CardFileReader;
import org.dpsupport.monitoring.domain.model.card.CardFileRefusedException;
import org.dpsupport.monitoring.domain.model.card.CardFileSummary;
import org.dpsupport.monitoring.domain.model.card.CardStatement;
import org.dpsupport.monitoring.domain.model.card.MerchantCategoryCode;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardFileReaderTest {

  private static final String CLEARCARD = fixture("clearcard-april-2026.csv");
  private static final String PAYCIRCLE = fixture("paycircle-april-2026.csv");

  @Test
  @DisplayName("Clearcard, oldest first, one signed amount: every row, balances and codes")
  void clearcard() {
    CardStatement card = read("clearcard", CLEARCARD_CARD, CLEARCARD);
    CardFileSummary s = card.summary();
    assertEquals(15, s.transactions());
    assertEquals(LocalDate.of(2026, 4, 1), s.firstDate());
    assertEquals(LocalDate.of(2026, 4, 30), s.lastDate());
    // opening is the balance before the first row: 1,510.42 less the 1,200.00 load
    assertEquals(Money.parse("310.42"), s.opening());
    assertEquals(Money.parse("1052.33"), s.closing());
    StatementLine quoted = card.lines().get(3);
    assertEquals("Smith, Jones & Co Care", quoted.description());
    assertEquals(Money.parse("-142.50"), quoted.amount());
    assertEquals(Optional.empty(), card.merchantCategory(1), "a load has no merchant category");
    assertEquals(Optional.of(new MerchantCategoryCode(6011)), card.merchantCategory(5));
  }

  @Test
  @DisplayName("Paycircle, newest first, paid out and paid in columns: read oldest first")
  void paycircle() {
    CardStatement card = read("paycircle", PAYCIRCLE_CARD, PAYCIRCLE);
    CardFileSummary s = card.summary();
    assertEquals(11, s.transactions());
    assertEquals(LocalDate.of(2026, 4, 1), s.firstDate());
    assertEquals(LocalDate.of(2026, 4, 29), s.lastDate());
    assertEquals(Money.parse("385.10"), s.opening());
    assertEquals(Money.parse("1396.96"), s.closing());
    StatementLine first = card.lines().get(0);
    assertEquals("COUNCIL DIRECT PAYMENT LOAD", first.description());
    assertEquals(Money.parse("1200.00"), first.amount());
    StatementLine bet = card.lines().get(5);
    assertEquals("BET365", bet.description());
    assertEquals(Money.parse("-20.00"), bet.amount(), "paid out is money out");
    assertEquals(Optional.of(new MerchantCategoryCode(7995)), card.merchantCategory(6));
  }

  @Test
  @DisplayName("A balance that does not follow from the row above: refused at that row")
  void balancesMustChain() {
    String broken = CLEARCARD.replace("-285.00,751.12", "-285.00,750.12");
    CardFileRefusedException e =
        assertThrows(
            CardFileRefusedException.class, () -> read("clearcard", CLEARCARD_CARD, broken));
    assertEquals(7, e.row().getAsLong());
    assertEquals(
        "Row 7 of the card file: the balance is £750.12 but the row above it makes it £751.12"
            + " (£1,036.12 and this row's -£285.00). The balances do not follow on, so the file"
            + " is not a complete export of the card.",
        e.getMessage());
  }

  @Test
  @DisplayName("Newest first: the balance chain runs backwards and a break is found all the same")
  void newestFirstChain() {
    String broken =
        PAYCIRCLE.replace("BOOTS 1182,5912,14.99,,881.96", "BOOTS 1182,5912,14.99,,880.96");
    CardFileRefusedException e =
        assertThrows(
            CardFileRefusedException.class, () -> read("paycircle", PAYCIRCLE_CARD, broken));
    assertEquals(6, e.row().getAsLong());
  }

  @Test
  @DisplayName("A row from another card: refused, naming both cards")
  void anotherCard() {
    String other = CLEARCARD.replace("03/04/2026,C-0048213", "03/04/2026,C-0099999");
    CardFileRefusedException e =
        assertThrows(
            CardFileRefusedException.class, () -> read("clearcard", CLEARCARD_CARD, other));
    assertEquals(
        "Row 4 of the card file: the card C-0099999 is not this direct payment's card"
            + " (C-0048213). Export the transactions of this card only.",
        e.getMessage());
  }

  @Test
  @DisplayName("A file for another account's card is refused at its first row")
  void fileOfAnotherCard() {
    CardFileRefusedException e =
        assertThrows(
            CardFileRefusedException.class,
            () ->
                read(
                    "clearcard",
                    new org.dpsupport.monitoring.domain.model.card.CardId("C-0011111"),
                    CLEARCARD));
    assertEquals(2, e.row().getAsLong());
  }

  @Test
  @DisplayName("Malformed CSV: an unclosed quote, a missing value, a bad date, amount or code")
  void malformed() {
    assertRefused(
        CLEARCARD.replace("\"Smith, Jones & Co Care\"", "\"Smith, Jones & Co Care"),
        5,
        "is not well-formed CSV");
    assertRefused(
        CLEARCARD.replace("ADDISON LEE,4121,", "ADDISON LEE,"),
        8,
        "it has 6 values where the heading row has 7");
    assertRefused(
        CLEARCARD.replace("14/04/2026", "31/04/2026"),
        9,
        "the Transaction Date \"31/04/2026\" is not a date written as Clearcard writes them.");
    assertRefused(
        CLEARCARD.replace("-12.00,720.72", "twelve,720.72"),
        9,
        "the Amount \"twelve\" is not an amount of money (for example 12.50).");
    assertRefused(
        CLEARCARD.replace(",7997,", ",79X7,"), 9, "'79X7' is not a merchant category code");
    assertRefused(CLEARCARD.replace("-6.80,1218.62", "-6.805,1218.62"), 4, "fraction of a penny");
  }

  @Test
  @DisplayName("Rows out of date order for the provider are refused")
  void dateOrder() {
    assertRefused(CLEARCARD.replace("11/04/2026", "01/04/2026"), 8, "before the row above it");
  }

  @Test
  @DisplayName("A file in another provider's layout: refused, naming the missing heading")
  void wrongProvider() {
    CardFileRefusedException e =
        assertThrows(
            CardFileRefusedException.class, () -> read("clearcard", CLEARCARD_CARD, PAYCIRCLE));
    assertTrue(
        e.getMessage()
            .startsWith(
                "The card file has no column headed \"Transaction Date\", so it is not a"
                    + " Clearcard export as we know it. Its headings are: Posted, Card Number,"),
        e.getMessage());
  }

  @Test
  @DisplayName("An empty file and a file of headings only are refused")
  void empty() {
    assertEquals(
        "The card file is empty.",
        assertThrows(CardFileRefusedException.class, () -> read("clearcard", CLEARCARD_CARD, ""))
            .getMessage());
    assertEquals(
        "The card file has no transactions in it.",
        assertThrows(
                CardFileRefusedException.class,
                () -> read("clearcard", CLEARCARD_CARD, CLEARCARD.lines().findFirst().get()))
            .getMessage());
  }

  @Test
  @DisplayName("A million rows stream through in a 256 MB heap: the file is never held as text")
  void millionRowsStream() {
    AtomicLong spent = new AtomicLong();
    CardFileSummary s =
        new CardFileReader(CardFiles.format("clearcard"))
            .read(
                new GeneratedCardFile(1_000_000, 100),
                CLEARCARD_CARD,
                t -> spent.addAndGet(t.amount().amount().unscaledValue().longValueExact()));
    assertEquals(1_000_000, s.transactions());
    assertEquals(GeneratedCardFile.lastDay(1_000_000, 100), s.lastDate());
    // every penny in and out accounted for: opening + the amounts = closing
    assertEquals(
        s.closing(), s.opening().plus(Money.of(java.math.BigDecimal.valueOf(spent.get(), 2))));
  }

  private static void assertRefused(String csv, long row, String words) {
    CardFileRefusedException e =
        assertThrows(CardFileRefusedException.class, () -> read("clearcard", CLEARCARD_CARD, csv));
    assertTrue(e.getMessage().contains(words), e.getMessage());
    assertEquals(row, e.row().getAsLong(), e.getMessage());
  }
}
