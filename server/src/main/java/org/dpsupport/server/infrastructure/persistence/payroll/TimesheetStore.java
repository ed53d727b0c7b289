package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpsupport.payroll.domain.model.timesheet.RateType;
import org.dpsupport.payroll.domain.model.timesheet.Timesheet;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetEntry;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;

/**
 * The timesheet aggregate: a PA's timesheet for a period with its shifts, as the payroll enters,
 * approves and reads it. Shifts come back as the domain's {@link Timesheet}.
 */
@ApplicationScoped
public class TimesheetStore {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  public Optional<TimesheetEntity> find(long timesheetId) {
    return Optional.ofNullable(em.find(TimesheetEntity.class, timesheetId));
  }

  /** Whether the PA's starter checklist is complete: they are on the payroll. */
  public boolean onPayroll(long employmentId) {
    return em.find(PayrollEmployeeEntity.class, employmentId) != null;
  }

  public PaEmploymentEntity employment(long employmentId) {
    return em.find(PaEmploymentEntity.class, employmentId);
  }

  public DirectPaymentAccountEntity account(long accountId) {
    return em.find(DirectPaymentAccountEntity.class, accountId);
  }

  /** The employment's timesheet for the period starting that day, if one was entered. */
  public Optional<TimesheetEntity> forPeriod(long employmentId, LocalDate periodStart) {
    return em
        .createQuery(
            "select t from TimesheetEntity t where t.employmentId = :e and t.periodStart = :p",
            TimesheetEntity.class)
        .setParameter("e", employmentId)
        .setParameter("p", periodStart)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Forgets a timesheet and its shifts (a resubmission replaces it). */
  public void remove(TimesheetEntity t) {
    em.createQuery("delete from TimesheetShiftEntity s where s.timesheetId = :t")
        .setParameter("t", t.getId())
        .executeUpdate();
    em.remove(t);
    em.flush();
  }

  /** Stores a new timesheet and its shifts; the timesheet has its id afterwards. */
  public void add(TimesheetEntity t, List<TimesheetEntry> entries) {
    em.persist(t);
    em.flush();
    for (TimesheetEntry e : entries) {
      TimesheetShiftEntity s = new TimesheetShiftEntity();
      s.setTimesheetId(t.getId());
      s.setStartsAt(e.start());
      s.setEndsAt(e.end());
      s.setRateType(e.rateType().name());
      em.persist(s);
    }
  }

  /** One employer's timesheets, newest first (at most {@code max}). */
  public List<TimesheetEntity> ofEmployer(long accountId, int max) {
    return em.createQuery(
            "select t from TimesheetEntity t, PaEmploymentEntity m where"
                + " t.employmentId = m.id and m.accountId = :a order by t.periodStart desc, t.id",
            TimesheetEntity.class)
        .setParameter("a", accountId)
        .setMaxResults(max)
        .getResultList();
  }

  /** The timesheet as the domain has it: its period and shifts. */
  public Timesheet timesheet(TimesheetEntity t) {
    List<TimesheetEntry> entries =
        em
            .createQuery(
                "select s from TimesheetShiftEntity s where s.timesheetId = :t",
                TimesheetShiftEntity.class)
            .setParameter("t", t.getId())
            .getResultList()
            .stream()
            .map(
                s ->
                    new TimesheetEntry(
                        s.getStartsAt(), s.getEndsAt(), RateType.valueOf(s.getRateType())))
            .toList();
    return new Timesheet(t.getPeriodStart(), t.getPeriodEnd(), entries);
  }
}
