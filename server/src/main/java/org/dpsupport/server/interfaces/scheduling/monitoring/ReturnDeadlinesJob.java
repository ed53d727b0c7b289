package org.dpsupport.server.interfaces.scheduling.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.TimeZone;
import java.util.logging.Logger;
import org.dpsupport.server.application.monitoring.AccountMonitoring;
import org.dpsupport.server.application.monitoring.LedgerFlagRecording;
import org.dpsupport.server.application.monitoring.Notifier;
import org.dpsupport.server.application.monitoring.ReturnOpening;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.dpsupport.server.infrastructure.scheduling.ScheduledJob;
import org.dpsupport.server.infrastructure.scheduling.monitoring.ReturnScheduler;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.CronScheduleBuilder;
import org.quartz.CronTrigger;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Daily (and when an administrator asks): reminders before due dates, overdue flags after them;
 * and, as a safety net, every active account's cohort has a trigger and e-mails a dead server took
 * are queued again; managed accounts' ledger flags that only the calendar raises (an invoice
 * waiting too long, no council payment for weeks) are recorded.
 */
@ApplicationScoped
@DisallowConcurrentExecution
public class ReturnDeadlinesJob implements ScheduledJob {

  private static final Logger LOG = Logger.getLogger(ReturnDeadlinesJob.class.getName());

  @Inject ReturnService returns;

  @Inject ReturnOpening opening;

  @Inject Notifier notifier;

  @Inject AccountMonitoring accounts;

  @Inject
  @ConfigProperty(name = "dps.scheduler.deadlines-cron", defaultValue = "0 0 7 * * ?")
  String deadlinesCron;

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

  /**
   * The durable deadlines job and its daily trigger (07:00 UK time unless configured otherwise); a
   * stored trigger whose time no longer matches the configuration is moved to it.
   */
  @Override
  public void register(Scheduler s) throws SchedulerException {
    TriggerKey daily = TriggerKey.triggerKey("daily", "return-deadlines");
    Trigger dailyTrigger =
        TriggerBuilder.newTrigger()
            .withIdentity(daily)
            .forJob(ReturnScheduler.DEADLINES)
            .withSchedule(
                CronScheduleBuilder.cronSchedule(deadlinesCron)
                    .inTimeZone(TimeZone.getTimeZone("Europe/London"))
                    .withMisfireHandlingInstructionFireAndProceed())
            .build();
    if (!s.checkExists(ReturnScheduler.DEADLINES)) {
      s.scheduleJob(
          JobBuilder.newJob(ReturnDeadlinesJob.class)
              .withIdentity(ReturnScheduler.DEADLINES)
              .storeDurably()
              .build(),
          dailyTrigger);
    } else if (s.getTrigger(daily) instanceof CronTrigger stored
        && !deadlinesCron.equals(stored.getCronExpression())) {
      // the configured time changed since the trigger was stored: the configuration wins
      s.rescheduleJob(daily, dailyTrigger);
      LOG.info(
          () ->
              "Return deadlines job moved from "
                  + stored.getCronExpression()
                  + " to "
                  + deadlinesCron);
    } else if (!s.checkExists(daily)) {
      s.scheduleJob(dailyTrigger);
    }
  }
}
