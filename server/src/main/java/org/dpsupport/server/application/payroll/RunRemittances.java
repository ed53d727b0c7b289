package org.dpsupport.server.application.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.payrun.PayRunStatus;
import org.dpsupport.payroll.domain.model.pension.PensionPaymentDue;
import org.dpsupport.payroll.domain.model.remittance.RecordedRemittance;
import org.dpsupport.payroll.domain.model.remittance.RemittanceKind;
import org.dpsupport.payroll.domain.model.remittance.RunRemittance;
import org.dpsupport.server.infrastructure.persistence.payroll.PayRunEntity;

/**
 * A pay run row's payments over to HMRC and the pension scheme, as the payroll module's rules see
 * them, and back.
 */
final class RunRemittances {

  private RunRemittances() {}

  static RunRemittance of(PayRunEntity r, RemittanceKind kind) {
    return new RunRemittance(
        r.getId(),
        r.getPaymentDate(),
        r.getStatus() == PayRunStatus.FINALISED,
        Money.of(amount(r, kind)),
        dueBy(r, kind),
        recorded(r, kind));
  }

  /**
   * PAYE, NI and student loans less the Employment Allowance; or both sides' pension contributions.
   */
  static BigDecimal amount(PayRunEntity r, RemittanceKind kind) {
    return kind == RemittanceKind.HMRC
        ? PayRunService.hmrc(r)
        : r.getPensionEmployee().plus(r.getPensionEmployer()).amount();
  }

  static LocalDate dueBy(PayRunEntity r, RemittanceKind kind) {
    return kind == RemittanceKind.HMRC
        ? r.getHmrcDueDate()
        : PensionPaymentDue.dueDate(r.getPaymentDate());
  }

  static Optional<RecordedRemittance> recorded(PayRunEntity r, RemittanceKind kind) {
    if (kind == RemittanceKind.HMRC) {
      return r.getHmrcPaidOn() == null
          ? Optional.empty()
          : Optional.of(
              new RecordedRemittance(
                  r.getHmrcPaidOn(),
                  r.getHmrcPaymentReference(),
                  r.getHmrcRecordedBy(),
                  r.getHmrcRecordedAt()));
    }
    return r.getPensionPaidOn() == null
        ? Optional.empty()
        : Optional.of(
            new RecordedRemittance(
                r.getPensionPaidOn(),
                r.getPensionPaymentReference(),
                r.getPensionRecordedBy(),
                r.getPensionRecordedAt()));
  }

  static void record(PayRunEntity r, RemittanceKind kind, RecordedRemittance paid) {
    if (kind == RemittanceKind.HMRC) {
      r.setHmrcPaidOn(paid.paidOn());
      r.setHmrcPaymentReference(paid.reference());
      r.setHmrcRecordedBy(paid.recordedBy());
      r.setHmrcRecordedAt(paid.recordedAt());
    } else {
      r.setPensionPaidOn(paid.paidOn());
      r.setPensionPaymentReference(paid.reference());
      r.setPensionRecordedBy(paid.recordedBy());
      r.setPensionRecordedAt(paid.recordedAt());
    }
  }
}
