package org.dpsupport.monitoring.domain.model.card;

import java.util.Locale;

/**
 * The card a direct payment is paid onto, as its provider writes it in the export: the provider's
 * card id or a masked card number ("535522******4821"). Compared without spaces, hyphens or case.
 */
public record CardId(String value) {

  public CardId {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("Give the card's id or masked number");
    }
    value = value.strip();
    if (value.length() > 40) {
      throw new IllegalArgumentException("A card id has at most 40 characters");
    }
  }

  /** True when the text names this card. */
  public boolean matches(String text) {
    return text != null && normal(text).equals(normal(value));
  }

  private static String normal(String text) {
    return text.replaceAll("[\\s-]", "").toUpperCase(Locale.UK);
  }

  @Override
  public String toString() {
    return value;
  }
}
