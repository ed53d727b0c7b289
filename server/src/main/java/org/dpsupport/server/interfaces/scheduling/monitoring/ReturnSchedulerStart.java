package org.dpsupport.server.interfaces.scheduling.monitoring;

import jakarta.annotation.Priority;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.BeforeDestroyed;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.interceptor.Interceptor;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dpsupport.server.application.monitoring.Notifier;
import org.dpsupport.server.application.monitoring.ReturnOpening;
import org.dpsupport.server.infrastructure.scheduling.monitoring.ReturnScheduler;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The application's start and stop as a trigger of the return schedule: once the schedule is
 * migrated and the demo data (if any) loaded, this server's Quartz instance starts, every active
 * account's cohort gets its trigger ({@link ReturnOpening#scheduleCohorts()}) and e-mails queued
 * before the last stop are sent; at the application's end Quartz stops. The readiness check and the
 * demo caseload wait for {@link ReturnOpening#ready()}, which this completes.
 */
@ApplicationScoped
public class ReturnSchedulerStart {

  private static final Logger LOG = Logger.getLogger(ReturnSchedulerStart.class.getName());

  @Inject ReturnScheduler scheduler;

  @Inject ReturnOpening opening;

  @Inject Notifier notifier;

  @Inject
  @ConfigProperty(name = "dps.scheduler.enabled", defaultValue = "true")
  boolean enabled;

  @Resource ManagedExecutorService executor;

  /**
   * After Startup (Flyway, demo data): the default observer priority is APPLICATION + 500. The
   * scheduler starts on a managed thread so that the application is up at once, however many
   * accounts need a trigger.
   */
  void onStart(
      @Observes
          @Priority(Interceptor.Priority.APPLICATION + 900)
          @Initialized(ApplicationScoped.class)
          Object ignored) {
    if (!enabled) {
      LOG.info("The return scheduler is off on this server (dps.scheduler.enabled=false)");
      opening.started();
      return;
    }
    executor.submit(
        () -> {
          try {
            scheduler.start();
            opening.scheduleCohorts();
            notifier.sendQueued(); // anything queued before the last stop
            opening.started();
          } catch (RuntimeException e) {
            LOG.log(
                Level.SEVERE,
                "The return scheduler did not start; no returns will open on this server",
                e);
            opening.failedToStart(e);
          }
        });
  }

  void onStop(@Observes @BeforeDestroyed(ApplicationScoped.class) Object ignored) {
    scheduler.shutdown();
  }
}
