package org.dpsupport.monitoring.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.statement.BalanceDisagreement;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import org.dpsupport.monitoring.domain.model.statement.Verification;
import org.dpsupport.monitoring.interfaces.cli.StatementOutput;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("A statement whose printed balances do not add up")
class UnverifiedStatementTest {

  @Test
  @DisplayName("row 4 printed £1,185.80 where 1,240.00 - 64.20 = 1,175.80: exactly row 4 is named")
  void namesTheRow() {
    StatementReading reading =
        new StatementReader().read(Fixtures.bytes("/fixtures/unverified/misprinted-balance.pdf"));
    Statement statement = assertInstanceOf(StatementReading.Read.class, reading).statement();
    assertFalse(statement.verified());
    List<BalanceDisagreement> disagreements = statement.verification().disagreements();
    assertEquals(List.of(4), disagreements.stream().map(BalanceDisagreement::row).toList());
    assertEquals(Money.parse("1175.80"), disagreements.get(0).expected());
    assertEquals(Money.parse("1185.80"), disagreements.get(0).printed());
    // the rows are still reported exactly as printed, never corrected by calculation
    assertEquals(
        Fixtures.text("/fixtures/unverified/misprinted-balance.csv"),
        StatementOutput.csv(statement));
  }

  @Test
  @DisplayName(
      "no balances and no running balance: read exactly, not refused, not verified, and the"
          + " message says what was missing rather than that it does not add up")
  void readsWhatCannotBeChecked() {
    StatementReading reading =
        new StatementReader().read(Fixtures.bytes("/fixtures/unverified/no-balances.pdf"));
    Statement statement = assertInstanceOf(StatementReading.Read.class, reading).statement();
    assertEquals(
        Fixtures.text("/fixtures/unverified/no-balances.csv"), StatementOutput.csv(statement));
    assertFalse(statement.verified());
    assertTrue(statement.verification().uncheckable());
    assertEquals(List.of(), statement.verification().disagreements());
    assertEquals(Verification.Check.NONE, statement.verification().check());
    assertTrue(
        statement.verification().explanation().startsWith("The payments were read but could not"),
        statement.verification().explanation());
    assertTrue(
        statement.verification().gaps().get(0).contains("does not print its opening balance"),
        statement.verification().gaps().toString());
  }
}
