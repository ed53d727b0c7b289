package org.dpsupport.monitoring.domain.model.card;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;

/**
 * One row of a card file: the row it was read from (the heading row is row 1), the date, the
 * merchant, its category code (none for a load onto the card or a fee), the amount signed as on a
 * statement (money in positive) and the card's balance after it.
 */
public record CardTransaction(
    long row,
    LocalDate date,
    String merchant,
    Optional<MerchantCategoryCode> merchantCategory,
    Money amount,
    Money balance) {

  public CardTransaction {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(merchant, "merchant");
    Objects.requireNonNull(merchantCategory, "merchantCategory");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(balance, "balance");
  }

  /** The row as a statement line, so that reconciliation reads a card like a statement. */
  public StatementLine asStatementLine() {
    return new StatementLine(date, merchant, amount, Optional.of(balance));
  }
}
