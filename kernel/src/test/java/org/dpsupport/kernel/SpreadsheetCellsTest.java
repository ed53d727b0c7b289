package org.dpsupport.kernel;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Spreadsheet cells: formula-leading text is escaped, numbers and plain text are not")
class SpreadsheetCellsTest {

  @Test
  @DisplayName("formulas get an apostrophe; names, references and signed numbers do not")
  void escapes() {
    String[][] cases = {
      {
        "=HYPERLINK(\"http://evil.example\",\"Click\")",
        "'=HYPERLINK(\"http://evil.example\",\"Click\")"
      },
      {"+SUM(1+1)", "'+SUM(1+1)"},
      {"-2+3", "'-2+3"},
      {"@SUM(A1)", "'@SUM(A1)"},
      {"Margaret Okafor", "Margaret Okafor"},
      {"DP-BDG-0001", "DP-BDG-0001"},
      {"-12.50", "-12.50"},
      {"+3", "+3"},
      {"1=1", "1=1"}
    };
    for (String[] c : cases) {
      assertEquals(c[1], SpreadsheetCells.safe(c[0]), c[0]);
    }
  }

  @Test
  @DisplayName("tabs and carriage returns at the start are escaped too; empty and null stay")
  void controlCharacters() {
    assertEquals("'\t=1", SpreadsheetCells.safe("\t=1"));
    assertEquals("'\r=1", SpreadsheetCells.safe("\r=1"));
    assertEquals("", SpreadsheetCells.safe(""));
    assertNull(SpreadsheetCells.safe((String) null));
  }

  @Test
  @DisplayName("a row keeps numbers and dates as they are and escapes text")
  void row() {
    assertArrayEquals(
        new Object[] {new BigDecimal("-1.00"), "2026-04-06", "'=1+1", null},
        SpreadsheetCells.row(new BigDecimal("-1.00"), LocalDate.of(2026, 4, 6), "=1+1", null));
  }
}
