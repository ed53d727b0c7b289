package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;

/**
 * Leaving and coming back: whether a leaver's final pay is finalised (their P45 waits for it), the
 * day their P45 was first issued, and whether a PA re-employed by the same employer still has an
 * open employment there.
 */
@ApplicationScoped
public class LeaverRecords {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /**
   * Why the leaver's P45 cannot be made yet, in plain words, or null when their final pay is
   * finalised: the employer's run for the pay period they left in is finalised and no approved
   * timesheet of theirs is waiting to be paid or in a run not yet finalised.
   */
  public String finalPayWaiting(PaEmploymentEntity m) {
    Long waiting =
        em.createQuery(
                "select count(t) from TimesheetEntity t where t.employmentId = :e and t.status ="
                    + " org.dpsupport.payroll.domain.model.timesheet.TimesheetStatus.APPROVED and (t.payRunId is null or t.payRunId in (select r.id from"
                    + " PayRunEntity r where r.status <> org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED))",
                Long.class)
            .setParameter("e", m.getId())
            .getSingleResult();
    if (waiting > 0) {
      return "The P45 is made after "
          + m.getPaName()
          + "'s final pay. An approved timesheet of theirs is not in a finalised pay run yet:"
          + " run and finalise the payroll first.";
    }
    Long finalised =
        em.createQuery(
                "select count(r) from PayRunEntity r where r.accountId = :a and r.status ="
                    + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and r.periodEnd >= :left",
                Long.class)
            .setParameter("a", m.getAccountId())
            .setParameter("left", m.getEndDate())
            .getSingleResult();
    if (finalised == 0) {
      return "The P45 is made after "
          + m.getPaName()
          + "'s final pay. Finalise the pay run for the month they leave in first.";
    }
    return null;
  }

  /**
   * The pay day of the employer's first finalised run covering the leaving date: the P45's pay and
   * tax go up to it, so a payment after leaving never changes the P45. Null before that run.
   */
  public LocalDate finalPayDay(PaEmploymentEntity m) {
    return em.createQuery(
            "select min(r.paymentDate) from PayRunEntity r where r.accountId = :a and r.status ="
                + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and r.periodEnd >= :left",
            LocalDate.class)
        .setParameter("a", m.getAccountId())
        .setParameter("left", m.getEndDate())
        .getSingleResult();
  }

  /** The PA's last finalised payslip's pay day on or before {@code day}, or null. */
  public LocalDate lastPaidBy(long employmentId, LocalDate day) {
    return em.createQuery(
            "select max(s.paymentDate) from PayslipEntity s, PayRunEntity r where s.payRunId ="
                + " r.id and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.employmentId = :e and s.paymentDate <="
                + " :d",
            LocalDate.class)
        .setParameter("e", employmentId)
        .setParameter("d", day)
        .getSingleResult();
  }

  /**
   * The employer's leavers whose P45 is not issued yet and whose final pay is now finalised (their
   * leaving date on or before {@code periodEnd}): a finalised run issues their P45.
   */
  public List<PaEmploymentEntity> p45sDue(long accountId, LocalDate periodEnd) {
    return em
        .createQuery(
            "select m from PaEmploymentEntity m, PayrollEmployeeEntity p where p.employmentId ="
                + " m.id and m.accountId = :a and m.endDate is not null and m.endDate <= :end and"
                + " p.p45IssuedOn is null",
            PaEmploymentEntity.class)
        .setParameter("a", accountId)
        .setParameter("end", periodEnd)
        .getResultList()
        .stream()
        .filter(m -> finalPayWaiting(m) == null)
        .toList();
  }

  /** Records the day the P45 was first issued; true if this is the first time. */
  @Transactional
  public boolean markP45Issued(long employmentId, LocalDate on) {
    PayrollEmployeeEntity p = em.find(PayrollEmployeeEntity.class, employmentId);
    if (p == null || p.getP45IssuedOn() != null) {
      return false;
    }
    p.setP45IssuedOn(on);
    return true;
  }

  /**
   * The PA's name if they still work for this employer on {@code startDate} (no leaving date, or
   * one on or after it), matched by their sign-in or NI number; null otherwise.
   */
  public String stillEmployed(long accountId, Long paUserId, String niNumber, LocalDate startDate) {
    if (paUserId == null && (niNumber == null || niNumber.isBlank())) {
      return null;
    }
    List<String> names =
        em.createQuery(
                "select m.paName from PaEmploymentEntity m, PayrollEmployeeEntity p where"
                    + " p.employmentId = m.id and m.accountId = :a and (m.endDate is null or"
                    + " m.endDate >= :start) and (m.paUserId = :u or p.niNumber = :ni)",
                String.class)
            .setParameter("a", accountId)
            .setParameter("start", startDate)
            .setParameter("u", paUserId == null ? -1L : paUserId)
            .setParameter("ni", niNumber == null ? "" : niNumber)
            .getResultList();
    return names.isEmpty() ? null : names.get(0);
  }

  /** The PA's last finalised payslip's pay day, or null. */
  public LocalDate lastPaid(long employmentId) {
    return em.createQuery(
            "select max(s.paymentDate) from PayslipEntity s, PayRunEntity r where"
                + " s.payRunId = r.id and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and s.employmentId = :e",
            LocalDate.class)
        .setParameter("e", employmentId)
        .getSingleResult();
  }

  /** Whether the PA has a timesheet in a pay run for a period ending after the day. */
  public boolean paidForWorkAfter(long employmentId, LocalDate day) {
    return em.createQuery(
                "select count(t) from TimesheetEntity t where t.employmentId = :e and"
                    + " t.periodEnd > :d and t.payRunId is not null",
                Long.class)
            .setParameter("e", employmentId)
            .setParameter("d", day)
            .getSingleResult()
        > 0;
  }

  /** Records the PA's leaving date on their employment (and on {@code m}, read again). */
  public void setLeavingDate(PaEmploymentEntity m, LocalDate leavingDate) {
    em.createQuery("update PaEmploymentEntity m set m.endDate = :d where m.id = :id")
        .setParameter("d", leavingDate)
        .setParameter("id", m.getId())
        .executeUpdate();
    em.refresh(m);
  }

  /**
   * The pay day of the employer's first finalised run whose FPS carries this PA's leaving date, or
   * null: the P45 then says the leaving date has not been reported yet.
   */
  public LocalDate leavingDateOnFps(PaEmploymentEntity m, String payId) {
    List<PayRunEntity> runs =
        em.createQuery(
                "select r from PayRunEntity r where r.accountId = :a and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED"
                    + " and r.periodEnd >= :left order by r.paymentDate",
                PayRunEntity.class)
            .setParameter("a", m.getAccountId())
            .setParameter("left", m.getEndDate())
            .getResultList();
    for (PayRunEntity r : runs) {
      String fps = r.getFpsXml();
      if (fps != null
          && fps.contains(">" + payId + "<")
          && fps.contains(">" + m.getEndDate() + "<")) {
        return r.getPaymentDate();
      }
    }
    return null;
  }
}
