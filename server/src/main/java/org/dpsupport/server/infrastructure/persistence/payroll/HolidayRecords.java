package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.util.List;
import org.dpsupport.payroll.domain.service.HolidayPayReference;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;

/**
 * Reads and writes the payroll's holiday records: each pay run's {@code holiday_entry} rows, the
 * PAs' employments on the payroll, and the holiday hours taken on a timesheet.
 */
@ApplicationScoped
public class HolidayRecords {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** Forgets a run's entries (before the run is worked out again). */
  public void deleteForRun(long payRunId) {
    em.createQuery("delete from HolidayEntryEntity h where h.payRunId = :r")
        .setParameter("r", payRunId)
        .executeUpdate();
  }

  public void add(HolidayEntryEntity entry) {
    em.persist(entry);
  }

  public List<HolidayEntryEntity> ofRun(long payRunId) {
    return em.createQuery(
            "select h from HolidayEntryEntity h where h.payRunId = :r order by h.id",
            HolidayEntryEntity.class)
        .setParameter("r", payRunId)
        .getResultList();
  }

  /** An employment's entries from finalised runs, newest first. */
  public List<HolidayEntryEntity> finalisedOf(long employmentId) {
    return em.createQuery(
            "select h from HolidayEntryEntity h, PayRunEntity r where h.payRunId = r.id and"
                + " r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and h.employmentId = :e order by h.paymentDate"
                + " desc, h.id desc",
            HolidayEntryEntity.class)
        .setParameter("e", employmentId)
        .getResultList();
  }

  /** The signed-in PA's employments that are on the payroll. */
  public List<PaEmploymentEntity> employmentsOnPayroll(long paUserId) {
    return em.createQuery(
            "select m from PaEmploymentEntity m, PayrollEmployeeEntity p where p.employmentId ="
                + " m.id and m.paUserId = :u order by m.startDate, m.id",
            PaEmploymentEntity.class)
        .setParameter("u", paUserId)
        .getResultList();
  }

  public PayrollEmployeeEntity employee(long employmentId) {
    return em.find(PayrollEmployeeEntity.class, employmentId);
  }

  public PayrollEmployerEntity employer(long accountId) {
    return em.find(PayrollEmployerEntity.class, accountId);
  }

  /**
   * Each of the employer's PAs' finalised pay periods that ended before {@code before} and within
   * the 104-week look-back, with the pay for work recorded: the 52-paid-week holiday reference
   * data. Periods whose pay for work is not known (entries older than it) are left out.
   */
  public java.util.Map<Long, List<HolidayPayReference.PaidPeriod>> paidPeriods(
      long accountId, java.time.LocalDate before) {
    java.util.Map<Long, List<HolidayPayReference.PaidPeriod>> byEmployment =
        new java.util.HashMap<>();
    // An employer with no finalised run has paid no period: no need to look. Besides saving a
    // query, this keeps a pay day from scanning holiday_entry once per employer while the table
    // grows faster than its statistics (the first months after start-up, or a benchmark's first
    // pay day), when PostgreSQL's cached plan for the join below is a sequential scan.
    if (em.createQuery(
            "select r.id from PayRunEntity r where r.accountId = :a and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED",
            Long.class)
        .setParameter("a", accountId)
        .setMaxResults(1)
        .getResultList()
        .isEmpty()) {
      return byEmployment;
    }
    for (HolidayEntryEntity h :
        em.createQuery(
                "select h from HolidayEntryEntity h, PayRunEntity r, PaEmploymentEntity m where"
                    + " h.payRunId = r.id and r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and h.employmentId = m.id"
                    + " and m.accountId = :a and h.periodEnd < :before and h.periodStart >= :from"
                    + " and h.payForWork is not null",
                HolidayEntryEntity.class)
            .setParameter("a", accountId)
            .setParameter("before", before)
            .setParameter("from", before.minusWeeks(HolidayPayReference.LOOK_BACK_WEEKS))
            .getResultList()) {
      byEmployment
          .computeIfAbsent(h.getEmploymentId(), k -> new java.util.ArrayList<>())
          .add(paidPeriod(h));
    }
    return byEmployment;
  }

  /** One employment's finalised pay periods before {@code before}, as {@link #paidPeriods}. */
  public List<HolidayPayReference.PaidPeriod> paidPeriodsOf(
      long employmentId, java.time.LocalDate before) {
    return em
        .createQuery(
            "select h from HolidayEntryEntity h, PayRunEntity r where h.payRunId = r.id and"
                + " r.status = org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and h.employmentId = :e and h.periodEnd < :before"
                + " and h.periodStart >= :from and h.payForWork is not null",
            HolidayEntryEntity.class)
        .setParameter("e", employmentId)
        .setParameter("before", before)
        .setParameter("from", before.minusWeeks(HolidayPayReference.LOOK_BACK_WEEKS))
        .getResultList()
        .stream()
        .map(HolidayRecords::paidPeriod)
        .toList();
  }

  private static HolidayPayReference.PaidPeriod paidPeriod(HolidayEntryEntity h) {
    return new HolidayPayReference.PaidPeriod(
        h.getPeriodStart(), h.getPeriodEnd(), h.getPayForWork(), h.getHoursWorked());
  }

  /**
   * Records the employer's choice of rolled-up holiday pay for one PA; returns whether it changed.
   */
  public boolean setRolledUp(long employmentId, boolean rolledUp) {
    PayrollEmployeeEntity p = em.find(PayrollEmployeeEntity.class, employmentId);
    boolean changed = p.isRolledUpHolidayPay() != rolledUp;
    p.setRolledUpHolidayPay(rolledUp);
    return changed;
  }

  /** Records the holiday hours taken on a timesheet just entered. */
  public void setHolidayHours(long timesheetId, BigDecimal hours) {
    em.find(TimesheetEntity.class, timesheetId).setHolidayHours(hours);
  }
}
