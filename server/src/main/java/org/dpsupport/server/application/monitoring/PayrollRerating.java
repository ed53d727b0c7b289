package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import org.dpsupport.server.application.PayrollFacts;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountStore;

/**
 * Re-rates a monitored account when payroll says its concerns changed (HMRC or the pension recorded
 * as paid, say), so a concern that has closed stops driving the return frequency at once rather
 * than at the next return. Observed inside payroll's transaction, so the rating and the change that
 * caused it commit together; an account payroll runs but monitoring does not follow is left alone.
 */
@ApplicationScoped
public class PayrollRerating {

  @Inject MonitoredAccountStore monitored;

  @Inject AccountMonitoring accounts;

  void onPayrollConcernsChanged(@Observes PayrollFacts.ConcernsChanged change) {
    if (monitored.find(change.accountId()).isPresent()) {
      accounts.rerate(change.accountId(), change.actor(), change.why());
    }
  }
}
