package org.dpsupport.monitoring.domain.model.card;

/**
 * A merchant category code (ISO 18245): four digits the card scheme gives each merchant for its
 * kind of business, e.g. 5411 grocery stores, 6011 cash machines, 7995 betting.
 */
public record MerchantCategoryCode(int code) implements Comparable<MerchantCategoryCode> {

  public MerchantCategoryCode {
    if (code < 0 || code > 9999) {
      throw new IllegalArgumentException("A merchant category code is four digits");
    }
  }

  /** Four digits, as card files print them ("0742"); anything else is refused in plain words. */
  public static MerchantCategoryCode parse(String text) {
    String digits = text == null ? "" : text.strip();
    if (digits.length() < 3
        || digits.length() > 4
        || !digits.chars().allMatch(Character::isDigit)) {
      throw new IllegalArgumentException(
          "'" + text + "' is not a merchant category code (four digits, for example 5411)");
    }
    return new MerchantCategoryCode(Integer.parseInt(digits));
  }

  @Override
  public int compareTo(MerchantCategoryCode other) {
    return Integer.compare(code, other.code);
  }

  @Override
  public String toString() {
    return String.format("%04d", code);
  }
}
