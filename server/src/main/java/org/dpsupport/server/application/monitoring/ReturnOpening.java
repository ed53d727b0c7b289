package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.logging.Logger;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.monitoring.DueReturnsSql;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReturnStore;
import org.dpsupport.server.infrastructure.scheduling.monitoring.ReturnScheduler;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Runs the return schedule: gives every active account's cohort a trigger, opens a fired cohort's
 * due returns set-based, and lets an administrator stop and start the scheduler on this server (for
 * maintenance; the triggers stay in the database and missed ones fire once on start).
 */
@ApplicationScoped
public class ReturnOpening {

  private static final Logger LOG = Logger.getLogger(ReturnOpening.class.getName());

  /**
   * How long an administrator's "run the deadlines now" waits for the run before answering
   * "queued".
   */
  private static final Duration DEADLINES_WAIT = Duration.ofSeconds(30);

  @Inject ReturnScheduler scheduler;

  @Inject ReturnStore returns;

  @Inject MonitoredAccountStore accounts;

  @Inject Notifier notifier;

  @Inject Clock clock;

  @Inject AuditLog audit;

  private final CompletableFuture<Void> ready = new CompletableFuture<>();

  /**
   * Completes once this server's scheduler has started and every active account has a trigger (at
   * once where the scheduler is off): the readiness check and the demo caseload wait for it.
   */
  public CompletableFuture<Void> ready() {
    return ready;
  }

  /** The scheduler has started on this server, or is off here (ReturnSchedulerStart). */
  public void started() {
    ready.complete(null);
  }

  /** The scheduler did not start on this server: readiness stays down. */
  public void failedToStart(RuntimeException e) {
    ready.completeExceptionally(e);
  }

  /**
   * Every active account's cohort has a trigger: accounts enrolled while no scheduler ran (demo
   * data, bulk loads) get theirs now, and a cohort whose day has passed with accounts still due
   * fires at once. Run at start-up and by the daily deadlines job, as a safety net.
   */
  public void scheduleCohorts() {
    List<MonitoredAccountStore.Cohort> cohorts = accounts.activeCohorts();
    LocalDate today = LocalDate.now(clock);
    int added = 0;
    for (MonitoredAccountStore.Cohort c : cohorts) {
      long council = c.councilId();
      LocalDate end = c.periodEnd();
      if (!end.isAfter(today) || scheduler.cohortFireTime(council, end).isEmpty()) {
        scheduler.scheduleCohort(council, end);
        added++;
      }
    }
    int count = added;
    LOG.info(
        () ->
            "Return triggers: "
                + cohorts.size()
                + " council cohorts of active accounts, "
                + count
                + " scheduled now");
  }

  /**
   * A council's cohort fired: opens every due return of the council, a chunk of accounts per
   * transaction, e-mails the budget holders after each chunk commits, and makes sure the cohorts
   * the accounts moved on to have their triggers.
   */
  public void openDueReturnsOfCouncil(long councilId) {
    long started = System.nanoTime();
    DueReturnsSql.Opened opened =
        returns.openDueOfCouncil(councilId, notifier::sendQueuedAfterCommit);
    for (LocalDate end : opened.nextPeriodEnds()) {
      scheduler.scheduleCohort(councilId, end);
    }
    LOG.info(
        () ->
            String.format(
                "Council %d: opened %,d returns of %,d accounts in %.1f s",
                councilId,
                opened.returns(),
                opened.accounts(),
                (System.nanoTime() - started) / 1e9));
  }

  public boolean running() {
    return scheduler.running();
  }

  /** Whether the scheduler is firing, for an administrator (the only role that may ask). */
  public boolean running(Viewer viewer) {
    requireAdmin(viewer);
    return scheduler.running();
  }

  public void stop(Viewer viewer) {
    requireAdmin(viewer);
    audit.record(
        viewer.username(),
        "SCHEDULER_STOPPED",
        "Service",
        null,
        "Return scheduler stopped on this server");
    scheduler.stop();
  }

  public void start(Viewer viewer) {
    requireAdmin(viewer);
    audit.record(
        viewer.username(),
        "SCHEDULER_STARTED",
        "Service",
        null,
        "Return scheduler started on this server");
    scheduler.start();
  }

  /**
   * An administrator runs the daily deadlines job now (after a change to a council's deadlines, or
   * to catch up once mail is working again): reminders and overdue flags exactly as the daily run
   * makes them, never twice. Through Quartz, so it cannot overlap the daily run.
   *
   * @return whether the run finished within the wait (otherwise it is queued and runs shortly)
   */
  public boolean applyDeadlinesNow(Viewer viewer) {
    requireAdmin(viewer);
    if (!scheduler.available()) {
      throw MonitoringException.conflict(
          "The return scheduler is off on this server, so the deadlines job cannot run here.");
    }
    audit.record(
        viewer.username(),
        "RETURN_DEADLINES_RUN",
        "Service",
        null,
        "Return deadlines job run on request");
    return scheduler.runDeadlinesNow(DEADLINES_WAIT);
  }

  private void requireAdmin(Viewer viewer) {
    if (!viewer.has(Role.ADMIN)) {
      audit.recordRefusal(viewer.username(), "Service", "scheduler", "not an administrator");
      throw new RecordAccessDeniedException(
          "Only an administrator can run, stop or start the scheduler.");
    }
  }
}
