package org.dpsupport.monitoring.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.layout.PageText;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Wrapped lines are attached per entry, not by a file-wide rule")
class PerEntryWrappingTest {

  private float y = 100;

  /** A line: alternating x positions and texts, each word 5 points a character. */
  private TextLine line(Object... placed) {
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < placed.length; i += 2) {
      float x = ((Number) placed[i]).floatValue();
      for (String w : ((String) placed[i + 1]).split(" ")) {
        words.add(new Word(w, x, x + 5 * w.length(), y, 9));
        x += 5 * w.length() + 3;
      }
    }
    y += 12;
    return new TextLine(words, y - 12);
  }

  @Test
  @DisplayName(
      "app style, one credit misprinted without pence: the other entries keep their own"
          + " reference lines")
  void oneMissedFigureMovesNothingElse() throws Exception {
    List<TextLine> lines = new ArrayList<>();
    lines.add(line(40, "Statement period 1 March 2026 to 31 March 2026"));
    lines.add(line(40, "Date", 100, "Payee", 400, "Amount"));
    lines.add(line(40, "2 Mar", 100, "Helping Hands Ltd", 400, "−£700.00"));
    lines.add(line(100, "Invoice 4471"));
    lines.add(line(40, "4 Mar", 100, "Manchester City Council", 400, "+£1,520"));
    lines.add(line(100, "Direct payment March"));
    lines.add(line(40, "6 Mar", 100, "J Kowalska", 400, "−£418.00"));
    lines.add(line(100, "PA wages week 10"));
    lines.add(line(40, "9 Mar", 100, "Tesco Stores", 400, "−£27.35"));
    lines.add(line(100, "Card ending 4410"));
    Statement statement = new StatementLayoutParser().parse(List.of(new PageText(1, lines, false)));
    List<String> descriptions = statement.lines().stream().map(StatementLine::description).toList();
    assertEquals(3, descriptions.size(), descriptions.toString());
    // the row whose figure could not be read joins the entry above it (the check will catch the
    // missing payment); the entries below keep their own reference lines
    assertTrue(
        descriptions.get(0).startsWith("Helping Hands Ltd Invoice 4471"), descriptions.get(0));
    assertEquals("J Kowalska PA wages week 10", descriptions.get(1));
    assertEquals("Tesco Stores Card ending 4410", descriptions.get(2));
    assertEquals(
        List.of(Money.parse("-700.00"), Money.parse("-418.00"), Money.parse("-27.35")),
        statement.lines().stream().map(StatementLine::amount).toList());
  }
}
