package org.dpsupport.monitoring.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.statement.BalanceDisagreement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.Verification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Checking a statement's arithmetic")
class StatementVerifierTest {

  private final StatementVerifier verifier = new StatementVerifier();

  private static StatementLine line(String amount, String balance) {
    return new StatementLine(
        LocalDate.of(2026, 4, 3),
        "PA WAGES",
        Money.parse(amount),
        Optional.ofNullable(balance).map(Money::parse));
  }

  @Test
  @DisplayName("100.00 - 40.00 = 60.00, + 15.50 (no balance printed) - 5.50 = 70.00: verified")
  void addsUp() {
    Verification v =
        verifier.verify(
            Optional.of(Money.parse("100.00")),
            List.of(line("-40.00", "60.00"), line("15.50", null), line("-5.50", "70.00")),
            Optional.of(Money.parse("70.00")));
    assertTrue(v.verified());
    assertEquals("VERIFIED", v.summary());
  }

  @Test
  @DisplayName(
      "an amount misread on row 2 (-10.00, balances say -40.00): row 2 and the closing disagree")
  void misreadAmount() {
    // 100.00 - 40.00 = 60.00; row 2 printed 20.00 but 60.00 - 10.00 = 50.00
    Verification v =
        verifier.verify(
            Optional.of(Money.parse("100.00")),
            List.of(line("-40.00", "60.00"), line("-10.00", "20.00"), line("-5.00", "15.00")),
            Optional.of(Money.parse("15.00")));
    assertFalse(v.verified());
    // row 3 is checked from the printed 20.00: 20.00 - 5.00 = 15.00, so it is not reported
    assertEquals(List.of(2, 0), v.disagreements().stream().map(BalanceDisagreement::row).toList());
    BalanceDisagreement row2 = v.disagreements().get(0);
    assertEquals(Money.parse("50.00"), row2.expected());
    assertEquals(Money.parse("20.00"), row2.printed());
    // closing: 100.00 - 40.00 - 10.00 - 5.00 = 45.00, printed 15.00
    assertEquals(Money.parse("45.00"), v.disagreements().get(1).expected());
  }

  @Test
  @DisplayName("one balance misprinted £10 high on row 2 (70.00 for 60.00): only row 2 is reported")
  void misprintedBalance() {
    // 100.00 - 40.00 = 60.00 printed 70.00; row 3: 60.00 - 5.00 = 55.00 printed 55.00
    Verification v =
        verifier.verify(
            Optional.of(Money.parse("100.00")),
            List.of(line("-40.00", "70.00"), line("-5.00", "55.00")),
            Optional.of(Money.parse("55.00")));
    assertEquals(List.of(1), v.disagreements().stream().map(BalanceDisagreement::row).toList());
  }

  @Test
  @DisplayName("without a printed opening balance nothing is verified")
  void missingOpening() {
    Verification v =
        verifier.verify(
            Optional.empty(), List.of(line("-40.00", "60.00")), Optional.of(Money.parse("60.00")));
    assertFalse(v.verified());
    assertEquals(List.of("the statement does not print its opening balance"), v.gaps());
  }

  private static StatementLine on(int day, String amount, String balance) {
    return new StatementLine(
        LocalDate.of(2026, 4, day),
        "ROW " + day,
        Money.parse(amount),
        Optional.ofNullable(balance).map(Money::parse));
  }

  @Test
  @DisplayName(
      "newest first (5, 4, 3 Apr) with running balances and no summary: checked oldest first,"
          + " verified by the running balance")
  void newestFirstRunningBalance() {
    // oldest first: 100.00 -> 3 Apr -40.00 = 60.00 -> 4 Apr +15.50 = 75.50 -> 5 Apr -5.50 = 70.00
    Verification v =
        verifier.verify(
            Optional.empty(),
            List.of(on(5, "-5.50", "70.00"), on(4, "15.50", "75.50"), on(3, "-40.00", "60.00")),
            Optional.empty());
    assertTrue(v.verified(), v.summary());
    assertEquals(Verification.RowOrder.NEWEST_FIRST, v.order());
    assertEquals(Verification.Check.RUNNING_BALANCE, v.check());
  }

  @Test
  @DisplayName("newest first with a wrong balance: the row is named by its printed position")
  void newestFirstNamesPrintedRow() {
    Verification v =
        verifier.verify(
            Optional.empty(),
            List.of(on(5, "-5.50", "70.00"), on(4, "15.50", "76.50"), on(3, "-40.00", "60.00")),
            Optional.empty());
    // 60.00 + 15.50 = 75.50, printed 76.50 on printed row 2; row 1 then follows from 76.50? no:
    // 76.50 - 5.50 = 71.00, but it agrees with the calculated 75.50 - 5.50 = 70.00
    assertEquals(List.of(2), v.disagreements().stream().map(BalanceDisagreement::row).toList());
  }

  @Test
  @DisplayName("the same day on every row: the order comes from which way the balances chain")
  void orderFromBalances() {
    List<StatementLine> newestFirst =
        List.of(on(3, "-5.50", "70.00"), on(3, "15.50", "75.50"), on(3, "-40.00", "60.00"));
    assertEquals(Verification.RowOrder.NEWEST_FIRST, StatementVerifier.order(newestFirst));
  }

  @Test
  @DisplayName(
      "a statement that prints balance wording it lost is not proved by its running balance")
  void lostBalancesAreNotReplaced() {
    Verification v =
        verifier.verify(
            Optional.empty(),
            List.of(on(3, "-40.00", "60.00"), on(4, "15.50", "75.50")),
            Optional.empty(),
            true);
    assertFalse(v.verified());
    assertTrue(v.uncheckable());
    assertEquals("the opening balance the statement prints could not be read", v.gaps().get(0));
  }

  @Test
  @DisplayName(
      "no summary and a balance on only some rows: read, not verified, says what is missing")
  void partialRunningBalance() {
    Verification v =
        verifier.verify(
            Optional.empty(),
            List.of(on(3, "-40.00", null), on(4, "15.50", "75.50")),
            Optional.empty());
    assertTrue(v.uncheckable());
    assertEquals(Verification.Check.NONE, v.check());
    assertTrue(v.explanation().contains("nor a running balance on every row"), v.explanation());
  }
}
