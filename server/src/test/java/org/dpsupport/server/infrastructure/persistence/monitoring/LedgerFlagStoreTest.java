package org.dpsupport.server.infrastructure.persistence.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger.FlagKind;
import org.dpsupport.server.infrastructure.persistence.ScratchSchema;
import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Recording a managed ledger's flags on the real schema: a kind keeps when it was first raised
 * while the ledger keeps raising it, leaves when the ledger stops, and an officer's closing holds
 * until the ledger clears the flag; the queue reads only open flags of the council's own accounts.
 */
class LedgerFlagStoreTest {

  private static final OffsetDateTime MONDAY =
      OffsetDateTime.of(2026, 12, 7, 9, 0, 0, 0, ZoneOffset.UTC);
  private static final OffsetDateTime TUESDAY = MONDAY.plusDays(1);

  private final LedgerFlagStore store = new LedgerFlagStore();
  private JdbcDataSource db;
  private long council;
  private long other;

  @BeforeEach
  void schema() throws SQLException {
    db = ScratchSchema.h2("ledgerflags");
    store.dataSource = db;
    exec(
        "insert into council (code, name) values ('AAA', 'A'), ('BBB', 'B')",
        "insert into app_user (username, display_name, password_hash, created_at)"
            + " values ('holder@example.org', 'Holder', 'x', now())",
        "insert into payroll_agency (name) values ('Agency')");
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

  private long managed(String reference, long councilId) throws SQLException {
    exec(
        "insert into dp_account (reference, council_id, holder_user_id, recipient_name,"
            + " start_date, created_at) values ('"
            + reference
            + "', "
            + councilId
            + ", (select id from app_user), 'Grace', DATE '2026-04-01', now())");
    long id = id("select id from dp_account where reference = '" + reference + "'");
    exec(
        "insert into mon_managed_account (account_id, agency_id, approval_required, started_on,"
            + " recorded_by, recorded_at) values ("
            + id
            + ", (select id from payroll_agency), true, DATE '2026-10-01', 'officer', now())");
    return id;
  }

  private static LedgerFlagStore.Raised overdrawn(String amount) {
    return new LedgerFlagStore.Raised(
        FlagKind.OVERDRAWN, "The account is " + amount + " overdrawn.", Money.of(amount));
  }

  @Test
  @DisplayName("A flag the ledger keeps raising keeps its day, with the amount brought up to date")
  void keepsRaisedDay() throws SQLException {
    long account = managed("DP-AAA-0001", council);
    store.record(account, List.of(overdrawn("100.00")), MONDAY);
    store.record(account, List.of(overdrawn("250.00")), TUESDAY);

    List<LedgerFlagStore.Recorded> flags = store.flags(account);
    assertEquals(1, flags.size());
    assertEquals(Money.of("250.00"), flags.get(0).atRisk());
    assertEquals(MONDAY.toInstant(), flags.get(0).raisedAt().toInstant());
    assertEquals(Set.of(FlagKind.OVERDRAWN), store.openKinds(account));
  }

  @Test
  @DisplayName("A flag the ledger no longer raises leaves; a new kind is recorded open")
  void clearsAndRaises() throws SQLException {
    long account = managed("DP-AAA-0001", council);
    store.record(account, List.of(overdrawn("100.00")), MONDAY);
    store.record(
        account,
        List.of(
            new LedgerFlagStore.Raised(
                FlagKind.NO_COUNCIL_PAYMENT, "Nothing paid in.", Money.ZERO)),
        TUESDAY);

    assertEquals(Set.of(FlagKind.NO_COUNCIL_PAYMENT), store.openKinds(account));
    store.record(account, List.of(), TUESDAY);
    assertTrue(store.flags(account).isEmpty());
  }

  @Test
  @DisplayName(
      "An officer's closing holds while the ledger keeps raising the flag, and ends when it clears")
  void closingHolds() throws SQLException {
    long account = managed("DP-AAA-0001", council);
    store.record(account, List.of(overdrawn("100.00")), MONDAY);

    assertEquals(1, store.close(account, "officer@example.org", MONDAY, "Council pays tomorrow"));
    assertEquals(0, store.close(account, "officer@example.org", MONDAY, "again"));
    store.record(account, List.of(overdrawn("120.00")), TUESDAY);
    assertTrue(store.openKinds(account).isEmpty(), "still closed");
    assertEquals("Council pays tomorrow", store.flags(account).get(0).closedReason());

    store.record(account, List.of(), TUESDAY);
    store.record(account, List.of(overdrawn("80.00")), TUESDAY);
    assertEquals(Set.of(FlagKind.OVERDRAWN), store.openKinds(account), "raised again: open");
  }

  @Test
  @DisplayName("The queue reads the open flags of the council's own accounts")
  void queuedByCouncil() throws SQLException {
    long ours = managed("DP-AAA-0001", council);
    long theirs = managed("DP-BBB-0001", other);
    long closed = managed("DP-AAA-0002", council);
    store.record(ours, List.of(overdrawn("100.00")), MONDAY);
    store.record(theirs, List.of(overdrawn("50.00")), MONDAY);
    store.record(closed, List.of(overdrawn("70.00")), MONDAY);
    store.close(closed, "officer@example.org", MONDAY, "Agreed with the agency");

    List<LedgerFlagStore.Queued> queued = store.queued(council);
    assertEquals(1, queued.size());
    assertEquals("DP-AAA-0001", queued.get(0).reference());
    assertEquals(Money.of("100.00"), queued.get(0).atRisk());
    assertEquals(2, store.queued(null).size());
    assertEquals(List.of(ours, theirs, closed), store.managedAccountIds());
    assertFalse(store.flags(closed).get(0).open());
  }
}
