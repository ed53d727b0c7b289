package org.dpsupport.payroll.domain.model.taxyear;

import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The tax years the payroll knows, each with its figures. A payment is calculated with the rules of
 * the tax year its payment date falls in (PAYE: tax year of the pay day).
 */
public final class TaxYearCatalogue {

  private final TreeMap<TaxYear, TaxYearRules> years = new TreeMap<>();

  public TaxYearCatalogue(Collection<TaxYearRules> rules) {
    for (TaxYearRules r : rules) {
      years.put(r.year(), r);
    }
    if (years.isEmpty()) {
      throw new IllegalArgumentException("No tax years were loaded.");
    }
  }

  public Optional<TaxYearRules> find(TaxYear year) {
    return Optional.ofNullable(years.get(year));
  }

  public TaxYearRules forYear(TaxYear year) {
    return find(year).orElseThrow(() -> notCovered(year));
  }

  public TaxYearRules forPaymentDate(LocalDate paymentDate) {
    return forYear(TaxYear.containing(paymentDate));
  }

  /**
   * The minimum wage rates in force on a date. They change on 1 April, five days before the tax
   * year, so the newest rates effective on or before the date win, whichever file holds them.
   */
  public Optional<TaxYearRules.MinimumWageRules> minimumWageOn(LocalDate date) {
    TaxYearRules.MinimumWageRules best = null;
    for (TaxYearRules r : years.values()) {
      TaxYearRules.MinimumWageRules m = r.minimumWage();
      if (m != null
          && !m.effectiveFrom().isAfter(date)
          && (best == null || m.effectiveFrom().isAfter(best.effectiveFrom()))) {
        best = m;
      }
    }
    return Optional.ofNullable(best);
  }

  public boolean isBankHolidayInEnglandAndWales(LocalDate date) {
    return find(TaxYear.containing(date))
        .map(r -> r.isBankHolidayInEnglandAndWales(date))
        .orElse(false);
  }

  public Map<TaxYear, TaxYearRules> all() {
    return java.util.Collections.unmodifiableMap(years);
  }

  private TaxYearNotCoveredException notCovered(TaxYear year) {
    String known = years.keySet().stream().map(TaxYear::toString).collect(Collectors.joining(", "));
    return new TaxYearNotCoveredException(
        "There are no payroll figures for tax year "
            + year
            + " (known: "
            + known
            + "). Add tax-years/"
            + year
            + ".json and list it in tax-years/index.json.");
  }
}
