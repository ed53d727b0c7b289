package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.dpsupport.server.application.PayrollFacts;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;

/**
 * Re-rates a monitored account when payroll says its concerns changed (HMRC or the pension recorded
 * as paid, say), so a concern that has closed stops driving the return frequency at once rather
 * than at the next return. Observed inside payroll's transaction, so the rating and the change that
 * caused it commit together; an account payroll runs but monitoring does not follow is left alone.
 */
@ApplicationScoped
public class PayrollRerating {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject AccountMonitoring accounts;

  void onPayrollConcernsChanged(@Observes PayrollFacts.ConcernsChanged change) {
    if (em.find(MonitoredAccountEntity.class, change.accountId()) != null) {
      accounts.rerate(change.accountId(), change.actor(), change.why());
    }
  }
}
