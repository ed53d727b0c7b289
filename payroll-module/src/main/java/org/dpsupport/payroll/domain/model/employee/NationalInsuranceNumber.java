package org.dpsupport.payroll.domain.model.employee;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A National Insurance number as HMRC allocates them: two prefix letters, six digits, suffix A-D.
 * Checked against HMRC's published allocation rules (NIM39110): the first letter is never D, F, I,
 * Q, U or V; the second never D, F, I, O, Q, U or V; and the prefixes BG, GB, KN, NK, NT, TN and ZZ
 * are never allocated. Temporary numbers (TN...) are refused for RTI.
 *
 * <p>{@link #NOT_KNOWN} stands for a PA who has no number yet (HMRC then matches them by date of
 * birth, gender and address): it prints as "not known", is empty in files, and the FPS leaves NINO
 * out. {@link #parse} never returns it: a missing or blank number there is refused.
 */
public record NationalInsuranceNumber(String value) {

  private static final Pattern FORMAT =
      Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]");
  private static final Set<String> NEVER_ALLOCATED =
      Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  /** No number yet. */
  public static final NationalInsuranceNumber NOT_KNOWN = new NationalInsuranceNumber("");

  public NationalInsuranceNumber {
    if (value == null) {
      throw new IllegalArgumentException(
          "The National Insurance number is missing. It is two letters, six numbers and a letter"
              + " A, B, C or D, like AB 12 34 56 C; it is on the PA's payslips, P60 or NI letter.");
    }
    if (!value.isEmpty()) { // "" is NOT_KNOWN
      String normalised = value.replace(" ", "").toUpperCase(Locale.ROOT);
      if (!FORMAT.matcher(normalised).matches()
          || NEVER_ALLOCATED.contains(normalised.substring(0, 2))) {
        throw new IllegalArgumentException(
            "'"
                + value
                + "' is not a National Insurance number. It is two letters, six"
                + " numbers and a letter A, B, C or D, like AB 12 34 56 C; it is on the PA's payslips, P60 or NI letter.");
      }
      value = normalised;
    }
  }

  public static NationalInsuranceNumber parse(String text) {
    return new NationalInsuranceNumber(text == null || text.isBlank() ? null : text);
  }

  /** Whether the PA has a number ({@link #NOT_KNOWN} has none). */
  public boolean known() {
    return !value.isEmpty();
  }

  /** "AB 12 34 56 C", as people write it; "not known" for {@link #NOT_KNOWN}. */
  public String formatted() {
    if (!known()) {
      return "not known";
    }
    return value.substring(0, 2)
        + " "
        + value.substring(2, 4)
        + " "
        + value.substring(4, 6)
        + " "
        + value.substring(6, 8)
        + " "
        + value.charAt(8);
  }

  @Override
  public String toString() {
    return value;
  }
}
