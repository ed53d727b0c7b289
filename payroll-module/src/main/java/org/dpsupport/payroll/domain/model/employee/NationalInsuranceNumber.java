package org.dpsupport.payroll.domain.model.employee;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A National Insurance number as HMRC allocates them: two prefix letters, six digits, suffix A-D.
 * Checked against HMRC's published allocation rules (NIM39110): the first letter is never D, F, I,
 * Q, U or V; the second never D, F, I, O, Q, U or V; and the prefixes BG, GB, KN, NK, NT, TN and ZZ
 * are never allocated. Temporary numbers (TN...) are refused for RTI.
 */
public record NationalInsuranceNumber(String value) {

  private static final Pattern FORMAT =
      Pattern.compile("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]");
  private static final Set<String> NEVER_ALLOCATED =
      Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ");

  public NationalInsuranceNumber {
    String normalised = value == null ? "" : value.replace(" ", "").toUpperCase(Locale.ROOT);
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

  public static NationalInsuranceNumber parse(String text) {
    return new NationalInsuranceNumber(text);
  }

  /** "AB 12 34 56 C", as people write it. */
  public String formatted() {
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
