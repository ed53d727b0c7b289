package org.dpsupport.monitoring.interfaces.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.statement.AccountDetails;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.Verification;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("bin/dps statement CSV: a payee's text cannot become a spreadsheet formula")
class StatementCsvFormulaTest {

  private static StatementLine line(String description, String amount, String balance) {
    return new StatementLine(
        LocalDate.of(2026, 11, 3),
        description,
        Money.parse(amount),
        Optional.ofNullable(balance).map(Money::parse));
  }

  @Test
  @DisplayName(
      "descriptions starting with =, +, -, @ get an apostrophe; signed amounts and balances stay"
          + " numbers")
  void formulaDescriptionsAreEscaped() {
    Statement statement =
        new Statement(
            new AccountDetails(
                Optional.of("Ms A Holder"),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty(),
                Optional.empty()),
            List.of(
                line("=HYPERLINK(\"http://evil.example\",\"Click\")", "-12.50", "987.50"),
                line("+44 20 7946 0000 REFUND", "20.00", "1007.50"),
                line("-CMD|' /C calc'!A0", "-7.50", "-1000.00"),
                line("@SUM(A1:A9)", "-0.01", null),
                line("TESCO STORES 2231", "-45.67", null)),
            new Verification(List.of(), List.of()));

    assertEquals(
        String.join(
            "\n",
            "date,description,amount,balance",
            "2026-11-03,\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"Click\"\")\",-12.50,987.50",
            "2026-11-03,'+44 20 7946 0000 REFUND,20.00,1007.50",
            "2026-11-03,'-CMD|' /C calc'!A0,-7.50,-1000.00",
            "2026-11-03,'@SUM(A1:A9),-0.01,",
            "2026-11-03,TESCO STORES 2231,-45.67,",
            ""),
        StatementOutput.csv(statement));
  }
}
