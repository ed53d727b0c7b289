package org.dpsupport.monitoring.domain.model.statement;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.kernel.Money;

/**
 * One transaction as the statement prints it: date, description (wrapped lines joined with one
 * space), signed amount (money in positive) and the running balance where one is printed. A balance
 * the statement does not print stays empty; it is never filled in by calculation.
 */
public record StatementLine(
    LocalDate date, String description, Money amount, Optional<Money> printedBalance) {

  public StatementLine {
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(printedBalance, "printedBalance");
    description = description == null ? "" : SPACES.matcher(description.strip()).replaceAll(" ");
  }

  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");
}
