package org.dpsupport.server.infrastructure.scheduling;

import org.quartz.Job;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;

/**
 * A Quartz job that puts itself into the application's scheduler: its durable job and any standing
 * trigger (a daily time, say). The scheduler finds every such CDI bean as it is created, so the
 * jobs (inbound triggers, under {@code interfaces/scheduling}) depend on the scheduler and not the
 * other way round.
 */
public interface ScheduledJob extends Job {

  /**
   * Adds this job and its standing triggers to {@code scheduler} if they are not there yet (the job
   * store is shared by the cluster and survives restarts), and brings a stored trigger in line with
   * the configuration if it has changed.
   */
  void register(Scheduler scheduler) throws SchedulerException;
}
