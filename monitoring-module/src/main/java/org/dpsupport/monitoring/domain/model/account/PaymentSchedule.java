package org.dpsupport.monitoring.domain.model.account;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;

/** When the council pays the budget into the account: every four weeks, or quarterly in advance. */
public enum PaymentSchedule {
  FOUR_WEEKLY,
  QUARTERLY_IN_ADVANCE;

  /**
   * The dates council payments fall due inside the period, counting from the first payment date.
   */
  public List<LocalDate> paymentDatesIn(LocalDate firstPayment, ReturnPeriod period) {
    List<LocalDate> dates = new ArrayList<>();
    for (int n = 0; ; n++) {
      LocalDate date =
          this == FOUR_WEEKLY ? firstPayment.plusWeeks(4L * n) : firstPayment.plusMonths(3L * n);
      if (!date.isBefore(period.endExclusive())) {
        return dates;
      }
      if (period.contains(date)) {
        dates.add(date);
      }
    }
  }
}
