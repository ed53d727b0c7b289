package org.dpsupport.payroll.domain.model.employer;

import java.util.Locale;
import java.util.regex.Pattern;

/**
 * An employer's Accounts Office reference, the reference HMRC matches PAYE payments by: three
 * digits (the Accounts Office district), {@code P}, a check letter, and eight characters (seven
 * digits and a digit or {@code X}), 13 in all, e.g. {@code 123PW12345678} or {@code 853PW0076584X}.
 * That is the pattern of {@code AccountsOfficeRef} in HMRC's FPS and EPS schemas; HMRC's reference
 * checker also lets the last two characters be other letters ({@code 450PA0096437K}), but such a
 * reference could not be filed, so it is refused here.
 *
 * <p>The check letter is HMRC's modulus 23 check as HMRC publishes it in {@code
 * EpayeReferenceChecker} (github.com/hmrc/reference-checker): each character but the check letter
 * has a value (a digit its own; a letter its value in HMRC's table, {@code A} = 33 to {@code W} =
 * 55, {@code X} = 41, {@code P} = 48; a letter HMRC's table leaves out its base-36 value), the
 * values are weighted 9, 10, 11, 12 for the first four characters and 8, 7, 6, 5, 4, 3, 2, 1 for
 * the last eight, and the total's remainder on division by 23 picks the letter from {@code
 * ABCDEFGHXJKLMNYPQRSTZVW}. District 961 has two more rules: ending in {@code X}, its sixth
 * character is 0; otherwise its last eight characters are digits. {@code 123PW12345678} passes;
 * {@code 120PD00001000} does not (its check letter would be {@code L}).
 */
public record AccountsOfficeReference(String value) {

  private static final Pattern FORMAT = Pattern.compile("[0-9]{3}P[A-Z][0-9]{7}[0-9X]");

  /** The format, as HMRC's FPS and EPS schemas give it. */
  static boolean hasFormat(String text) {
    return FORMAT.matcher(normalise(text)).matches();
  }

  private static final String CHECK_LETTERS = "ABCDEFGHXJKLMNYPQRSTZVW";
  private static final int[] WEIGHTS = {9, 10, 11, 12, 0, 8, 7, 6, 5, 4, 3, 2, 1};

  /** HMRC's values for letters, A to Z ('I' and 'O' are not in HMRC's table: -1 here). */
  private static final int[] LETTER_VALUES = {
    33, 34, 35, 36, 37, 38, 39, 40, -1, 42, 43, 44, 45, 46, -1, 48, 49, 50, 51, 52, 56, 54, 55, 41,
    47, 53
  };

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
    if (ref.charAt(4) != expected || !districtRulesHold(ref)) {
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
    return FORMAT.matcher(ref).matches()
        && ref.charAt(4) == checkCharacter(ref)
        && districtRulesHold(ref);
  }

  /** HMRC's rules for district 961: ending in X, the sixth character is 0; else eight digits. */
  private static boolean districtRulesHold(String ref) {
    if (!ref.startsWith("961")) {
      return true;
    }
    return ref.charAt(12) == 'X' ? ref.charAt(5) == '0' : ref.substring(5).matches("[0-9]{8}");
  }

  /**
   * The reference with its check character worked out: {@code district} is the three digits, {@code
   * serial} the last eight characters.
   */
  public static AccountsOfficeReference withCheckCharacter(String district, String serial) {
    String ref = district + "PA" + serial;
    if (!FORMAT.matcher(ref).matches()) {
      throw new IllegalArgumentException(
          "An Accounts Office reference is three numbers, P, a check letter, six numbers and two"
              + " more numbers or letters.");
    }
    return new AccountsOfficeReference(district + "P" + checkCharacter(ref) + serial);
  }

  /** The check character for a 13-character reference (its own fifth character is ignored). */
  static char checkCharacter(String ref) {
    int total = 0;
    for (int i = 0; i < 13; i++) {
      if (i != 4) {
        total += WEIGHTS[i] * value(ref.charAt(i));
      }
    }
    return CHECK_LETTERS.charAt(total % 23);
  }

  /** A character's value in HMRC's check: a digit its own, a letter HMRC's table's value. */
  private static int value(char c) {
    if (c >= 'A' && c <= 'Z' && LETTER_VALUES[c - 'A'] > 0) {
      return LETTER_VALUES[c - 'A'];
    }
    return Character.digit(c, 36);
  }

  private static String normalise(String text) {
    return text == null ? "" : text.replace(" ", "").trim().toUpperCase(Locale.ROOT);
  }

  @Override
  public String toString() {
    return value;
  }
}
