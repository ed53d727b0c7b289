package org.dpsupport.server.infrastructure.persistence.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.dpsupport.server.infrastructure.persistence.ScratchSchema;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The agency employer list's urgency ranking ({@link EmployerListSql#ranking}) on the real schema:
 * Flyway's migrations on H2 in PostgreSQL mode, and also on PostgreSQL when {@code
 * -Ddps.test.scratch-postgresql=jdbc:postgresql://127.0.0.1:5432/<db>} names a scratch database (it
 * is wiped). One test pins each ordering rule with a hand-made agency; the other checks that the
 * statement ranks a random bureau exactly as the correlated-subquery statement it replaced did
 * (kept below as the reference), for days either side of pay days and deadlines.
 */
class EmployerListSqlTest {

  static Stream<Arguments> databases() {
    return ScratchSchema.databases().stream().map(Arguments::of);
  }

  private DataSource db;
  private Connection c;
  private long agency;
  private long otherAgency;
  private long council;
  private long holder;
  private long nextId = 1000;

  private void schema(String database) throws SQLException {
    db = ScratchSchema.migrated(database);
    c = db.getConnection();
    council = insert("insert into council (code, name) values ('AAA', 'A')", "council");
    agency = insert("insert into payroll_agency (name) values ('Agency')", "payroll_agency");
    otherAgency = insert("insert into payroll_agency (name) values ('Other')", "payroll_agency");
    holder =
        insert(
            "insert into app_user (username, display_name, password_hash, created_at)"
                + " values ('holder@example.org', 'Holder', 'x', now())",
            "app_user");
  }

  @AfterEach
  void close() throws SQLException {
    if (c != null) {
      c.close();
    }
  }

  private long insert(String sql, String table) throws SQLException {
    try (Statement s = c.createStatement()) {
      s.executeUpdate(sql);
      try (ResultSet r = s.executeQuery("select max(id) from " + table)) {
        r.next();
        return r.getLong(1);
      }
    }
  }

  private void update(String sql, Object... params) throws SQLException {
    try (PreparedStatement p = c.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        p.setObject(i + 1, params[i] instanceof LocalDate d ? Date.valueOf(d) : params[i]);
      }
      p.executeUpdate();
    }
  }

  /** An employer on the payroll of an agency, paid monthly on {@code payDay}. */
  private long employer(long agencyId, String name, int payDay, LocalDate insuranceExpires)
      throws SQLException {
    long id = ++nextId;
    update(
        "insert into dp_account (id, reference, council_id, holder_user_id, agency_id,"
            + " recipient_name, start_date, created_at) values (?, ?, ?, ?, ?, ?, ?, now())",
        id,
        "DP-" + id,
        council,
        holder,
        agencyId,
        name,
        LocalDate.of(2024, 4, 1));
    update(
        "insert into payroll_employer (account_id, employer_name, paye_reference,"
            + " accounts_office_reference, care_and_support, pay_frequency, pay_day, sort_code,"
            + " account_number, fee_per_payslip, monthly_budget, insurance_expires, created_at)"
            + " values (?, ?, '120/A1', '120PA00000001', true, 'MONTHLY', ?, '089999', '66374958',"
            + " 12.50, 3000.00, ?, now())",
        id,
        name,
        payDay,
        insuranceExpires);
    return id;
  }

  /** A PA employed by the account; on the payroll unless a starter. */
  private long employment(long account, boolean onPayroll, LocalDate ended) throws SQLException {
    long id = ++nextId;
    update(
        "insert into pa_employment (id, account_id, pa_name, start_date, end_date)"
            + " values (?, ?, 'PA', ?, ?)",
        id,
        account,
        LocalDate.of(2025, 6, 1),
        ended);
    if (onPayroll) {
      update(
          "insert into payroll_employee (pa_employment_id, pay_id, forename, surname,"
              + " date_of_birth, gender, address_line1, postcode, tax_code, week1_month1,"
              + " ni_category, hourly_rate, sort_code, account_number, account_name, created_at)"
              + " values (?, 'PA001', 'A', 'B', ?, 'F', '1 Road', 'IG11 7PB', '1257L', false, 'A',"
              + " 12.71, '202959', '63748472', 'A B', now())",
          id,
          LocalDate.of(1980, 1, 1));
    }
    return id;
  }

  /** A month's timesheet: SUBMITTED or APPROVED, paid by a run or not. */
  private void timesheet(long employment, YearMonth month, String status, Long payRun)
      throws SQLException {
    update(
        "insert into timesheet (id, pa_employment_id, period_start, period_end, status,"
            + " submitted_by, submitted_at, pay_run_id) values (?, ?, ?, ?, ?, 'pa', now(), ?)",
        ++nextId,
        employment,
        month.atDay(1),
        month.atEndOfMonth(),
        status,
        payRun);
  }

  /** A month's pay run, paid to the PAs on {@code paymentDate}. */
  private long run(
      long account,
      YearMonth month,
      LocalDate paymentDate,
      String status,
      boolean tax,
      LocalDate hmrcPaidOn,
      boolean pension,
      LocalDate pensionPaidOn,
      int nmwFindings)
      throws SQLException {
    long id = ++nextId;
    update(
        "insert into pay_run (id, account_id, period_start, period_end, payment_date, status,"
            + " income_tax, employee_ni, employer_ni, employment_allowance, student_loans,"
            + " pension_employee, pension_employer, hmrc_due_date, hmrc_paid_on, pension_paid_on,"
            + " nmw_findings) values (?, ?, ?, ?, ?, ?, ?, ?, 0, 0, 0, ?, ?, ?, ?, ?, ?)",
        id,
        account,
        month.atDay(1),
        month.atEndOfMonth(),
        paymentDate,
        status,
        tax ? new java.math.BigDecimal("180.00") : java.math.BigDecimal.ZERO,
        tax ? new java.math.BigDecimal("120.00") : java.math.BigDecimal.ZERO,
        pension ? new java.math.BigDecimal("40.00") : java.math.BigDecimal.ZERO,
        pension ? new java.math.BigDecimal("24.00") : java.math.BigDecimal.ZERO,
        // HMRC: the 22nd of the month after the tax month the pay day falls in
        paymentDate.plusMonths(paymentDate.getDayOfMonth() > 5 ? 1 : 0).withDayOfMonth(22),
        hmrcPaidOn,
        pensionPaidOn,
        nmwFindings);
    return id;
  }

  /** An employer whose month is in order: a PA with this month's timesheet approved. */
  private long inOrder(long agencyId, String name, int payDay, YearMonth month)
      throws SQLException {
    long e = employer(agencyId, name, payDay, LocalDate.of(2027, 6, 30));
    timesheet(employment(e, true, null), month, "APPROVED", null);
    return e;
  }

  /**
   * "id urgency" rows in the order the statement gives them. Its numbered placeholders ({@code ?n},
   * as EclipseLink binds them) become JDBC's {@code ?}, bound in the order they appear.
   */
  private List<String> ranked(EmployerListSql.Statement statement) throws SQLException {
    java.util.regex.Matcher placeholder =
        java.util.regex.Pattern.compile("\\?(\\d+)").matcher(statement.sql());
    List<Object> bound = new ArrayList<>();
    while (placeholder.find()) {
      bound.add(statement.params().get(Integer.parseInt(placeholder.group(1)) - 1));
    }
    List<String> rows = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(statement.sql().replaceAll("\\?\\d+", "?"))) {
      for (int i = 0; i < bound.size(); i++) {
        p.setObject(i + 1, bound.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          rows.add(r.getLong(1) + " " + r.getInt(2));
        }
      }
    }
    return rows;
  }

  /** The distinct values of the statement's fourth column (the agency's employers in all). */
  private java.util.Set<Long> totals(EmployerListSql.Statement statement) throws SQLException {
    java.util.regex.Matcher placeholder =
        java.util.regex.Pattern.compile("\\?(\\d+)").matcher(statement.sql());
    List<Object> bound = new ArrayList<>();
    while (placeholder.find()) {
      bound.add(statement.params().get(Integer.parseInt(placeholder.group(1)) - 1));
    }
    java.util.Set<Long> totals = new java.util.HashSet<>();
    try (PreparedStatement p = c.prepareStatement(statement.sql().replaceAll("\\?\\d+", "?"))) {
      for (int i = 0; i < bound.size(); i++) {
        p.setObject(i + 1, bound.get(i));
      }
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          totals.add(r.getLong(4));
        }
      }
    }
    return totals;
  }

  private List<String> names(List<String> ranked, java.util.Map<Long, String> names) {
    return ranked.stream()
        .map(r -> names.get(Long.parseLong(r.split(" ")[0])) + " " + r.split(" ")[1])
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  @DisplayName(
      "On Friday 27 November 2026: unrun pay first, then HMRC or pension overdue, lapsed"
          + " insurance, starters, timesheets and pay due, then what is merely coming; by name")
  void pinsTheOrderingRules(String database) throws SQLException {
    schema(database);
    LocalDate today = LocalDate.of(2026, 11, 27);
    YearMonth nov = YearMonth.of(2026, 11);
    YearMonth oct = YearMonth.of(2026, 10);
    java.util.Map<Long, String> names = new java.util.HashMap<>();
    // 9: nothing to do (two of the same name: the older account first)
    names.put(inOrder(agency, "Zoe all well", 25, nov), "Zoe all well");
    names.put(inOrder(agency, "Amy all well", 25, nov), "Amy all well (1)");
    names.put(inOrder(agency, "Amy all well", 25, nov), "Amy all well (2)");
    // 0: October's timesheet approved and unpaid, and nothing paid on 25 November
    long unrun = inOrder(agency, "Unrun pay", 25, nov);
    names.put(unrun, "Unrun pay");
    timesheet(employment(unrun, true, null), oct, "APPROVED", null);
    // not 0: paid on its pay day; the unpaid November timesheet ends after it
    long paid = inOrder(agency, "Paid on the 25th", 25, nov);
    names.put(paid, "Paid on the 25th");
    run(paid, nov, LocalDate.of(2026, 11, 25), "FINALISED", true, null, true, null, 0);
    // not 0: the run on the pay day is only approved, but no approved timesheet waits
    long approvedOnly = inOrder(agency, "Run approved only", 25, nov);
    names.put(approvedOnly, "Run approved only");
    run(approvedOnly, nov, LocalDate.of(2026, 11, 25), "APPROVED", true, null, true, null, 0);
    // 1: October's PAYE unpaid since 22 November
    long hmrc = inOrder(agency, "HMRC overdue", 25, nov);
    names.put(hmrc, "HMRC overdue");
    run(hmrc, oct, LocalDate.of(2026, 10, 23), "FINALISED", true, null, false, null, 0);
    // not 1: nothing owed to HMRC
    long nothingOwed = inOrder(agency, "Nothing owed", 25, nov);
    names.put(nothingOwed, "Nothing owed");
    run(nothingOwed, oct, LocalDate.of(2026, 10, 23), "FINALISED", false, null, false, null, 0);
    // 1: October's pension contributions unpaid after 22 November
    long pension = inOrder(agency, "Pension overdue", 25, nov);
    names.put(pension, "Pension overdue");
    run(
        pension,
        oct,
        LocalDate.of(2026, 10, 23),
        "FINALISED",
        true,
        LocalDate.of(2026, 11, 19),
        true,
        null,
        0);
    // not 1: over a year ago
    long old = inOrder(agency, "Overdue long ago", 25, nov);
    names.put(old, "Overdue long ago");
    run(
        old,
        YearMonth.of(2025, 10),
        LocalDate.of(2025, 10, 23),
        "FINALISED",
        true,
        null,
        true,
        null,
        0);
    // 2: insurance lapsed yesterday, or never recorded
    names.put(employer(agency, "Insurance lapsed", 25, today.minusDays(1)), "Insurance lapsed");
    names.put(employer(agency, "No insurance", 25, null), "No insurance");
    // 4: insurance expiring today is not lapsed yet, but is expiring
    names.put(employer(agency, "Insurance ends today", 25, today), "Insurance ends today");
    // 3: a starter (but not one who has left)
    long starter = inOrder(agency, "Starter", 25, nov);
    names.put(starter, "Starter");
    employment(starter, false, null);
    long leftStarter = inOrder(agency, "Starter who left", 25, nov);
    names.put(leftStarter, "Starter who left");
    employment(leftStarter, false, LocalDate.of(2026, 11, 1));
    // 3: a timesheet waiting for approval
    long submitted = employer(agency, "Timesheet to approve", 25, LocalDate.of(2027, 6, 30));
    names.put(submitted, "Timesheet to approve");
    timesheet(employment(submitted, true, null), nov, "SUBMITTED", null);
    // 3: paid on the 30th, within the week, last run not finalised; not 3 when it is
    long due = inOrder(agency, "Pay due on the 30th", 30, nov);
    names.put(due, "Pay due on the 30th");
    run(due, oct, LocalDate.of(2026, 10, 30), "FINALISED", false, null, false, null, 0);
    run(due, nov, LocalDate.of(2026, 11, 30), "CALCULATED", false, null, false, null, 0);
    long done = inOrder(agency, "Pay done for the 30th", 30, nov);
    names.put(done, "Pay done for the 30th");
    run(done, nov, LocalDate.of(2026, 11, 30), "FINALISED", false, null, false, null, 0);
    // 4: insurance expiring within 31 days; a PA's timesheet missing; minimum wage in last run
    names.put(
        employer(agency, "Insurance expiring", 25, LocalDate.of(2026, 12, 20)),
        "Insurance expiring");
    long missing = employer(agency, "Timesheet missing", 25, LocalDate.of(2027, 6, 30));
    names.put(missing, "Timesheet missing");
    employment(missing, true, null);
    long nmw = inOrder(agency, "Minimum wage", 25, nov);
    names.put(nmw, "Minimum wage");
    run(nmw, oct, LocalDate.of(2026, 10, 23), "FINALISED", false, null, false, null, 0);
    run(nmw, nov, LocalDate.of(2026, 11, 25), "FINALISED", false, null, false, null, 2);
    long earlierNmw = inOrder(agency, "Minimum wage earlier", 25, nov);
    names.put(earlierNmw, "Minimum wage earlier");
    run(earlierNmw, oct, LocalDate.of(2026, 10, 23), "FINALISED", false, null, false, null, 1);
    run(earlierNmw, nov, LocalDate.of(2026, 11, 25), "FINALISED", false, null, false, null, 0);
    // another agency's employer is not listed
    employer(otherAgency, "Another agency's", 25, null);

    List<String> expected =
        List.of(
            "Unrun pay 0",
            "HMRC overdue 1",
            "Pension overdue 1",
            "Insurance lapsed 2",
            "No insurance 2",
            "Pay due on the 30th 3",
            "Starter 3",
            "Timesheet to approve 3",
            "Insurance ends today 4",
            "Insurance expiring 4",
            "Minimum wage 4",
            "Timesheet missing 4",
            "Amy all well (1) 9",
            "Amy all well (2) 9",
            "Minimum wage earlier 9",
            "Nothing owed 9",
            "Overdue long ago 9",
            "Paid on the 25th 9",
            "Pay done for the 30th 9",
            "Run approved only 9",
            "Starter who left 9",
            "Zoe all well 9");
    assertEquals(expected, names(ranked(EmployerListSql.ranking(agency, today, 0, 100)), names));
    // a page is a slice of the same order
    assertEquals(
        expected.subList(5, 10),
        names(ranked(EmployerListSql.ranking(agency, today, 5, 5)), names));
    assertEquals(expected, names(ranked(correlatedRanking(agency, today, 0, 100)), names));
    // every row of a page says how many employers the agency has in all, not how many are shown
    assertEquals(java.util.Set.of(22L), totals(EmployerListSql.ranking(agency, today, 5, 5)));
    assertEquals(java.util.Set.of(22L), totals(EmployerListSql.ranking(agency, today, 20, 25)));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("databases")
  @DisplayName(
      "A random bureau of 200 employers is ranked exactly as the correlated statement ranked it,"
          + " on 19 days around pay days, deadlines and month ends")
  void ranksAsTheCorrelatedStatementDid(String database) throws SQLException {
    schema(database);
    Random random = new Random(13);
    LocalDate[] insurance = {
      null,
      LocalDate.of(2026, 10, 31),
      LocalDate.of(2026, 11, 27),
      LocalDate.of(2026, 12, 15),
      LocalDate.of(2027, 1, 20),
      LocalDate.of(2027, 6, 30)
    };
    String[] runStatus = {"DRAFT", "CALCULATED", "APPROVED", "FINALISED", "FINALISED"};
    String[] names = {"Avery", "Blake", "Casey", "Drew"};
    for (int i = 0; i < 200; i++) {
      long e =
          employer(
              i % 10 == 0 ? otherAgency : agency,
              names[random.nextInt(names.length)],
              1 + random.nextInt(31),
              insurance[random.nextInt(insurance.length)]);
      int pas = random.nextInt(4);
      for (int p = 0; p < pas; p++) {
        int kind = random.nextInt(10);
        long m = employment(e, kind != 0, kind == 1 ? LocalDate.of(2026, 10, 15) : null);
        if (kind == 0) {
          continue;
        }
        for (int month = 8; month <= 12; month++) {
          int t = random.nextInt(4);
          if (t > 0) {
            timesheet(
                m,
                YearMonth.of(2026, month),
                t == 1 ? "SUBMITTED" : "APPROVED",
                t == 3 ? 1L : null);
          }
        }
      }
      for (int month = 8; month <= 12; month++) {
        if (random.nextInt(3) == 0) {
          continue;
        }
        YearMonth ym = YearMonth.of(2026, month);
        LocalDate payment = ym.atDay(Math.min(1 + random.nextInt(31), ym.lengthOfMonth()));
        run(
            e,
            ym,
            payment,
            runStatus[random.nextInt(runStatus.length)],
            random.nextBoolean(),
            random.nextBoolean() ? payment.plusDays(20) : null,
            random.nextBoolean(),
            random.nextBoolean() ? payment.plusDays(20) : null,
            random.nextInt(5) == 0 ? 1 : 0);
      }
    }
    int differentUrgencies = 0;
    for (LocalDate today :
        List.of(
            LocalDate.of(2026, 8, 31),
            LocalDate.of(2026, 9, 30),
            LocalDate.of(2026, 10, 1),
            LocalDate.of(2026, 10, 22),
            LocalDate.of(2026, 10, 23),
            LocalDate.of(2026, 10, 31),
            LocalDate.of(2026, 11, 1),
            LocalDate.of(2026, 11, 5),
            LocalDate.of(2026, 11, 22),
            LocalDate.of(2026, 11, 23),
            LocalDate.of(2026, 11, 24),
            LocalDate.of(2026, 11, 27),
            LocalDate.of(2026, 11, 30),
            LocalDate.of(2026, 12, 1),
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2026, 12, 31),
            LocalDate.of(2027, 1, 31),
            LocalDate.of(2027, 2, 28),
            LocalDate.of(2027, 11, 30))) {
      List<String> before = ranked(correlatedRanking(agency, today, 0, 1000));
      List<String> after = ranked(EmployerListSql.ranking(agency, today, 0, 1000));
      assertEquals(180, after.size(), "the agency's employers on " + today);
      assertEquals(before, after, "on " + today);
      assertEquals(
          before.subList(40, 65),
          ranked(EmployerListSql.ranking(agency, today, 40, 25)),
          "page 3 on " + today);
      differentUrgencies =
          Math.max(
              differentUrgencies,
              (int) after.stream().map(r -> r.split(" ")[1]).distinct().count());
    }
    // the random bureau exercises every rule, so the comparison can fail
    assertEquals(6, differentUrgencies, "urgencies 0, 1, 2, 3, 4 and 9 all occur");
  }

  // ---- the statement it replaced: correlated subqueries, one per rule and employer

  private static EmployerListSql.Statement correlatedRanking(
      long agencyId, LocalDate today, int offset, int limit) {
    List<Object> params = new ArrayList<>();
    String lastPayDay = byPayDay(params, day -> EmployerListSql.lastPayDay(day, today));
    String lastPayDay2 = byPayDay(params, day -> EmployerListSql.lastPayDay(day, today));
    String nextPayDay =
        byPayDay(params, day -> EmployerListSql.payDayIn(YearMonth.from(today), day));
    String nextPayDay2 =
        byPayDay(params, day -> EmployerListSql.payDayIn(YearMonth.from(today), day));
    String latestRun = "(select max(r2.period_start) from pay_run r2 where r2.account_id = a.id)";
    StringBuilder sql = new StringBuilder();
    sql.append("select a.id, case")
        .append(" when not exists (select 1 from pay_run r where r.account_id = a.id")
        .append(" and r.status = 'FINALISED' and r.payment_date = ")
        .append(lastPayDay)
        .append(") and exists (select 1 from timesheet t join pa_employment m")
        .append(" on t.pa_employment_id = m.id where m.account_id = a.id")
        .append(" and t.status = 'APPROVED' and t.pay_run_id is null and t.period_end <= ")
        .append(lastPayDay2)
        .append(") then 0");
    sql.append(" when exists (select 1 from pay_run r where r.account_id = a.id")
        .append(" and r.status = 'FINALISED' and r.payment_date >= ")
        .append(param(params, today.minusYears(1)))
        .append(" and ((r.hmrc_paid_on is null and r.hmrc_due_date < ")
        .append(param(params, today))
        .append(" and r.income_tax + r.employee_ni + r.employer_ni + r.student_loans")
        .append(" - r.employment_allowance > 0)")
        .append(" or (r.pension_paid_on is null and r.payment_date < ")
        .append(param(params, EmployerListSql.pensionOverdueBefore(today)))
        .append(" and r.pension_employee + r.pension_employer > 0))) then 1");
    sql.append(" when e.insurance_expires is null or e.insurance_expires < ")
        .append(param(params, today))
        .append(" then 2");
    sql.append(" when exists (select 1 from pa_employment m where m.account_id = a.id")
        .append(" and m.end_date is null and not exists (select 1 from payroll_employee p")
        .append(" where p.pa_employment_id = m.id))")
        .append(" or exists (select 1 from timesheet t join pa_employment m")
        .append(" on t.pa_employment_id = m.id where m.account_id = a.id")
        .append(" and t.status = 'SUBMITTED')")
        .append(" or (")
        .append(nextPayDay)
        .append(" >= ")
        .append(param(params, today))
        .append(" and ")
        .append(nextPayDay2)
        .append(" < ")
        .append(param(params, today.plusDays(7)))
        .append(" and not exists (select 1 from pay_run r where r.account_id = a.id")
        .append(" and r.status = 'FINALISED' and r.period_start = ")
        .append(latestRun)
        .append(")) then 3");
    sql.append(" when e.insurance_expires < ")
        .append(param(params, today.plusDays(31)))
        .append(" or exists (select 1 from payroll_employee p join pa_employment m")
        .append(" on p.pa_employment_id = m.id where m.account_id = a.id and m.end_date is null")
        .append(" and not exists (select 1 from timesheet t where t.pa_employment_id = m.id")
        .append(" and t.period_start = ")
        .append(param(params, today.withDayOfMonth(1)))
        .append("))")
        .append(" or exists (select 1 from pay_run r where r.account_id = a.id")
        .append(" and r.nmw_findings > 0 and r.period_start = ")
        .append(latestRun)
        .append(") then 4 else 9 end as urgency, e.employer_name")
        .append(" from payroll_employer e join dp_account a on a.id = e.account_id")
        .append(" where a.agency_id = ")
        .append(param(params, agencyId))
        .append(" order by urgency, e.employer_name, a.id")
        .append(" offset ")
        .append(offset)
        .append(" rows fetch next ")
        .append(limit)
        .append(" rows only");
    return new EmployerListSql.Statement(sql.toString(), params);
  }

  private static String param(List<Object> params, Object value) {
    if (value instanceof LocalDate d) {
      params.add(Date.valueOf(d));
      return "cast(?" + params.size() + " as date)";
    }
    params.add(value);
    return "?" + params.size();
  }

  private static String byPayDay(List<Object> params, IntFunction<LocalDate> dateFor) {
    StringBuilder s = new StringBuilder("(case e.pay_day");
    for (int day = 1; day <= 31; day++) {
      s.append(" when ").append(day).append(" then ").append(param(params, dateFor.apply(day)));
    }
    return s.append(" end)").toString();
  }
}
