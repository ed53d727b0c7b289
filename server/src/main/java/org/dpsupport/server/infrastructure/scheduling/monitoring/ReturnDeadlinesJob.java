package org.dpsupport.server.infrastructure.scheduling.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.dpsupport.server.application.monitoring.AccountMonitoring;
import org.dpsupport.server.application.monitoring.LedgerFlagRecording;
import org.dpsupport.server.application.monitoring.Notifier;
import org.dpsupport.server.application.monitoring.ReturnOpening;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * Daily (and when an administrator asks): reminders before due dates, overdue flags after them;
 * and, as a safety net, every active account's cohort has a trigger and e-mails a dead server took
 * are queued again; managed accounts' ledger flags that only the calendar raises (an invoice
 * waiting too long, no council payment for weeks) are recorded.
 */
@ApplicationScoped
@DisallowConcurrentExecution
public class ReturnDeadlinesJob implements Job {

  private static final Logger LOG = Logger.getLogger(ReturnDeadlinesJob.class.getName());

  @Inject ReturnService returns;

  @Inject ReturnOpening opening;

  @Inject Notifier notifier;

  @Inject AccountMonitoring accounts;

  @Inject LedgerFlagRecording ledgerFlags;

  @Override
  public void execute(JobExecutionContext context) {
    int changed = returns.applyDeadlines();
    LOG.info(
        () -> "Return deadlines applied: " + changed + " return(s) reminded or marked overdue");
    opening.scheduleCohorts();
    int rerated = 0;
    for (long accountId : accounts.monitoredAccountIds()) {
      rerated += accounts.rerateIfPayrollConcernsChanged(accountId) ? 1 : 0;
    }
    int payroll = rerated;
    LOG.info(() -> payroll + " account(s) re-rated because payroll's concerns changed");
    int ledgers = 0;
    for (long accountId : ledgerFlags.managedAccountIds()) {
      ledgers +=
          ledgerFlags.record(accountId, "system", "The calendar changed the ledger's flags")
              ? 1
              : 0;
    }
    int changedLedgers = ledgers;
    LOG.info(() -> changedLedgers + " managed account(s) whose ledger flags changed with the day");
    notifier.requeueStale();
  }
}
