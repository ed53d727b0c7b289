package org.dpsupport.monitoring.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.dpsupport.monitoring.domain.service.BalanceWording.Which;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("One list of balance wordings for the table reader and the summary finder")
class BalanceWordingTest {

  @ParameterizedTest(name = "\"{0}\" names the {1} balance")
  @CsvSource({
    "Balance brought forward, OPENING",
    "BROUGHT FORWARD, OPENING",
    "B/F, OPENING",
    "Opening balance, OPENING",
    "Start balance, OPENING",
    "Balance at start of period, OPENING",
    "BALANCE FROM PREVIOUS STATEMENT, OPENING",
    "Previous statement balance, OPENING",
    "Balance carried forward, CLOSING",
    "C/FWD, CLOSING",
    "Closing balance, CLOSING",
    "End balance, CLOSING",
    "New balance, CLOSING",
    "BALANCE AT END OF PERIOD, CLOSING",
    "Balance at the end of the statement, CLOSING",
    "Balance on 1 March 2026, ON_DATE",
    "Balance as at 31/03/2026, ON_DATE"
  })
  void wordings(String text, Which which) {
    assertEquals(Optional.of(which), BalanceWording.find(text).map(BalanceWording.Label::which));
  }

  @ParameterizedTest(name = "\"{0}\" names no balance")
  @CsvSource({
    "BALANCE TRANSFER FEE",
    "FASTER PAYMENT FORWARD PLANNING LTD",
    "Money in",
    "Overdraft limit",
    "Balance"
  })
  void notBalances(String text) {
    assertEquals(Optional.empty(), BalanceWording.find(text));
  }
}
