package org.dpsupport.payroll.domain.model.bank;

import java.time.LocalDate;

/**
 * When a Bacs credit for a pay day moves through Bacs's three-day cycle.
 *
 * @param payDay the employer's pay day
 * @param creditDay the day the money reaches the PA's account (Bacs day 3, the "entry day"): the
 *     pay day, or the Bacs working day before it when the pay day is a weekend or bank holiday
 * @param processingDay Bacs day 2, the working day before the credit day: the processing day
 *     written in the file (UHL1 and each record)
 * @param inputDay Bacs day 1, the working day before the processing day: the file must reach Bacs
 *     by 22:30 on this day
 */
public record BacsDates(
    LocalDate payDay, LocalDate creditDay, LocalDate processingDay, LocalDate inputDay) {

  /** Whether the pay day itself is not a Bacs working day, so PAs are paid the day before. */
  public boolean payDayMoved() {
    return !creditDay.equals(payDay);
  }
}
