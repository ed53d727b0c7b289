package org.dpsupport.payroll.domain.model.ni;

import java.util.Locale;

/**
 * A National Insurance category letter, e.g. A (standard), M (under 21), C (over State Pension
 * age), X (not liable: under 16).
 */
public record NiCategory(char letter) {

  private static final String LETTERS = "ABCDEFHIJKLMNSVXZ";

  public NiCategory {
    if (LETTERS.indexOf(letter) < 0) {
      throw new IllegalArgumentException(
          "'"
              + letter
              + "' is not a National Insurance category letter; use one of "
              + String.join(" ", LETTERS.split(""))
              + " (A for most PAs, M under 21, C over State Pension age).");
    }
  }

  public static NiCategory parse(String text) {
    if (text == null || text.trim().length() != 1) {
      throw new IllegalArgumentException(
          "'"
              + text
              + "' is not a National Insurance category letter; "
              + "give one letter such as A (most PAs), M (under 21) or C (over State Pension age).");
    }
    return new NiCategory(text.trim().toUpperCase(Locale.ROOT).charAt(0));
  }

  /** X: no NI liability (under 16): no contributions and no earnings bands are reported. */
  public boolean notLiable() {
    return letter == 'X';
  }

  public static NiCategory standard() {
    return new NiCategory('A');
  }

  @Override
  public String toString() {
    return String.valueOf(letter);
  }
}
