package org.dpsupport.payroll.domain.model.bank;

import java.util.Arrays;
import java.util.regex.Pattern;

/**
 * One row of Vocalink's modulus weight table (VALACDOS): the sort code range it covers (inclusive),
 * the check to run, the 14 weights for the digits u v w x y z (sort code) a b c d e f g h (account
 * number), and the exception number (0 when there is none).
 */
public record ModulusWeight(
    int firstSortCode, int lastSortCode, Method method, int[] weights, int exception) {

  /** The three checks Vocalink specifies. */
  public enum Method {
    /** Standard modulus 10. */
    MOD10,
    /** Standard modulus 11. */
    MOD11,
    /** Double alternate: the digits of each product are added, modulus 10. */
    DBLAL
  }

  private static final Pattern SPACES = Pattern.compile("\\s+");
  private static final Pattern SORT_CODE = Pattern.compile("[0-9]{6}");

  public ModulusWeight {
    if (weights == null || weights.length != 14) {
      throw new IllegalArgumentException("A modulus weight row has 14 weights.");
    }
    weights = weights.clone();
  }

  @Override
  public int[] weights() {
    return weights.clone();
  }

  public boolean covers(int sortCode) {
    return sortCode >= firstSortCode && sortCode <= lastSortCode;
  }

  /**
   * Parses a line of Vocalink's text file: start and end sort code (6 characters each), the method
   * (MOD10, MOD11 or DBLAL), 14 weights and an optional exception, separated by spaces.
   */
  public static ModulusWeight parse(String line) {
    String[] f = SPACES.split(line.trim());
    if (f.length != 17 && f.length != 18) {
      throw new IllegalArgumentException(
          "A modulus weight line has 17 or 18 fields, this one has " + f.length + ": " + line);
    }
    int[] w = new int[14];
    for (int i = 0; i < 14; i++) {
      w[i] = Integer.parseInt(f[3 + i]);
    }
    return new ModulusWeight(
        sortCode(f[0]),
        sortCode(f[1]),
        Method.valueOf(f[2].toUpperCase(java.util.Locale.ROOT)),
        w,
        f.length == 18 ? Integer.parseInt(f[17]) : 0);
  }

  private static int sortCode(String s) {
    if (!SORT_CODE.matcher(s).matches()) {
      throw new IllegalArgumentException("'" + s + "' is not a six-digit sort code");
    }
    return Integer.parseInt(s);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ModulusWeight m
        && m.firstSortCode == firstSortCode
        && m.lastSortCode == lastSortCode
        && m.method == method
        && m.exception == exception
        && Arrays.equals(m.weights, weights);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(weights) * 31 + firstSortCode;
  }

  @Override
  public String toString() {
    return String.format(
        "%06d-%06d %s %s ex %d",
        firstSortCode, lastSortCode, method, Arrays.toString(weights), exception);
  }
}
