package org.dpsupport.monitoring.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.Optional;
import java.util.stream.Stream;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.statement.AccountDetails;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import org.dpsupport.monitoring.domain.model.statement.Verification;
import org.dpsupport.monitoring.interfaces.cli.StatementOutput;
import org.dpsupport.testresources.statements.StatementSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Every fixture statement layout is read exactly and verifies")
class StatementFixturesTest {

  private final StatementReader reader = new StatementReader();

  static Stream<String> fixtures() {
    return Fixtures.statementNames().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @DisplayName("transactions equal the ground truth CSV and the arithmetic verifies")
  void readsTheGroundTruth(String name) {
    StatementReading reading = reader.read(Fixtures.statementPdf(name));
    Statement statement = assertInstanceOf(StatementReading.Read.class, reading).statement();
    assertEquals(Fixtures.groundTruth(name), StatementOutput.csv(statement));
    assertTrue(statement.verified(), statement.verification().summary());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @DisplayName("account details equal the data the statement was printed from")
  void readsTheAccountDetails(String name) {
    StatementSpec spec = Fixtures.spec(name);
    Statement statement =
        ((StatementReading.Read) reader.read(Fixtures.statementPdf(name))).statement();
    AccountDetails account = statement.account();
    assertEquals(Optional.of(spec.holder()), account.holder());
    assertEquals(spec.sortCode(), account.sortCode().orElseThrow().value());
    assertEquals(spec.accountNumber(), account.accountNumber().orElseThrow().value());
    assertEquals(spec.periodStart(), account.period().orElseThrow().start());
    assertEquals(spec.periodEnd(), account.period().orElseThrow().lastDay());
    if (!spec.printsBalances()) {
      // nothing printed, nothing filled in: the running balances proved the rows
      assertEquals(Optional.empty(), account.openingBalance());
      assertEquals(Optional.empty(), account.closingBalance());
      assertEquals(Verification.Check.RUNNING_BALANCE, statement.verification().check());
      return;
    }
    assertEquals(Optional.of(money(spec.opening())), account.openingBalance());
    // closing = opening + every transaction in the data
    assertEquals(Optional.of(money(spec.closing())), account.closingBalance());
    assertEquals(Verification.Check.BALANCES, statement.verification().check());
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @DisplayName("rows are checked in the order the statement prints them (oldest or newest first)")
  void knowsTheOrder(String name) {
    StatementSpec spec = Fixtures.spec(name);
    Statement statement =
        ((StatementReading.Read) reader.read(Fixtures.statementPdf(name))).statement();
    assertEquals(
        spec.layout().newestFirst()
            ? Verification.RowOrder.NEWEST_FIRST
            : Verification.RowOrder.OLDEST_FIRST,
        statement.verification().order());
  }

  private static Money money(BigDecimal amount) {
    return Money.of(amount.setScale(2));
  }
}
