package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.remittance.RecordedRemittance;
import org.dpsupport.payroll.domain.model.remittance.RemittanceKind;
import org.dpsupport.payroll.domain.model.remittance.RemittancePayment;
import org.dpsupport.payroll.domain.model.remittance.RemittanceRefusedException;
import org.dpsupport.payroll.domain.model.remittance.RunRemittance;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.application.PayrollFacts;
import org.dpsupport.server.infrastructure.persistence.payroll.PayRunEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayRunStore;
import org.dpsupport.server.security.Viewer;

/**
 * The agency records that a finalised run's PAYE and National Insurance reached HMRC, or its
 * pension contributions the scheme: the day paid and the payment's reference, on every run the one
 * payment covers (a tax quarter's runs for an employer paying HMRC quarterly). A payment already
 * recorded is changed only as a correction with a reason. Each run's record is audited, and
 * monitoring hears of it (a {@link PayrollFacts.ConcernsChanged} event) so the account's risk
 * rating follows at once.
 */
@ApplicationScoped
public class RemittanceService {

  /**
   * What a recording did: the payment, the runs it covers and their total, and the run it was
   * recorded on.
   */
  public record PaymentRecorded(
      RemittanceKind kind,
      LocalDate paidOn,
      String reference,
      BigDecimal amount,
      List<Long> runIds,
      boolean corrected,
      PayRunService.RunView run) {}

  @Inject PayRunStore store;

  @Inject PayrollAccess access;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject PayRunService payRuns;

  @Inject Event<PayrollFacts.ConcernsChanged> concernsChanged;

  @Transactional
  public PaymentRecorded record(Viewer viewer, long runId, RemittancePayment payment) {
    PayRunEntity run =
        store
            .find(runId)
            .orElseThrow(() -> PayrollProblem.notFound("There is no pay run " + runId + "."));
    access.ownAgencyStaff(viewer, run.getAccountId());
    RemittanceKind kind = payment.kind();
    LocalDate today = LocalDate.now(clock);
    Map<Long, PayRunEntity> nearby = finalisedRunsAround(run);
    List<RunRemittance> covered;
    try {
      covered =
          payment.covering(
              RunRemittances.of(run, kind),
              nearby.values().stream().map(r -> RunRemittances.of(r, kind)).toList(),
              today);
    } catch (RemittanceRefusedException e) {
      throw new PayrollProblem(
          e.reason().isState() ? PayrollProblem.Kind.CONFLICT : PayrollProblem.Kind.BAD_INPUT,
          e.getMessage());
    }
    RecordedRemittance paid =
        new RecordedRemittance(
            payment.paidOn(), payment.reference(), viewer.username(), OffsetDateTime.now(clock));
    Money total = Money.total(covered.stream().map(RunRemittance::amount).toList());
    String what = paid(kind, paid, total, covered);
    for (RunRemittance share : covered) {
      PayRunEntity r = share.runId() == runId ? run : nearby.get(share.runId());
      RunRemittances.record(r, kind, paid);
      audit.record(
          viewer.username(),
          kind.name() + (payment.isCorrection() ? "_PAYMENT_CORRECTED" : "_PAYMENT_RECORDED"),
          "PayRun",
          r.getId(),
          payment.isCorrection()
              ? "Corrected: "
                  + share.describe(kind, today)
                  + ", recorded by "
                  + share.recorded().map(RecordedRemittance::recordedBy).orElse("someone")
                  + ". Now: "
                  + what
                  + ". Why: "
                  + payment.correctionReason()
              : share.amount().formatted() + " of " + what);
    }
    concernsChanged.fire(
        new PayrollFacts.ConcernsChanged(
            run.getAccountId(),
            viewer.username(),
            "Payroll recorded "
                + kind.what()
                + " paid to "
                + kind.payee()
                + " on "
                + payment.paidOn()));
    return new PaymentRecorded(
        kind,
        paid.paidOn(),
        paid.reference(),
        total.amount(),
        covered.stream().map(RunRemittance::runId).sorted().toList(),
        payment.isCorrection(),
        payRuns.run(viewer, runId));
  }

  /**
   * The employer's finalised runs paid out within a few months of this one: any one payment could
   * cover.
   */
  private Map<Long, PayRunEntity> finalisedRunsAround(PayRunEntity run) {
    return store
        .finalisedRuns(
            run.getAccountId(),
            run.getPaymentDate().minusMonths(4),
            run.getPaymentDate().plusMonths(4))
        .stream()
        .collect(Collectors.toMap(PayRunEntity::getId, Function.identity()));
  }

  private static String paid(
      RemittanceKind kind, RecordedRemittance paid, Money total, List<RunRemittance> covered) {
    return "one payment of "
        + total.formatted()
        + " to "
        + kind.payee()
        + " paid on "
        + paid.paidOn()
        + (paid.reference() == null ? "" : ", reference " + paid.reference())
        + ", covering "
        + covered.size()
        + " run"
        + (covered.size() == 1 ? "" : "s")
        + " due by "
        + covered.get(0).dueBy()
        + " (pay days "
        + covered.stream()
            .map(r -> r.payDay().toString())
            .sorted()
            .collect(Collectors.joining(", "))
        + ")";
  }
}
