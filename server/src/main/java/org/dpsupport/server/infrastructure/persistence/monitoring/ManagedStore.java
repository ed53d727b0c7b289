package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.sql.DataSource;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.CareProvider;
import org.dpsupport.monitoring.domain.model.managed.InvoiceKind;
import org.dpsupport.monitoring.domain.model.managed.InvoiceState;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger;
import org.dpsupport.monitoring.domain.model.managed.ProviderInvoice;

/**
 * Managed (invoice agency) accounts' persistence: which accounts an agency manages, the agency's
 * client account, the care providers, their invoices and credit notes, and the ledger. Plain SQL in
 * the caller's transaction; the payment run's batch reads and writes are {@link ManagedPaymentSql}.
 */
@ApplicationScoped
public class ManagedStore {

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  @jakarta.persistence.PersistenceContext(unitName = "dps")
  jakarta.persistence.EntityManager em;

  /**
   * Writes what the transaction's entities hold so far, so that this store's JDBC reads and writes
   * see them: a pay day's chunk flushes only at each employer's end, and a ledger entry refers to
   * the pay run it posts.
   */
  public void flushEntities() {
    em.flush();
  }

  /** An account the agency manages: since when, and whether the person approves each invoice. */
  public record Managed(
      long accountId, long agencyId, boolean approvalRequired, LocalDate startedOn) {}

  /** The agency's client account, which its managed payment files debit. */
  public record ClientAccount(String accountName, String sortCode, String accountNumber) {}

  /** A stored provider. */
  public record StoredProvider(
      long id, long accountId, CareProvider provider, String remittanceEmail) {}

  /** A stored invoice or credit note with where it is. */
  public record StoredInvoice(
      long id,
      long accountId,
      long providerId,
      ProviderInvoice invoice,
      InvoiceState state,
      Money paid,
      Money credited,
      LocalDate receivedOn,
      String source,
      String recordedBy,
      String decidedBy,
      String disputeReason) {

    /** What is still owed on an invoice (credit notes: what is left to take off). */
    public Money outstanding() {
      return invoice.amount().minus(paid).minus(credited);
    }
  }

  /** A remittance advice as stored. */
  public record StoredRemittance(
      long id,
      long paymentFileId,
      long accountId,
      long providerId,
      String reference,
      Money amount,
      LocalDate creditDay,
      String emailedTo,
      String emailStatus) {}

  /** A payment file as stored. */
  public record StoredPaymentFile(
      long id,
      long agencyId,
      LocalDate payDay,
      LocalDate creditDay,
      Money total,
      int credits,
      String createdBy,
      OffsetDateTime createdAt) {}

  public Optional<Managed> managed(long accountId) {
    return one(
        "select account_id, agency_id, approval_required, started_on from mon_managed_account"
            + " where account_id = ?",
        r -> new Managed(r.getLong(1), r.getLong(2), r.getBoolean(3), date(r, 4)),
        accountId);
  }

  /** Starts (or changes) the agency's management of the account. */
  public void manage(Managed m, String by, OffsetDateTime at) {
    int changed =
        update(
            "update mon_managed_account set agency_id = ?, approval_required = ?, started_on = ?,"
                + " recorded_by = ?, recorded_at = ? where account_id = ?",
            m.agencyId(),
            m.approvalRequired(),
            m.startedOn(),
            by,
            at,
            m.accountId());
    if (changed == 0) {
      update(
          "insert into mon_managed_account (account_id, agency_id, approval_required, started_on,"
              + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)",
          m.accountId(),
          m.agencyId(),
          m.approvalRequired(),
          m.startedOn(),
          by,
          at);
    }
  }

  /** The agency's name and Bacs service user number (empty when none was recorded). */
  public record Agency(String name, String serviceUserNumber) {}

  public Optional<Agency> agency(long agencyId) {
    return one(
        "select name, bacs_service_user_number from payroll_agency where id = ?",
        r -> new Agency(r.getString(1), r.getString(2) == null ? "" : r.getString(2)),
        agencyId);
  }

  /** A managed account of the person (as holder or nominee): its id and reference. */
  public record Held(long accountId, String reference) {}

  public List<Held> heldBy(long userId) {
    return list(
        "select m.account_id, a.reference from mon_managed_account m join dp_account a on a.id ="
            + " m.account_id where a.holder_user_id = ? or a.nominee_user_id = ? order by a.reference",
        r -> new Held(r.getLong(1), r.getString(2)),
        userId,
        userId);
  }

  /**
   * What a person has, for the header's links: as holder or nominee, managed accounts, other
   * accounts and payroll employers; as an agency's staff, whether the agency manages accounts and
   * whether it runs anyone's payroll.
   */
  public record Routes(
      boolean holdsManaged,
      boolean holdsOther,
      boolean employs,
      boolean agencyManages,
      boolean agencyRunsPayroll) {}

  public Routes routes(long userId, Long agencyId) {
    String mine = " (a.holder_user_id = ? or a.nominee_user_id = ?)";
    boolean managed =
        any(
            "select 1 from dp_account a join mon_managed_account m on m.account_id = a.id where"
                + mine,
            userId,
            userId);
    boolean other =
        any(
            "select 1 from dp_account a where"
                + mine
                + " and not exists (select 1 from mon_managed_account m where m.account_id = a.id)",
            userId,
            userId);
    boolean employs =
        any(
            "select 1 from payroll_employer e join dp_account a on a.id = e.account_id where"
                + mine,
            userId,
            userId);
    boolean manages =
        agencyId != null && any("select 1 from mon_managed_account where agency_id = ?", agencyId);
    boolean payroll =
        agencyId != null
            && any(
                "select 1 from payroll_employer e join dp_account a on a.id = e.account_id"
                    + " where a.agency_id = ?",
                agencyId);
    return new Routes(managed, other, employs, manages, payroll);
  }

  private boolean any(String sql, Object... params) {
    return one(sql + " fetch first 1 rows only", r -> Boolean.TRUE, params).isPresent();
  }

  public Optional<ClientAccount> clientAccount(long agencyId) {
    return one(
        "select account_name, sort_code, account_number from mon_agency_client_account"
            + " where agency_id = ?",
        r -> new ClientAccount(r.getString(1), r.getString(2), r.getString(3)),
        agencyId);
  }

  public void recordClientAccount(long agencyId, ClientAccount a, String by, OffsetDateTime at) {
    update("delete from mon_agency_client_account where agency_id = ?", agencyId);
    update(
        "insert into mon_agency_client_account (agency_id, account_name, sort_code,"
            + " account_number, recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?)",
        agencyId,
        a.accountName(),
        a.sortCode(),
        a.accountNumber(),
        by,
        at);
  }

  public long addProvider(
      long accountId, CareProvider p, String remittanceEmail, String by, OffsetDateTime at) {
    return insert(
        "insert into mon_care_provider (account_id, name, sort_code, account_number,"
            + " account_name, hourly_rate, hours_per_week, remittance_email, recorded_by,"
            + " recorded_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
        accountId,
        p.name(),
        p.sortCode(),
        p.accountNumber(),
        p.accountName(),
        p.hourlyRate().amount(),
        p.hoursPerWeek(),
        remittanceEmail,
        by,
        at);
  }

  public List<StoredProvider> providers(long accountId) {
    return list(
        PROVIDER + " where account_id = ? order by name, id", ManagedStore::provider, accountId);
  }

  public Optional<StoredProvider> provider(long providerId) {
    return one(PROVIDER + " where id = ?", ManagedStore::provider, providerId);
  }

  public long addInvoice(
      long accountId,
      long providerId,
      ProviderInvoice i,
      InvoiceState state,
      LocalDate receivedOn,
      String source,
      String fileName,
      byte[] content,
      String by,
      OffsetDateTime at) {
    return insert(
        "insert into mon_provider_invoice (account_id, provider_id, kind, number, number_key,"
            + " period_start, period_end, hours, rate, amount, credit_for, state, paid, credited,"
            + " received_on, source, file_name, content, recorded_by, recorded_at)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0, 0, ?, ?, ?, ?, ?, ?)",
        accountId,
        providerId,
        i.kind().name(),
        i.number(),
        i.number().toUpperCase(Locale.ROOT),
        i.periodStart(),
        i.periodEnd(),
        i.hours(),
        i.rate() == null ? null : i.rate().amount(),
        i.amount().amount(),
        i.creditFor(),
        state.name(),
        receivedOn,
        source,
        fileName,
        content,
        by,
        at);
  }

  public List<StoredInvoice> invoices(long accountId) {
    return list(
        INVOICE + " where account_id = ? order by received_on desc, id desc",
        ManagedStore::invoice,
        accountId);
  }

  public List<StoredInvoice> providerInvoices(long providerId) {
    return list(INVOICE + " where provider_id = ? order by id", ManagedStore::invoice, providerId);
  }

  public Optional<StoredInvoice> invoice(long invoiceId) {
    return one(INVOICE + " where id = ?", ManagedStore::invoice, invoiceId);
  }

  /**
   * Moves an invoice from {@code from} to {@code to}, recording who decided and (for a dispute)
   * why; false, changing nothing, if the invoice was no longer in {@code from}.
   */
  public boolean decide(
      long invoiceId,
      InvoiceState from,
      InvoiceState to,
      String by,
      OffsetDateTime at,
      String disputeReason) {
    return update(
            "update mon_provider_invoice set state = ?, decided_by = ?, decided_at = ?,"
                + " dispute_reason = ? where id = ? and state = ?",
            to.name(),
            by,
            at,
            disputeReason,
            invoiceId,
            from.name())
        == 1;
  }

  public void addEntry(long accountId, ManagedLedger.Entry e, String by, OffsetDateTime at) {
    update(
        "insert into mon_ledger_entry (account_id, entry_date, kind, amount, description,"
            + " recorded_by, recorded_at) values (?, ?, ?, ?, ?, ?, ?)",
        accountId,
        e.date(),
        e.kind().name(),
        e.amount().amount(),
        e.description(),
        by,
        at);
  }

  public List<ManagedLedger.Entry> entries(long accountId) {
    return list(
        "select entry_date, kind, amount, description from mon_ledger_entry where account_id = ?"
            + " order by entry_date, id",
        r ->
            new ManagedLedger.Entry(
                date(r, 1),
                ManagedLedger.EntryKind.valueOf(r.getString(2)),
                Money.of(r.getBigDecimal(3)),
                r.getString(4)),
        accountId);
  }

  public List<StoredRemittance> remittances(long accountId) {
    return list(
        "select r.id, r.payment_file_id, r.account_id, r.provider_id, r.reference, r.amount,"
            + " f.credit_day, r.emailed_to, n.status from mon_remittance r join mon_payment_file f"
            + " on f.id = r.payment_file_id left join mon_notification n on n.id ="
            + " r.notification_id where r.account_id = ? order by r.id desc",
        ManagedStore::remittance,
        accountId);
  }

  public Optional<StoredRemittance> remittance(long remittanceId) {
    return one(
        "select r.id, r.payment_file_id, r.account_id, r.provider_id, r.reference, r.amount,"
            + " f.credit_day, r.emailed_to, n.status from mon_remittance r join mon_payment_file f"
            + " on f.id = r.payment_file_id left join mon_notification n on n.id ="
            + " r.notification_id where r.id = ?",
        ManagedStore::remittance,
        remittanceId);
  }

  /** The remittance advices of one payment file, for e-mailing them to the providers. */
  public List<StoredRemittance> remittancesOfFile(long paymentFileId) {
    return list(
        "select r.id, r.payment_file_id, r.account_id, r.provider_id, r.reference, r.amount,"
            + " f.credit_day, r.emailed_to, null from mon_remittance r join mon_payment_file f"
            + " on f.id = r.payment_file_id where r.payment_file_id = ? order by r.id",
        ManagedStore::remittance,
        paymentFileId);
  }

  /** One invoice's line on a remittance advice, for the e-mail's words. */
  public record RemittanceLine(
      String number,
      LocalDate periodStart,
      LocalDate periodEnd,
      Money paid,
      Money credited,
      Money left) {}

  public List<RemittanceLine> remittanceLines(long remittanceId) {
    return list(
        "select i.number, i.period_start, i.period_end, l.paid, l.credited, i.amount - i.paid -"
            + " i.credited from mon_remittance_line l join mon_provider_invoice i on i.id ="
            + " l.invoice_id where l.remittance_id = ? order by i.period_end, i.id",
        r ->
            new RemittanceLine(
                r.getString(1),
                date(r, 2),
                date(r, 3),
                Money.of(r.getBigDecimal(4)),
                Money.of(r.getBigDecimal(5)),
                Money.of(r.getBigDecimal(6))),
        remittanceId);
  }

  /** The person a managed account is for, as the remittance advice names them. */
  public Optional<String> person(long accountId) {
    return one(
        "select recipient_name from dp_account where id = ?", r -> r.getString(1), accountId);
  }

  /** A user's sign-in name and the name shown for them. */
  public record Person(String username, String name) {}

  public Optional<Person> user(long userId) {
    return one(
        "select username, display_name from app_user where id = ?",
        r -> new Person(r.getString(1), r.getString(2)),
        userId);
  }

  /** Says the remittance advice was e-mailed to this address, as this outbox message. */
  public void markEmailed(long remittanceId, String to, long notificationId) {
    update(
        "update mon_remittance set emailed_to = ?, notification_id = ? where id = ?",
        to,
        notificationId,
        remittanceId);
  }

  /** What a finalised pay run took from an account, for the managed ledger. */
  public record PayRunCost(
      long runId,
      long accountId,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate paymentDate,
      Money netPay,
      Money hmrc,
      Money pensions,
      Money fee,
      Money totalCost) {}

  /** A finalised pay run's cost; empty when the run is not finalised. */
  public Optional<PayRunCost> finalisedRun(long runId) {
    return one(
        "select id, account_id, period_start, period_end, payment_date, net_pay, income_tax +"
            + " employee_ni + employer_ni + student_loans - employment_allowance, pension_employee"
            + " + pension_employer, agency_fee + agency_fee_vat, total_cost from pay_run where id ="
            + " ? and status = 'FINALISED'",
        r ->
            new PayRunCost(
                r.getLong(1),
                r.getLong(2),
                date(r, 3),
                date(r, 4),
                date(r, 5),
                Money.of(r.getBigDecimal(6)),
                Money.of(r.getBigDecimal(7)),
                Money.of(r.getBigDecimal(8)),
                Money.of(r.getBigDecimal(9)),
                Money.of(r.getBigDecimal(10))),
        runId);
  }

  /**
   * Posts a pay run's wages to the ledger once: false, adding nothing, when the run's entry is
   * already there.
   */
  public boolean addPayRunEntry(
      long accountId, long runId, ManagedLedger.Entry e, String by, OffsetDateTime at) {
    return update(
            "insert into mon_ledger_entry (account_id, entry_date, kind, amount, description,"
                + " pay_run_id, recorded_by, recorded_at) select ?, ?, ?, ?, ?, ?, ?, ? where not"
                + " exists (select 1 from mon_ledger_entry where pay_run_id = ?)",
            accountId,
            e.date(),
            e.kind().name(),
            e.amount().amount(),
            e.description(),
            runId,
            by,
            at,
            runId)
        == 1;
  }

  public Optional<byte[]> remittancePdf(long remittanceId) {
    return one("select pdf from mon_remittance where id = ?", r -> r.getBytes(1), remittanceId);
  }

  public List<StoredPaymentFile> paymentFiles(long agencyId) {
    return list(
        FILE + " where agency_id = ? order by id desc", ManagedStore::paymentFile, agencyId);
  }

  public Optional<StoredPaymentFile> paymentFile(long fileId) {
    return one(FILE + " where id = ?", ManagedStore::paymentFile, fileId);
  }

  public Optional<String> paymentFileContent(long fileId) {
    return one("select content from mon_payment_file where id = ?", r -> r.getString(1), fileId);
  }

  /** Reads and writes of a payment run, on a connection of the caller's transaction. */
  public <T> T withConnection(SqlWork<T> work) {
    try (Connection c = dataSource.getConnection()) {
      return work.run(c);
    } catch (SQLException e) {
      throw new IllegalStateException("Could not make the payment run: " + e.getMessage(), e);
    }
  }

  /** Work on a connection. */
  @FunctionalInterface
  public interface SqlWork<T> {
    T run(Connection c) throws SQLException;
  }

  static final String PROVIDER =
      "select id, account_id, name, sort_code, account_number, account_name, hourly_rate,"
          + " hours_per_week, remittance_email from mon_care_provider";

  private static final String INVOICE =
      "select id, account_id, provider_id, kind, number, period_start, period_end, hours, rate,"
          + " amount, credit_for, state, paid, credited, received_on, source, recorded_by,"
          + " decided_by, dispute_reason from mon_provider_invoice";

  private static final String FILE =
      "select id, agency_id, pay_day, credit_day, total, credits, created_by, created_at"
          + " from mon_payment_file";

  static StoredProvider provider(ResultSet r) throws SQLException {
    return new StoredProvider(
        r.getLong(1),
        r.getLong(2),
        new CareProvider(
            r.getString(3),
            r.getString(4),
            r.getString(5),
            r.getString(6),
            Money.of(r.getBigDecimal(7)),
            r.getBigDecimal(8)),
        r.getString(9));
  }

  static StoredInvoice invoice(ResultSet r) throws SQLException {
    BigDecimal rate = r.getBigDecimal(9);
    return new StoredInvoice(
        r.getLong(1),
        r.getLong(2),
        r.getLong(3),
        new ProviderInvoice(
            InvoiceKind.valueOf(r.getString(4)),
            r.getString(5),
            date(r, 6),
            date(r, 7),
            r.getBigDecimal(8),
            rate == null ? null : Money.of(rate),
            Money.of(r.getBigDecimal(10)),
            r.getString(11)),
        InvoiceState.valueOf(r.getString(12)),
        Money.of(r.getBigDecimal(13)),
        Money.of(r.getBigDecimal(14)),
        date(r, 15),
        r.getString(16),
        r.getString(17),
        r.getString(18),
        r.getString(19));
  }

  private static StoredRemittance remittance(ResultSet r) throws SQLException {
    return new StoredRemittance(
        r.getLong(1),
        r.getLong(2),
        r.getLong(3),
        r.getLong(4),
        r.getString(5),
        Money.of(r.getBigDecimal(6)),
        date(r, 7),
        r.getString(8),
        r.getString(9));
  }

  private static StoredPaymentFile paymentFile(ResultSet r) throws SQLException {
    return new StoredPaymentFile(
        r.getLong(1),
        r.getLong(2),
        date(r, 3),
        date(r, 4),
        Money.of(r.getBigDecimal(5)),
        r.getInt(6),
        r.getString(7),
        r.getObject(8, OffsetDateTime.class));
  }

  static LocalDate date(ResultSet r, int column) throws SQLException {
    java.sql.Date d = r.getDate(column);
    return d == null ? null : d.toLocalDate();
  }

  /** Reads one row. */
  @FunctionalInterface
  interface Row<T> {
    T read(ResultSet r) throws SQLException;
  }

  private <T> Optional<T> one(String sql, Row<T> row, Object... params) {
    List<T> rows = list(sql, row, params);
    return rows.isEmpty() ? Optional.empty() : Optional.of(rows.get(0));
  }

  private <T> List<T> list(String sql, Row<T> row, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, params);
      List<T> rows = new ArrayList<>();
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          rows.add(row.read(r));
        }
      }
      return rows;
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read managed accounts: " + e.getMessage(), e);
    }
  }

  private int update(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(sql)) {
      bind(q, params);
      return q.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write managed accounts: " + e.getMessage(), e);
    }
  }

  private long insert(String sql, Object... params) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q = c.prepareStatement(sql, new String[] {"id"})) {
      bind(q, params);
      q.executeUpdate();
      try (ResultSet keys = q.getGeneratedKeys()) {
        keys.next();
        return keys.getLong(1);
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not write managed accounts: " + e.getMessage(), e);
    }
  }

  static void bind(PreparedStatement q, Object... params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p == null) {
        q.setNull(i + 1, Types.NULL);
      } else if (p instanceof byte[] bytes) {
        q.setBytes(i + 1, bytes);
      } else {
        q.setObject(i + 1, p);
      }
    }
  }
}
