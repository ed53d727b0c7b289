package org.dpsupport.payroll.domain.model.familypay;

import java.time.LocalDate;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/** Earnings for Class 1 NI paid to a PA on one pay day: the stuff average weekly earnings are. */
public record EarningsPaid(LocalDate paidOn, Money amount) {
  public EarningsPaid {
    Objects.requireNonNull(paidOn, "A payment needs its pay day.");
    Objects.requireNonNull(amount, "A payment needs its amount.");
  }
}
