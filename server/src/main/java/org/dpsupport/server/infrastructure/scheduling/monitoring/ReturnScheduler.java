package org.dpsupport.server.infrastructure.scheduling.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Any;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.dpsupport.server.infrastructure.scheduling.ClusterMembers;
import org.dpsupport.server.infrastructure.scheduling.ScheduledJob;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.Job;
import org.quartz.JobKey;
import org.quartz.ObjectAlreadyExistsException;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.SimpleScheduleBuilder;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.DirectSchedulerFactory;
import org.quartz.impl.jdbcjobstore.InvalidConfigurationException;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * The Quartz scheduler for returns: one trigger per council and period end (a <em>cohort</em>):
 * every account whose current period ends that day is opened by one firing, set-based, so a quarter
 * end that makes 100,000 accounts due at once is one trigger per council rather than 100,000. An
 * account's return trigger is the cohort of its current period's end: when its risk changes its
 * frequency, its period end changes and it moves to that day's cohort (made if it is not there
 * yet). The jobs themselves are inbound triggers under {@code interfaces/scheduling}: each puts in
 * its own durable job and standing triggers ({@link ScheduledJob}), such as the daily deadlines job
 * and payroll's year-end P60s. Clustered JDBC job store in the application database, so triggers
 * survive restarts and several servers share them; the opening job runs on one server at a time
 * ({@code @DisallowConcurrentExecution}). A trigger missed while every server was down fires once
 * when one starts (misfire instruction "fire now"), never twice, and opening is idempotent besides
 * (a period's return is opened once).
 *
 * <p>Every method here runs outside the caller's JTA transaction: Quartz's JobStoreTX commits its
 * own JDBC work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ReturnScheduler {

  static final String NAME = "dps-monitoring";
  static final String DATA_SOURCE = "dpsQuartz";
  public static final JobKey OPEN_DUE_RETURNS = JobKey.jobKey("open-due-returns", "monitoring");
  public static final JobKey DEADLINES = JobKey.jobKey("return-deadlines", "monitoring");
  public static final String COUNCIL_ID = "councilId";
  public static final String PERIOD_END = "periodEnd";
  static final String COHORTS = "return-cohorts";

  /** How far ahead of now an acquisition may reach for triggers that are nearly due. */
  public static final long BATCH_WINDOW_MS = 1_000;

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final Logger LOG = Logger.getLogger(ReturnScheduler.class.getName());

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  @Resource ManagedThreadFactory threadFactory;

  @Inject Instance<Job> jobs;

  @Inject @Any Instance<ScheduledJob> scheduledJobs;

  @Inject
  @ConfigProperty(name = "dps.scheduler.threads", defaultValue = "4")
  int threads;

  @Inject ClusterMembers cluster;

  private volatile Scheduler scheduler;

  /** Starts this server's scheduler instance (after Flyway has made the tables). */
  public synchronized void start() {
    try {
      create();
      scheduler.start();
      LOG.info(() -> "Return scheduler firing on this server");
    } catch (SchedulerException e) {
      throw new IllegalStateException("The return scheduler could not start: " + e.getMessage(), e);
    }
  }

  /**
   * Creates this server's scheduler instance in standby: triggers can be added and moved, but
   * nothing fires until {@link #start()}.
   */
  private void create() {
    if (scheduler != null) {
      return;
    }
    try {
      DBConnectionManager.getInstance()
          .addConnectionProvider(
              DATA_SOURCE,
              new ConnectionProvider() {
                @Override
                public Connection getConnection() throws SQLException {
                  return dataSource.getConnection();
                }

                @Override
                public void shutdown() {
                  // the server owns the pool
                }

                @Override
                public void initialize() {
                  // nothing to set up
                }
              });
      JobStoreTX store = new JobStoreTX();
      store.setDataSource(DATA_SOURCE);
      store.setTablePrefix("QRTZ_");
      store.setIsClustered(true);
      store.setClusterCheckinInterval(7_500);
      store.setMisfireThreshold(10_000);
      store.setAcquireTriggersWithinLock(true);
      store.setDriverDelegateClass(
          postgres()
              ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
              : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
      ManagedThreadExecutor executor = new ManagedThreadExecutor(threadFactory);
      store.setThreadExecutor(executor);
      String instanceId = instanceId();
      DirectSchedulerFactory factory = DirectSchedulerFactory.getInstance();
      factory.createScheduler(
          NAME,
          instanceId,
          new ManagedThreadPool(threadFactory, threads),
          executor,
          store,
          Map.of(),
          null,
          0,
          -1,
          -1,
          false,
          null,
          threads,
          BATCH_WINDOW_MS);
      Scheduler created = factory.getScheduler(NAME);
      created.setJobFactory((bundle, s) -> jobs.select(bundle.getJobDetail().getJobClass()).get());
      addJobs(created);
      scheduler = created;
      LOG.info(() -> "Return scheduler created as clustered instance " + instanceId);
    } catch (SchedulerException | SQLException | InvalidConfigurationException e) {
      throw new IllegalStateException(
          "The return scheduler could not be created: " + e.getMessage(), e);
    }
  }

  /** This server's Quartz instance id: its id in the cluster ({@link ClusterMembers}). */
  private String instanceId() {
    return cluster.thisServer();
  }

  /** Every job puts in its own durable job and standing triggers ({@link ScheduledJob}). */
  private void addJobs(Scheduler s) throws SchedulerException {
    for (ScheduledJob job : scheduledJobs) {
      job.register(s);
    }
  }

  /**
   * Runs the deadlines job once now, through Quartz: a one-off trigger for the same job, so the run
   * never overlaps the daily one on any server ({@code @DisallowConcurrentExecution} holds across
   * the cluster). Waits until the run has finished (Quartz deletes a one-off trigger once its job
   * has completed) or the wait is over.
   *
   * @return whether the run finished within the wait
   */
  public boolean runDeadlinesNow(Duration wait) {
    Scheduler s = require();
    TriggerKey once = TriggerKey.triggerKey("now-" + UUID.randomUUID(), "return-deadlines");
    try {
      s.scheduleJob(
          TriggerBuilder.newTrigger().withIdentity(once).forJob(DEADLINES).startNow().build());
      long end = System.nanoTime() + wait.toNanos();
      while (s.checkExists(once)) {
        if (System.nanoTime() > end) {
          return false;
        }
        Thread.sleep(200);
      }
      return true;
    } catch (SchedulerException e) {
      throw new IllegalStateException(
          "Could not run the return deadlines job: " + e.getMessage(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  /**
   * Shuts this server's scheduler down, letting running jobs finish; triggers stay in the database.
   */
  public synchronized void shutdown() {
    if (scheduler == null) {
      return;
    }
    try {
      scheduler.shutdown(true);
    } catch (SchedulerException e) {
      LOG.warning("The return scheduler did not stop cleanly: " + e.getMessage());
    }
    scheduler = null;
    LOG.info("Return scheduler shut down");
  }

  /**
   * Stops firing as a restart would: the instance is shut down and a new one created in standby, so
   * triggers can still be set; on {@link #start()} any that came due meanwhile fire once.
   */
  public synchronized void stop() {
    shutdown();
    create();
  }

  /** Whether this server's scheduler is firing triggers. */
  public boolean running() {
    try {
      Scheduler s = scheduler;
      return s != null && s.isStarted() && !s.isInStandbyMode() && !s.isShutdown();
    } catch (SchedulerException e) {
      return false;
    }
  }

  /** Whether triggers can be read and set (the scheduler exists, firing or not). */
  public boolean available() {
    return scheduler != null;
  }

  /**
   * Makes sure the council has a trigger for the day {@code periodEnd}'s periods end (at the start
   * of that day, UK time). A cohort still to come is left as it is; one whose day has come is fired
   * (again) now, so an account that has just joined a cohort which already fired is opened too.
   * Returns when the cohort will fire.
   */
  public Instant scheduleCohort(long councilId, LocalDate periodEnd) {
    Scheduler s = require();
    Trigger trigger = cohortTrigger(councilId, periodEnd);
    Instant at = trigger.getStartTime().toInstant();
    try {
      Trigger existing = s.getTrigger(trigger.getKey());
      if (existing != null && existing.getNextFireTime() != null && at.isAfter(Instant.now())) {
        return existing.getNextFireTime().toInstant();
      }
      if (s.rescheduleJob(trigger.getKey(), trigger) == null) {
        try {
          s.scheduleJob(trigger);
        } catch (ObjectAlreadyExistsException e) {
          s.rescheduleJob(trigger.getKey(), trigger); // another server made it meanwhile
        }
      }
      return at;
    } catch (SchedulerException e) {
      throw new IllegalStateException(
          "Could not schedule the returns of council " + councilId + " ending " + periodEnd, e);
    }
  }

  /**
   * The trigger of a council's cohort (public for the quarter benchmark, which stores the same).
   */
  public static Trigger cohortTrigger(long councilId, LocalDate periodEnd) {
    return TriggerBuilder.newTrigger()
        .withIdentity(cohortKey(councilId, periodEnd))
        .forJob(OPEN_DUE_RETURNS)
        .usingJobData(COUNCIL_ID, councilId)
        .usingJobData(PERIOD_END, periodEnd.toString())
        .startAt(Date.from(periodEnd.atStartOfDay(UK).toInstant()))
        .withSchedule(
            SimpleScheduleBuilder.simpleSchedule().withMisfireHandlingInstructionFireNow())
        .build();
  }

  /**
   * When the council's cohort for {@code periodEnd} will fire, as Quartz holds it (empty once it
   * has fired).
   */
  public Optional<Instant> cohortFireTime(long councilId, LocalDate periodEnd) {
    try {
      Trigger trigger = require().getTrigger(cohortKey(councilId, periodEnd));
      return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
    } catch (SchedulerException e) {
      throw new IllegalStateException(
          "Could not read the return trigger of council " + councilId, e);
    }
  }

  public static TriggerKey cohortKey(long councilId, LocalDate periodEnd) {
    return TriggerKey.triggerKey("council-" + councilId + "-" + periodEnd, COHORTS);
  }

  private Scheduler require() {
    Scheduler s = scheduler;
    if (s == null) {
      throw new IllegalStateException("The return scheduler is not running on this server");
    }
    return s;
  }

  private boolean postgres() throws SQLException {
    try (Connection c = dataSource.getConnection()) {
      return c.getMetaData().getDatabaseProductName().toLowerCase().contains("postgres");
    }
  }
}
