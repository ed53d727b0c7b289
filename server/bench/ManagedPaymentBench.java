import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.lang.management.ManagementFactory;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.CareProvider;
import org.dpsupport.monitoring.domain.model.managed.InvoiceChecks;
import org.dpsupport.monitoring.domain.model.managed.InvoiceKind;
import org.dpsupport.monitoring.domain.model.managed.ProviderInvoice;
import org.dpsupport.server.application.monitoring.ManagedPaymentRun;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedPaymentSql;
import org.flywaydb.core.Flyway;

/**
 * Benchmark (not a test) of a month of managed (invoice agency) accounts: ACCOUNTS accounts of one
 * agency, each with 3 care providers in its plan and one council payment in. Seeding is not timed.
 * Timed, in one transaction on one connection:
 *
 * <ol>
 *   <li>read and checked: each of the 3 x ACCOUNTS invoices arrives as the JSON body the REST API
 *       takes, is parsed (Jackson), built as a ProviderInvoice, checked against its provider's plan
 *       and the provider's earlier invoices (InvoiceChecks: rate, hours, total, period, duplicates)
 *       and stored approved (JDBC batches);
 *   <li>paid: the payment run as the service makes it (ManagedPaymentSql.read, ManagedPaymentRun:
 *       the payment plans, one Bacs Standard 18 file with its modulus checks, a tagged remittance
 *       advice PDF per provider per person; ManagedPaymentSql.write: file, remittances with their
 *       PDFs, lines, invoices settled, ledger entries), then commit.
 * </ol>
 *
 * Prints wall time and CPU seconds of this JVM and of its PostgreSQL backend for each step. Usage:
 * java -cp ... ManagedPaymentBench.java JDBC_URL [accounts]
 */
public class ManagedPaymentBench {

  static final ObjectMapper JSON = new ObjectMapper();

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int accounts = args.length > 1 ? Integer.parseInt(args[1]) : 5000;
    Flyway.configure()
        .dataSource(url, "postgres", "postgres")
        .locations("classpath:db/migration/common", "classpath:db/migration/postgresql")
        .load()
        .migrate();
    LocalDate today = LocalDate.now();
    LocalDate month = today.withDayOfMonth(1).minusMonths(1);
    LocalDate monthEnd = month.plusMonths(1).minusDays(1);
    try (Connection c = DriverManager.getConnection(url, "postgres", "postgres")) {
      c.setAutoCommit(false);
      long agency = seed(c, accounts, month);
      c.commit();
      int backend;
      try (Statement s = c.createStatement();
          ResultSet r = s.executeQuery("select pg_backend_pid()")) {
        r.next();
        backend = r.getInt(1);
      }
      // the providers (with their plans) as the payment run reads them, and whose each is
      Map<Long, CareProvider> providers = ManagedPaymentSql.read(c, agency).providers();
      Map<Long, long[]> accountProviders = new HashMap<>();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("select id, account_id from mon_care_provider order by id")) {
        while (r.next()) {
          long[] ps = accountProviders.computeIfAbsent(r.getLong(2), a -> new long[3]);
          for (int i = 0; i < 3; i++) {
            if (ps[i] == 0) {
              ps[i] = r.getLong(1);
              break;
            }
          }
        }
      }
      List<String> bodies = new ArrayList<>();
      List<long[]> owners = new ArrayList<>();
      int n = 0;
      for (Map.Entry<Long, long[]> e : accountProviders.entrySet()) {
        for (long p : e.getValue()) {
          n++;
          // 40 hours at the provider's rate over the month (10 hours a week allows 44.29 in 31
          // days)
          BigDecimal rate = providers.get(p).hourlyRate().amount();
          bodies.add(
              "{\"providerId\":"
                  + p
                  + ",\"kind\":\"INVOICE\",\"number\":\"INV-"
                  + n
                  + "\",\"periodStart\":\""
                  + month
                  + "\",\"periodEnd\":\""
                  + monthEnd
                  + "\",\"hours\":40,\"rate\":"
                  + rate
                  + ",\"amount\":"
                  + rate.multiply(BigDecimal.valueOf(40))
                  + "}");
          owners.add(new long[] {e.getKey(), p});
        }
      }
      System.out.printf(
          "seeded: %,d accounts, %,d providers, %,d invoices to read%n",
          accountProviders.size(), providers.size(), bodies.size());

      long wall0 = System.nanoTime();
      double cpu0 = cpu();
      double pg0 = pgCpu(backend);
      int refused = 0;
      try (PreparedStatement insert =
          c.prepareStatement(
              "insert into mon_provider_invoice (account_id, provider_id, kind, number, number_key,"
                  + " period_start, period_end, hours, rate, amount, credit_for, state, paid,"
                  + " credited, received_on, source, recorded_by, recorded_at) values (?, ?,"
                  + " 'INVOICE', ?, ?, ?, ?, ?, ?, ?, null, 'APPROVED', 0, 0, ?, 'TYPED',"
                  + " 'bench', ?)")) {
        OffsetDateTime at = OffsetDateTime.now();
        for (int i = 0; i < bodies.size(); i++) {
          JsonNode j = JSON.readTree(bodies.get(i));
          ProviderInvoice invoice =
              new ProviderInvoice(
                  InvoiceKind.valueOf(j.get("kind").asText()),
                  j.get("number").asText(),
                  LocalDate.parse(j.get("periodStart").asText()),
                  LocalDate.parse(j.get("periodEnd").asText()),
                  j.get("hours").decimalValue(),
                  Money.of(j.get("rate").decimalValue()),
                  Money.of(j.get("amount").decimalValue()),
                  null);
          long providerId = j.get("providerId").asLong();
          if (!InvoiceChecks.check(providers.get(providerId), invoice, List.of(), month, today)
              .isEmpty()) {
            refused++;
            continue;
          }
          insert.setLong(1, owners.get(i)[0]);
          insert.setLong(2, providerId);
          insert.setString(3, invoice.number());
          insert.setString(4, invoice.number());
          insert.setObject(5, invoice.periodStart());
          insert.setObject(6, invoice.periodEnd());
          insert.setBigDecimal(7, invoice.hours());
          insert.setBigDecimal(8, invoice.rate().amount());
          insert.setBigDecimal(9, invoice.amount().amount());
          insert.setObject(10, today);
          insert.setObject(11, at);
          insert.addBatch();
          if ((i + 1) % 1000 == 0) {
            insert.executeBatch();
          }
        }
        insert.executeBatch();
      }
      long wall1 = System.nanoTime();
      double cpu1 = cpu();
      double pg1 = pgCpu(backend);

      LocalDate payDay = today.plusDays(7);
      while (payDay.getDayOfWeek() == DayOfWeek.SATURDAY
          || payDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
        payDay = payDay.plusDays(1);
      }
      ManagedPaymentSql.Inputs in = ManagedPaymentSql.read(c, agency);
      ManagedPaymentSql.Outcome o =
          ManagedPaymentRun.work(
              in,
              new ManagedPaymentRun.Sender(
                  agency, "Bench Care Accounts", "419876", "Client account", "180002", "98093517"),
              payDay,
              today);
      long fileId = ManagedPaymentSql.write(c, o, "bench", OffsetDateTime.now());
      c.commit();
      long wall2 = System.nanoTime();
      double cpu2 = cpu();
      double pg2 = pgCpu(backend);

      long lines = o.content().lines().count();
      long pdfBytes = o.remittances().stream().mapToLong(r -> r.pdf().length).sum();
      try (Statement s = c.createStatement();
          ResultSet r =
              s.executeQuery("select count(*) from mon_provider_invoice where state = 'PAID'")) {
        r.next();
        System.out.printf("stored: %,d invoices paid; payment file %d%n", r.getLong(1), fileId);
      }
      System.out.printf(
          "invoices read, checked, stored: %,d (%d refused)%n", bodies.size() - refused, refused);
      System.out.printf(
          "payment file: %,d credits, %s, %,d lines; %,d remittance PDFs (%,d KB)%n",
          o.credits(), o.total().formatted(), lines, o.remittances().size(), pdfBytes / 1024);
      System.out.printf(
          "read and checked: wall %.2f s, JVM CPU %.2f s, PostgreSQL CPU %.2f s%n",
          (wall1 - wall0) / 1e9, cpu1 - cpu0, pg1 - pg0);
      System.out.printf(
          "paid:             wall %.2f s, JVM CPU %.2f s, PostgreSQL CPU %.2f s%n",
          (wall2 - wall1) / 1e9, cpu2 - cpu1, pg2 - pg1);
      System.out.printf(
          "month in all:     wall %.2f s, JVM CPU %.2f s, PostgreSQL CPU %.2f s%n",
          (wall2 - wall0) / 1e9, cpu2 - cpu0, pg2 - pg0);
      if (args.length > 2) {
        Files.writeString(Path.of(args[2]), o.content());
        Files.write(Path.of(args[2] + ".remittance.pdf"), o.remittances().get(0).pdf());
      }
    }
  }

  /** This JVM's CPU seconds (all threads, GC and compiler included). */
  static double cpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
            .getProcessCpuTime()
        / 1e9;
  }

  /** The PostgreSQL backend's CPU seconds (user + system), from /proc (same machine). */
  static double pgCpu(int pid) throws Exception {
    String[] f =
        Files.readString(Path.of("/proc/" + pid + "/stat")).replaceAll(".*\\) ", "").split(" ");
    return (Long.parseLong(f[11]) + Long.parseLong(f[12])) / 100.0;
  }

  /**
   * One council, holders, an agency, ACCOUNTS managed accounts with 3 providers and a payment in.
   */
  static long seed(Connection c, int accounts, LocalDate month) throws Exception {
    try (Statement s = c.createStatement()) {
      s.executeUpdate("insert into council (code, name) values ('BEN', 'Bench council')");
      s.executeUpdate("insert into payroll_agency (name) values ('Bench Care Accounts')");
    }
    long council = one(c, "select id from council where code = 'BEN'");
    long agency = one(c, "select id from payroll_agency where name = 'Bench Care Accounts'");
    OffsetDateTime now = OffsetDateTime.now();
    try (PreparedStatement u =
            c.prepareStatement(
                "insert into app_user (username, display_name, password_hash, created_at)"
                    + " values (?, ?, 'x', ?)");
        PreparedStatement a =
            c.prepareStatement(
                "insert into dp_account (reference, council_id, holder_user_id, agency_id,"
                    + " recipient_name, start_date, created_at) select ?, ?, id, ?, ?, ?, ? from"
                    + " app_user where username = ?")) {
      for (int i = 1; i <= accounts; i++) {
        String user = "bench" + i + "@example.org";
        u.setString(1, user);
        u.setString(2, "Person " + i);
        u.setObject(3, now);
        u.addBatch();
        a.setString(1, String.format("DP-BEN-%06d", i));
        a.setLong(2, council);
        a.setLong(3, agency);
        a.setString(4, "Person " + i);
        a.setObject(5, month.minusMonths(1));
        a.setObject(6, now);
        a.setString(7, user);
        a.addBatch();
        if (i % 1000 == 0) {
          u.executeBatch();
          a.executeBatch();
        }
      }
      u.executeBatch();
      a.executeBatch();
    }
    try (Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into mon_managed_account (account_id, agency_id, approval_required, started_on,"
              + " recorded_by, recorded_at) select id, "
              + agency
              + ", false, date '"
              + month.minusMonths(1)
              + "', 'bench', now() from dp_account where council_id = "
              + council);
      String[][] names = {
        {"Brightside Care", "24.50"}, {"Willow Home Care", "22.75"}, {"Meadow Support", "19.80"}
      };
      for (String[] p : names) {
        s.executeUpdate(
            "insert into mon_care_provider (account_id, name, sort_code, account_number,"
                + " account_name, hourly_rate, hours_per_week, recorded_by, recorded_at) select"
                + " account_id, '"
                + p[0]
                + "', '180002', '00000190', '"
                + p[0]
                + "', "
                + p[1]
                + ", 10, 'bench', now() from mon_managed_account where agency_id = "
                + agency);
      }
      s.executeUpdate(
          "insert into mon_ledger_entry (account_id, entry_date, kind, amount, description,"
              + " recorded_by, recorded_at) select account_id, date '"
              + month
              + "', 'COUNCIL_PAYMENT', 3000.00, 'Council payment', 'bench', now() from"
              + " mon_managed_account where agency_id = "
              + agency);
    }
    return agency;
  }

  static long one(Connection c, String sql) throws Exception {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(sql)) {
      r.next();
      return r.getLong(1);
    }
  }
}
