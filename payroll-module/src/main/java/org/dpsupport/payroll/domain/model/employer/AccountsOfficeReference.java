package org.dpsupport.payroll.domain.model.employer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An employer's Accounts Office reference, the reference HMRC matches PAYE payments by: three
 * digits (the Accounts Office district), {@code P}, a check character, and eight characters (seven
 * digits and a digit or {@code X}), 13 in all, e.g. {@code 123PW12345678}.
 *
 * <p>The check character is HMRC's modulus 23 check (as in HMRC's {@code reference-checker}, {@code
 * EpayeReferenceChecker}): every character except the check character is given a value (digits
 * their own, letters their position after the digits, so {@code P} = 25 and {@code X} = 33), the
 * values are weighted 9, 10, 11, 12 for the first four characters and 8, 7, 6, 5, 4, 3, 2, 1 for
 * the last eight, and the total's remainder on division by 23 picks the letter from {@code
 * ABCDEFGHXJKLMNYPQRSTZVW}. {@code 123PW12345678} passes; {@code 120PD00001000} does not (its check
 * character would be {@code L}).
 */
public record AccountsOfficeReference(String value) {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{3}P[A-Z][0-9]{7}[0-9X]");
  private static final String CHECK_LETTERS = "ABCDEFGHXJKLMNYPQRSTZVW";
  private static final int[] WEIGHTS = {9, 10, 11, 12, 0, 8, 7, 6, 5, 4, 3, 2, 1};

  public AccountsOfficeReference {
    String ref = normalise(value);
    if (!FORMAT.matcher(ref).matches()) {
      throw new IllegalArgumentException(
          "'"
              + (value == null ? "" : value.trim())
              + "' is not an Accounts Office reference. It has 13 characters: three numbers, P, a"
              + " letter and eight numbers (the last may be X), like 123PW12345678. It is on the"
              + " letter HMRC sent when the employer registered, and on the payment booklet.");
    }
    char expected = checkCharacter(ref);
    if (ref.charAt(4) != expected) {
      throw new IllegalArgumentException(
          "The Accounts Office reference "
              + ref
              + " is not right: its fifth character (the check letter) does not match the rest."
              + " Check each character against HMRC's letter to the employer; a 0 and an O, or a 1"
              + " and an I, are easily mixed up.");
    }
    value = ref;
  }

  public static AccountsOfficeReference parse(String text) {
    return new AccountsOfficeReference(text);
  }

  /** Whether the text is a well-formed reference with the right check character. */
  public static boolean isValid(String text) {
    String ref = normalise(text);
    return FORMAT.matcher(ref).matches() && ref.charAt(4) == checkCharacter(ref);
  }

  /**
   * The reference with its check character worked out: {@code district} is the three digits, {@code
   * serial} the last eight characters.
   */
  public static AccountsOfficeReference withCheckCharacter(String district, String serial) {
    String ref = district + "PA" + serial;
    if (!FORMAT.matcher(ref).matches()) {
      throw new IllegalArgumentException(
          "An Accounts Office reference is three numbers, P, a check letter and eight numbers.");
    }
    return new AccountsOfficeReference(district + "P" + checkCharacter(ref) + serial);
  }

  /** The check character for a 13-character reference (its own fifth character is ignored). */
  static char checkCharacter(String ref) {
    int total = 0;
    for (int i = 0; i < 13; i++) {
      if (i != 4) {
        total += WEIGHTS[i] * Character.getNumericValue(ref.charAt(i));
      }
    }
    return CHECK_LETTERS.charAt(total % 23);
  }

  private static String normalise(String text) {
    return text == null ? "" : text.replace(" ", "").trim().toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
