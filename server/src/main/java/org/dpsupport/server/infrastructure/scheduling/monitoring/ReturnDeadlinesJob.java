package org.dpsupport.server.infrastructure.scheduling.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Daily: reminders before due dates, overdue flags after them. */
@ApplicationScoped
@DisallowConcurrentExecution
public class ReturnDeadlinesJob implements Job {

    @Inject
    ReturnService returns;

    @Override
    public void execute(JobExecutionContext context) {
        returns.applyDeadlines();
    }
}
