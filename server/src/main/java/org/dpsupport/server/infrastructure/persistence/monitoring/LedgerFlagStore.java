package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.sql.DataSource;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger.FlagKind;

/**
 * A managed account's ledger flags as the ledger last raised them (table {@code mon_ledger_flag}),
 * one row per account and kind, so the officer's queue and the account's rating read them without
 * working out the ledger. Plain SQL in the caller's transaction.
 */
@ApplicationScoped
public class LedgerFlagStore {

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  /** A kind of flag the ledger raises now: its sentence(s) and the money at risk. */
  public record Raised(FlagKind kind, String message, Money atRisk) {}

  /** A recorded flag: open unless an officer closed it (then who, and why). */
  public record Recorded(
      long id,
      long accountId,
      FlagKind kind,
      String message,
      Money atRisk,
      OffsetDateTime raisedAt,
      String closedBy,
      String closedReason) {

    public boolean open() {
      return closedBy == null;
    }
  }

  /** An open ledger flag for the officer's queue, with the account it is on. */
  public record Queued(
      long accountId,
      String reference,
      String recipientName,
      long councilId,
      FlagKind kind,
      Money atRisk,
      OffsetDateTime raisedAt) {}

  /** The account's recorded flags, open or closed, in the order the ledger raises them. */
  public List<Recorded> flags(long accountId) {
    List<Recorded> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select id, account_id, kind, message, at_risk, raised_at, closed_by,"
                    + " closed_reason from mon_ledger_flag where account_id = ? order by id")) {
      q.setLong(1, accountId);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Recorded(
                  rs.getLong(1),
                  rs.getLong(2),
                  FlagKind.valueOf(rs.getString(3)),
                  rs.getString(4),
                  Money.of(rs.getBigDecimal(5)),
                  rs.getObject(6, OffsetDateTime.class),
                  rs.getString(7),
                  rs.getString(8)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the ledger flags", e);
    }
    out.sort(java.util.Comparator.comparing(Recorded::kind));
    return out;
  }

  /** The kinds open on the account (recorded and not closed by an officer). */
  public Set<FlagKind> openKinds(long accountId) {
    Set<FlagKind> kinds = EnumSet.noneOf(FlagKind.class);
    flags(accountId).stream().filter(Recorded::open).forEach(f -> kinds.add(f.kind()));
    return kinds;
  }

  /**
   * Records what the ledger raises now, one entry per kind: a kind no longer raised is deleted, one
   * still raised keeps when it was raised (and an officer's closing) with its sentence and amount
   * brought up to date, a new kind is recorded open at {@code at}.
   */
  public void record(long accountId, List<Raised> raised, OffsetDateTime at) {
    Map<FlagKind, Raised> now = new LinkedHashMap<>();
    raised.forEach(r -> now.put(r.kind(), r));
    Map<FlagKind, Recorded> before = new LinkedHashMap<>();
    flags(accountId).forEach(f -> before.put(f.kind(), f));
    try (Connection c = dataSource.getConnection()) {
      for (Recorded gone : before.values()) {
        if (!now.containsKey(gone.kind())) {
          try (PreparedStatement d =
              c.prepareStatement("delete from mon_ledger_flag where id = ?")) {
            d.setLong(1, gone.id());
            d.executeUpdate();
          }
        }
      }
      for (Raised r : now.values()) {
        Recorded was = before.get(r.kind());
        if (was == null) {
          try (PreparedStatement i =
              c.prepareStatement(
                  "insert into mon_ledger_flag (account_id, kind, message, at_risk, raised_at)"
                      + " values (?, ?, ?, ?, ?)")) {
            i.setLong(1, accountId);
            i.setString(2, r.kind().name());
            i.setString(3, r.message());
            i.setBigDecimal(4, r.atRisk().amount());
            i.setObject(5, at);
            i.executeUpdate();
          }
        } else if (!was.message().equals(r.message()) || !was.atRisk().equals(r.atRisk())) {
          try (PreparedStatement u =
              c.prepareStatement(
                  "update mon_ledger_flag set message = ?, at_risk = ? where id = ?")) {
            u.setString(1, r.message());
            u.setBigDecimal(2, r.atRisk().amount());
            u.setLong(3, was.id());
            u.executeUpdate();
          }
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the ledger flags", e);
    }
  }

  /** Closes the account's open ledger flags with the officer's reason; how many it closed. */
  public int close(long accountId, String by, OffsetDateTime at, String reason) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement u =
            c.prepareStatement(
                "update mon_ledger_flag set closed_at = ?, closed_by = ?, closed_reason = ?"
                    + " where account_id = ? and closed_at is null")) {
      u.setObject(1, at);
      u.setString(2, by);
      u.setString(3, reason);
      u.setLong(4, accountId);
      return u.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not close the ledger flags", e);
    }
  }

  /** Every open ledger flag of the council's accounts (any council's when null). */
  public List<Queued> queued(Long councilId) {
    List<Queued> out = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select a.id, a.reference, a.recipient_name, a.council_id, f.kind, f.at_risk,"
                    + " f.raised_at from mon_ledger_flag f join dp_account a on a.id ="
                    + " f.account_id where f.closed_at is null"
                    + (councilId == null ? "" : " and a.council_id = ?")
                    + " order by a.id, f.id")) {
      if (councilId != null) {
        q.setLong(1, councilId);
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          out.add(
              new Queued(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getString(3),
                  rs.getLong(4),
                  FlagKind.valueOf(rs.getString(5)),
                  Money.of(rs.getBigDecimal(6)),
                  rs.getObject(7, OffsetDateTime.class)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the open ledger flags", e);
    }
    return out;
  }

  /** Every managed account, for the daily sweep. */
  public List<Long> managedAccountIds() {
    List<Long> ids = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement("select account_id from mon_managed_account order by account_id");
        ResultSet rs = q.executeQuery()) {
      while (rs.next()) {
        ids.add(rs.getLong(1));
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not list the managed accounts", e);
    }
    return ids;
  }
}
