package org.dpsupport.server.infrastructure.persistence.monitoring;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.CareProvider;
import org.dpsupport.monitoring.domain.model.managed.InvoiceState;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger;
import org.dpsupport.server.infrastructure.persistence.monitoring.ManagedStore.StoredInvoice;

/**
 * A payment run's reads and writes for every account one agency manages, in a handful of statements
 * whatever the number of accounts: what each account holds, the invoices to pay and credit notes to
 * take off, the providers; then the file, the remittances with their lines, the invoices and credit
 * notes settled and the ledger's payments out, in JDBC batches. On the caller's connection and
 * transaction.
 */
public final class ManagedPaymentSql {

  private static final int BATCH = 1000;

  /** One managed account of the agency: whose it is, its reference and what it holds. */
  public record Account(long accountId, String reference, String person, Money balance) {}

  /** What a payment run reads. */
  public record Inputs(
      Map<Long, Account> accounts,
      List<StoredInvoice> payables,
      List<StoredInvoice> openCredits,
      Map<Long, CareProvider> providers) {}

  /** What one invoice (or credit note) gets from the run. */
  public record Settled(long invoiceId, Money paid, Money credited, InvoiceState state) {}

  /** One remittance to write: its lines are the invoices it settles. */
  public record Remittance(
      long accountId,
      long providerId,
      String reference,
      Money amount,
      byte[] pdf,
      List<Settled> lines) {}

  /** What a payment run writes. */
  public record Outcome(
      long agencyId,
      LocalDate payDay,
      LocalDate creditDay,
      String content,
      Money total,
      int credits,
      List<Remittance> remittances,
      List<Settled> settled,
      List<ManagedLedger.Entry> ledgerOut,
      List<Long> ledgerAccounts) {}

  private ManagedPaymentSql() {}

  /** Everything a payment run of the agency needs. */
  public static Inputs read(Connection c, long agencyId) throws SQLException {
    Map<Long, Money> balances = new HashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "select e.account_id, sum(case when e.kind = 'COUNCIL_PAYMENT' then e.amount"
                + " else -e.amount end) from mon_ledger_entry e join mon_managed_account m"
                + " on m.account_id = e.account_id where m.agency_id = ? group by e.account_id")) {
      q.setLong(1, agencyId);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          balances.put(r.getLong(1), Money.of(r.getBigDecimal(2)));
        }
      }
    }
    Map<Long, Account> accounts = new LinkedHashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "select m.account_id, a.reference, u.display_name from mon_managed_account m"
                + " join dp_account a on a.id = m.account_id"
                + " join app_user u on u.id = a.holder_user_id"
                + " where m.agency_id = ? order by m.account_id")) {
      q.setLong(1, agencyId);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          long id = r.getLong(1);
          accounts.put(
              id,
              new Account(
                  id, r.getString(2), r.getString(3), balances.getOrDefault(id, Money.ZERO)));
        }
      }
    }
    List<StoredInvoice> payables = new ArrayList<>();
    List<StoredInvoice> credits = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "select i.id, i.account_id, i.provider_id, i.kind, i.number, i.period_start,"
                + " i.period_end, i.hours, i.rate, i.amount, i.credit_for, i.state, i.paid,"
                + " i.credited, i.received_on, i.source, i.recorded_by, i.decided_by,"
                + " i.dispute_reason from mon_provider_invoice i join mon_managed_account m"
                + " on m.account_id = i.account_id where m.agency_id = ?"
                + " and (i.state in ('APPROVED', 'PART_PAID')"
                + " or (i.kind = 'CREDIT_NOTE' and i.amount > i.credited)) order by i.id")) {
      q.setLong(1, agencyId);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          StoredInvoice i = ManagedStore.invoice(r);
          (i.state() == InvoiceState.CREDIT ? credits : payables).add(i);
        }
      }
    }
    Map<Long, CareProvider> providers = new HashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "select p.id, p.account_id, p.name, p.sort_code, p.account_number, p.account_name,"
                + " p.hourly_rate, p.hours_per_week from mon_care_provider p"
                + " join mon_managed_account m on m.account_id = p.account_id"
                + " where m.agency_id = ?")) {
      q.setLong(1, agencyId);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          providers.put(
              r.getLong(1),
              new CareProvider(
                  r.getString(3),
                  r.getString(4),
                  r.getString(5),
                  r.getString(6),
                  Money.of(r.getBigDecimal(7)),
                  r.getBigDecimal(8)));
        }
      }
    }
    return new Inputs(accounts, payables, credits, providers);
  }

  /** Writes the run; returns the payment file's id. */
  public static long write(Connection c, Outcome o, String by, OffsetDateTime at)
      throws SQLException {
    long fileId;
    try (PreparedStatement q =
        c.prepareStatement(
            "insert into mon_payment_file (agency_id, pay_day, credit_day, total, credits,"
                + " content, created_by, created_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      q.setLong(1, o.agencyId());
      q.setObject(2, o.payDay());
      q.setObject(3, o.creditDay());
      q.setBigDecimal(4, o.total().amount());
      q.setInt(5, o.credits());
      q.setString(6, o.content());
      q.setString(7, by);
      q.setObject(8, at);
      q.executeUpdate();
      fileId = key(q);
    }
    List<Long> remittanceIds = new ArrayList<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "insert into mon_remittance (payment_file_id, account_id, provider_id, reference,"
                + " amount, pdf) values (?, ?, ?, ?, ?, ?)",
            new String[] {"id"})) {
      int n = 0;
      for (Remittance r : o.remittances()) {
        q.setLong(1, fileId);
        q.setLong(2, r.accountId());
        q.setLong(3, r.providerId());
        q.setString(4, r.reference());
        q.setBigDecimal(5, r.amount().amount());
        q.setBytes(6, r.pdf());
        q.addBatch();
        if (++n % BATCH == 0) {
          q.executeBatch();
          keys(q, remittanceIds);
        }
      }
      q.executeBatch();
      keys(q, remittanceIds);
    }
    if (remittanceIds.size() != o.remittances().size()) {
      throw new SQLException(
          "Expected " + o.remittances().size() + " remittance ids, got " + remittanceIds.size());
    }
    try (PreparedStatement q =
        c.prepareStatement(
            "insert into mon_remittance_line (remittance_id, invoice_id, paid, credited)"
                + " values (?, ?, ?, ?)")) {
      int n = 0;
      for (int i = 0; i < o.remittances().size(); i++) {
        for (Settled s : o.remittances().get(i).lines()) {
          q.setLong(1, remittanceIds.get(i));
          q.setLong(2, s.invoiceId());
          q.setBigDecimal(3, s.paid().amount());
          q.setBigDecimal(4, s.credited().amount());
          q.addBatch();
          if (++n % BATCH == 0) {
            q.executeBatch();
          }
        }
      }
      q.executeBatch();
    }
    try (PreparedStatement q =
        c.prepareStatement(
            "update mon_provider_invoice set paid = paid + ?, credited = credited + ?, state = ?"
                + " where id = ?")) {
      int n = 0;
      for (Settled s : o.settled()) {
        q.setBigDecimal(1, s.paid().amount());
        q.setBigDecimal(2, s.credited().amount());
        q.setString(3, s.state().name());
        q.setLong(4, s.invoiceId());
        q.addBatch();
        if (++n % BATCH == 0) {
          q.executeBatch();
        }
      }
      q.executeBatch();
    }
    try (PreparedStatement q =
        c.prepareStatement(
            "insert into mon_ledger_entry (account_id, entry_date, kind, amount, description,"
                + " payment_file_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)")) {
      int n = 0;
      for (int i = 0; i < o.ledgerOut().size(); i++) {
        ManagedLedger.Entry e = o.ledgerOut().get(i);
        q.setLong(1, o.ledgerAccounts().get(i));
        q.setObject(2, e.date());
        q.setString(3, e.kind().name());
        q.setBigDecimal(4, e.amount().amount());
        q.setString(5, e.description());
        q.setLong(6, fileId);
        q.setString(7, by);
        q.setObject(8, at);
        q.addBatch();
        if (++n % BATCH == 0) {
          q.executeBatch();
        }
      }
      q.executeBatch();
    }
    return fileId;
  }

  private static long key(PreparedStatement q) throws SQLException {
    try (ResultSet keys = q.getGeneratedKeys()) {
      keys.next();
      return keys.getLong(1);
    }
  }

  private static void keys(PreparedStatement q, List<Long> into) throws SQLException {
    try (ResultSet keys = q.getGeneratedKeys()) {
      while (keys.next()) {
        into.add(keys.getLong(1));
      }
    }
  }
}
