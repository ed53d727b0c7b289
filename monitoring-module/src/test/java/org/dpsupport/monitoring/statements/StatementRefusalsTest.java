package org.dpsupport.monitoring.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.time.Duration;
import org.dpsupport.monitoring.application.ReadingLimits;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.statement.Refusal;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Files that are not readable statements are refused with a specific reason")
class StatementRefusalsTest {

  private final StatementReader reader = new StatementReader();

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource({
    "scanned-statement.pdf, SCANNED_PICTURE",
    "password-protected.pdf, PASSWORD_PROTECTED",
    "truncated.pdf, DAMAGED",
    "not-a-pdf.pdf, NOT_A_PDF",
    "too-many-pages.pdf, TOO_MANY_PAGES",
    "council-letter.pdf, NOT_A_STATEMENT",
    "blank-pages.pdf, BLANK"
  })
  @DisplayName("each bad input fixture gets its reason")
  void refusesFixture(String file, RefusalReason reason) {
    assertEquals(reason, refusal(reader.read(Fixtures.refusal(file))).reason());
  }

  @Test
  @DisplayName("the scanned statement gets the sentence from the style guide, word for word")
  void scannedSentence() {
    assertEquals(
        "This file is a scanned picture, so we could not read the payments in it. You"
            + " can still send it; an officer will read it.",
        refusal(reader.read(Fixtures.refusal("scanned-statement.pdf"))).message());
  }

  @Test
  @DisplayName("a statement bigger than a 2 KB size limit is refused as too large")
  void overSizeLimit() {
    StatementReader small = new StatementReader(ReadingLimits.defaults().withMaxBytes(2048));
    Refusal refusal = refusal(small.read(Fixtures.statementPdf("out-and-in-columns")));
    assertEquals(RefusalReason.TOO_LARGE, refusal.reason());
  }

  @Test
  @DisplayName("a two-page statement is refused when the page limit is 1, naming the limit")
  void overPageLimit() {
    StatementReader onePage = new StatementReader(ReadingLimits.defaults().withMaxPages(1));
    Refusal refusal = refusal(onePage.read(Fixtures.statementPdf("out-and-in-columns")));
    assertEquals(RefusalReason.TOO_MANY_PAGES, refusal.reason());
    assertEquals(
        "This file has more pages than we can read in one go (the limit is 1 pages)."
            + " Please send each statement as a separate file.",
        refusal.message());
  }

  @Test
  @DisplayName("reading stops with TOO_SLOW when the time limit has passed")
  void overTimeLimit() {
    StatementReader hurried =
        new StatementReader(ReadingLimits.defaults().withMaxTime(Duration.ofNanos(1)));
    assertEquals(
        RefusalReason.TOO_SLOW,
        refusal(hurried.read(Fixtures.statementPdf("out-and-in-columns"))).reason());
  }

  @Test
  @DisplayName("an empty file and a null are refused as empty, not crashed on")
  void empty() {
    assertEquals(RefusalReason.EMPTY_FILE, refusal(reader.read(new byte[0])).reason());
    assertEquals(RefusalReason.EMPTY_FILE, refusal(reader.read(null)).reason());
  }

  @Test
  @DisplayName("a statement locked only against editing (no open password) is still read")
  void ownerPasswordOnly() {
    assertInstanceOf(
        StatementReading.Read.class,
        reader.read(Fixtures.statementPdf("out-and-in-columns-owner-password-only")));
  }

  private static Refusal refusal(StatementReading reading) {
    return assertInstanceOf(StatementReading.Refused.class, reading, reading.toString()).refusal();
  }
}
