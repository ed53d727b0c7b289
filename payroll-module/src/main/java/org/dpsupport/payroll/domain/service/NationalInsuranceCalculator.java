package org.dpsupport.payroll.domain.service;

import java.math.BigDecimal;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.ni.NiCategory;
import org.dpsupport.payroll.domain.model.ni.NiResult;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.NiCategoryRates;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.NiThresholds;

/**
 * Class 1 NI by HMRC's exact percentage method, non-cumulative per pay period. Each part is rounded
 * to the penny on the third decimal place, 5 and below down, 6 and above up, and the part above the
 * upper earnings limit is rounded separately.
 */
public final class NationalInsuranceCalculator {

  /** Basis texts depend only on the category's rates and the frequency: built once each. */
  private final java.util.Map<NiCategoryRates, Basis[]> basisTexts =
      new java.util.concurrent.ConcurrentHashMap<>();

  private static final Basis NOT_LIABLE =
      Basis.of("NI: category X (under 16), no National Insurance is due");

  public NiResult calculate(
      TaxYearRules rules, NiCategory category, PayFrequency frequency, Money grossPay) {
    if (category.notLiable()) {
      // category X (under 16): no contributions, and RTI reports no earnings in any band
      return new NiResult(Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, Money.ZERO, NOT_LIABLE);
    }
    NiThresholds t = rules.nationalInsurance().thresholdsFor(frequency);
    NiCategoryRates rates = rules.nationalInsurance().categories().get(category.toString());
    if (t == null || rates == null) {
      throw new IllegalStateException(
          "The "
              + rules.taxYear()
              + " data has no NI figures for category "
              + category
              + " paid "
              + frequency.displayName());
    }
    long gross = Math.max(0, pence(grossPay.amount()));
    long lel = pence(t.lowerEarningsLimit());
    long pt = pence(t.primaryThreshold());
    long uel = pence(t.upperEarningsLimit());
    long st = pence(t.secondaryThreshold());

    long mainBand = Math.max(0, Math.min(gross, uel) - pt);
    long aboveUel = Math.max(0, gross - uel);
    long employee =
        percentOf(mainBand, rates.employeeMainPercent())
            + percentOf(aboveUel, rates.employeeAboveUelPercent());

    long employerFrom =
        switch (rates.employerZeroRateUpTo()) {
          case NONE -> st;
          case UPPER_SECONDARY_THRESHOLD -> pence(t.upperSecondaryThreshold());
          case FREEPORT_UPPER_SECONDARY_THRESHOLD -> pence(t.freeportUpperSecondaryThreshold());
        };
    long employer = percentOf(Math.max(0, gross - employerFrom), rates.employerPercent());

    long atLel = gross >= lel ? lel : 0;
    long lelToPt = gross > lel ? Math.min(gross, pt) - lel : 0;
    long ptToUel = gross > pt ? Math.min(gross, uel) - pt : 0;

    Basis basis =
        basisTexts
            .computeIfAbsent(rates, r -> new Basis[PayFrequency.values().length])[
            frequency.ordinal()];
    if (basis == null) {
      basis =
          Basis.of(
              "NI: category "
                  + category
                  + " ("
                  + rates.description()
                  + "), "
                  + frequency.label()
                  + " thresholds, employee "
                  + rates.employeeMainPercent().stripTrailingZeros().toPlainString()
                  + "% above the primary threshold £"
                  + t.primaryThreshold().toPlainString()
                  + ", employer "
                  + rates.employerPercent().stripTrailingZeros().toPlainString()
                  + "% above £"
                  + BigDecimal.valueOf(employerFrom, 2).stripTrailingZeros().toPlainString());
      basisTexts.get(rates)[frequency.ordinal()] = basis;
    }
    return new NiResult(
        money(employee), money(employer), money(atLel), money(lelToPt), money(ptToUel), basis);
  }

  /**
   * HMRC NI rounding: the contribution is cut to three decimal places, then rounded to the penny
   * with 5 and below going down and 6 and above going up.
   */
  static long percentOf(long amountPence, BigDecimal percent) {
    if (amountPence <= 0 || percent.signum() == 0) {
      return 0;
    }
    long rateBasisPoints = percent.movePointRight(2).longValueExact(); // 8% -> 800, 1.85% -> 185
    long mills = amountPence * rateBasisPoints / 1000; // thousandths of a pound, truncated
    long result = mills / 10;
    return mills % 10 >= 6 ? result + 1 : result;
  }

  private static long pence(BigDecimal pounds) {
    return pounds.movePointRight(2).longValue();
  }

  private static Money money(long pence) {
    return Money.of(BigDecimal.valueOf(pence, 2));
  }
}
