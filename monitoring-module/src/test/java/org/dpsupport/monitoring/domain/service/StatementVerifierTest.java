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
    return new StatementLine(LocalDate.of(2026, 4, 3), "PA WAGES", Money.parse(amount),
        Optional.ofNullable(balance).map(Money::parse));
  }

  @Test
  @DisplayName("100.00 - 40.00 = 60.00, + 15.50 (no balance printed) - 5.50 = 70.00: verified")
  void addsUp() {
    Verification v = verifier.verify(Optional.of(Money.parse("100.00")),
        List.of(line("-40.00", "60.00"), line("15.50", null), line("-5.50", "70.00")),
        Optional.of(Money.parse("70.00")));
    assertTrue(v.verified());
    assertEquals("VERIFIED", v.summary());
  }

  @Test
  @DisplayName("row 2 printed 80.00 where 60.00 - 10.00 = 50.00: exactly row 2 and the closing disagree")
  void listsTheRowsThatDisagree() {
    Verification v = verifier.verify(Optional.of(Money.parse("100.00")),
        List.of(line("-40.00", "60.00"), line("-10.00", "80.00"), line("-5.00", "75.00")),
        Optional.of(Money.parse("75.00")));
    assertFalse(v.verified());
    // row 3 is checked from the printed 80.00: 80.00 - 5.00 = 75.00, so it is not reported
    assertEquals(List.of(2, 0), v.disagreements().stream().map(BalanceDisagreement::row).toList());
    BalanceDisagreement row2 = v.disagreements().get(0);
    assertEquals(Money.parse("50.00"), row2.expected());
    assertEquals(Money.parse("80.00"), row2.printed());
    // closing: 100.00 - 40.00 - 10.00 - 5.00 = 45.00, printed 75.00
    assertEquals(Money.parse("45.00"), v.disagreements().get(1).expected());
  }

  @Test
  @DisplayName("without a printed opening balance nothing is verified")
  void missingOpening() {
    Verification v = verifier.verify(Optional.empty(), List.of(line("-40.00", "60.00")),
        Optional.of(Money.parse("60.00")));
    assertFalse(v.verified());
    assertEquals(List.of("the statement does not print its opening balance"), v.gaps());
  }
}
