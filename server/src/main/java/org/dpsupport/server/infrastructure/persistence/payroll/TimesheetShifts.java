package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

/** A timesheet's shifts, in the order they were worked. */
@ApplicationScoped
public class TimesheetShifts {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  public List<TimesheetShiftEntity> of(long timesheetId) {
    return em.createQuery(
            "select s from TimesheetShiftEntity s where s.timesheetId = :t order by s.startsAt",
            TimesheetShiftEntity.class)
        .setParameter("t", timesheetId)
        .getResultList();
  }
}
