package org.dpsupport.register.domain.model.area;

import java.util.Locale;
import java.util.regex.Pattern;
import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * A UK postcode district (the outward code, the part before the space): "RM10", "IG11", "E6",
 * "SW1A". PAs say which districts they work in and a need names the district where the support
 * happens.
 *
 * @param code the outward code in capitals, without spaces
 */
public record PostcodeDistrict(String code) implements Comparable<PostcodeDistrict> {

  // Royal Mail / BS 7666 outward codes: A9, A99, AA9, AA99, A9A, AA9A. First letter never Q, V or
  // X;
  // second never I, J or Z; a final letter only from the sets Royal Mail uses (so "RM1O" is
  // refused).
  private static final String FIRST = "[A-PR-UWYZ]";
  private static final String SECOND = "[A-HK-Y]";
  private static final Pattern OUTWARD_CODE =
      Pattern.compile(
          FIRST
              + "[0-9][0-9]?|"
              + FIRST
              + SECOND
              + "[0-9][0-9]?|"
              + FIRST
              + "[0-9][ABCDEFGHJKPSTUW]|"
              + FIRST
              + SECOND
              + "[0-9][ABEHMNPRVWXY]");
  private static final Pattern FULL_POSTCODE =
      Pattern.compile("([A-Z]{1,2}[0-9][A-Z0-9]?) ?[0-9][A-Z]{2}");

  public PostcodeDistrict {
    if (code == null || code.isBlank()) {
      throw new InvalidDetailException(
          "Please enter a postcode district, the first part of a postcode, for example RM10.");
    }
    String normalised = code.strip().toUpperCase(Locale.UK);
    if (FULL_POSTCODE.matcher(normalised).matches()) {
      throw new InvalidDetailException(
          "'"
              + code.strip()
              + "' is a full postcode. Please enter only the first part, for example "
              + normalised.replaceAll(" ?[0-9][A-Z]{2}$", "")
              + ".");
    }
    if (!OUTWARD_CODE.matcher(normalised).matches()) {
      throw new InvalidDetailException(
          "'"
              + code.strip()
              + "' is not a postcode district. Please enter the first part of a"
              + " postcode, for example RM10 (from RM10 8AB) or E6.");
    }
    code = normalised;
  }

  /** The district of a typed value: "rm10" gives RM10. */
  public static PostcodeDistrict of(String code) {
    return new PostcodeDistrict(code);
  }

  /** The district of a full postcode: "RM10 8AB" or "rm108ab" gives RM10. */
  public static PostcodeDistrict ofPostcode(String postcode) {
    if (postcode == null) {
      return new PostcodeDistrict(null);
    }
    String compact = postcode.strip().toUpperCase(Locale.UK).replace(" ", "");
    var matcher = FULL_POSTCODE.matcher(compact);
    if (!matcher.matches()) {
      throw new InvalidDetailException(
          "'"
              + postcode.strip()
              + "' is not a full UK postcode. Please check it, for example RM10 8AB.");
    }
    return new PostcodeDistrict(matcher.group(1));
  }

  @Override
  public int compareTo(PostcodeDistrict other) {
    return code.compareTo(other.code);
  }

  @Override
  public String toString() {
    return code;
  }
}
