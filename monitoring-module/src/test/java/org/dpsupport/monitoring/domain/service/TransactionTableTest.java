package org.dpsupport.monitoring.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;
import org.dpsupport.monitoring.domain.service.TransactionTable.Kind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Inferring the transaction table's columns from its heading")
class TransactionTableTest {

  /** Lays out words at x positions: each entry is "x:text", 5 points per character. */
  private static TextLine line(String... placed) {
    List<Word> words = new ArrayList<>();
    for (String p : placed) {
      float x = Float.parseFloat(p.substring(0, p.indexOf(':')));
      for (String w : p.substring(p.indexOf(':') + 1).split(" ")) {
        words.add(new Word(w, x, x + 5 * w.length(), 100, 9));
        x += 5 * w.length() + 2.5f;
      }
    }
    return new TextLine(words, 100);
  }

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "Paid out, OUT",
    "Money in (£), IN",
    "Withdrawals, OUT",
    "Deposits, IN",
    "Debit, OUT",
    "Amount, AMOUNT",
    "Balance (£), BALANCE",
    "Transaction date, DATE",
    "Payment type and details, DESCRIPTION",
    "Particulars, DESCRIPTION"
  })
  void headings(String heading, Kind kind) {
    assertEquals(Optional.of(kind), TransactionTable.kindOf(heading));
  }

  @Test
  @DisplayName("a figure under 'Paid in' is money in, one under 'Balance' is the balance")
  void readsByPosition() {
    TransactionTable table =
        TransactionTable.fromHeading(
                line("40:Date", "110:Description", "300:Paid out", "380:Paid in", "470:Balance"))
            .orElseThrow();
    TransactionTable.Row row =
        table.read(line("40:03 Apr 2026", "110:REFUND TESCO STORES", "380:12.60", "470:1,234.00"));
    assertEquals("03 Apr 2026", row.dateText());
    assertEquals("REFUND TESCO STORES", row.description());
    assertEquals(Set.of(Kind.IN, Kind.BALANCE), row.amounts().keySet());
  }

  @Test
  @DisplayName("a figure inside the description ('at 15.75') stays part of the description")
  void figureInDescription() {
    TransactionTable table =
        TransactionTable.fromHeading(
                line("40:Date", "110:Description", "300:Paid out", "380:Paid in", "470:Balance"))
            .orElseThrow();
    TransactionTable.Row row =
        table.read(line("40:03/04/26", "110:CARE 12 HRS AT 15.75", "300:189.00", "470:1,234.00"));
    assertEquals("CARE 12 HRS AT 15.75", row.description());
    assertTrue(row.amounts().containsKey(Kind.OUT));
  }

  @Test
  @DisplayName("a line without a date heading is not a table heading")
  void notAHeading() {
    assertTrue(TransactionTable.fromHeading(line("40:Opening balance", "250:£2,315.40")).isEmpty());
  }
}
