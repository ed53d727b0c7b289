package org.dpsupport.server.interfaces.scheduling.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.TimeZone;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.YearEnd;
import org.dpsupport.server.application.payroll.YearEndService;
import org.dpsupport.server.infrastructure.scheduling.ScheduledJob;
import org.quartz.CronScheduleBuilder;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;

/**
 * Every morning in April and May (P60s are due by 31 May): the P60s of the tax year that ended on 5
 * April, for every PA in post that day, employer by employer, each employer in a transaction of its
 * own. An employer with a run of that year still open is left for a later morning. Making them is
 * idempotent, so each morning after the first adds only what a late run made due or changed.
 */
@ApplicationScoped
@DisallowConcurrentExecution
public class YearEndP60Job implements ScheduledJob {

  public static final JobKey KEY = JobKey.jobKey("year-end-p60s", "payroll");

  /** 06:30 UK time every day in April and May. */
  public static final String CRON = "0 30 6 * 4,5 ?";

  /** Who the audit log says made the P60s. */
  public static final String ACTOR = "year-end job";

  private static final Logger LOG = Logger.getLogger(YearEndP60Job.class.getName());

  @Inject YearEndService yearEnd;

  @Inject Clock clock;

  @Override
  public void execute(JobExecutionContext context) {
    TaxYear year = YearEnd.lastEnded(LocalDate.now(clock));
    int made = 0;
    int again = 0;
    for (long accountId : yearEnd.employersReadyForP60s(year)) {
      try {
        YearEndService.P60sMade done = yearEnd.makeP60s(ACTOR, accountId, year);
        made += done.made();
        again += done.madeAgain();
      } catch (RuntimeException e) {
        // one employer's problem (e.g. a PA's record the P60 cannot be made from) stops no other
        LOG.log(Level.WARNING, "P60s for account " + accountId + " not made: " + e.getMessage());
      }
    }
    int m = made;
    int a = again;
    LOG.info(() -> "P60s for " + year + ": " + m + " made, " + a + " made again");
  }

  /** The durable job and its trigger: each April and May morning ({@link #CRON}). */
  @Override
  public void register(Scheduler s) throws SchedulerException {
    TriggerKey key = TriggerKey.triggerKey("april-may-mornings", "year-end-p60s");
    Trigger trigger =
        TriggerBuilder.newTrigger()
            .withIdentity(key)
            .forJob(KEY)
            .withSchedule(
                CronScheduleBuilder.cronSchedule(CRON)
                    .inTimeZone(TimeZone.getTimeZone("Europe/London"))
                    .withMisfireHandlingInstructionFireAndProceed())
            .build();
    if (!s.checkExists(KEY)) {
      s.scheduleJob(
          JobBuilder.newJob(YearEndP60Job.class).withIdentity(KEY).storeDurably().build(), trigger);
    } else if (!s.checkExists(key)) {
      s.scheduleJob(trigger);
    }
  }
}
