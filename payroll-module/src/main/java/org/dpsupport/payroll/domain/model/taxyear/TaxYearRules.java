package org.dpsupport.payroll.domain.model.taxyear;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.kernel.Money;

/**
 * Every figure a payroll needs for one tax year, as loaded from {@code tax-years/<year>.json}.
 * Figures live in data so that next April is a data change, not a release of logic.
 */
public record TaxYearRules(
    String taxYear,
    LocalDate startDate,
    LocalDate endDate,
    String sources,
    List<String> check,
    IncomeTaxRules incomeTax,
    NationalInsuranceRules nationalInsurance,
    EmploymentAllowanceRules employmentAllowance,
    MinimumWageRules minimumWage,
    StatutorySickPayRules statutorySickPay,
    StatutoryFamilyPayRules statutoryFamilyPay,
    HolidayRules holiday,
    AutoEnrolmentRules autoEnrolment,
    Map<String, StudentLoanRule> studentLoans,
    Set<LocalDate> bankHolidaysEnglandAndWales) {

  public TaxYearRules {
    check = check == null ? List.of() : List.copyOf(check);
    studentLoans = studentLoans == null ? Map.of() : Map.copyOf(studentLoans);
    bankHolidaysEnglandAndWales =
        bankHolidaysEnglandAndWales == null ? Set.of() : Set.copyOf(bankHolidaysEnglandAndWales);
  }

  public TaxYear year() {
    return TaxYear.parse(taxYear);
  }

  public boolean isBankHolidayInEnglandAndWales(LocalDate date) {
    return bankHolidaysEnglandAndWales.contains(date);
  }

  public Optional<StudentLoanRule> studentLoan(String planName) {
    return Optional.ofNullable(studentLoans.get(planName));
  }

  /** Income tax bands per regime, in taxable pay above the allowance. */
  public record IncomeTaxRules(
      BigDecimal personalAllowance,
      BigDecimal kCodeOverridingLimitPercent,
      Map<String, RegimeRules> regimes) {

    public RegimeRules regime(String name) {
      RegimeRules r = regimes.get(name);
      if (r == null) {
        throw new IllegalStateException("The tax-year data has no income tax bands for " + name);
      }
      return r;
    }
  }

  /** Bands in order; the last has no upper limit. Flat-rate codes map BR, D0.. to a rate. */
  public record RegimeRules(List<TaxBand> bands, Map<String, BigDecimal> flatRateCodes) {
    public RegimeRules {
      bands = List.copyOf(bands);
      flatRateCodes = Map.copyOf(flatRateCodes);
    }
  }

  public record TaxBand(String name, BigDecimal ratePercent, BigDecimal upTo) {}

  public record NationalInsuranceRules(
      Map<PayFrequency, NiThresholds> thresholds, Map<String, NiCategoryRates> categories) {

    public NiThresholds thresholdsFor(PayFrequency frequency) {
      return thresholds.get(frequency);
    }
  }

  public record NiThresholds(
      BigDecimal lowerEarningsLimit,
      BigDecimal secondaryThreshold,
      BigDecimal primaryThreshold,
      BigDecimal freeportUpperSecondaryThreshold,
      BigDecimal upperEarningsLimit,
      BigDecimal upperSecondaryThreshold) {}

  /** Where the employer's 0% band ends for a category, if it has one. */
  public enum EmployerZeroRateLimit {
    NONE,
    UPPER_SECONDARY_THRESHOLD,
    FREEPORT_UPPER_SECONDARY_THRESHOLD
  }

  public record NiCategoryRates(
      String description,
      BigDecimal employeeMainPercent,
      BigDecimal employeeAboveUelPercent,
      BigDecimal employerPercent,
      EmployerZeroRateLimit employerZeroRateUpTo) {}

  public record EmploymentAllowanceRules(BigDecimal annualAmount) {
    public Money annual() {
      return Money.of(annualAmount);
    }
  }

  public record MinimumWageRules(
      LocalDate effectiveFrom,
      List<AgeBandRate> ageBands,
      BigDecimal apprenticeHourlyRate,
      BigDecimal accommodationOffsetDaily) {}

  public record AgeBandRate(int minimumAge, BigDecimal hourlyRate) {}

  /** Old rules: waiting days and a lower earnings test; new rules: a cap at a % of earnings. */
  public record StatutorySickPayRules(
      BigDecimal weeklyRate,
      int waitingDays,
      BigDecimal lowerEarningsLimitWeekly,
      BigDecimal normalWeeklyEarningsCapPercent,
      int linkingDays,
      int minimumDaysForPeriodOfIncapacity,
      int maximumWeeks) {}

  /**
   * Statutory maternity, paternity, adoption, shared parental, parental bereavement and neonatal
   * care pay: the standard weekly rate and the day it starts (the first Sunday in April: a pay week
   * starting on or after it gets the new rate), the earnings-related percentage, and what the
   * employer recovers on the EPS (92%, or with Small Employers' Relief 100% plus a compensation
   * percentage for NICs where the employer's Class 1 NICs for the last complete tax year before the
   * qualifying week were at or under the threshold). {@code source} names where the figures come
   * from.
   */
  public record StatutoryFamilyPayRules(
      String source,
      BigDecimal standardWeeklyRate,
      LocalDate standardRateFrom,
      BigDecimal earningsRelatedPercent,
      BigDecimal recoveryPercent,
      BigDecimal smallEmployersReliefThreshold,
      BigDecimal smallEmployersRecoveryPercent,
      BigDecimal smallEmployersCompensationPercent) {}

  public record HolidayRules(
      BigDecimal statutoryWeeks,
      int capDays,
      BigDecimal irregularHoursAccrualPercent,
      BigDecimal rolledUpHolidayPayPercent) {}

  public record AutoEnrolmentRules(
      BigDecimal earningsTriggerAnnual,
      BigDecimal qualifyingEarningsLowerAnnual,
      BigDecimal qualifyingEarningsUpperAnnual,
      Map<PayFrequency, AutoEnrolmentThresholds> periodThresholds,
      int minimumWorkerAge,
      int eligibleJobholderMinimumAge,
      int statePensionAge,
      int maximumJobholderAge,
      BigDecimal minimumTotalPercent,
      BigDecimal minimumEmployerPercent,
      BigDecimal reliefAtSourcePercent,
      int postponementMaxMonths,
      int optOutWindowMonths) {}

  public record AutoEnrolmentThresholds(
      BigDecimal earningsTrigger,
      BigDecimal qualifyingEarningsLower,
      BigDecimal qualifyingEarningsUpper) {}

  public record StudentLoanRule(BigDecimal annualThreshold, BigDecimal ratePercent) {}
}
