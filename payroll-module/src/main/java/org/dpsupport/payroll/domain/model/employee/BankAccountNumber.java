package org.dpsupport.payroll.domain.model.employee;

/**
 * A UK bank account number: eight digits. Seven-digit numbers are written with a leading zero, as
 * BACS expects (Vocalink's standardisation rules); longer non-standard numbers need the bank's own
 * conversion and are refused with a message saying so. Format checks only: {@link BankDetails}
 * checks the number against its sort code.
 */
public record BankAccountNumber(String value) {

  public BankAccountNumber {
    String digits = value == null ? "" : value.replace(" ", "").replace("-", "");
    if (digits.matches("[0-9]{7}")) {
      digits = "0" + digits;
    }
    if (!digits.matches("[0-9]{8}")) {
      throw new IllegalArgumentException(
          "'"
              + value
              + "' is not a bank account number we can pay. UK account numbers"
              + " have eight numbers (or seven); for a longer one ask the bank for the eight-digit number BACS uses.");
    }
    value = digits;
  }

  public static BankAccountNumber parse(String text) {
    return new BankAccountNumber(text);
  }

  @Override
  public String toString() {
    return value;
  }
}
