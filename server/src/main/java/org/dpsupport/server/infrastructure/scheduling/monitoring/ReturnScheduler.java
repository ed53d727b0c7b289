package org.dpsupport.server.infrastructure.scheduling.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;
import javax.sql.DataSource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.quartz.CalendarIntervalScheduleBuilder;
import org.quartz.CronScheduleBuilder;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobDetail;
import org.quartz.JobKey;
import org.quartz.Scheduler;
import org.quartz.SchedulerException;
import org.quartz.Trigger;
import org.quartz.TriggerBuilder;
import org.quartz.TriggerKey;
import org.quartz.impl.DirectSchedulerFactory;
import org.quartz.impl.jdbcjobstore.InvalidConfigurationException;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.simpl.SimpleInstanceIdGenerator;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * The Quartz scheduler for returns: one trigger per account that fires when its current return
 * period ends, and a daily deadlines job. Clustered JDBC job store in the application database,
 * so triggers survive restarts and several servers share them. A trigger missed while every
 * server was down fires once when one starts (misfire instruction "fire now"), never twice.
 *
 * <p>Every method here runs outside the caller's JTA transaction: Quartz's JobStoreTX commits its
 * own JDBC work.
 */
@ApplicationScoped
@Transactional(Transactional.TxType.NOT_SUPPORTED)
public class ReturnScheduler {

    static final String NAME = "dps-monitoring";
    static final String DATA_SOURCE = "dpsQuartz";
    public static final JobKey OPEN_RETURN = JobKey.jobKey("open-due-return", "monitoring");
    static final JobKey DEADLINES = JobKey.jobKey("return-deadlines", "monitoring");
    public static final String ACCOUNT_ID = "accountId";
    /**
     * Triggers acquired (and marked fired) in one job-store transaction. Every acquisition and
     * every "fired" step takes the cluster lock row in QRTZ_LOCKS; at a quarter end every account's
     * trigger is due at once, so taking them a batch at a time is what keeps the lock from
     * serialising the quarter trigger by trigger. Quartz hands out at most as many as it has free
     * worker threads. The benchmark uses 200 (its jobs take one connection each from their own
     * pool); in the server each worker needs connections from {@code jdbc/dps} (20), so the
     * server's batch ({@code dps.scheduler.batch}) defaults to its worker count instead:
     * 200 workers there exhausted the pool and hung the ITs.
     */
    public static final int BATCH = 200;
    /** How far ahead of now a batch may reach for triggers that are nearly due. */
    public static final long BATCH_WINDOW_MS = 1_000;

    private static final Logger LOG = Logger.getLogger(ReturnScheduler.class.getName());

    @Resource(lookup = "jdbc/dps")
    DataSource dataSource;

    @Resource
    ManagedThreadFactory threadFactory;

    @Inject
    Instance<Job> jobs;

    @Inject
    @ConfigProperty(name = "dps.scheduler.threads", defaultValue = "4")
    int threads;

    @Inject
    @ConfigProperty(name = "dps.scheduler.batch", defaultValue = "4")
    int batch;

    @Inject
    @ConfigProperty(name = "dps.scheduler.deadlines-cron", defaultValue = "0 0 7 * * ?")
    String deadlinesCron;

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
            DBConnectionManager.getInstance().addConnectionProvider(DATA_SOURCE, new ConnectionProvider() {
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
            store.setDriverDelegateClass(postgres() ? "org.quartz.impl.jdbcjobstore.PostgreSQLDelegate"
                    : "org.quartz.impl.jdbcjobstore.StdJDBCDelegate");
            ManagedThreadExecutor executor = new ManagedThreadExecutor(threadFactory);
            store.setThreadExecutor(executor);
            String instanceId = new SimpleInstanceIdGenerator().generateInstanceId();
            DirectSchedulerFactory factory = DirectSchedulerFactory.getInstance();
            factory.createScheduler(NAME, instanceId, new ManagedThreadPool(threadFactory, Math.max(threads, batch)),
                    executor, store, Map.of(), null, 0, -1, -1, false, null, batch, BATCH_WINDOW_MS);
            Scheduler created = factory.getScheduler(NAME);
            created.setJobFactory((bundle, s) -> jobs.select(bundle.getJobDetail().getJobClass()).get());
            addJobs(created);
            scheduler = created;
            LOG.info(() -> "Return scheduler created as clustered instance " + instanceId);
        } catch (SchedulerException | SQLException | InvalidConfigurationException e) {
            throw new IllegalStateException("The return scheduler could not be created: " + e.getMessage(), e);
        }
    }

    private void addJobs(Scheduler s) throws SchedulerException {
        if (!s.checkExists(OPEN_RETURN)) {
            s.addJob(JobBuilder.newJob(OpenDueReturnJob.class).withIdentity(OPEN_RETURN).storeDurably()
                    .requestRecovery().build(), false);
        }
        TriggerKey daily = TriggerKey.triggerKey("daily", "return-deadlines");
        if (!s.checkExists(DEADLINES)) {
            JobDetail job = JobBuilder.newJob(ReturnDeadlinesJob.class).withIdentity(DEADLINES).storeDurably().build();
            s.scheduleJob(job, TriggerBuilder.newTrigger().withIdentity(daily)
                    .withSchedule(CronScheduleBuilder.cronSchedule(deadlinesCron)
                            .inTimeZone(java.util.TimeZone.getTimeZone("Europe/London"))
                            .withMisfireHandlingInstructionFireAndProceed()).build());
        }
    }

    /**
     * Runs the deadlines job once now, through Quartz: a one-off trigger for the same job, so the
     * run never overlaps the daily one on any server ({@code @DisallowConcurrentExecution} holds
     * across the cluster). Waits until the run has finished (Quartz deletes a one-off trigger once
     * its job has completed) or the wait is over.
     *
     * @return whether the run finished within the wait
     */
    public boolean runDeadlinesNow(Duration wait) {
        Scheduler s = require();
        TriggerKey once = TriggerKey.triggerKey("now-" + UUID.randomUUID(), "return-deadlines");
        try {
            s.scheduleJob(TriggerBuilder.newTrigger().withIdentity(once).forJob(DEADLINES).startNow().build());
            long end = System.nanoTime() + wait.toNanos();
            while (s.checkExists(once)) {
                if (System.nanoTime() > end) {
                    return false;
                }
                Thread.sleep(200);
            }
            return true;
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not run the return deadlines job: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** Shuts this server's scheduler down, letting running jobs finish; triggers stay in the database. */
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
     * Stops firing as a restart would: the instance is shut down and a new one created in standby,
     * so triggers can still be set; on {@link #start()} any that came due meanwhile fire once.
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
     * Sets the account's return trigger: first at {@code when} (at once, if that has passed), then
     * every {@code months} months, replacing any trigger it had. A firing missed while no server
     * ran fires once when one starts, then the schedule proceeds ("fire and proceed").
     */
    public void scheduleReturn(long accountId, Instant when, int months) {
        if (scheduler == null) {
            // set when the scheduler next starts (ReturnOpening schedules every unscheduled account)
            return;
        }
        Scheduler s = require();
        Trigger trigger = returnTrigger(accountId, when, months);
        try {
            if (s.rescheduleJob(trigger.getKey(), trigger) == null) {
                s.scheduleJob(trigger);
            }
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not schedule the return of account " + accountId, e);
        }
    }

    /** The trigger for an account's returns (public for the quarter benchmark, which stores them in bulk). */
    public static Trigger returnTrigger(long accountId, Instant when, int months) {
        return TriggerBuilder.newTrigger().withIdentity(triggerKey(accountId)).forJob(OPEN_RETURN)
                .usingJobData(ACCOUNT_ID, accountId).startAt(Date.from(when))
                .withSchedule(CalendarIntervalScheduleBuilder.calendarIntervalSchedule().withIntervalInMonths(months)
                        .inTimeZone(java.util.TimeZone.getTimeZone("Europe/London"))
                        .preserveHourOfDayAcrossDaylightSavings(true)
                        .withMisfireHandlingInstructionFireAndProceed())
                .build();
    }

    /** Removes the account's trigger (a suspended or ended direct payment makes no returns). */
    public void unschedule(long accountId) {
        if (scheduler == null) {
            return;
        }
        try {
            require().unscheduleJob(triggerKey(accountId));
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not remove the return trigger of account " + accountId, e);
        }
    }

    /** When the account's return trigger will next fire, as Quartz holds it. */
    public Optional<Instant> nextFireTime(long accountId) {
        try {
            Trigger trigger = require().getTrigger(triggerKey(accountId));
            return Optional.ofNullable(trigger).map(Trigger::getNextFireTime).map(Date::toInstant);
        } catch (SchedulerException e) {
            throw new IllegalStateException("Could not read the return trigger of account " + accountId, e);
        }
    }

    public static TriggerKey triggerKey(long accountId) {
        return TriggerKey.triggerKey("account-" + accountId, "returns");
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
