package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.tax.IncomeTaxResult;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.tax.TaxPeriod;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.RegimeRules;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.TaxBand;

/**
 * Income tax for one payment, following HMRC's Specification for PAYE Tax Table Routines.
 *
 * <ul>
 *   <li>Pay adjustment (free pay, or additional pay for K codes): the code number is split into
 *       units of 500 and a remainder r (1..500); each period gets (r x 10 + 9) / 52 or / 12 and
 *       5000 / 52 or / 12 per unit, each rounded up to the penny, times the period number.
 *   <li>Taxable pay to date is rounded down to the pound.
 *   <li>Band limits to date are the annual limits x n / 52 or / 12; tax is rounded down to the
 *       penny (see {@link #bandTax} for the intermediate truncation HMRC's test data shows).
 *   <li>K codes: tax in a period may not exceed 50% of that period's pay (the overriding limit).
 *   <li>Week 1/month 1 (W1, M1, X) works on the period's pay alone and never refunds; payments in
 *       week 53, 54 or 56 are taxed on a week 1, 2 or 4 basis.
 * </ul>
 */
public final class IncomeTaxCalculator {

  private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

  /**
   * @param grossPay pay for PAYE in this period
   * @param taxablePayToDate pay for PAYE in the tax year so far, including this period
   * @param taxPaidToDate tax deducted in earlier periods of the tax year
   */
  public IncomeTaxResult calculate(
      TaxYearRules rules,
      TaxCode code,
      TaxPeriod period,
      Money grossPay,
      Money taxablePayToDate,
      Money taxPaidToDate) {
    boolean week53 = period.isWeek53Payment();
    boolean cumulative = !code.nonCumulative() && !week53;
    int tablePeriodsInYear = period.frequency().tablePeriodsInYear();
    // PAYE spec para 13-14: non-cumulative uses the figures for one pay period (week 1, 2 or 4)
    int n = cumulative ? period.tableNumber() : period.frequency().tablePeriodsPerPayPeriod();
    Money base = cumulative ? taxablePayToDate : grossPay;
    RegimeRules regime = rules.incomeTax().regime(code.regime().name());

    Money adjustment = Money.ZERO;
    long taxablePounds;
    long taxPence;
    switch (code.kind()) {
      case NO_TAX -> {
        taxablePounds = 0;
        taxPence = 0;
      }
      case FLAT_RATE -> {
        taxablePounds = wholePounds(base);
        taxPence = flatRateTax(taxablePounds, regime, code);
      }
      case SUFFIX -> {
        adjustment = payAdjustment(code.number(), tablePeriodsInYear, n);
        taxablePounds = wholePounds(base.minus(adjustment));
        taxPence = bandTax(taxablePounds, regime.bands(), n, tablePeriodsInYear);
      }
      case K -> {
        adjustment = payAdjustment(code.number(), tablePeriodsInYear, n).negated();
        taxablePounds = wholePounds(base.minus(adjustment));
        taxPence = bandTax(taxablePounds, regime.bands(), n, tablePeriodsInYear);
      }
      default -> throw new IllegalStateException(code.kind().toString());
    }

    Money due = Money.of(BigDecimal.valueOf(taxPence, 2));
    Money inPeriod = cumulative ? due.minus(taxPaidToDate) : due.max(Money.ZERO);
    boolean limited = false;
    if (code.kind() == TaxCode.Kind.K) {
      // PAYE spec: K codes, overriding limit; tax deducted may not exceed 50% of the period's pay
      BigDecimal percent = rules.incomeTax().kCodeOverridingLimitPercent();
      Money limit =
          grossPay.max(Money.ZERO).multipliedBy(percent.divide(HUNDRED), RoundingMode.DOWN);
      if (inPeriod.isGreaterThan(limit)) {
        inPeriod = limit;
        limited = true;
      }
    }
    Money dueToDate = taxPaidToDate.plus(inPeriod);
    Basis basis = basisText(code, period, cumulative, week53, limited);
    return new IncomeTaxResult(
        inPeriod, dueToDate, adjustment, Money.ofPounds(taxablePounds), limited, cumulative, basis);
  }

  /** PAYE spec: pay adjustment for code number c at period n of a 52- or 12-period table. */
  static Money payAdjustment(int codeNumber, int tablePeriodsInYear, int n) {
    if (codeNumber == 0) {
      return Money.ZERO; // 0T: no free pay
    }
    int units = (codeNumber - 1) / 500;
    int remainder = codeNumber - 500 * units;
    long remainderPence = ceilDiv((remainder * 10L + 9) * 100, tablePeriodsInYear);
    long unitPence = ceilDiv(5000L * 100, tablePeriodsInYear);
    long perPeriod = remainderPence + units * unitPence;
    return Money.of(BigDecimal.valueOf(perPeriod * n, 2));
  }

  /**
   * Tax on whole-pound taxable pay against band limits to date (annual limit x n / periods),
   * rounded down to the penny. Intermediate figures are truncated the way HMRC's published test
   * data is: band limits to date to 4 decimal places and the tax on each complete band to 5. (Exact
   * arithmetic gives 1p more in six of HMRC's Scottish monthly cases.)
   */
  static long bandTax(long taxablePounds, List<TaxBand> bands, int n, int tablePeriodsInYear) {
    if (taxablePounds <= 0) {
      return 0;
    }
    long pay = taxablePounds * 10_000L; // in 1/10000 of a pound
    long previousLimit = 0;
    long sum = 0; // in 1/10^8 of a pound: basis points x 1/10000 pound
    for (TaxBand band : bands) {
      long rateBasisPoints = band.ratePercent().movePointRight(2).longValueExact();
      long limit =
          band.upTo() == null
              ? Long.MAX_VALUE
              : band.upTo().longValueExact()
                  * n
                  * 10_000L
                  / tablePeriodsInYear; // truncated to 4 dp
      if (pay <= limit) {
        sum += rateBasisPoints * (pay - previousLimit);
        break;
      }
      long completeBand = rateBasisPoints * (limit - previousLimit);
      sum += completeBand / 1_000L * 1_000L; // complete band's tax truncated to 5 dp
      previousLimit = limit;
    }
    return sum / 1_000_000L; // to pence, rounded down
  }

  private static long flatRateTax(long taxablePounds, RegimeRules regime, TaxCode code) {
    BigDecimal rate = regime.flatRateCodes().get(code.flatRateKey());
    if (rate == null) {
      throw new IllegalStateException("The tax-year data has no rate for code " + code.code());
    }
    if (taxablePounds <= 0) {
      return 0;
    }
    return taxablePounds * rate.movePointRight(2).longValueExact() / 100;
  }

  private static long wholePounds(Money amount) {
    // PAYE spec: taxable pay rounded down to the nearest pound; nothing taxable below zero
    return amount.isNegative() ? 0 : amount.amount().longValue();
  }

  private static long ceilDiv(long a, long b) {
    return -Math.floorDiv(-a, b);
  }

  /** Basis texts depend only on the code and the period: built once each. */
  private final java.util.Map<TaxCode, Basis[]> basisTexts =
      new java.util.concurrent.ConcurrentHashMap<>();

  private Basis basisText(
      TaxCode code, TaxPeriod period, boolean cumulative, boolean week53, boolean limited) {
    int index =
        ((period.frequency().ordinal() * 57 + period.tableNumber()) * 2 + (limited ? 1 : 0));
    Basis[] texts =
        basisTexts.computeIfAbsent(code, c -> new Basis[PayFrequencyCount.VALUE * 57 * 2]);
    Basis text = texts[index];
    if (text == null) {
      text = Basis.of(basis(code, period, cumulative, week53, limited));
      texts[index] = text;
    }
    return text;
  }

  private static final class PayFrequencyCount {
    static final int VALUE =
        org.dpsupport.payroll.domain.model.taxyear.PayFrequency.values().length;
  }

  private static String basis(
      TaxCode code, TaxPeriod period, boolean cumulative, boolean week53, boolean limited) {
    StringBuilder b = new StringBuilder("tax: ");
    if (week53) {
      int basisWeek = period.frequency().tablePeriodsPerPayPeriod();
      b.append("week ")
          .append(period.tableNumber())
          .append(" payment on a week ")
          .append(basisWeek)
          .append(" basis");
    } else {
      b.append(cumulative ? "cumulative" : "week 1/month 1");
    }
    b.append(", code ").append(code.code());
    b.append(", ").append(period.frequency().label()).append(", ");
    b.append(cumulative ? "" : "in ").append(period.describe());
    if (limited) {
      b.append(", limited to 50% of this period's pay (K code overriding limit)");
    }
    return b.toString();
  }
}
