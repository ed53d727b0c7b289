package org.dpsupport.payroll.domain.model.tax;

import java.time.LocalDate;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * The tax week or tax month a payment falls in, in the table HMRC's routines use: weekly tables for
 * weekly, fortnightly and four-weekly pay; monthly tables for monthly pay.
 */
public record TaxPeriod(PayFrequency frequency, int tableNumber) {

  public TaxPeriod {
    int max = frequency.usesWeeklyTables() ? 56 : 12;
    if (tableNumber < 1 || tableNumber > max) {
      throw new IllegalArgumentException(
          "Tax "
              + (frequency.usesWeeklyTables() ? "week " : "month ")
              + tableNumber
              + " does not exist; tax weeks run 1 to 53 (54 or 56 for fortnightly and four-weekly pay), months 1 to 12.");
    }
  }

  /**
   * Pay period n: tax week n, 2n or 4n (PAYE spec: fortnightly and four-weekly use weekly tables).
   */
  public static TaxPeriod ofPayPeriod(PayFrequency frequency, int payPeriod) {
    int maxPeriod =
        frequency == PayFrequency.MONTHLY ? 12 : 56 / frequency.tablePeriodsPerPayPeriod();
    if (payPeriod < 1 || payPeriod > maxPeriod) {
      throw new IllegalArgumentException(
          "Period "
              + payPeriod
              + " does not exist for "
              + frequency.displayName()
              + " pay; use 1 to "
              + maxPeriod
              + ".");
    }
    return new TaxPeriod(frequency, payPeriod * frequency.tablePeriodsPerPayPeriod());
  }

  /** The tax week or month the payment date falls in (PAYE: the pay day decides the period). */
  public static TaxPeriod ofPaymentDate(PayFrequency frequency, LocalDate paymentDate) {
    TaxYear year = TaxYear.containing(paymentDate);
    int n =
        frequency.usesWeeklyTables() ? year.taxWeekOf(paymentDate) : year.taxMonthOf(paymentDate);
    return new TaxPeriod(frequency, n);
  }

  /** Week 53, 54 or 56: payments here are taxed on a week 1 (2, 4) basis (PAYE spec, para 14). */
  public boolean isWeek53Payment() {
    return frequency.usesWeeklyTables() && tableNumber > 52;
  }

  public String describe() {
    if (!frequency.usesWeeklyTables()) {
      return "month " + tableNumber;
    }
    return "week " + tableNumber;
  }
}
