package org.dpsupport.server.interfaces.scheduling.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dpsupport.server.application.monitoring.ReturnOpening;
import org.dpsupport.server.infrastructure.scheduling.ScheduledJob;
import org.dpsupport.server.infrastructure.scheduling.monitoring.ReturnScheduler;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * A council's cohort came due: open every due return of the council, set-based. One firing at a
 * time across the cluster, so two cohorts of a council never open the same account at once. The
 * cohorts' triggers are made by {@link ReturnScheduler#scheduleCohort}; this job has none of its
 * own.
 */
@ApplicationScoped
@DisallowConcurrentExecution
public class OpenDueReturnsJob implements ScheduledJob {

  @Inject ReturnOpening opening;

  @Override
  public void execute(JobExecutionContext context) {
    opening.openDueReturnsOfCouncil(
        context.getMergedJobDataMap().getLong(ReturnScheduler.COUNCIL_ID));
  }

  /** The durable job every cohort trigger fires, recovered if a server dies while it runs. */
  @Override
  public void register(Scheduler scheduler) throws SchedulerException {
    if (!scheduler.checkExists(ReturnScheduler.OPEN_DUE_RETURNS)) {
      scheduler.addJob(
          JobBuilder.newJob(OpenDueReturnsJob.class)
              .withIdentity(ReturnScheduler.OPEN_DUE_RETURNS)
              .storeDurably()
              .requestRecovery()
              .build(),
          false);
    }
  }
}
