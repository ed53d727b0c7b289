package org.dpsupport.payroll.domain.service;

import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;

/**
 * Employment Allowance: set against the employer's secondary NI until the year's allowance is used.
 * Only employers of a care or support worker qualify among individuals (NIM06520); other domestic
 * employers cannot claim it.
 */
public final class EmploymentAllowanceCalculator {

  /** What the allowance covers this period, and how much of it is then used in the year. */
  public record Claim(Money claimedThisPeriod, Money usedToDate, Basis basis) {}

  public Claim claim(
      TaxYearRules rules, boolean careAndSupportEmployer, Money employerNi, Money usedToDate) {
    if (!careAndSupportEmployer) {
      return new Claim(
          Money.ZERO,
          usedToDate,
          Basis.of(
              "employment allowance: not claimed, the employer is not flagged as employing a care or support worker (NIM06520)"));
    }
    Money annual = rules.employmentAllowance().annual();
    Money remaining = annual.minus(usedToDate).max(Money.ZERO);
    Money claimed = employerNi.max(Money.ZERO).min(remaining);
    Money used = usedToDate.plus(claimed);
    return new Claim(
        claimed,
        used,
        Basis.lazily(
            () ->
                "employment allowance: "
                    + claimed.formatted()
                    + " set against employer NI; "
                    + used.formatted()
                    + " of "
                    + annual.formatted()
                    + " used in "
                    + rules.taxYear()));
  }
}
