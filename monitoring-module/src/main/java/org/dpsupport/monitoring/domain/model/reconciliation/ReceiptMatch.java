package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.Objects;

/** A receipt or invoice found on the statements: the payment it evidences. */
public record ReceiptMatch(String receiptId, Evidence line) {

  public ReceiptMatch {
    Objects.requireNonNull(receiptId, "receiptId");
    Objects.requireNonNull(line, "line");
  }
}
