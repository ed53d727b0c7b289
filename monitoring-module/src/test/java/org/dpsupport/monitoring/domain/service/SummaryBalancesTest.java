package org.dpsupport.monitoring.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Opening and closing balances found wherever a summary prints them")
class SummaryBalancesTest {

  private static final Optional<StatementPeriod> MARCH =
      Optional.of(StatementPeriod.printed(LocalDate.of(2026, 3, 1), LocalDate.of(2026, 3, 31)));

  /** A line at {@code y}: alternating x positions and texts; each word 5 points a character. */
  private static TextLine line(float y, float size, Object... placed) {
    List<Word> words = new ArrayList<>();
    for (int i = 0; i < placed.length; i += 2) {
      float x = ((Number) placed[i]).floatValue();
      for (String w : ((String) placed[i + 1]).split(" ")) {
        words.add(new Word(w, x, x + 5 * w.length(), y, size));
        x += 5 * w.length() + 3;
      }
    }
    return new TextLine(words, y);
  }

  @Test
  @DisplayName("'Opening balance on 1 March 2026 £1,418.78': words between the label and figure")
  void wordsBetween() {
    SummaryBalances found =
        SummaryBalances.find(
            List.of(
                line(100, 9, 40, "Opening balance on 1 March 2026", 300, "£1,418.78"),
                line(112, 9, 40, "Closing balance on 31 March 2026", 300, "£1,002.10")),
            MARCH);
    assertEquals(Optional.of(Money.parse("1418.78")), found.opening());
    assertEquals(Optional.of(Money.parse("1002.10")), found.closing());
  }

  @Test
  @DisplayName("four labels on one line, the values on the line below, paired by overlap")
  void box() {
    SummaryBalances found =
        SummaryBalances.find(
            List.of(
                line(
                    100,
                    8,
                    44,
                    "Opening balance",
                    170,
                    "Payments in",
                    300,
                    "Payments out",
                    430,
                    "Closing balance"),
                line(115, 10, 44, "£212.40", 170, "£2,245.00", 300, "£3,197.59", 430, "(£740.19)")),
            MARCH);
    assertEquals(Optional.of(Money.parse("212.40")), found.opening());
    assertEquals(Optional.of(Money.parse("-740.19")), found.closing());
  }

  @Test
  @DisplayName("app cards: a small label above a large value, the minus a Unicode minus")
  void cards() {
    SummaryBalances found =
        SummaryBalances.find(
            List.of(
                line(100, 7.5f, 48, "Start balance", 300, "End balance"),
                line(120, 14, 48, "£512.06", 300, "\u2212£193.88")),
            MARCH);
    assertEquals(Optional.of(Money.parse("512.06")), found.opening());
    assertEquals(Optional.of(Money.parse("-193.88")), found.closing());
  }

  @Test
  @DisplayName("'Balance on 1 March' and 'Balance on 31 March': the earlier date is the opening")
  void balanceOnDate() {
    SummaryBalances found =
        SummaryBalances.find(
            List.of(
                line(100, 9, 40, "Balance on 31 March 2026", 300, "£80.00"),
                line(112, 9, 40, "Balance on 1 March 2026", 300, "£120.00")),
            MARCH);
    assertEquals(Optional.of(Money.parse("120.00")), found.opening());
    assertEquals(Optional.of(Money.parse("80.00")), found.closing());
  }

  @Test
  @DisplayName("a label in a sentence takes no figure from the line below it")
  void sentenceIsNotALabel() {
    SummaryBalances found =
        SummaryBalances.find(
            List.of(
                line(100, 9, 40, "Your closing balance will be shown on your next statement"),
                line(112, 9, 40, "Overdraft limit", 300, "£250.00")),
            MARCH);
    assertEquals(Optional.empty(), found.closing());
  }

  @Test
  @DisplayName("a value on the next page is not under the label")
  void notAcrossPages() {
    SummaryBalances found =
        SummaryBalances.find(
            List.of(line(780, 9, 44, "Closing balance"), line(60, 9, 44, "£10.00")), MARCH);
    assertEquals(Optional.empty(), found.closing());
  }
}
