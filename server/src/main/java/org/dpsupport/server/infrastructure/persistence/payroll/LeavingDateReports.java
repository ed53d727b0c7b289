package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.HashSet;
import java.util.Set;

/**
 * Which pay runs have sent a PA's leaving date to HMRC: a leaving date goes on one FPS only, the
 * FPS of a finalised run recorded in {@code payroll_employee.leaving_reported_run_id}.
 */
@ApplicationScoped
public class LeavingDateReports {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The employer's finalised runs whose FPS reported a leaving date. */
  public Set<Long> finalisedRunsThatReported(long accountId) {
    return new HashSet<>(
        em.createQuery(
                "select r.id from PayRunEntity r where r.accountId = :a and r.status ="
                    + " org.dpsupport.payroll.domain.model.payrun.PayRunStatus.FINALISED and r.id in (select p.leavingReportedRunId from"
                    + " PayrollEmployeeEntity p where p.leavingReportedRunId is not null)",
                Long.class)
            .setParameter("a", accountId)
            .getResultList());
  }
}
