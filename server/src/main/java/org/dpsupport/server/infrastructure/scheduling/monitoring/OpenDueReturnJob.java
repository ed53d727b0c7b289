package org.dpsupport.server.infrastructure.scheduling.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dpsupport.server.application.monitoring.ReturnOpening;
import java.util.Date;
import java.util.Optional;
import org.quartz.Job;
import org.quartz.JobExecutionContext;

/** An account's return trigger fired: open its due return and move the trigger to the next period. */
@ApplicationScoped
public class OpenDueReturnJob implements Job {

    @Inject
    ReturnOpening opening;

    @Override
    public void execute(JobExecutionContext context) {
        opening.openDueReturnsAndReschedule(context.getMergedJobDataMap().getLong(ReturnScheduler.ACCOUNT_ID),
                Optional.ofNullable(context.getNextFireTime()).map(Date::toInstant));
    }
}
