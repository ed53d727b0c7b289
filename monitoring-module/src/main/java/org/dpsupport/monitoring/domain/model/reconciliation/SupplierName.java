package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A supplier's name as printed on a receipt, compared with the payee a bank prints. Banks cut, run
 * together and abbreviate names ("SUNRISE HOMECARE" for "Sunrise Home Care Ltd"), so the names are
 * compared by their distinctive words, with spaces and punctuation ignored.
 */
public record SupplierName(String printed) {

  // words that say what kind of business it is, not which one: "Home Care Ltd" names no one
  private static final Set<String> GENERIC =
      Set.of(
          "LTD",
          "LIMITED",
          "PLC",
          "LLP",
          "CO",
          "COMPANY",
          "THE",
          "AND",
          "UK",
          "OF",
          "SERVICES",
          "SERVICE",
          "GROUP",
          "CARE",
          "HOME",
          "CENTRE",
          "CENTER",
          "SHOP",
          "STORE",
          "STORES",
          "TRUST",
          "AGENCY",
          "SUPPLIES",
          "INV",
          "INVOICE",
          "REF");

  public SupplierName {
    if (printed == null || printed.isBlank()) {
      throw new IllegalArgumentException("A supplier name cannot be empty");
    }
  }

  /** True when this supplier is plausibly the payee a statement description names. */
  public boolean similarTo(String statementDescription) {
    String payee = PayeeRules.payeeOf(statementDescription);
    List<String> ours = distinctive(printed);
    List<String> theirs = distinctive(payee);
    String ourLetters = compact(printed);
    String theirLetters = compact(payee);
    if (ours.isEmpty() || theirs.isEmpty()) {
      // only generic words on one side: the whole name must appear in the other
      return !ourLetters.isEmpty()
          && !theirLetters.isEmpty()
          && (theirLetters.contains(ourLetters) || ourLetters.contains(theirLetters));
    }
    return mostFound(ours, theirLetters) || mostFound(theirs, ourLetters);
  }

  /** At least half of the words appear in the other name (run together, as banks print them). */
  private static boolean mostFound(List<String> words, String otherLetters) {
    long found = words.stream().filter(otherLetters::contains).count();
    return found * 2 >= words.size();
  }

  private static List<String> distinctive(String name) {
    return Arrays.stream(name.toUpperCase(Locale.UK).split("[^A-Z0-9]+"))
        .filter(
            word ->
                word.length() >= 3 && !generic(word) && !word.chars().allMatch(Character::isDigit))
        .toList();
  }

  /** A generic word, or generic words run together as banks print them ("HOMECARE"). */
  private static boolean generic(String word) {
    if (word.isEmpty() || GENERIC.contains(word)) {
      return true;
    }
    for (int cut = 2; cut < word.length(); cut++) {
      if (GENERIC.contains(word.substring(0, cut)) && generic(word.substring(cut))) {
        return true;
      }
    }
    return false;
  }

  private static String compact(String name) {
    return name.toUpperCase(Locale.UK).replaceAll("[^A-Z0-9]", "");
  }

  @Override
  public String toString() {
    return printed;
  }
}
