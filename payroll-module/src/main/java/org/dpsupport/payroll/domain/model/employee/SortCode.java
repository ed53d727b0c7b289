package org.dpsupport.payroll.domain.model.employee;

/**
 * A UK bank sort code: six digits, written 12-34-56. Only the format is checked here; whether an
 * account number can be at the sort code is Vocalink's modulus check, made by {@link BankDetails}.
 */
public record SortCode(String value) {

  public SortCode {
    String digits = value == null ? "" : value.replace("-", "").replace(" ", "");
    if (!digits.matches("[0-9]{6}")) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not a sort code. A sort code is six numbers, like"
              + " 20-00-00; it is on the bank card or statement.");
    }
    value = digits;
  }

  public static SortCode parse(String text) {
    return new SortCode(text);
  }

  public String formatted() {
    return value.substring(0, 2) + "-" + value.substring(2, 4) + "-" + value.substring(4);
  }

  @Override
  public String toString() {
    return formatted();
  }
}
