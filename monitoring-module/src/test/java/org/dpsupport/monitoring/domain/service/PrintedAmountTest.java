package org.dpsupport.monitoring.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.dpsupport.kernel.Money;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("Figures as statements print them")
class PrintedAmountTest {

  @ParameterizedTest(name = "balance \"{0}\" is {1}")
  @CsvSource({
    "'£1,234.56', 1234.56",
    "'1,234.56 CR', 1234.56",
    "'1,234.56 DR', -1234.56",
    "'1,234.56DR', -1234.56",
    "'-£12.00', -12.00",
    "'£-12.00', -12.00",
    "'12.00-', -12.00",
    "'(12.00)', -12.00",
    "'12,345,678.90', 12345678.90",
    "'+£12.00', 12.00",
    "'−£12.00', -12.00",
    "'(£740.19)', -740.19",
    "'0.00', 0.00"
  })
  @DisplayName("balances: DR, OD, minus or brackets mean overdrawn")
  void balances(String printed, String expected) {
    assertEquals(Money.parse(expected), PrintedAmount.read(printed).orElseThrow().asBalance());
  }

  @ParameterizedTest(name = "\"{0}\" is not a figure")
  @CsvSource({"12", "12.5", "1,23.45", "(12.00", "INVOICE", "4471", "20%", "+-12.00"})
  void notFigures(String text) {
    assertTrue(PrintedAmount.read(text).isEmpty());
  }

  @ParameterizedTest(name = "single amount column \"{0}\" with CR-only marking is {1}")
  @CsvSource({"'45.00 CR', 45.00", "'45.00', -45.00", "'+£45.00', 45.00"})
  @DisplayName("where only credits are marked CR, an unmarked amount is money out")
  void creditOnlyMarking(String printed, String expected) {
    assertEquals(
        Money.parse(expected), PrintedAmount.read(printed).orElseThrow().asSignedAmount(true));
  }
}
