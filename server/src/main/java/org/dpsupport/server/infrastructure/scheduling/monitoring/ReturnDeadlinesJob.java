package org.dpsupport.server.infrastructure.scheduling.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.logging.Logger;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** Daily (and when an administrator asks): reminders before due dates, overdue flags after them. */
@ApplicationScoped
@DisallowConcurrentExecution
public class ReturnDeadlinesJob implements Job {

    private static final Logger LOG = Logger.getLogger(ReturnDeadlinesJob.class.getName());

    @Inject
    ReturnService returns;

    @Override
    public void execute(JobExecutionContext context) {
        int changed = returns.applyDeadlines();
        LOG.info(() -> "Return deadlines applied: " + changed + " return(s) reminded or marked overdue");
    }
}
