package org.dpsupport.monitoring.domain.model.reconciliation;

import java.time.LocalDate;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/** A payment payroll says should leave the account by {@code dueBy} (money out, positive). */
public record ExpectedPayment(Kind kind, String payee, Money amount, LocalDate dueBy) {

  /** Who the payment goes to. */
  public enum Kind {
    NET_PAY,
    HMRC,
    PENSION,
    AGENCY_FEE;

    /** HMRC and pension are statutory: paying them late is a flag of its own. */
    public boolean statutory() {
      return this == HMRC || this == PENSION;
    }
  }

  public ExpectedPayment {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(payee, "payee");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(dueBy, "dueBy");
  }
}
