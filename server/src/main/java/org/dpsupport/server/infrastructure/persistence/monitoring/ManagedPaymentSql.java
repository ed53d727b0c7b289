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
            ManagedStore.PROVIDER
                + " where account_id in (select account_id from mon_managed_account"
                + " where agency_id = ?)")) {
      q.setLong(1, agencyId);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          ManagedStore.StoredProvider p = ManagedStore.provider(r);
          providers.put(p.id(), p.provider());
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
    List<Object[]> lines = new ArrayList<>();
    for (int i = 0; i < o.remittances().size(); i++) {
      for (Settled s : o.remittances().get(i).lines()) {
        lines.add(
            new Object[] {
              remittanceIds.get(i), s.invoiceId(), s.paid().amount(), s.credited().amount()
            });
      }
    }
    batch(
        c,
        "insert into mon_remittance_line (remittance_id, invoice_id, paid, credited)"
            + " values (?, ?, ?, ?)",
        lines);
    batch(
        c,
        "update mon_provider_invoice set paid = paid + ?, credited = credited + ?, state = ?"
            + " where id = ?",
        o.settled().stream()
            .map(
                s ->
                    new Object[] {
                      s.paid().amount(), s.credited().amount(), s.state().name(), s.invoiceId()
                    })
            .toList());
    List<Object[]> entries = new ArrayList<>();
    for (int i = 0; i < o.ledgerOut().size(); i++) {
      ManagedLedger.Entry e = o.ledgerOut().get(i);
      entries.add(
          new Object[] {
            o.ledgerAccounts().get(i),
            e.date(),
            e.kind().name(),
            e.amount().amount(),
            e.description(),
            fileId,
            by,
            at
          });
    }
    batch(
        c,
        "insert into mon_ledger_entry (account_id, entry_date, kind, amount, description,"
            + " payment_file_id, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?)",
        entries);
    return fileId;
  }

  /** Runs {@code sql} once per row, in batches of {@value #BATCH}. */
  private static void batch(Connection c, String sql, List<Object[]> rows) throws SQLException {
    try (PreparedStatement q = c.prepareStatement(sql)) {
      int n = 0;
      for (Object[] row : rows) {
        ManagedStore.bind(q, row);
        q.addBatch();
        if (++n % BATCH == 0) {
          q.executeBatch();
        }
      }
      q.executeBatch();
    }
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
