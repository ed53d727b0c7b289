package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Optional;
import org.dpsupport.payroll.domain.model.payrun.PayRunStatus;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetStatus;

/**
 * The bureau run aggregate: an agency's pay day for a month, and the counts its progress and
 * preview are made of (employers due, paid, payslips), read set-based across the agency's
 * employers.
 */
@ApplicationScoped
public class BureauRunStore {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /**
   * An employer has something to pay for the month: an approved timesheet that ends by the month's
   * end and is not yet paid (the others get no run, no FPS and no BACS file). Not yet paid means in
   * no run, or in the employer's run for the period that staff calculated or approved on the page
   * but did not finalise (the pay day pays that run too, rather than leave its PAs unpaid). Two
   * separate tests, so that the usual case (a timesheet in no run) never looks up the runs of the
   * employer's earlier, paid timesheets, and the month's unfinalised runs are read once per query
   * (PostgreSQL hashes them), not once per employer. Needs {@code :approved}, {@code :end}, {@code
   * :p} and {@code :finalised}.
   */
  private static final String SOMETHING_TO_PAY =
      " and (exists (select t from TimesheetEntity t, PaEmploymentEntity m where t.employmentId ="
          + " m.id and m.accountId = e.accountId and t.status = :approved and t.payRunId is null"
          + " and t.periodEnd <= :end) or e.accountId in (select o.accountId from PayRunEntity o"
          + " where o.periodStart = :p and o.status <> :finalised and exists (select u from"
          + " TimesheetEntity u where u.payRunId = o.id and u.status = :approved)))";

  public Optional<BureauRunEntity> find(long runId) {
    return Optional.ofNullable(em.find(BureauRunEntity.class, runId));
  }

  /** The agency's run for the month starting that day, if there is one. */
  public Optional<BureauRunEntity> forMonth(long agencyId, LocalDate periodStart) {
    return em
        .createQuery(
            "select b from BureauRunEntity b where b.agencyId = :a and b.periodStart = :p",
            BureauRunEntity.class)
        .setParameter("a", agencyId)
        .setParameter("p", periodStart)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Stores a new run; it has its id afterwards. */
  public void add(BureauRunEntity run) {
    em.persist(run);
    em.flush();
  }

  /** The agency's bureau runs' ids, newest first (at most {@code max}). */
  public List<Long> idsOf(long agencyId, int max) {
    return em.createQuery(
            "select b.id from BureauRunEntity b where b.agencyId = :a order by b.periodStart desc",
            Long.class)
        .setParameter("a", agencyId)
        .setMaxResults(max)
        .getResultList();
  }

  /** Employers due on the month's pay day: with something to pay, or already paid for it. */
  public long employersDue(long agencyId, YearMonth month) {
    return em.createQuery(
            "select count(e) from PayrollEmployerEntity e, DirectPaymentAccountEntity a"
                + " where e.accountId = a.id and a.agencyId = :agency and (exists (select r"
                + " from PayRunEntity r where r.accountId = e.accountId and r.periodStart ="
                + " :p and r.status = :finalised)"
                + SOMETHING_TO_PAY.replaceFirst(" and ", " or ")
                + ")",
            Long.class)
        .setParameter("agency", agencyId)
        .setParameter("p", month.atDay(1))
        .setParameter("finalised", PayRunStatus.FINALISED)
        .setParameter("approved", TimesheetStatus.APPROVED)
        .setParameter("end", month.atEndOfMonth())
        .getSingleResult();
  }

  /** The agency's employers whose run for the period starting that day is finalised. */
  public long employersPaid(long agencyId, LocalDate periodStart) {
    return em.createQuery(
            "select count(r) from PayRunEntity r, DirectPaymentAccountEntity a where r.accountId"
                + " = a.id and a.agencyId = :agency and r.periodStart = :p and r.status ="
                + " :finalised",
            Long.class)
        .setParameter("agency", agencyId)
        .setParameter("p", periodStart)
        .setParameter("finalised", PayRunStatus.FINALISED)
        .getSingleResult();
  }

  /** The payslips of the agency's finalised runs for the period starting that day. */
  public long payslipsPaid(long agencyId, LocalDate periodStart) {
    return em.createQuery(
            "select coalesce(sum(r.payslips), 0) from PayRunEntity r, DirectPaymentAccountEntity a"
                + " where r.accountId = a.id and a.agencyId = :agency and r.periodStart = :p"
                + " and r.status = :finalised",
            Long.class)
        .setParameter("agency", agencyId)
        .setParameter("p", periodStart)
        .setParameter("finalised", PayRunStatus.FINALISED)
        .getSingleResult();
  }

  /** How many employers and PAs a month's pay day would pay. */
  public record ToPay(long employers, long pas) {}

  /**
   * The agency's employers not yet paid in the month that have approved timesheets to pay, and
   * their PAs with such a timesheet.
   */
  public ToPay toPay(long agencyId, YearMonth month) {
    return em.createQuery(
            "select new org.dpsupport.server.infrastructure.persistence.payroll.BureauRunStore.ToPay("
                + "count(distinct m.accountId), count(distinct m.id)) from TimesheetEntity t,"
                + " PaEmploymentEntity m, DirectPaymentAccountEntity a, PayrollEmployerEntity e"
                + " where t.employmentId = m.id and m.accountId = a.id and e.accountId = a.id"
                + " and a.agencyId = :agency and t.status = :approved and t.periodEnd <= :end"
                + " and (t.payRunId is null or (t.periodEnd >= :start and t.payRunId in (select"
                + " o.id from PayRunEntity o where o.accountId = a.id and o.periodStart = :start"
                + " and o.status <> :finalised))) and not exists (select r from PayRunEntity r where"
                + " r.accountId = a.id and r.paymentDate >= :start and r.paymentDate <= :end"
                + " and r.status = :finalised)",
            ToPay.class)
        .setParameter("agency", agencyId)
        .setParameter("approved", TimesheetStatus.APPROVED)
        .setParameter("finalised", PayRunStatus.FINALISED)
        .setParameter("start", month.atDay(1))
        .setParameter("end", month.atEndOfMonth())
        .getSingleResult();
  }

  /** The agency's employers on the payroll. */
  public long employersOnPayroll(long agencyId) {
    return em.createQuery(
            "select count(e) from PayrollEmployerEntity e, DirectPaymentAccountEntity a"
                + " where e.accountId = a.id and a.agencyId = :agency",
            Long.class)
        .setParameter("agency", agencyId)
        .getSingleResult();
  }

  /**
   * Employers of the partition not yet finalised for the run's month with something to pay, in
   * account order.
   */
  public List<Long> employersStillToPay(BureauRunEntity run, int partition, int partitions) {
    return em.createQuery(
            "select e.accountId from PayrollEmployerEntity e, DirectPaymentAccountEntity a"
                + " where e.accountId = a.id and a.agencyId = :agency and mod(e.accountId, :n) = :i"
                + " and not exists (select r from PayRunEntity r where r.accountId = e.accountId"
                + " and r.periodStart = :p and r.status = :finalised)"
                + SOMETHING_TO_PAY
                + " order by e.accountId",
            Long.class)
        .setParameter("agency", run.getAgencyId())
        .setParameter("n", (long) partitions)
        .setParameter("i", (long) partition)
        .setParameter("p", run.getPeriodStart())
        .setParameter("finalised", PayRunStatus.FINALISED)
        .setParameter("approved", TimesheetStatus.APPROVED)
        .setParameter("end", run.getPeriodEnd())
        .getResultList();
  }
}
