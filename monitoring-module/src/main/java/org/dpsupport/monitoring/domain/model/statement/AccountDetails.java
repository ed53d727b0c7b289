package org.dpsupport.monitoring.domain.model.statement;

import java.util.Optional;
import org.dpsupport.kernel.Money;

/**
 * What a statement says about the account: holder, sort code, account number, the period it covers
 * and the balances it starts and ends with. Any of them may be missing from a statement.
 */
public record AccountDetails(
    Optional<String> holder,
    Optional<SortCode> sortCode,
    Optional<AccountNumber> accountNumber,
    Optional<StatementPeriod> period,
    Optional<Money> openingBalance,
    Optional<Money> closingBalance) {

  public AccountDetails {
    holder = holder.map(String::strip).filter(name -> !name.isEmpty());
    sortCode = java.util.Objects.requireNonNull(sortCode);
    accountNumber = java.util.Objects.requireNonNull(accountNumber);
    period = java.util.Objects.requireNonNull(period);
    openingBalance = java.util.Objects.requireNonNull(openingBalance);
    closingBalance = java.util.Objects.requireNonNull(closingBalance);
  }
}
