package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dpsupport.kernel.Money;

/**
 * Auto-enrolment over time as the payroll keeps it: the employer's declaration of compliance and
 * chosen re-enrolment date, and each PA's postponement, opt-out and the refund of an opt-out within
 * the month. Takes and gives plain values and records.
 */
@ApplicationScoped
public class PensionRecords {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The employer's declaration (null until made) and re-enrolment date (null until chosen). */
  public record EmployerPension(
      LocalDate declaredOn,
      String declaredBy,
      OffsetDateTime declaredAt,
      LocalDate reEnrolmentDate) {}

  /** A PA's pension record; {@code refundRunId} is the run that refunds their opt-out. */
  public record PaPension(
      long employmentId,
      String paName,
      LocalDate startDate,
      String reliefMethod,
      LocalDate enrolledOn,
      LocalDate optedOutOn,
      LocalDate postponedUntil,
      LocalDate postponementNoticeOn,
      Money refundDue,
      Long refundRunId) {}

  /** Null where the employer's payroll is not set up. */
  public EmployerPension employer(long accountId) {
    PayrollEmployerEntity e = em.find(PayrollEmployerEntity.class, accountId);
    return e == null
        ? null
        : new EmployerPension(
            e.getPensionDeclaredOn(),
            e.getPensionDeclaredBy(),
            e.getPensionDeclaredAt(),
            e.getReEnrolmentDate());
  }

  public void declare(long accountId, LocalDate declaredOn, String by, OffsetDateTime at) {
    PayrollEmployerEntity e = em.find(PayrollEmployerEntity.class, accountId);
    e.setPensionDeclaredOn(declaredOn);
    e.setPensionDeclaredBy(by);
    e.setPensionDeclaredAt(at);
  }

  public void reEnrolmentDate(long accountId, LocalDate date) {
    em.find(PayrollEmployerEntity.class, accountId).setReEnrolmentDate(date);
  }

  /** Null where the PA's starter checklist is not complete. */
  public PaPension pa(long employmentId, String paName, LocalDate startDate) {
    PayrollEmployeeEntity e = em.find(PayrollEmployeeEntity.class, employmentId);
    return e == null
        ? null
        : new PaPension(
            employmentId,
            paName,
            startDate,
            e.getPensionRelief(),
            e.getPensionEnrolledOn(),
            e.getPensionOptedOutOn(),
            e.getPensionPostponedUntil(),
            e.getPensionPostponementNoticeOn(),
            e.getPensionRefundDue(),
            e.getPensionRefundRunId());
  }

  public void optOut(long employmentId, LocalDate optedOutOn, Money refundDue) {
    PayrollEmployeeEntity e = em.find(PayrollEmployeeEntity.class, employmentId);
    e.setPensionOptedOutOn(optedOutOn);
    e.setPensionRefundDue(refundDue);
    e.setPensionRefundRunId(null);
  }

  public void postpone(long employmentId, LocalDate noticeOn, LocalDate until) {
    PayrollEmployeeEntity e = em.find(PayrollEmployeeEntity.class, employmentId);
    e.setPensionPostponementNoticeOn(noticeOn);
    e.setPensionPostponedUntil(until);
  }

  /** The employee contributions taken from the PA's pay by finalised runs since a date. */
  public Money employeeContributionsSince(long employmentId, LocalDate since) {
    return Money.total(
        em.createQuery(
                "select s.pensionEmployee from PayslipEntity s, PayRunEntity r"
                    + " where s.payRunId = r.id and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.employmentId = :e"
                    + " and s.paymentDate >= :since",
                Money.class)
            .setParameter("e", employmentId)
            .setParameter("since", since)
            .getResultList());
  }
}
