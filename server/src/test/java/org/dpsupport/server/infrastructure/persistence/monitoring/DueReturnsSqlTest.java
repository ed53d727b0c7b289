package org.dpsupport.server.infrastructure.persistence.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.dpsupport.server.infrastructure.persistence.ScratchSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The set-based opening of due returns, on the real schema (Flyway's migrations on H2 in PostgreSQL
 * mode).
 */
class DueReturnsSqlTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");
  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final DueReturnsSql sql =
      new DueReturnsSql(Clock.fixed(TODAY.atTime(9, 0).atZone(UK).toInstant(), UK));
  private JdbcDataSource db;
  private long council;
  private long otherCouncil;

  @BeforeEach
  void schema() throws SQLException {
    db = ScratchSchema.h2("due");
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("insert into council (code, name) values ('AAA', 'A'), ('BBB', 'B')");
      council = id(c, "select id from council where code = 'AAA'");
      otherCouncil = id(c, "select id from council where code = 'BBB'");
      s.executeUpdate(
          "insert into app_user (username, display_name, password_hash, created_at)"
              + " values ('holder@example.org', 'Holder', 'x', now())");
      // a stricter council: 14 days to submit
      s.executeUpdate(
          "insert into mon_council_policy (id, council_id, contingency_weeks, days_to_submit,"
              + " reminder_days_before) values (2, "
              + otherCouncil
              + ", 8, 14, 3)");
    }
  }

  private long account(
      String reference, long councilId, LocalDate nextStart, String frequency, String status)
      throws SQLException {
    try (Connection c = db.getConnection()) {
      long holder = id(c, "select id from app_user where username = 'holder@example.org'");
      try (PreparedStatement a =
          c.prepareStatement(
              "insert into dp_account (reference, council_id, holder_user_id,"
                  + " recipient_name, start_date, created_at) values (?, ?, ?, 'R', ?, now())")) {
        a.setString(1, reference);
        a.setLong(2, councilId);
        a.setLong(3, holder);
        a.setObject(4, nextStart);
        a.executeUpdate();
      }
      long id = id(c, "select id from dp_account where reference = '" + reference + "'");
      int months =
          switch (frequency) {
            case "MONTHLY" -> 1;
            case "QUARTERLY" -> 3;
            default -> 12;
          };
      try (PreparedStatement m =
          c.prepareStatement(
              "insert into mon_account (account_id, route, annual_budget,"
                  + " instalment, payment_schedule, plan_categories, frequency, ruled_frequency, risk_reasons, status,"
                  + " next_period_start, next_period_end, next_review) values (?, 'OWN_ACCOUNT', 15600.00, 1200.00,"
                  + " 'FOUR_WEEKLY', 'PERSONAL_CARE', ?, ?, 'r', ?, ?, ?, ?)")) {
        m.setLong(1, id);
        m.setString(2, frequency);
        m.setString(3, frequency);
        m.setString(4, status);
        m.setObject(5, nextStart);
        m.setObject(6, nextStart.plusMonths(months));
        m.setObject(7, nextStart.plusMonths(6));
        m.executeUpdate();
      }
      return id;
    }
  }

  private static long id(Connection c, String query) throws SQLException {
    try (Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  private List<String> rows(String query) throws SQLException {
    List<String> rows = new ArrayList<>();
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      int n = r.getMetaData().getColumnCount();
      while (r.next()) {
        StringBuilder b = new StringBuilder();
        for (int i = 1; i <= n; i++) {
          b.append(i > 1 ? " " : "").append(r.getString(i));
        }
        rows.add(b.toString());
      }
    }
    return rows;
  }

  private final DueReturnsSql.Transactions autoCommit =
      new DueReturnsSql.Transactions() {
        @Override
        public <T> T inNewTransaction(DueReturnsSql.Work<T> work) {
          try (Connection c = db.getConnection()) {
            return work.on(c);
          } catch (SQLException e) {
            throw new IllegalStateException(e);
          }
        }
      };

  @Test
  @DisplayName(
      "A council's due accounts get one return per ended period, with due date, audit and queued e-mail; others are untouched")
  void opensTheCouncilsDueReturns() throws SQLException {
    long due = account("A-DUE", council, TODAY.minusMonths(3), "QUARTERLY", "ACTIVE");
    long behind = account("A-BEHIND", council, TODAY.minusMonths(7), "QUARTERLY", "ACTIVE");
    account("A-FUTURE", council, TODAY.minusMonths(1), "QUARTERLY", "ACTIVE");
    account("A-SUSPENDED", council, TODAY.minusMonths(3), "QUARTERLY", "SUSPENDED");
    account("B-DUE", otherCouncil, TODAY.minusMonths(3), "QUARTERLY", "ACTIVE");

    DueReturnsSql.Opened opened = sql.openCouncil(autoCommit, council);

    assertEquals(3, opened.returns(), "one for A-DUE, two ended quarters for A-BEHIND");
    assertEquals(2, opened.accounts());
    assertEquals(
        Set.of(TODAY.plusMonths(3), TODAY.minusMonths(1).plusMonths(3)), opened.nextPeriodEnds());
    assertEquals(
        List.of(
            "A-BEHIND 2026-04-23 2026-07-23 2026-08-19 OPEN",
            "A-BEHIND 2026-07-23 2026-10-23 2026-11-19 OPEN",
            "A-DUE 2026-08-23 2026-11-23 2026-12-20 OPEN"),
        rows(
            "select a.reference, r.period_start, r.period_end_excl, r.due_date, r.state from mon_return r"
                + " join dp_account a on a.id = r.account_id order by a.reference, r.period_start"));
    assertEquals(
        List.of(
            "A-BEHIND 2026-10-23 2027-01-23",
            "A-DUE 2026-11-23 2027-02-23",
            "A-FUTURE 2026-10-23 2027-01-23",
            "A-SUSPENDED 2026-08-23 2026-11-23",
            "B-DUE 2026-08-23 2026-11-23"),
        rows(
            "select a.reference, m.next_period_start, m.next_period_end from mon_account m"
                + " join dp_account a on a.id = m.account_id order by a.reference"));
    assertEquals(
        3,
        rows("select id from audit_event where action = 'RETURN_OPENED' and actor = 'system'")
            .size());
    List<String> mails =
        rows(
            "select n.recipient, n.status, n.subject from mon_notification n where n.account_id = "
                + due);
    assertEquals(
        List.of(
            "holder@example.org QUEUED Your direct payment return for 23 August 2026 to 22 November 2026"),
        mails);
    assertTrue(
        rows("select body from mon_notification where account_id = " + behind)
            .get(0)
            .contains("by 2026-08-19"),
        "the e-mail is kept whole, with the due date");
  }

  @Test
  @DisplayName(
      "Opening again opens nothing more: a period's return is opened once, however often its cohort fires")
  void idempotent() throws SQLException {
    account("A-DUE", council, TODAY.minusMonths(3), "QUARTERLY", "ACTIVE");
    assertEquals(1, sql.openCouncil(autoCommit, council).returns());
    assertEquals(0, sql.openCouncil(autoCommit, council).returns());
    assertEquals(1, rows("select id from mon_return").size());
  }

  @Test
  @DisplayName(
      "A return opened already (by another opener) is not opened twice; the account still moves on")
  void existingReturnSkipped() throws SQLException {
    long id = account("A-DUE", council, TODAY.minusMonths(3), "QUARTERLY", "ACTIVE");
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into mon_return (id, account_id, period_start, period_end_excl, due_date, state,"
              + " opened_at) values (5, "
              + id
              + ", DATE '2026-08-23', DATE '2026-11-23', DATE '2026-12-21', 'OPEN', now())");
    }
    try (Connection c = db.getConnection()) {
      assertEquals(0, sql.open(c, List.of(id), TODAY).returns());
    }
    assertEquals(List.of("2026-11-23"), rows("select next_period_start from mon_account"));
  }

  @Test
  @DisplayName(
      "A direct payment paid onto a recorded prepaid card gets no return (its card files are monitored instead) but moves on; one without a card recorded yet still does")
  void noReturnForACard() throws SQLException {
    long card = account("A-CARD", council, TODAY.minusMonths(3), "QUARTERLY", "ACTIVE");
    long own = account("A-OWN", council, TODAY.minusMonths(3), "QUARTERLY", "ACTIVE");
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate(
          "insert into mon_card (account_id, provider, card_id, recorded_by, recorded_at) values ("
              + card
              + ", 'clearcard', '4000123412341234', 'officer@example.org', now())");
    }
    DueReturnsSql.Opened opened = sql.openCouncil(autoCommit, council);
    assertEquals(1, opened.returns());
    assertEquals(2, opened.accounts());
    assertEquals(List.of(String.valueOf(own)), rows("select account_id from mon_return"));
    assertEquals(
        List.of("A-CARD 2026-11-23", "A-OWN 2026-11-23"),
        rows(
            "select a.reference, m.next_period_start from mon_account m"
                + " join dp_account a on a.id = m.account_id order by a.reference"));
    assertTrue(rows("select id from mon_notification where account_id = " + card).isEmpty());
  }

  @Test
  @DisplayName(
      "A direct payment an invoice agency manages gets no return (its ledger is monitored instead) but moves on")
  void noReturnForAManagedAccount() throws SQLException {
    long managed = account("A-MANAGED", council, TODAY.minusMonths(3), "QUARTERLY", "ACTIVE");
    long own = account("A-OWN", council, TODAY.minusMonths(3), "QUARTERLY", "ACTIVE");
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      s.executeUpdate("insert into payroll_agency (name) values ('Invoice Agency Ltd')");
      s.executeUpdate(
          "insert into mon_managed_account (account_id, agency_id, approval_required, started_on,"
              + " recorded_by, recorded_at) select "
              + managed
              + ", id, true, date '2026-08-01', 'staff@example.org', now() from payroll_agency"
              + " where name = 'Invoice Agency Ltd'");
    }
    DueReturnsSql.Opened opened = sql.openCouncil(autoCommit, council);
    assertEquals(1, opened.returns());
    assertEquals(2, opened.accounts());
    assertEquals(List.of(String.valueOf(own)), rows("select account_id from mon_return"));
    assertEquals(
        List.of("A-MANAGED 2026-11-23", "A-OWN 2026-11-23"),
        rows(
            "select a.reference, m.next_period_start from mon_account m"
                + " join dp_account a on a.id = m.account_id order by a.reference"));
    assertTrue(rows("select id from mon_notification where account_id = " + managed).isEmpty());
  }

  @Test
  @DisplayName(
      "Each council's own deadlines set the due date; thousands of accounts open in chunks with unique ids")
  void chunksAndDeadlines() throws SQLException {
    for (int i = 0; i < DueReturnsSql.CHUNK + 7; i++) {
      account("B-" + i, otherCouncil, TODAY.minusMonths(1), "MONTHLY", "ACTIVE");
    }
    DueReturnsSql.Opened opened = sql.openCouncil(autoCommit, otherCouncil);
    assertEquals(DueReturnsSql.CHUNK + 7, opened.returns());
    assertEquals(
        List.of("2026-12-06 " + (DueReturnsSql.CHUNK + 7)),
        rows("select due_date, count(*) from mon_return group by due_date"),
        "14 days after the last day, in that council");
    assertEquals(
        rows("select count(*) from mon_return").get(0),
        rows("select count(distinct id) from mon_return").get(0));
    // ids come from dps_id_seq's blocks, as EclipseLink's: the next entity's block starts after
    // them
    long highest = Long.parseLong(rows("select max(id) from mon_notification").get(0));
    try (Connection c = db.getConnection()) {
      assertTrue(id(c, "select nextval('dps_id_seq')") - DueReturnsSql.ID_BLOCK + 1 > highest);
    }
  }
}
