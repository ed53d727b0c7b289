package org.dpsupport.monitoring.domain.model.card;

import java.time.LocalDate;
import java.util.Objects;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;

/**
 * What a card file held once every row was read and checked: the provider, the card, the number of
 * transactions, the first and last dates, and the balance before the first transaction and after
 * the last (the balances chain, so these are the card's own figures, not a calculation).
 */
public record CardFileSummary(
    String provider,
    String cardId,
    long transactions,
    LocalDate firstDate,
    LocalDate lastDate,
    Money opening,
    Money closing) {

  public CardFileSummary {
    Objects.requireNonNull(provider, "provider");
    Objects.requireNonNull(cardId, "cardId");
    Objects.requireNonNull(firstDate, "firstDate");
    Objects.requireNonNull(lastDate, "lastDate");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(closing, "closing");
  }

  /** The days the file covers, from its first transaction to its last. */
  public StatementPeriod period() {
    return StatementPeriod.printed(firstDate, lastDate);
  }
}
