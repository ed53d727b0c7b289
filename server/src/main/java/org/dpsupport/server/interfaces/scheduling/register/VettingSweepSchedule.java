package org.dpsupport.server.interfaces.scheduling.register;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dpsupport.server.application.register.RegisterSearch;
import org.dpsupport.server.application.register.VettingSweep;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Runs the vetting sweep every day at 02:00 UK time on Jakarta Concurrency's managed scheduler (so
 * the sweep runs with the application's context). The sweep itself is idempotent, so running it on
 * every server is safe.
 */
@ApplicationScoped
public class VettingSweepSchedule {

  private static final Logger LOG = Logger.getLogger(VettingSweepSchedule.class.getName());

  @Resource(lookup = "java:comp/DefaultManagedScheduledExecutorService")
  ManagedScheduledExecutorService scheduler;

  @Inject VettingSweep sweep;

  @Inject RegisterSearch search;

  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "dps.register.sweepAt", defaultValue = "02:00")
  String sweepAt;

  private ScheduledFuture<?> next;

  void onStart(@Observes @Initialized(ApplicationScoped.class) Object ignored) {
    scheduleNext();
  }

  private synchronized void scheduleNext() {
    ZonedDateTime now = ZonedDateTime.now(clock);
    ZonedDateTime at =
        LocalDate.now(clock).atTime(LocalTime.parse(sweepAt)).atZone(clock.getZone());
    if (!at.isAfter(now)) {
      at = at.plusDays(1);
    }
    long delay = Duration.between(now, at).toMillis();
    next = scheduler.schedule(this::runAndReschedule, delay, TimeUnit.MILLISECONDS);
    LOG.info(() -> "Next vetting sweep at " + sweepAt + " (in " + delay / 60000 + " minutes)");
  }

  private void runAndReschedule() {
    try {
      VettingSweep.Outcome outcome = sweep.run("daily-vetting-sweep");
      search.rebuild();
      LOG.info(() -> "Vetting sweep: " + outcome);
    } catch (RuntimeException e) {
      LOG.log(Level.SEVERE, "The daily vetting sweep failed; it will run again tomorrow", e);
    } finally {
      scheduleNext();
    }
  }

  @PreDestroy
  synchronized void stop() {
    if (next != null) {
      next.cancel(false);
    }
  }
}
