package org.dpsupport.server.infrastructure.persistence.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.dpsupport.server.infrastructure.persistence.ScratchSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Money by route for commissioners, on the real schema (Flyway's migrations on H2 in PostgreSQL
 * mode): an own account read from its statements, a card from its card files, each council's own.
 */
class RouteMoneyTest {

  private final RouteMoney money = new RouteMoney();
  private JdbcDataSource db;
  private long council;
  private long other;

  @BeforeEach
  void schema() throws SQLException {
    db = ScratchSchema.h2("route");
    money.dataSource = db;
    exec(
        "insert into council (code, name) values ('AAA', 'A'), ('BBB', 'B')",
        "insert into app_user (username, display_name, password_hash, created_at)"
            + " values ('holder@example.org', 'Holder', 'x', now())");
    council = id("select id from council where code = 'AAA'");
    other = id("select id from council where code = 'BBB'");
  }

  private void exec(String... sql) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement()) {
      for (String q : sql) {
        s.executeUpdate(q);
      }
    }
  }

  private long id(String query) throws SQLException {
    try (Connection c = db.getConnection();
        Statement s = c.createStatement();
        ResultSet r = s.executeQuery(query)) {
      r.next();
      return r.getLong(1);
    }
  }

  private long account(String reference, long councilId, String route, String status)
      throws SQLException {
    exec(
        "insert into dp_account (reference, council_id, holder_user_id, recipient_name,"
            + " start_date, created_at) values ('"
            + reference
            + "', "
            + councilId
            + ", (select id from app_user), 'R', DATE '2026-04-01', now())");
    long id = id("select id from dp_account where reference = '" + reference + "'");
    exec(
        "insert into mon_account (account_id, route, annual_budget, instalment, payment_schedule,"
            + " plan_categories, frequency, ruled_frequency, risk_reasons, status,"
            + " next_period_start, next_period_end, next_review) values ("
            + id
            + ", '"
            + route
            + "', 15600.00, 1200.00, 'FOUR_WEEKLY', 'PERSONAL_CARE', 'QUARTERLY', 'QUARTERLY', 'r', '"
            + status
            + "', DATE '2026-07-01', DATE '2026-10-01', DATE '2026-10-01')");
    return id;
  }

  /** A return with one statement read (council payment in, two payments out) and its balance. */
  private void statement(long account, long returnId, String periodStart, String closing)
      throws SQLException {
    exec(
        "insert into mon_return (id, account_id, period_start, period_end_excl, due_date, state,"
            + " opened_at, closing_balance) values ("
            + returnId
            + ", "
            + account
            + ", DATE '"
            + periodStart
            + "', DATEADD(MONTH, 3, DATE '"
            + periodStart
            + "'), DATE '2026-12-31', 'ACCEPTED_AUTOMATICALLY', now(), "
            + closing
            + ")",
        "insert into mon_upload (id, return_id, kind, file_name, sha256, size_bytes, content,"
            + " uploaded_by, uploaded_at, outcome) values ("
            + returnId
            + ", "
            + returnId
            + ", 'STATEMENT', 's.pdf', '"
            + returnId
            + "', 1, X'00', 'h', now(), 'READ')",
        "insert into mon_statement_line (id, upload_id, line_no, line_date, description, amount,"
            + " source) values ("
            + returnId * 10
            + ", "
            + returnId
            + ", 1, DATE '2026-04-02', 'COUNCIL', 1200.00, 'COUNCIL_PAYMENT'), ("
            + (returnId * 10 + 1)
            + ", "
            + returnId
            + ", 2, DATE '2026-04-09', 'PA WAGES', -300.00, 'PAYEE'), ("
            + (returnId * 10 + 2)
            + ", "
            + returnId
            + ", 3, DATE '2026-04-16', 'CARE CO', -200.50, 'PAYEE')");
  }

  private void cardFile(long account, long importId, String last, String closing)
      throws SQLException {
    exec(
        "insert into mon_card_import (id, account_id, provider, card_id, file_name, sha256,"
            + " size_bytes, content, imported_by, imported_at, transactions, first_date,"
            + " last_date, opening_balance, closing_balance, surplus) values ("
            + importId
            + ", "
            + account
            + ", 'clearcard', 'C-1', 'c.csv', '"
            + importId
            + "', 1, X'00', 'o', now(), 2, DATE '2026-04-01', DATE '"
            + last
            + "', 0, "
            + closing
            + ", 0)",
        "insert into mon_card_transaction (import_id, line_no, file_row, tx_date, merchant,"
            + " amount, balance, category, source) values ("
            + importId
            + ", 1, 2, DATE '2026-04-01', 'COUNCIL', 1200.00, 1200.00, 'COUNCIL_PAYMENT',"
            + " 'COUNCIL_PAYMENT'), ("
            + importId
            + ", 2, 3, DATE '2026-04-08', 'ATM', -40.00, 1160.00, 'CASH', 'CASH')");
  }

  /**
   * A managed account's ledger: two council payments in, an invoice paid and wages paid out
   * (£2,400.00 in, £950.00 out, £1,450.00 held).
   */
  private void ledger(long account) throws SQLException {
    exec(
        "insert into payroll_agency (name) values ('Managing')",
        "insert into mon_managed_account (account_id, agency_id, approval_required, started_on,"
            + " recorded_by, recorded_at) values ("
            + account
            + ", (select max(id) from payroll_agency), false, DATE '2026-04-01', 'a', now())");
    for (String[] e :
        new String[][] {
          {"2026-04-02", "COUNCIL_PAYMENT", "1200.00"},
          {"2026-04-30", "COUNCIL_PAYMENT", "1200.00"},
          {"2026-04-20", "INVOICE_PAID", "700.00"},
          {"2026-04-28", "WAGES_PAID", "250.00"}
        }) {
      exec(
          "insert into mon_ledger_entry (account_id, entry_date, kind, amount, description,"
              + " recorded_by, recorded_at) values ("
              + account
              + ", DATE '"
              + e[0]
              + "', '"
              + e[1]
              + "', "
              + e[2]
              + ", 'x', 'a', now())");
    }
  }

  @Test
  @DisplayName(
      "Each route's direct payments, budgets, money paid in, spent and held: own accounts from"
          + " statements (latest balance), cards from card files (latest file), managed accounts"
          + " from their ledger, none reported for an account with nothing to read; other"
          + " councils and ended payments left out")
  void byRoute() throws SQLException {
    long own = account("OWN", council, "OWN_ACCOUNT", "ACTIVE");
    long card = account("CARD", council, "PREPAID_CARD", "ACTIVE");
    account("PAYROLL", council, "MANAGED_BY_PAYROLL_AGENCY", "ACTIVE");
    long managed = account("MANAGED", council, "MANAGED_BY_PAYROLL_AGENCY", "ACTIVE");
    ledger(managed);
    long ended = account("ENDED", council, "OWN_ACCOUNT", "ENDED");
    long elsewhere = account("ELSEWHERE", other, "OWN_ACCOUNT", "ACTIVE");
    statement(own, 100, "2026-04-01", "699.50");
    statement(own, 101, "2026-07-01", "1399.00"); // the latest: held
    statement(ended, 102, "2026-04-01", "5000.00");
    statement(elsewhere, 103, "2026-04-01", "7000.00");
    cardFile(card, 200, "2026-04-30", "1160.00");
    cardFile(card, 201, "2026-05-31", "2320.00"); // the latest: held

    List<RouteMoney.Line> lines = money.byRoute(council);

    assertEquals(
        List.of(
            new RouteMoney.Line(
                "MANAGED_BY_PAYROLL_AGENCY",
                2,
                new BigDecimal("31200.00"),
                new BigDecimal("2400.00"),
                new BigDecimal("950.00"),
                new BigDecimal("1450.00"),
                null),
            new RouteMoney.Line(
                "OWN_ACCOUNT",
                1,
                new BigDecimal("15600.00"),
                new BigDecimal("2400.00"),
                new BigDecimal("1001.00"),
                new BigDecimal("1399.00"),
                null),
            new RouteMoney.Line(
                "PREPAID_CARD",
                1,
                new BigDecimal("15600.00"),
                new BigDecimal("2400.00"),
                new BigDecimal("80.00"),
                new BigDecimal("2320.00"),
                null)),
        lines);
    assertEquals(
        2,
        money.byRoute(null).stream()
            .filter(l -> l.route().equals("OWN_ACCOUNT"))
            .findFirst()
            .orElseThrow()
            .accounts(),
        "every council's for an administrator");
  }

  @Test
  @DisplayName(
      "A managed account whose holder also employs a PA: the finalised pay run's cost, posted to"
          + " the ledger as wages, is counted once (from the pay run), not again from the ledger")
  void payRunWagesOnTheLedgerCountedOnce() throws SQLException {
    long managed = account("BOTH", council, "MANAGED_BY_PAYROLL_AGENCY", "ACTIVE");
    exec(
        "insert into payroll_agency (name) values ('Managing')",
        "insert into mon_managed_account (account_id, agency_id, approval_required, started_on,"
            + " recorded_by, recorded_at) values ("
            + managed
            + ", (select max(id) from payroll_agency), false, DATE '2026-04-01', 'a', now())",
        "insert into payroll_employer (account_id, employer_name, paye_reference,"
            + " accounts_office_reference, care_and_support, pay_frequency, pay_day, sort_code,"
            + " account_number, fee_per_payslip, monthly_budget, created_at) values ("
            + managed
            + ", 'Both', '475/B1', '475PA00000001', true, 'MONTHLY', 28, '404784', '70872490',"
            + " 0, 1500.00, now())",
        "insert into pay_run (account_id, period_start, period_end, payment_date, status,"
            + " net_pay, total_cost) values ("
            + managed
            + ", DATE '2026-04-01', DATE '2026-04-30', DATE '2026-04-28', 'FINALISED', 250.00,"
            + " 250.00)");
    for (String[] e :
        new String[][] {
          {"2026-04-02", "COUNCIL_PAYMENT", "2400.00", "null"},
          {"2026-04-20", "INVOICE_PAID", "700.00", "null"},
          {"2026-04-28", "WAGES_PAID", "250.00", "(select max(id) from pay_run)"}
        }) {
      exec(
          "insert into mon_ledger_entry (account_id, entry_date, kind, amount, description,"
              + " pay_run_id, recorded_by, recorded_at) values ("
              + managed
              + ", DATE '"
              + e[0]
              + "', '"
              + e[1]
              + "', "
              + e[2]
              + ", 'x', "
              + e[3]
              + ", 'a', now())");
    }

    RouteMoney.Line line =
        money.byRoute(council).stream()
            .filter(l -> l.route().equals("MANAGED_BY_PAYROLL_AGENCY"))
            .findFirst()
            .orElseThrow();

    assertEquals(new BigDecimal("2400.00"), line.paidIn());
    assertEquals(new BigDecimal("950.00"), line.spent(), "£700.00 invoices and £250.00 wages");
    assertEquals(new BigDecimal("1450.00"), line.held());
  }
}
