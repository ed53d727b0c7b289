package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.sql.DataSource;

/**
 * The money of a council's direct payments by route, for commissioners: what each route was paid,
 * spent and holds, from what the service has seen of it. An own account's money comes from the
 * statements read with its returns, a card's from its imported card files, a managed account's from
 * the ledger its invoice agency keeps, a payroll client's spending from its finalised pay runs
 * (agency fee and VAT included). Each figure is null where a route has nothing to read it from (a
 * payroll agency does not report its client account's balance), never a made-up zero.
 */
@ApplicationScoped
public class RouteMoney {

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  /** One route's direct payments (not ended) and their money; null where not known. */
  public record Line(
      String route,
      long accounts,
      BigDecimal budgets,
      BigDecimal paidIn,
      BigDecimal spent,
      BigDecimal held,
      BigDecimal agencyFees) {}

  private static final class Sums {
    long accounts;
    BigDecimal budgets = BigDecimal.ZERO;
    BigDecimal paidIn;
    BigDecimal spent;
    BigDecimal held;
    BigDecimal agencyFees;

    static BigDecimal plus(BigDecimal a, BigDecimal b) {
      return b == null ? a : a == null ? b : a.add(b);
    }
  }

  /** Every route with a direct payment of the council (of every council when null). */
  public List<Line> byRoute(Long councilId) {
    String council = councilId == null ? "" : " and a.council_id = ?";
    Map<String, Sums> routes = new TreeMap<>();
    try (Connection c = dataSource.getConnection()) {
      read(
          c,
          "select m.route, count(*), sum(m.annual_budget) from mon_account m join dp_account a on"
              + " a.id = m.account_id where m.status <> 'ENDED'"
              + council
              + " group by m.route",
          councilId,
          (route, r) -> {
            Sums s = routes.computeIfAbsent(route, k -> new Sums());
            s.accounts = r.getLong(2);
            s.budgets = r.getBigDecimal(3);
          });
      // statements read with returns: council payments in, everything paid out
      read(
          c,
          "select m.route, sum(case when l.source = 'COUNCIL_PAYMENT' then l.amount else 0 end),"
              + " -sum(case when l.amount < 0 then l.amount else 0 end) from mon_statement_line l"
              + " join mon_upload u on u.id = l.upload_id join mon_return r on r.id = u.return_id"
              + " join mon_account m on m.account_id = r.account_id join dp_account a on a.id ="
              + " r.account_id where u.outcome like 'READ%' and m.status <> 'ENDED'"
              + council
              + " group by m.route",
          councilId,
          (route, r) -> inAndOut(routes, route, r));
      // card files: the council's payments onto the card, and what the card paid
      read(
          c,
          "select m.route, sum(case when t.source = 'COUNCIL_PAYMENT' then t.amount else 0 end),"
              + " -sum(case when t.amount < 0 and t.source <> 'COUNCIL_PAYMENT' then t.amount else"
              + " 0 end) from mon_card_transaction t join mon_card_import i on i.id = t.import_id"
              + " join mon_account m on m.account_id = i.account_id join dp_account a on a.id ="
              + " i.account_id where m.status <> 'ENDED'"
              + council
              + " group by m.route",
          councilId,
          (route, r) -> inAndOut(routes, route, r));
      // what each account holds: its latest card file's closing balance, else its latest return's
      read(
          c,
          "select m.route, sum(i.closing_balance) from mon_card_import i join mon_account m on"
              + " m.account_id = i.account_id join dp_account a on a.id = i.account_id where"
              + " m.status <> 'ENDED' and i.last_date = (select max(j.last_date) from"
              + " mon_card_import j where j.account_id = i.account_id)"
              + council
              + " group by m.route",
          councilId,
          (route, r) -> held(routes, route, r));
      read(
          c,
          "select m.route, sum(r.closing_balance) from mon_return r join mon_account m on"
              + " m.account_id = r.account_id join dp_account a on a.id = r.account_id where"
              + " m.status <> 'ENDED' and r.closing_balance is not null and r.period_start ="
              + " (select max(q.period_start) from mon_return q where q.account_id = r.account_id"
              + " and q.closing_balance is not null) and not exists (select 1 from"
              + " mon_card_import k where k.account_id = r.account_id)"
              + council
              + " group by m.route",
          councilId,
          (route, r) -> held(routes, route, r));
      // managed accounts: the ledger the managing agency keeps (council payments in; invoices
      // paid and wages paid out, wages only where no finalised pay run already counts them);
      // what it holds is the ledger's balance
      read(
          c,
          "select m.route, sum(case when e.kind = 'COUNCIL_PAYMENT' then e.amount else 0 end),"
              + " sum(case when e.kind = 'INVOICE_PAID' or (e.kind = 'WAGES_PAID' and not exists"
              + " (select 1 from pay_run p where p.account_id = e.account_id and p.status ="
              + " 'FINALISED')) then e.amount else 0 end), sum(case when e.kind ="
              + " 'COUNCIL_PAYMENT' then e.amount else -e.amount end) from mon_ledger_entry e"
              + " join mon_account m on m.account_id = e.account_id join dp_account a on a.id ="
              + " e.account_id where m.status <> 'ENDED'"
              + council
              + " group by m.route",
          councilId,
          (route, r) -> {
            inAndOut(routes, route, r);
            Sums s = routes.get(route);
            s.held = Sums.plus(s.held, r.getBigDecimal(4));
          });
      // payroll: every finalised pay run's whole cost, and the agency's fee with its VAT
      read(
          c,
          "select m.route, sum(p.total_cost), sum(p.agency_fee + p.agency_fee_vat) from pay_run p"
              + " join mon_account m on m.account_id = p.account_id join dp_account a on a.id ="
              + " p.account_id where p.status = 'FINALISED' and m.status <> 'ENDED'"
              + council
              + " group by m.route",
          councilId,
          (route, r) -> {
            Sums s = routes.computeIfAbsent(route, k -> new Sums());
            s.spent = Sums.plus(s.spent, r.getBigDecimal(2));
            s.agencyFees = Sums.plus(s.agencyFees, r.getBigDecimal(3));
          });
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the money by route", e);
    }
    List<Line> lines = new ArrayList<>();
    routes.forEach(
        (route, s) ->
            lines.add(
                new Line(
                    route,
                    s.accounts,
                    s.budgets == null ? BigDecimal.ZERO : s.budgets,
                    s.paidIn,
                    s.spent,
                    s.held,
                    s.agencyFees)));
    return lines;
  }

  private static void inAndOut(Map<String, Sums> routes, String route, ResultSet r)
      throws SQLException {
    Sums s = routes.computeIfAbsent(route, k -> new Sums());
    s.paidIn = Sums.plus(s.paidIn, r.getBigDecimal(2));
    s.spent = Sums.plus(s.spent, r.getBigDecimal(3));
  }

  private static void held(Map<String, Sums> routes, String route, ResultSet r)
      throws SQLException {
    Sums s = routes.computeIfAbsent(route, k -> new Sums());
    s.held = Sums.plus(s.held, r.getBigDecimal(2));
  }

  private interface Row {
    void read(String route, ResultSet r) throws SQLException;
  }

  private static void read(Connection c, String sql, Long councilId, Row row) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql)) {
      if (councilId != null) {
        q.setLong(1, councilId);
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          row.read(r.getString(1), r);
        }
      }
    }
  }
}
