package org.dpsupport.server.interfaces.scheduling.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.dpsupport.server.infrastructure.scheduling.ScheduledJob;
import org.dpsupport.server.infrastructure.scheduling.monitoring.ReturnScheduler;
import org.dpsupport.server.interfaces.scheduling.payroll.YearEndP60Job;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quartz.CronTrigger;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.TriggerKey;
import org.quartz.impl.StdSchedulerFactory;

/**
 * Each Quartz job puts its own durable job and standing trigger into the scheduler (the scheduler
 * knows none of them by class), once however often the servers start, and a changed configured time
 * wins over the stored one. On an in-memory scheduler that never fires.
 */
class ScheduledJobsTest {

  private Scheduler scheduler;

  @BeforeEach
  void inMemoryScheduler() throws Exception {
    Properties p = new Properties();
    p.setProperty("org.quartz.scheduler.instanceName", "test-" + UUID.randomUUID());
    p.setProperty("org.quartz.threadPool.threadCount", "1");
    p.setProperty("org.quartz.jobStore.class", "org.quartz.simpl.RAMJobStore");
    scheduler = new StdSchedulerFactory(p).getScheduler();
  }

  @AfterEach
  void stop() throws Exception {
    scheduler.shutdown();
  }

  private static ReturnDeadlinesJob deadlines(String cron) {
    ReturnDeadlinesJob job = new ReturnDeadlinesJob();
    job.deadlinesCron = cron;
    return job;
  }

  @Test
  @DisplayName("Every job registers its own class under its key, with its standing trigger")
  void jobsRegisterThemselves() throws Exception {
    List<ScheduledJob> jobs =
        List.of(new OpenDueReturnsJob(), deadlines("0 0 7 * * ?"), new YearEndP60Job());
    for (int start = 0; start < 2; start++) { // a second start adds nothing
      for (ScheduledJob job : jobs) {
        job.register(scheduler);
      }
    }
    assertEquals(
        OpenDueReturnsJob.class,
        scheduler.getJobDetail(ReturnScheduler.OPEN_DUE_RETURNS).getJobClass());
    assertTrue(scheduler.getJobDetail(ReturnScheduler.OPEN_DUE_RETURNS).requestsRecovery());
    assertEquals(
        0,
        scheduler.getTriggersOfJob(ReturnScheduler.OPEN_DUE_RETURNS).size(),
        "cohorts come later");
    assertEquals(
        ReturnDeadlinesJob.class, scheduler.getJobDetail(ReturnScheduler.DEADLINES).getJobClass());
    assertEquals(
        List.of("0 0 7 * * ?"),
        scheduler.getTriggersOfJob(ReturnScheduler.DEADLINES).stream()
            .map(t -> ((CronTrigger) t).getCronExpression())
            .toList());
    JobKey p60s = YearEndP60Job.KEY;
    assertEquals(YearEndP60Job.class, scheduler.getJobDetail(p60s).getJobClass());
    assertEquals(
        List.of(YearEndP60Job.CRON),
        scheduler.getTriggersOfJob(p60s).stream()
            .map(t -> ((CronTrigger) t).getCronExpression())
            .toList());
  }

  @Test
  @DisplayName("A deadlines time changed in the configuration moves the stored daily trigger")
  void configuredTimeWins() throws Exception {
    deadlines("0 0 7 * * ?").register(scheduler);
    deadlines("0 30 5 * * ?").register(scheduler);
    CronTrigger daily =
        (CronTrigger) scheduler.getTrigger(TriggerKey.triggerKey("daily", "return-deadlines"));
    assertEquals("0 30 5 * * ?", daily.getCronExpression());
    assertEquals(1, scheduler.getTriggersOfJob(ReturnScheduler.DEADLINES).size());
  }
}
