package org.dpsupport.monitoring.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.dpsupport.monitoring.application.ReadingLimits;
import org.dpsupport.monitoring.application.ReceiptReader;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptReading;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import org.dpsupport.testresources.attacks.PdfBombs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@DisplayName("Decompression bombs are refused within the inflate budget, in well under 5 seconds")
class DecompressionBombTest {

  private static final long MB = 1024L * 1024;

  @ParameterizedTest(name = "a PDF inflating to {0} MB")
  @ValueSource(longs = {100, 400})
  @DisplayName("a statement bomb is refused as too complicated, quickly")
  void statementBomb(long inflatedMb) {
    byte[] bomb = PdfBombs.zeros(inflatedMb * MB);
    assertTrue(bomb.length < 2 * MB, "the bomb is small: " + bomb.length + " bytes");
    for (byte[] file : new byte[][] {bomb, PdfBombs.oneByteMore(bomb)}) {
      long start = System.nanoTime();
      StatementReading reading = new StatementReader().read(file);
      Duration took = Duration.ofNanos(System.nanoTime() - start);
      assertEquals(
          RefusalReason.TOO_COMPLEX,
          assertInstanceOf(StatementReading.Refused.class, reading).refusal().reason());
      assertTrue(took.toMillis() < 5000, "refused in " + took.toMillis() + " ms");
    }
  }

  @ParameterizedTest(name = "a receipt inflating to {0} MB")
  @ValueSource(longs = {100})
  @DisplayName("a receipt bomb goes to an officer, quickly")
  void receiptBomb(long inflatedMb) {
    long start = System.nanoTime();
    ReceiptReading reading = new ReceiptReader().read(PdfBombs.zeros(inflatedMb * MB));
    assertInstanceOf(ReceiptReading.ForOfficer.class, reading);
    assertTrue(Duration.ofNanos(System.nanoTime() - start).toMillis() < 5000);
  }

  @ParameterizedTest(name = "a stream inflating to {0} KB is within a 1 MB budget")
  @ValueSource(longs = {512})
  @DisplayName("a stream under the budget is read, not refused as a bomb")
  void underBudget(long inflatedKb) {
    StatementReader reader = new StatementReader(ReadingLimits.defaults().withMaxInflatedBytes(MB));
    StatementReading reading = reader.read(PdfBombs.zeros(inflatedKb * 1024));
    // a page of zeros has no writing: refused as blank, not as too complicated
    assertEquals(
        RefusalReason.BLANK,
        assertInstanceOf(StatementReading.Refused.class, reading).refusal().reason());
  }
}
