package org.dpsupport.payroll.domain.model.remittance;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Objects;

/**
 * A payment over as the agency recorded it: the day it left the account, the payment's reference
 * (optional), and who recorded it when (unknown only for a payment set before that was recorded).
 */
public record RecordedRemittance(
    LocalDate paidOn, String reference, String recordedBy, OffsetDateTime recordedAt) {

  public RecordedRemittance {
    Objects.requireNonNull(paidOn, "paidOn");
  }

  /** True when this is the same payment as the other: the same day and the same reference. */
  public boolean samePaymentAs(RecordedRemittance other) {
    return paidOn.equals(other.paidOn) && Objects.equals(reference, other.reference);
  }
}
