package org.dpsupport.payroll.domain.model.familypay;

import java.time.LocalDate;
import org.dpsupport.kernel.Money;

/**
 * One pay week of family pay: it starts on the day of the week the pay started, not on a Sunday.
 *
 * @param rate the weekly rate, or zero when the week is not paid
 * @param rateBasis how the rate was chosen ("90% of average weekly earnings", "the standard rate")
 * @param notPaidBecause why a week is not paid, in plain words; null when it is paid
 */
public record FamilyPayWeek(
    int number, LocalDate start, Money rate, String rateBasis, String notPaidBecause) {

  public LocalDate end() {
    return start.plusDays(6);
  }

  public boolean paid() {
    return notPaidBecause == null;
  }
}
