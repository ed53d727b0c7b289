package org.dpsupport.payroll.domain.model.employee;

import org.dpsupport.payroll.domain.model.bank.ModulusResult;
import org.dpsupport.payroll.domain.service.ModulusChecker;

/**
 * A sort code and account number that go together: the format of each is checked by {@link
 * SortCode} and {@link BankAccountNumber}, and the pair by Vocalink's modulus check ({@link
 * ModulusChecker}). A sort code Vocalink's table does not cover cannot be checked and is accepted,
 * as Vocalink advises.
 */
public record BankDetails(SortCode sortCode, BankAccountNumber accountNumber) {

  /** Checks the pair with the standard Vocalink tables; see {@link #of(String, String)}. */
  public BankDetails {
    requireValid(sortCode, accountNumber, ModulusChecker.standard());
  }

  /**
   * Parses and checks a sort code and account number as typed, e.g. "20-45-77" and "12345678".
   *
   * @throws IllegalArgumentException with a plain-English message saying what to check
   */
  public static BankDetails of(String sortCode, String accountNumber) {
    return new BankDetails(SortCode.parse(sortCode), BankAccountNumber.parse(accountNumber));
  }

  /** Whether the pair passes the modulus check (or cannot be checked). */
  public static boolean acceptable(SortCode sortCode, BankAccountNumber accountNumber) {
    return ModulusChecker.standard().check(sortCode, accountNumber).acceptable();
  }

  /**
   * Refuses a pair that fails the modulus check with {@code checker}.
   *
   * @throws IllegalArgumentException saying what to check
   */
  public static void requireValid(
      SortCode sortCode, BankAccountNumber accountNumber, ModulusChecker checker) {
    if (sortCode == null || accountNumber == null) {
      throw new IllegalArgumentException("Enter both the sort code and the account number.");
    }
    if (checker.check(sortCode, accountNumber) == ModulusResult.INVALID) {
      throw new IllegalArgumentException(refusal(sortCode, accountNumber));
    }
  }

  /** The plain-English refusal for a pair that fails the modulus check. */
  public static String refusal(SortCode sortCode, BankAccountNumber accountNumber) {
    return "The account number "
        + accountNumber.value()
        + " cannot belong to sort code "
        + sortCode.formatted()
        + ": the bank's own check on the pair fails. Check both against a bank statement or"
        + " the bank card, number by number; a digit is often swapped or missed.";
  }
}
