package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** Spending category codes as a person reads them: {@code PERSONAL_CARE} is "personal care". */
public final class SpendingCategory {

  private SpendingCategory() {}

  /** Lower case words; two-letter words such as PA and GP stay as capitals. */
  public static String describe(String code) {
    return Arrays.stream(code.strip().split("[_\\s]+"))
        .filter(word -> !word.isEmpty())
        .map(word -> word.length() <= 2 ? word.toUpperCase(Locale.UK) : word.toLowerCase(Locale.UK))
        .collect(Collectors.joining(" "));
  }
}
