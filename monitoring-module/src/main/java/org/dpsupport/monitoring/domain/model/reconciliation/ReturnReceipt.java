package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.Objects;
import org.dpsupport.monitoring.domain.model.receipt.Receipt;

/**
 * A receipt or invoice sent with a return, as reconciliation needs it: an id to cite (like a
 * statement's), its file name, and either what was read from it or why a person has to read it.
 */
public sealed interface ReturnReceipt {

  /** A receipt is paid when it is printed; an invoice is paid some days after its date. */
  enum Kind {
    RECEIPT,
    INVOICE
  }

  String id();

  String fileName();

  /** Supplier, date and total were read. */
  record Read(String id, String fileName, Kind kind, Receipt receipt) implements ReturnReceipt {
    public Read {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(receipt, "receipt");
    }
  }

  /** Could not be read: kept for a person, with the reason in plain words. */
  record ForPerson(String id, String fileName, String reason) implements ReturnReceipt {
    public ForPerson {
      Objects.requireNonNull(id, "id");
      Objects.requireNonNull(fileName, "fileName");
      Objects.requireNonNull(reason, "reason");
    }
  }
}
