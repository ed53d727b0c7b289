package org.dpsupport.payroll.domain.model.sickpay;

import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.Finding;

/** SSP for the days of one pay period, with how many were paid and waiting days. */
public record SickPayResult(
    Money amount, int paidDays, int waitingDays, Basis basis, List<Finding> findings) {

  public static SickPayResult none() {
    return new SickPayResult(Money.ZERO, 0, 0, Basis.of("SSP: none"), List.of());
  }
}
