package org.dpsupport.monitoring.domain.model.receipt;

import java.util.Objects;
import org.dpsupport.monitoring.domain.model.statement.Refusal;

/**
 * The outcome of reading a receipt or invoice: either what was found, or the document is kept as it
 * is and marked for an officer to read, with the reason.
 */
public sealed interface ReceiptReading {

  /** Supplier, date and total were found. */
  record Read(Receipt receipt) implements ReceiptReading {
    public Read {
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  /** Keep the document and ask a person to read it. */
  record ForOfficer(Refusal reason) implements ReceiptReading {
    public ForOfficer {
      Objects.requireNonNull(reason, "reason");
    }
  }
}
