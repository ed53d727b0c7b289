package org.dpsupport.server.bench;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.AccountTerms;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.reconciliation.Reconciliation;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnStatement;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;
import org.dpsupport.monitoring.domain.service.Reconciler;
import org.dpsupport.server.infrastructure.persistence.monitoring.DueReturnsSql;
import org.dpsupport.server.infrastructure.scheduling.monitoring.ReturnScheduler;
import org.flywaydb.core.Flyway;
import org.quartz.DisallowConcurrentExecution;
import org.quartz.Job;
import org.quartz.JobBuilder;
import org.quartz.JobExecutionContext;
import org.quartz.Scheduler;
import org.quartz.impl.DirectSchedulerFactory;
import org.quartz.impl.jdbcjobstore.JobStoreTX;
import org.quartz.simpl.SimpleInstanceIdGenerator;
import org.quartz.simpl.SimpleThreadPool;
import org.quartz.utils.ConnectionProvider;
import org.quartz.utils.DBConnectionManager;

/**
 * One quarter of monitoring at scale, against PostgreSQL: loads N accounts, schedules their
 * council's cohort trigger in Quartz (clustered JDBC job store, PostgreSQL delegate, the trigger
 * and job ReturnScheduler makes), fires the quarter (the firing runs the server's own {@link
 * DueReturnsSql}: a chunk of accounts per transaction, locked, returns, audit events and queued
 * e-mails written in batches, accounts moved on), then reconciles M submitted statements with
 * monitoring-module's Reconciler and records lines, flags and states. Runs outside the application
 * server (no JPA, CDI or SMTP: the e-mails stay queued, as the server's outbox holds them until its
 * sender takes them).
 *
 * <p>Args: jdbcUrl accounts statements threads.
 */
public final class QuarterBenchmark {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  static HikariDataSource pool;
  static final AtomicLong opened = new AtomicLong();
  static volatile long council;

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int accounts = Integer.parseInt(args[1]);
    int statements = Integer.parseInt(args[2]);
    int threads = Integer.parseInt(args[3]);
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(url + (url.contains("?") ? "&" : "?") + "reWriteBatchedInserts=true");
    config.setUsername("postgres");
    config.setMaximumPoolSize(Math.min(threads, 16) + 6);
    config.setAutoCommit(false);
    pool = new HikariDataSource(config);
    Flyway.configure()
        .dataSource(pool)
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();

    LocalDate today = LocalDate.now(UK);
    phase("load " + accounts + " accounts", () -> load(accounts, today));
    Scheduler scheduler = scheduler(threads);
    // the quarter ended at midnight: the council's cohort for today is due when the scheduler
    // starts
    phase(
        "schedule the return triggers of " + accounts + " accounts",
        () -> schedule(scheduler, today));
    phase(
        "fire the quarter: open " + accounts + " returns",
        () -> {
          scheduler.start();
          while (opened.get() < accounts) {
            Thread.sleep(50);
          }
          return null;
        });
    scheduler.shutdown(true);
    phase("reconcile " + statements + " statements", () -> reconcile(statements, threads, today));
    try (Connection c = pool.getConnection();
        Statement s = c.createStatement()) {
      ResultSet r =
          s.executeQuery("select state, count(*) from mon_return group by state order by state");
      while (r.next()) {
        System.out.printf("  returns %-24s %,d%n", r.getString(1), r.getLong(2));
      }
      r = s.executeQuery("select kind, count(*) from mon_flag group by kind order by kind");
      while (r.next()) {
        System.out.printf("  flags   %-24s %,d%n", r.getString(1), r.getLong(2));
      }
    }
    System.out.printf(
        "peak heap %,d MB (max %,d MB)%n",
        peakHeap() / 1_048_576, Runtime.getRuntime().maxMemory() / 1_048_576);
    pool.close();
  }

  interface Work {
    Object run() throws Exception;
  }

  private static void phase(String name, Work work) throws Exception {
    long start = System.nanoTime();
    work.run();
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf(
        "%-45s %8.1f s   peak heap so far %,d MB%n", name, seconds, peakHeap() / 1_048_576);
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean p : ManagementFactory.getMemoryPoolMXBeans()) {
      if (p.getType() == MemoryType.HEAP) {
        peak += p.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  /**
   * Council, 1 holder per 100 accounts, and every account 3 months old (its first quarter just
   * ended).
   */
  private static Object load(int accounts, LocalDate today) throws SQLException {
    try (Connection c = pool.getConnection()) {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("insert into council (code, name) values ('BEN', 'Benchmark Borough')");
        ResultSet r = s.executeQuery("select id from council where code = 'BEN'");
        r.next();
        council = r.getLong(1);
      }
      try (PreparedStatement u =
          c.prepareStatement(
              "insert into app_user (id, username, display_name, password_hash,"
                  + " created_at) values (?, ?, ?, 'x', now())")) {
        for (int i = 0; i < accounts / 100 + 1; i++) {
          u.setLong(1, 1_000_000 + i);
          u.setString(2, "bench-holder-" + i + "@example.org");
          u.setString(3, "Bench holder " + i);
          u.addBatch();
        }
        u.executeBatch();
      }
      LocalDate start = today.minusMonths(3);
      try (PreparedStatement a =
              c.prepareStatement(
                  "insert into dp_account (id, reference, council_id, holder_user_id,"
                      + " recipient_name, start_date, created_at) values (?, ?, ?, ?, ?, ?, now())");
          PreparedStatement m =
              c.prepareStatement(
                  "insert into mon_account (account_id, route, annual_budget,"
                      + " instalment, payment_schedule, plan_categories, frequency, ruled_frequency, risk_reasons, status,"
                      + " next_period_start, next_period_end, next_review) values (?, 'OWN_ACCOUNT', 15600.00, 1200.00,"
                      + " 'FOUR_WEEKLY', 'PERSONAL_CARE', 'QUARTERLY', 'QUARTERLY', 'New account', 'ACTIVE', ?, ?, ?)")) {
        for (int i = 0; i < accounts; i++) {
          long id = 2_000_000L + i;
          a.setLong(1, id);
          a.setString(2, "BEN-" + i);
          a.setLong(3, council);
          a.setLong(4, 1_000_000 + i / 100);
          a.setString(5, "Recipient " + i);
          a.setDate(6, Date.valueOf(start));
          a.addBatch();
          m.setLong(1, id);
          m.setDate(2, Date.valueOf(start));
          m.setDate(3, Date.valueOf(start.plusMonths(3)));
          m.setDate(4, Date.valueOf(start.plusMonths(6)));
          m.addBatch();
          if (i % 5_000 == 4_999) {
            a.executeBatch();
            m.executeBatch();
          }
        }
        a.executeBatch();
        m.executeBatch();
      }
      try (PreparedStatement p =
          c.prepareStatement(
              "insert into mon_payee_rule (id, council_id, payee, category,"
                  + " decided_by, decided_at) values (1, ?, 'SUNRISE HOMECARE LTD', 'PERSONAL_CARE', 'bench', now())")) {
        p.setLong(1, council);
        p.executeUpdate();
      }
      c.commit();
      // as after any bulk load: fresh statistics, or PostgreSQL plans for the empty tables Flyway
      // made
      try (Statement s = c.createStatement()) {
        s.execute("analyze council, app_user, dp_account, mon_account");
      }
      c.commit();
    }
    return null;
  }

  private static Scheduler scheduler(int threads) throws Exception {
    DBConnectionManager.getInstance()
        .addConnectionProvider(
            "bench",
            new ConnectionProvider() {
              @Override
              public Connection getConnection() throws SQLException {
                return pool.getConnection();
              }

              @Override
              public void shutdown() {}

              @Override
              public void initialize() {}
            });
    JobStoreTX store = new JobStoreTX();
    store.setDataSource("bench");
    store.setTablePrefix("QRTZ_");
    store.setIsClustered(true);
    store.setClusterCheckinInterval(7_500);
    store.setMisfireThreshold(10_000);
    store.setDriverDelegateClass("org.quartz.impl.jdbcjobstore.PostgreSQLDelegate");
    store.setAcquireTriggersWithinLock(true);
    DirectSchedulerFactory.getInstance()
        .createScheduler(
            "dps-monitoring",
            new SimpleInstanceIdGenerator().generateInstanceId(),
            new SimpleThreadPool(threads, Thread.NORM_PRIORITY),
            new org.quartz.impl.DefaultThreadExecutor(),
            store,
            Map.of(),
            null,
            0,
            -1,
            -1,
            false,
            null,
            threads,
            ReturnScheduler.BATCH_WINDOW_MS);
    Scheduler s = DirectSchedulerFactory.getInstance().getScheduler("dps-monitoring");
    // the server's job, with this class in place of its CDI bean
    s.addJob(
        JobBuilder.newJob(OpenDueReturnsJob.class)
            .withIdentity(ReturnScheduler.OPEN_DUE_RETURNS)
            .storeDurably()
            .requestRecovery()
            .build(),
        true);
    return s;
  }

  /**
   * The council's cohort for today: one trigger, as ReturnScheduler makes it, however many
   * accounts.
   */
  private static Object schedule(Scheduler s, LocalDate today) throws Exception {
    s.scheduleJob(ReturnScheduler.cohortTrigger(council, today));
    return null;
  }

  /** Each chunk in its own transaction on the benchmark's pool, committed before the next. */
  static final DueReturnsSql.Transactions CHUNKS =
      new DueReturnsSql.Transactions() {
        @Override
        public <T> T inNewTransaction(DueReturnsSql.Work<T> work) {
          try (Connection c = pool.getConnection()) {
            try {
              T result = work.on(c);
              c.commit();
              return result;
            } catch (SQLException | RuntimeException e) {
              c.rollback();
              throw e;
            }
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        }
      };

  /**
   * The server's OpenDueReturnsJob: the council's due returns opened set-based by DueReturnsSql.
   */
  @DisallowConcurrentExecution
  public static final class OpenDueReturnsJob implements Job {
    @Override
    public void execute(JobExecutionContext context) {
      long councilId = context.getMergedJobDataMap().getLong(ReturnScheduler.COUNCIL_ID);
      DueReturnsSql.Opened result =
          new DueReturnsSql(Clock.system(UK)).openCouncil(CHUNKS, councilId);
      opened.addAndGet(result.returns());
    }
  }

  /**
   * Statement lines for M returns (as read from their PDFs), then each return reconciled and
   * recorded.
   */
  private static Object reconcile(int statements, int threads, LocalDate today) throws Exception {
    List<long[]> returns = new ArrayList<>();
    try (Connection c = pool.getConnection();
        PreparedStatement q =
            c.prepareStatement("select id, account_id from mon_return order by id limit ?")) {
      q.setInt(1, statements);
      ResultSet r = q.executeQuery();
      while (r.next()) {
        returns.add(new long[] {r.getLong(1), r.getLong(2)});
      }
    }
    ExecutorService workers = Executors.newFixedThreadPool(threads);
    List<Future<?>> done = new ArrayList<>();
    int slice = (returns.size() + threads - 1) / threads;
    for (int t = 0; t < threads; t++) {
      List<long[]> mine =
          returns.subList(
              Math.min(returns.size(), t * slice), Math.min(returns.size(), (t + 1) * slice));
      done.add(
          workers.submit(
              () -> {
                reconcileSlice(mine, today);
                return null;
              }));
    }
    for (Future<?> f : done) {
      f.get();
    }
    workers.shutdown();
    return null;
  }

  private static void reconcileSlice(List<long[]> returns, LocalDate today) throws SQLException {
    Reconciler reconciler = new Reconciler(ReconciliationPolicy.standard());
    PayeeRules payees = new PayeeRules(Map.of("SUNRISE HOMECARE LTD", "PERSONAL_CARE"));
    LocalDate start = today.minusMonths(3);
    ReturnPeriod period = new ReturnPeriod(start, today);
    AccountTerms terms =
        new AccountTerms(
            Route.OWN_ACCOUNT,
            Money.parse("15600.00"),
            Money.parse("1200.00"),
            PaymentSchedule.FOUR_WEEKLY,
            Set.of("PERSONAL_CARE"),
            start,
            8);
    try (Connection c = pool.getConnection()) {
      int n = 0;
      for (long[] ret : returns) {
        long returnId = ret[0];
        List<StatementLine> lines = statementLines(start, today, n % 10 == 0);
        long uploadId;
        try (PreparedStatement u =
            c.prepareStatement(
                "insert into mon_upload (id, return_id, kind, file_name, sha256,"
                    + " size_bytes, content, uploaded_by, uploaded_at, outcome, message, period_start, period_end_excl,"
                    + " opening_balance, closing_balance, verified) values (nextval('dps_id_seq'), ?, 'STATEMENT', 'q.pdf',"
                    + " ?, 1, ?, 'bench', now(), 'READ', 'read', ?, ?, 500.00, ?, true) returning id")) {
          u.setLong(1, returnId);
          u.setString(2, Long.toHexString(returnId));
          u.setBytes(3, new byte[] {0});
          u.setDate(4, Date.valueOf(start));
          u.setDate(5, Date.valueOf(today));
          u.setBigDecimal(6, closing(lines));
          ResultSet id = u.executeQuery();
          id.next();
          uploadId = id.getLong(1);
        }
        try (PreparedStatement l =
            c.prepareStatement(
                "insert into mon_statement_line (id, upload_id, line_no,"
                    + " line_date, description, amount) values (nextval('dps_id_seq'), ?, ?, ?, ?, ?)")) {
          for (int i = 0; i < lines.size(); i++) {
            l.setLong(1, uploadId);
            l.setInt(2, i + 1);
            l.setDate(3, Date.valueOf(lines.get(i).date()));
            l.setString(4, lines.get(i).description());
            l.setBigDecimal(5, lines.get(i).amount().amount());
            l.addBatch();
          }
          l.executeBatch();
        }
        // read back what was stored, as ReturnService.reconcile does
        List<StatementLine> stored = new ArrayList<>();
        try (PreparedStatement q =
            c.prepareStatement(
                "select line_date, description, amount from mon_statement_line"
                    + " where upload_id = ? order by line_no")) {
          q.setLong(1, uploadId);
          ResultSet r = q.executeQuery();
          while (r.next()) {
            stored.add(
                new StatementLine(
                    r.getDate(1).toLocalDate(),
                    r.getString(2),
                    Money.of(r.getBigDecimal(3)),
                    Optional.empty()));
          }
        }
        Reconciliation result =
            reconciler.reconcile(
                period,
                terms,
                List.of(
                    new ReturnStatement(
                        String.valueOf(uploadId),
                        new StatementPeriod(start, today),
                        Optional.of(Money.parse("500.00")),
                        Optional.of(Money.of(closing(lines))),
                        true,
                        stored)),
                List.of(),
                Money.zero(),
                payees);
        try (PreparedStatement cat =
            c.prepareStatement(
                "update mon_statement_line set category = ?, source = ?"
                    + " where upload_id = ? and line_no = ?")) {
          for (var e : result.categories().entrySet()) {
            cat.setString(1, e.getValue().category());
            cat.setString(2, e.getValue().source().name());
            cat.setLong(3, uploadId);
            cat.setInt(4, e.getKey().lineNumber());
            cat.addBatch();
          }
          cat.executeBatch();
        }
        try (PreparedStatement f =
            c.prepareStatement(
                "insert into mon_flag (id, account_id, return_id, kind, severity,"
                    + " message, evidence_upload_id, evidence_line_no, status, raised_at) values (nextval('dps_id_seq'),"
                    + " ?, ?, ?, ?, ?, ?, ?, 'OPEN', now())")) {
          for (Flag flag : result.flags()) {
            f.setLong(1, ret[1]);
            f.setLong(2, returnId);
            f.setString(3, flag.kind().name());
            f.setInt(4, flag.kind().severity());
            f.setString(5, flag.message());
            f.setObject(6, flag.evidence().map(e -> Long.parseLong(e.statementId())).orElse(null));
            f.setObject(7, flag.evidence().map(e -> e.lineNumber()).orElse(null));
            f.addBatch();
          }
          f.executeBatch();
        }
        try (PreparedStatement s =
            c.prepareStatement(
                "update mon_return set state = ?, submitted_at = now(),"
                    + " closing_balance = ?, surplus = ? where id = ?")) {
          s.setString(1, result.clean() ? "ACCEPTED_AUTOMATICALLY" : "FLAGGED");
          s.setBigDecimal(2, result.closingBalance().map(Money::amount).orElse(null));
          s.setBigDecimal(3, result.surplus().amount());
          s.setLong(4, returnId);
          s.executeUpdate();
        }
        if (++n % 50 == 0) {
          c.commit();
        }
      }
      c.commit();
    }
  }

  private static BigDecimal closing(List<StatementLine> lines) {
    return lines.stream()
        .map(l -> l.amount().amount())
        .reduce(new BigDecimal("500.00"), BigDecimal::add);
  }

  /**
   * A quarter: four-weekly £1,200 in, £1,150 to the care agency; every tenth has a £200 cash
   * withdrawal.
   */
  private static List<StatementLine> statementLines(LocalDate start, LocalDate end, boolean cash) {
    List<StatementLine> lines = new ArrayList<>();
    for (LocalDate pay = start; pay.isBefore(end); pay = pay.plusWeeks(4)) {
      lines.add(
          new StatementLine(
              pay, "DIRECT PAYMENT BENCHMARK BOROUGH", Money.parse("1200.00"), Optional.empty()));
      lines.add(
          new StatementLine(
              pay.plusDays(1).isBefore(end) ? pay.plusDays(1) : pay,
              "FASTER PAYMENT TO SUNRISE HOMECARE LTD INV " + pay.getDayOfYear(),
              Money.parse("-1150.00"),
              Optional.empty()));
    }
    if (cash) {
      lines.add(
          new StatementLine(
              start.plusDays(9),
              "CASH WITHDRAWAL LINK ATM",
              Money.parse("-200.00"),
              Optional.empty()));
    }
    return lines;
  }

  private QuarterBenchmark() {}
}
