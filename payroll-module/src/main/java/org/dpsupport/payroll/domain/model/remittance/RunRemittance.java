package org.dpsupport.payroll.domain.model.remittance;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.kernel.Money;

/**
 * What one pay run owes HMRC or the pension scheme, by when, and the payment recorded against it.
 */
public record RunRemittance(
    long runId,
    LocalDate payDay,
    boolean finalised,
    Money amount,
    LocalDate dueBy,
    Optional<RecordedRemittance> recorded) {

  static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public RunRemittance {
    Objects.requireNonNull(payDay, "payDay");
    Objects.requireNonNull(amount, "amount");
    Objects.requireNonNull(recorded, "recorded");
    if (finalised && amount.isPositive()) {
      Objects.requireNonNull(dueBy, "dueBy");
    }
  }

  /** Where the run's payment over stands on the day: overdue from the day after it was due. */
  public RemittanceStatus status(LocalDate today) {
    if (!finalised) {
      return RemittanceStatus.NOT_FINALISED;
    }
    if (!amount.isPositive()) {
      return RemittanceStatus.NOTHING_TO_PAY;
    }
    if (recorded.isPresent()) {
      return RemittanceStatus.PAID;
    }
    return today.isAfter(dueBy) ? RemittanceStatus.OVERDUE : RemittanceStatus.DUE;
  }

  /** The status in words, as the pages show it: "£81.20 due to HMRC by 22 November 2026". */
  public String describe(RemittanceKind kind, LocalDate today) {
    return switch (status(today)) {
      case NOT_FINALISED -> "Nothing owed until the run is finalised";
      case NOTHING_TO_PAY -> "Nothing to pay to " + kind.payee();
      case DUE -> amount.formatted() + " due to " + kind.payee() + " by " + dueBy.format(DATE);
      case OVERDUE ->
          amount.formatted()
              + " overdue: it was due to "
              + kind.payee()
              + " by "
              + dueBy.format(DATE);
      case PAID ->
          amount.formatted()
              + " paid to "
              + kind.payee()
              + " on "
              + recorded.get().paidOn().format(DATE)
              + (recorded.get().reference() == null
                  ? ""
                  : " (reference " + recorded.get().reference() + ")");
    };
  }
}
