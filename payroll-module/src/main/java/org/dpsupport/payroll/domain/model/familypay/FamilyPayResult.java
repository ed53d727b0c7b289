package org.dpsupport.payroll.domain.model.familypay;

import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.Finding;

/** The family pay that falls in one pay period: the days paid, the amount and its working. */
public record FamilyPayResult(
    FamilyPayType type, Money amount, int days, Basis basis, List<Finding> findings) {
  public FamilyPayResult {
    findings = List.copyOf(findings);
  }
}
