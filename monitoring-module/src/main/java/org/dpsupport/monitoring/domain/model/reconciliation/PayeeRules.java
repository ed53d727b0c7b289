package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Spending categories by payee, learned from officers' earlier decisions: when an officer says
 * "payments to SUNRISE HOMECARE are personal care", later lines to that payee are categorised
 * without asking again. Keys are payee names with bank wording and references taken off.
 */
public final class PayeeRules {

  private static final Pattern BANK_WORDING =
      Pattern.compile(
          "^(FASTER PAYMENT TO|FASTER PAYMENT|CARD PAYMENT TO|CARD PAYMENT|DIRECT DEBIT TO|DIRECT DEBIT"
              + "|STANDING ORDER TO|STANDING ORDER|BILL PAYMENT TO|BILL PAYMENT|TRANSFER TO|BACS TO|DD|SO|FPO|POS)\\s+");
  private static final Pattern TRAILING_REFERENCE = Pattern.compile("(\\s+[A-Z]*\\d[\\w/-]*)+$");

  private final Map<String, String> categoryByPayee = new LinkedHashMap<>();

  public PayeeRules() {}

  public PayeeRules(Map<String, String> categoryByPayee) {
    categoryByPayee.forEach(this::learn);
  }

  /** The payee a statement description names, e.g. "CARD PAYMENT TO BOOTS 1182" gives "BOOTS". */
  public static String payeeOf(String description) {
    String text = description.toUpperCase(Locale.UK).strip().replaceAll("\\s+", " ");
    text = BANK_WORDING.matcher(text).replaceFirst("");
    String trimmed = TRAILING_REFERENCE.matcher(text).replaceFirst("");
    return trimmed.isBlank() ? text : trimmed.strip();
  }

  /** Records an officer's decision that lines to this payee belong to {@code category}. */
  public void learn(String payeeOrDescription, String category) {
    categoryByPayee.put(payeeOf(payeeOrDescription), category);
  }

  public Optional<String> categoryOf(String description) {
    String payee = payeeOf(description);
    String exact = categoryByPayee.get(payee);
    if (exact != null) {
      return Optional.of(exact);
    }
    return categoryByPayee.entrySet().stream()
        .filter(
            rule -> payee.startsWith(rule.getKey() + " ") || payee.contains(" " + rule.getKey()))
        .map(Map.Entry::getValue)
        .findFirst();
  }

  public Map<String, String> asMap() {
    return Map.copyOf(categoryByPayee);
  }
}
