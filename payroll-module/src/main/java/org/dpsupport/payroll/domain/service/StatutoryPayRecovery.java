package org.dpsupport.payroll.domain.service;

import java.math.RoundingMode;
import java.util.EnumMap;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.familypay.Recovery;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.StatutoryFamilyPayRules;

/**
 * How much family pay the employer recovers (GOV.UK "Get financial help with statutory pay"): 92%
 * of it; or, where the employer qualifies for Small Employers' Relief (Class 1 NICs, employee's and
 * employer's, before Employment Allowance, of at most £45,000 in the last complete tax year before
 * the qualifying week), 100% plus compensation for the NICs on it: 8.5% from 6 April 2025 (3%
 * before, so 103% then and 108.5% now). The percentages are the tax year's data. Worked on the
 * year-to-date total and rounded to the nearest penny, as the EPS reports year-to-date figures.
 */
public final class StatutoryPayRecovery {

  private StatutoryPayRecovery() {}

  /**
   * Whether the employer qualifies for Small Employers' Relief on its Class 1 NICs in the last
   * complete tax year before the qualifying week.
   */
  public static boolean smallEmployer(StatutoryFamilyPayRules rules, Money class1NicsLastYear) {
    return class1NicsLastYear.amount().compareTo(rules.smallEmployersReliefThreshold()) <= 0;
  }

  /** Each kind of family pay paid to date, recovered. */
  public static Map<FamilyPayType, Recovery> recoverAll(
      StatutoryFamilyPayRules rules, Map<FamilyPayType, Money> paidToDate, boolean smallEmployer) {
    EnumMap<FamilyPayType, Recovery> out = new EnumMap<>(FamilyPayType.class);
    paidToDate.forEach((type, paid) -> out.put(type, recover(rules, paid, smallEmployer)));
    return out;
  }

  public static Recovery recover(
      StatutoryFamilyPayRules rules, Money paidToDate, boolean smallEmployer) {
    if (!paidToDate.isPositive()) {
      return Recovery.NONE;
    }
    if (smallEmployer) {
      return new Recovery(
          paidToDate.multipliedBy(
              rules.smallEmployersRecoveryPercent().movePointLeft(2), RoundingMode.HALF_UP),
          paidToDate.multipliedBy(
              rules.smallEmployersCompensationPercent().movePointLeft(2), RoundingMode.HALF_UP));
    }
    return new Recovery(
        paidToDate.multipliedBy(rules.recoveryPercent().movePointLeft(2), RoundingMode.HALF_UP),
        Money.ZERO);
  }
}
