package org.dpsupport.payroll.domain.model.remittance;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.dpsupport.payroll.domain.model.remittance.RemittanceRefusedException.Reason;

/**
 * A payment over as agency staff enter it: what was paid, the day it left the account, its
 * reference (optional) and, to correct a payment already recorded, why.
 */
public record RemittancePayment(
    RemittanceKind kind, LocalDate paidOn, String reference, String correctionReason) {

  static final int REFERENCE_LENGTH = 60;
  static final int REASON_LENGTH = 500;

  public RemittancePayment {
    Objects.requireNonNull(kind, "kind");
    reference = reference == null || reference.isBlank() ? null : reference.strip();
    correctionReason =
        correctionReason == null || correctionReason.isBlank() ? null : correctionReason.strip();
  }

  /** True when this corrects a payment already recorded (a reason was given). */
  public boolean isCorrection() {
    return correctionReason != null;
  }

  /**
   * The runs this payment covers, or refused with a sentence saying why. The run it is recorded
   * against must be finalised and owe something, and must not be paid already unless this corrects
   * it, with a reason; the day paid must fall between the pay day and today. A first payment covers
   * that run and the employer's other finalised runs due by the same date (the same tax month, or
   * quarter for an employer paying HMRC quarterly; the same month of deduction for pensions) that
   * are still unpaid and were paid out on or before the day paid. A correction covers the runs the
   * payment it corrects covered.
   */
  public List<RunRemittance> covering(
      RunRemittance target, List<RunRemittance> employerRuns, LocalDate today) {
    String payee = kind.payee();
    if (!target.finalised()) {
      throw refused(
          Reason.NOT_FINALISED,
          "This pay run is not finalised yet, so nothing is owed to "
              + payee
              + " for it. Finalise the run first.");
    }
    if (!target.amount().isPositive()) {
      throw refused(
          Reason.NOTHING_TO_PAY,
          "This pay run owes nothing to "
              + payee
              + " (its "
              + kind.what()
              + " come to "
              + target.amount().formatted()
              + "), so there is no payment to record.");
    }
    Optional<RecordedRemittance> already = target.recorded();
    if (already.isPresent() && !isCorrection()) {
      throw refused(
          Reason.ALREADY_RECORDED,
          "The payment to "
              + payee
              + " for this pay run is already recorded: "
              + describe(already.get())
              + ". To correct it, give the reason for the correction.");
    }
    if (paidOn == null) {
      throw refused(
          Reason.NO_DATE,
          "Enter the date the " + kind.what() + " were paid to " + payee + ", like " + today + ".");
    }
    if (paidOn.isAfter(today)) {
      throw refused(
          Reason.IN_THE_FUTURE,
          "The date paid, "
              + paidOn.format(RunRemittance.DATE)
              + ", is in the future. Record the payment to "
              + payee
              + " once it has left the account.");
    }
    if (reference != null && reference.length() > REFERENCE_LENGTH) {
      throw refused(
          Reason.TOO_LONG,
          "The payment reference can be up to " + REFERENCE_LENGTH + " characters.");
    }
    if (correctionReason != null && correctionReason.length() > REASON_LENGTH) {
      throw refused(
          Reason.TOO_LONG,
          "The reason for the correction can be up to " + REASON_LENGTH + " characters.");
    }
    List<RunRemittance> covered =
        already.isPresent()
            ? employerRuns.stream()
                .filter(
                    r ->
                        sameDue(r, target)
                            && r.recorded().isPresent()
                            && r.recorded().get().samePaymentAs(already.get()))
                .toList()
            : employerRuns.stream()
                .filter(
                    r ->
                        r.runId() == target.runId()
                            || (sameDue(r, target)
                                && r.finalised()
                                && r.amount().isPositive()
                                && r.recorded().isEmpty()
                                && !r.payDay().isAfter(paidOn)))
                .toList();
    if (covered.stream().noneMatch(r -> r.runId() == target.runId())) {
      covered = Stream.concat(Stream.of(target), covered.stream()).toList();
    }
    LocalDate lastPayDay =
        covered.stream().map(RunRemittance::payDay).max(LocalDate::compareTo).orElseThrow();
    if (paidOn.isBefore(lastPayDay)) {
      throw refused(
          Reason.BEFORE_PAY_DAY,
          "The date paid, "
              + paidOn.format(RunRemittance.DATE)
              + ", is before the pay day of "
              + lastPayDay.format(RunRemittance.DATE)
              + ". "
              + capitalised(kind.what())
              + " are paid to "
              + payee
              + " after the pay day they were deducted on.");
    }
    if (already.isPresent()
        && already.get().paidOn().equals(paidOn)
        && Objects.equals(already.get().reference(), reference)) {
      throw refused(
          Reason.ALREADY_RECORDED,
          "That is the payment already recorded: "
              + describe(already.get())
              + ". Change the date paid or the reference to correct it.");
    }
    return covered;
  }

  private static boolean sameDue(RunRemittance r, RunRemittance target) {
    return target.dueBy().equals(r.dueBy());
  }

  private static String describe(RecordedRemittance r) {
    return "paid on "
        + r.paidOn().format(RunRemittance.DATE)
        + (r.reference() == null ? "" : " (reference " + r.reference() + ")")
        + (r.recordedBy() == null ? "" : ", recorded by " + r.recordedBy())
        + (r.recordedAt() == null
            ? ""
            : " on " + r.recordedAt().toLocalDate().format(RunRemittance.DATE));
  }

  private static String capitalised(String s) {
    return Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static RemittanceRefusedException refused(Reason reason, String message) {
    return new RemittanceRefusedException(reason, message);
  }
}
