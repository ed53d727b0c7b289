package org.dpsupport.payroll.domain.model.tax;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PAYE tax code as HMRC issues it: suffix codes (1257L, M, N, T, 0T), K codes (K475), BR, D0/D1
 * (Scotland D0-D3) and NT, with S (Scotland) or C (Wales) prefixes, and a week 1/month 1 marker
 * (W1, M1 or X) for non-cumulative operation.
 */
public record TaxCode(
    String code,
    TaxRegime regime,
    Kind kind,
    int number,
    String flatRateKey,
    boolean nonCumulative) {

  /** The four ways PAYE treats a code. */
  public enum Kind {
    /** L, M, N, T: free pay from the code number (PAYE spec, pay adjustment tables). */
    SUFFIX,
    /** K: additional pay added to taxable pay; 50% overriding limit. */
    K,
    /** BR, D0..D3: all pay at one rate. */
    FLAT_RATE,
    /** NT: no tax. */
    NO_TAX
  }

  private static final Pattern SUFFIX = Pattern.compile("(\\d{1,5})([LMNT])");
  private static final Pattern K_CODE = Pattern.compile("K(\\d{1,5})");
  private static final Pattern D_CODE = Pattern.compile("D(\\d)");

  private static final String EXAMPLES =
      "A tax code looks like 1257L, S1257L, C1257L, K475, BR, D0, NT or 0T, optionally followed by W1, M1 or X. "
          + "Check the code on the PA's P45, starter checklist or HMRC's coding notice.";

  public TaxCode {
    if (code == null || regime == null || kind == null) {
      throw new InvalidTaxCodeException("A tax code is missing. " + EXAMPLES);
    }
  }

  /** Parses a code as written on a P45, P6 or P9, e.g. "S1257L", "K475 W1", "1257LX", "CBR". */
  public static TaxCode parse(String text) {
    if (text == null || text.isBlank()) {
      throw new InvalidTaxCodeException("The tax code is missing. " + EXAMPLES);
    }
    String s = text.replaceAll("[\\s/]", "").toUpperCase(Locale.ROOT);
    boolean nonCumulative = false;
    if (s.endsWith("W1") || s.endsWith("M1")) {
      nonCumulative = true;
      s = s.substring(0, s.length() - 2);
    } else if (s.endsWith("X") && s.length() > 1) {
      nonCumulative = true;
      s = s.substring(0, s.length() - 1);
    }
    TaxRegime regime = TaxRegime.REST_OF_UK;
    if (s.startsWith("S")) {
      regime = TaxRegime.SCOTLAND;
      s = s.substring(1);
    } else if (s.startsWith("C")) {
      regime = TaxRegime.WALES;
      s = s.substring(1);
    }
    String body = s;
    String normal = regime.prefix() + body;
    if (body.equals("NT")) {
      return new TaxCode(normal, regime, Kind.NO_TAX, 0, null, nonCumulative);
    }
    if (body.equals("BR")) {
      return new TaxCode(normal, regime, Kind.FLAT_RATE, 0, "BR", nonCumulative);
    }
    Matcher d = D_CODE.matcher(body);
    if (d.matches()) {
      int highest = regime == TaxRegime.SCOTLAND ? 3 : 1;
      if (Integer.parseInt(d.group(1)) > highest) {
        throw new InvalidTaxCodeException(
            "'"
                + text.trim()
                + "' is not a tax code: "
                + (regime == TaxRegime.SCOTLAND
                    ? "Scottish D codes run SD0 to SD3. "
                    : "D codes run D0 to D1 (Scottish SD0 to SD3). ")
                + EXAMPLES);
      }
      return new TaxCode(normal, regime, Kind.FLAT_RATE, 0, body, nonCumulative);
    }
    Matcher k = K_CODE.matcher(body);
    if (k.matches()) {
      return new TaxCode(normal, regime, Kind.K, Integer.parseInt(k.group(1)), null, nonCumulative);
    }
    Matcher m = SUFFIX.matcher(body);
    if (m.matches()) {
      int number = Integer.parseInt(m.group(1));
      return new TaxCode(normal, regime, Kind.SUFFIX, number, null, nonCumulative);
    }
    throw new InvalidTaxCodeException(
        "'" + text.trim() + "' is not a tax code HMRC issues. " + EXAMPLES);
  }

  /** The same code operated on a week 1/month 1 basis. */
  public TaxCode onWeek1Month1Basis() {
    return nonCumulative ? this : new TaxCode(code, regime, kind, number, flatRateKey, true);
  }

  /** As a payslip shows it: "1257L", "S1257L W1/M1". */
  @Override
  public String toString() {
    return nonCumulative ? code + " W1/M1" : code;
  }
}
