package org.dpsupport.server.infrastructure.scheduling.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dpsupport.server.application.monitoring.ReturnOpening;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/**
 * A council's cohort came due: open every due return of the council, set-based. One firing at a
 * time across the cluster, so two cohorts of a council never open the same account at once.
 */
@ApplicationScoped
@DisallowConcurrentExecution
public class OpenDueReturnsJob implements Job {

  @Inject ReturnOpening opening;

  @Override
  public void execute(JobExecutionContext context) {
    opening.openDueReturnsOfCouncil(
        context.getMergedJobDataMap().getLong(ReturnScheduler.COUNCIL_ID));
  }
}
