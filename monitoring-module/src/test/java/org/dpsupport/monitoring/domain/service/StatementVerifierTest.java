package org.dpsupport.monitoring.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpsupport.monitoring.domain.model.money.Money;
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
}
