package org.dpsupport.monitoring.domain.service;

import java.util.Map;
import java.util.Optional;
import org.dpsupport.monitoring.domain.model.card.CardStatement;
import org.dpsupport.monitoring.domain.model.card.MerchantCategories;
import org.dpsupport.monitoring.domain.model.card.MerchantCategoryCode;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;

/**
 * Places a card's payments by their merchant category codes: no payee rules to learn, because the
 * card scheme already says what kind of business took the money.
 */
public final class CardSpending implements SpendingPlacer {

  private final Map<String, CardStatement> cards;
  private final MerchantCategories categories;

  public CardSpending(Map<String, CardStatement> cardsById, MerchantCategories categories) {
    this.cards = Map.copyOf(cardsById);
    this.categories = categories;
  }

  @Override
  public Placement place(String statementId, int lineNumber, StatementLine line) {
    CardStatement card = cards.get(statementId);
    Optional<MerchantCategoryCode> code =
        card == null ? Optional.empty() : card.merchantCategory(lineNumber);
    String payee =
        line.description().isBlank()
            ? "a merchant the card file does not name"
            : line.description();
    if (code.isEmpty()) {
      return new Placement(Placement.Kind.UNKNOWN, Reconciler.UNKNOWN, payee);
    }
    String named = payee + " (merchant category " + code.get() + ")";
    if (categories.isCash(code.get())) {
      return new Placement(Placement.Kind.CASH, Reconciler.CASH, named);
    }
    if (categories.isBlocked(code.get())) {
      return new Placement(Placement.Kind.BLOCKED, MerchantCategories.BLOCKED, named);
    }
    return categories
        .categoryOf(code.get())
        .map(c -> new Placement(Placement.Kind.IN_MERCHANT_CATEGORY, c, named))
        .orElseGet(() -> new Placement(Placement.Kind.UNKNOWN, Reconciler.UNKNOWN, named));
  }
}
