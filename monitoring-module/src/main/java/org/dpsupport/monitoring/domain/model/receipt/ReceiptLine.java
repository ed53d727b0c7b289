package org.dpsupport.monitoring.domain.model.receipt;

import java.util.Objects;
import org.dpsupport.kernel.Money;

/** One item a receipt or invoice prints above its totals: what was bought and its price. */
public record ReceiptLine(String description, Money amount) {

  public ReceiptLine {
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(amount, "amount");
    description = description.strip().replaceAll("\\s+", " ");
  }
}
