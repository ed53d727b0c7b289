package org.dpsupport.payroll.domain.service;

import java.util.List;
import org.dpsupport.payroll.domain.model.bank.ModulusResult;
import org.dpsupport.payroll.domain.model.bank.ModulusTable;
import org.dpsupport.payroll.domain.model.bank.ModulusWeight;
import org.dpsupport.payroll.domain.model.bank.ModulusWeight.Method;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;

/**
 * Vocalink's modulus check ("Validating account numbers: UK modulus checking", v6.40, sections 2.2
 * and 2.2.2) over a {@link ModulusTable}: the standard modulus 10 and 11 checks, double alternate,
 * and exceptions 1 to 14. Digits are named as Vocalink names them: u v w x y z for the sort code, a
 * b c d e f g h for the account number (positions 0 to 13 here). Thread-safe; no state is kept.
 */
public final class ModulusChecker {

  private static final int A = 6;
  private static final int B = 7;
  private static final int C = 8;
  private static final int G = 12;
  private static final int H = 13;

  // exception 2: the weights replacing the table's when a <> 0 (and g <> 9, or g = 9)
  private static final int[] EXCEPTION_2_G_NOT_9 = {0, 0, 1, 2, 5, 3, 6, 4, 8, 7, 10, 9, 3, 1};
  private static final int[] EXCEPTION_2_G_9 = {0, 0, 0, 0, 0, 0, 0, 0, 8, 7, 10, 9, 3, 1};

  private final ModulusTable table;

  public ModulusChecker(ModulusTable table) {
    this.table = table;
  }

  /** The checker over the tables shipped in this module ({@code vocalink/*.txt}), loaded once. */
  public static ModulusChecker standard() {
    return Holder.STANDARD;
  }

  private static final class Holder {
    static final ModulusChecker STANDARD = new ModulusChecker(ModulusTable.standard());
  }

  public ModulusTable table() {
    return table;
  }

  public ModulusResult check(SortCode sortCode, BankAccountNumber accountNumber) {
    return check(sortCode.value(), accountNumber.value());
  }

  /**
   * Checks six sort code digits and eight account number digits (already standardised: see {@link
   * BankAccountNumber}).
   */
  public ModulusResult check(String sortCode, String accountNumber) {
    List<ModulusWeight> rows = table.rowsFor(sortCode);
    if (rows.isEmpty()) {
      return ModulusResult.NOT_CHECKED;
    }
    int[] digits = digits(sortCode + accountNumber);
    ModulusWeight first = rows.get(0);
    // exception 6: foreign currency accounts cannot be checked
    if (first.exception() == 6 && digits[A] >= 4 && digits[A] <= 8 && digits[G] == digits[H]) {
      return ModulusResult.NOT_CHECKED;
    }
    boolean firstPasses = passes(first, sortCode, accountNumber);
    if (rows.size() == 1) {
      return result(firstPasses);
    }
    ModulusWeight second = rows.get(1);
    switch (first.exception()) {
      case 2, 9, 10, 11, 12, 13, 14 -> {
        // either check passing is enough; the second runs only if the first fails
        return result(firstPasses || passes(second, sortCode, accountNumber));
      }
      case 5 -> {
        return result(firstPasses && passes(second, sortCode, accountNumber));
      }
      default -> {
        if (!firstPasses) {
          return ModulusResult.INVALID;
        }
        // exception 3: if c = 6 or c = 9 the double alternate check is not needed
        if (second.exception() == 3 && (digits[C] == 6 || digits[C] == 9)) {
          return ModulusResult.VALID;
        }
        return result(passes(second, sortCode, accountNumber));
      }
    }
  }

  private static ModulusResult result(boolean valid) {
    return valid ? ModulusResult.VALID : ModulusResult.INVALID;
  }

  private boolean passes(ModulusWeight row, String sortCode, String accountNumber) {
    int ex = row.exception();
    String checkedSortCode =
        switch (ex) {
          case 5 -> table.substituteFor(sortCode);
          case 8 -> "090126";
          case 9 -> "309634";
          default -> sortCode;
        };
    int[] d = digits(checkedSortCode + accountNumber);
    int[] w = row.weights();
    if (ex == 2 && d[A] != 0) {
      w = (d[G] == 9 ? EXCEPTION_2_G_9 : EXCEPTION_2_G_NOT_9).clone();
    }
    if (ex == 7 && d[G] == 9) {
      zeroUpToB(w);
    }
    if (ex == 10 && d[G] == 9 && d[B] == 9 && (d[A] == 0 || d[A] == 9)) {
      zeroUpToB(w);
    }
    boolean passes = standardCheck(row.method(), ex, d, w);
    if (!passes && ex == 14) {
      // Coutts: if h is 0, 1 or 9, drop it, shift the account number right with a leading zero, and
      // run the modulus 11 check again
      int h = d[H];
      if (h != 0 && h != 1 && h != 9) {
        return false;
      }
      int[] shifted = digits(checkedSortCode + "0" + accountNumber.substring(0, 7));
      return standardCheck(Method.MOD11, 0, shifted, w);
    }
    return passes;
  }

  private static boolean standardCheck(Method method, int ex, int[] d, int[] w) {
    int total = 0;
    for (int i = 0; i < 14; i++) {
      int product = d[i] * w[i];
      total += method == Method.DBLAL ? product / 10 + product % 10 : product;
    }
    return switch (method) {
      case DBLAL -> {
        if (ex == 1) {
          total += 27;
        }
        if (ex == 5) {
          // the check digit is h: remainder 0 with h = 0, or 10 - remainder = h
          int r = total % 10;
          yield r == 0 ? d[H] == 0 : 10 - r == d[H];
        }
        yield total % 10 == 0;
      }
      case MOD10 -> total % 10 == 0;
      case MOD11 -> {
        if (ex == 4) {
          // the remainder must equal the two-digit check digit gh
          yield total % 11 == d[G] * 10 + d[H];
        }
        if (ex == 5) {
          // the check digit is g: remainder 0 with g = 0; remainder 1 invalid; else 11 - r = g
          int r = total % 11;
          yield r == 0 ? d[G] == 0 : r != 1 && 11 - r == d[G];
        }
        yield total % 11 == 0;
      }
    };
  }

  private static void zeroUpToB(int[] w) {
    for (int i = 0; i <= B; i++) {
      w[i] = 0;
    }
  }

  private static int[] digits(String s) {
    int[] d = new int[s.length()];
    for (int i = 0; i < d.length; i++) {
      d[i] = s.charAt(i) - '0';
    }
    return d;
  }
}
