package org.dpsupport.server.infrastructure.persistence.monitoring;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dpsupport.monitoring.domain.model.returns.ReturnDeadlines;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;

/**
 * Opens due returns set-based, in plain JDBC on the caller's connection and transaction: a quarter
 * end makes every account of a council due on the same day, and opening them one entity at a time
 * (or one Quartz trigger per account) cannot open 100,000 returns in a minute.
 *
 * <p>For a chunk of accounts it locks their monitoring rows, works out each ended period with the
 * domain's {@link ReturnPeriod}, skips periods that already have a return (a period's return is
 * opened once, however often a trigger fires), and writes the returns, their audit events and the
 * budget holders' e-mails (queued, sent after the commit) in JDBC batches; then it moves each
 * account on to its next period. The server runs it in a JTA transaction per chunk, the quarter
 * benchmark on its own connection pool: the same code in both.
 */
public final class DueReturnsSql {

  /** Accounts opened in one transaction. */
  public static final int CHUNK = 1_000;

  /**
   * {@code dps_id_seq} steps by 50 and EclipseLink takes the 50 ids up to each value it draws
   * (allocationSize 50), so a value drawn here owns the same block: ids never collide with the
   * entities' own.
   */
  static final int ID_BLOCK = 50;

  private static final String SYSTEM = "system";

  private final Clock clock;

  public DueReturnsSql(Clock clock) {
    this.clock = clock;
  }

  /** What a chunk opened: returns, accounts moved on, the next period ends their triggers need. */
  public record Opened(int returns, int accounts, Set<LocalDate> nextPeriodEnds) {

    static Opened none() {
      return new Opened(0, 0, Set.of());
    }

    public Opened plus(Opened o) {
      Set<LocalDate> e = new TreeSet<>(nextPeriodEnds);
      e.addAll(o.nextPeriodEnds);
      return new Opened(returns + o.returns, accounts + o.accounts, e);
    }
  }

  /** Runs one chunk of work in a transaction of the caller's choosing, and commits it. */
  public interface Transactions {
    <T> T inNewTransaction(Work<T> work);
  }

  /** Work on a connection that takes part in the current transaction. */
  public interface Work<T> {
    T on(Connection c) throws SQLException;
  }

  /**
   * Opens every due return of the council (accounts whose current period ended on or before today),
   * a chunk of accounts per transaction, in account order. A chunk that fails rolls back alone; the
   * chunks before it stay opened and a later firing carries on from there.
   */
  public Opened openCouncil(Transactions tx, long councilId) {
    LocalDate today = LocalDate.now(clock);
    Opened total = Opened.none();
    long after = 0;
    while (true) {
      long from = after;
      Chunk chunk = tx.inNewTransaction(c -> openChunk(c, councilId, today, from, CHUNK));
      total = total.plus(chunk.opened());
      if (chunk.lastAccountId().isEmpty()) {
        return total;
      }
      after = chunk.lastAccountId().get();
    }
  }

  /** A chunk's outcome, and the last account it looked at (empty when there were none left). */
  public record Chunk(Opened opened, Optional<Long> lastAccountId) {}

  /**
   * Locks up to {@code limit} due accounts of the council after {@code afterAccountId}, in id
   * order, and opens their returns. Every query here reads by index ranges (the chunk's first to
   * last id), never by a long list of ids alone, so the plan stays the same however far the quarter
   * has got.
   */
  public Chunk openChunk(
      Connection c, long councilId, LocalDate today, long afterAccountId, int limit)
      throws SQLException {
    Map<Long, Locked> locked;
    try (PreparedStatement q =
        c.prepareStatement(
            "select m.account_id, m.next_period_start, m.frequency"
                + " from mon_account m where m.account_id in (select a.id from dp_account a where a.council_id = ?"
                + " and a.id > ?) and m.status = 'ACTIVE' and m.next_period_end <= ? and m.account_id > ?"
                + " order by m.account_id fetch first "
                + limit
                + " rows only for update")) {
      q.setLong(1, councilId);
      q.setLong(2, afterAccountId);
      q.setDate(3, Date.valueOf(today));
      q.setLong(4, afterAccountId);
      locked = locked(q);
    }
    if (locked.isEmpty()) {
      return new Chunk(Opened.none(), Optional.empty());
    }
    long first = locked.keySet().iterator().next();
    long last = first;
    for (long id : locked.keySet()) {
      last = id;
    }
    Map<Long, Account> accounts =
        details(c, locked, "a.council_id = ? and a.id between ? and ?", councilId, first, last);
    return new Chunk(open(c, accounts, today, first, last), Optional.of(last));
  }

  private record Account(
      long id,
      LocalDate nextStart,
      ReturnFrequency frequency,
      String reference,
      long councilId,
      String holder) {}

  private record Due(Account account, ReturnPeriod period, LocalDate dueDate) {}

  /**
   * Opens every ended period without a return of the given accounts and moves them on to their next
   * period. Accounts that are no longer active or not due (changed since they were chosen) are left
   * alone.
   */
  public Opened open(Connection c, Collection<Long> accountIds, LocalDate today)
      throws SQLException {
    if (accountIds.isEmpty()) {
      return Opened.none();
    }
    List<Long> ids =
        List.copyOf(new TreeSet<>(accountIds)); // locked in id order: no deadlock between openers
    Map<Long, Locked> locked;
    try (PreparedStatement q =
        c.prepareStatement(
            "select account_id, next_period_start, frequency from mon_account"
                + " where status = 'ACTIVE' and account_id in ("
                + marks(ids.size())
                + ") order by account_id for update")) {
      bind(q, 1, ids);
      locked = locked(q);
    }
    if (locked.isEmpty()) {
      return Opened.none();
    }
    Map<Long, Account> accounts =
        details(c, locked, "a.id in (" + marks(locked.size()) + ")", locked.keySet().toArray());
    return open(c, accounts, today, ids.get(0), ids.get(ids.size() - 1));
  }

  private Opened open(
      Connection c, Map<Long, Account> accounts, LocalDate today, long first, long last)
      throws SQLException {
    Map<Long, ReturnDeadlines> deadlines = new HashMap<>();
    Set<String> existing = existingReturns(c, first, last);
    Set<Long> noReturn = noReturn(c, first, last);
    List<Due> due = new ArrayList<>();
    Map<Long, ReturnPeriod> nextPeriods = new LinkedHashMap<>();
    for (Account a : accounts.values()) {
      ReturnPeriod period = ReturnPeriod.starting(a.nextStart(), a.frequency());
      if (period.endExclusive().isAfter(today)) {
        continue;
      }
      while (!period.endExclusive().isAfter(today)) {
        if (!noReturn.contains(a.id()) && !existing.contains(a.id() + "|" + period.start())) {
          ReturnDeadlines d =
              deadlines.computeIfAbsent(a.councilId(), council -> deadlines(c, council));
          due.add(new Due(a, period, d.dueDate(period)));
        }
        period = period.next(a.frequency());
      }
      nextPeriods.put(a.id(), period);
    }
    insertReturns(c, due);
    moveOn(c, nextPeriods, first, last);
    return new Opened(
        due.size(),
        nextPeriods.size(),
        nextPeriods.values().stream()
            .map(ReturnPeriod::endExclusive)
            .collect(Collectors.toCollection(TreeSet::new)));
  }

  /**
   * An account's row as locked: where its current period starts, and how often it makes returns.
   */
  private record Locked(LocalDate nextStart, ReturnFrequency frequency) {}

  /** The rows a locking query returned (account id, next period start, frequency), in id order. */
  private static Map<Long, Locked> locked(PreparedStatement q) throws SQLException {
    Map<Long, Locked> locked = new LinkedHashMap<>();
    try (ResultSet r = q.executeQuery()) {
      while (r.next()) {
        locked.put(
            r.getLong(1),
            new Locked(r.getDate(2).toLocalDate(), ReturnFrequency.valueOf(r.getString(3))));
      }
    }
    return locked;
  }

  /** Reference, council and budget holder of the locked accounts. */
  private static Map<Long, Account> details(
      Connection c, Map<Long, Locked> locked, String where, Object... params) throws SQLException {
    Map<Long, Account> accounts = new LinkedHashMap<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "select a.id, a.reference, a.council_id, u.username from dp_account a"
                + " join app_user u on u.id = a.holder_user_id where "
                + where
                + " order by a.id")) {
      for (int i = 0; i < params.length; i++) {
        q.setLong(i + 1, ((Number) params[i]).longValue());
      }
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          Locked m = locked.get(r.getLong(1));
          if (m != null) {
            accounts.put(
                r.getLong(1),
                new Account(
                    r.getLong(1),
                    m.nextStart(),
                    m.frequency(),
                    r.getString(2),
                    r.getLong(3),
                    r.getString(4)));
          }
        }
      }
    }
    return accounts;
  }

  /** The periods that have a return already, of the accounts from {@code first} to {@code last}. */
  private static Set<String> existingReturns(Connection c, long first, long last)
      throws SQLException {
    Set<String> existing = new HashSet<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "select account_id, period_start from mon_return"
                + " where account_id between ? and ?")) {
      q.setLong(1, first);
      q.setLong(2, last);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          existing.add(r.getLong(1) + "|" + r.getDate(2).toLocalDate());
        }
      }
    }
    return existing;
  }

  /**
   * The accounts from {@code first} to {@code last} that send no return: those paid onto a prepaid
   * card that has been recorded (the council sees their spending in the card files it imports) and
   * those an invoice agency manages (the council reads their ledger). They still move on period by
   * period, so that returns start again from the current period if the card is ever taken away or
   * the agency stops managing the account.
   */
  private static Set<Long> noReturn(Connection c, long first, long last) throws SQLException {
    Set<Long> ids = new HashSet<>();
    try (PreparedStatement q =
        c.prepareStatement(
            "select account_id from mon_card where account_id between ? and ?"
                + " union select account_id from mon_managed_account"
                + " where account_id between ? and ?")) {
      q.setLong(1, first);
      q.setLong(2, last);
      q.setLong(3, first);
      q.setLong(4, last);
      try (ResultSet r = q.executeQuery()) {
        while (r.next()) {
          ids.add(r.getLong(1));
        }
      }
    }
    return ids;
  }

  /** The council's deadlines, or the default policy's when it has none of its own. */
  private static ReturnDeadlines deadlines(Connection c, long councilId) {
    try (PreparedStatement q =
        c.prepareStatement(
            "select days_to_submit, reminder_days_before from mon_council_policy"
                + " where council_id = ? or council_id is null order by case when council_id is null then 1 else 0 end")) {
      q.setLong(1, councilId);
      try (ResultSet r = q.executeQuery()) {
        if (!r.next()) {
          throw new IllegalStateException(
              "No monitoring policy for council " + councilId + " and no default");
        }
        return new ReturnDeadlines(r.getInt(1), r.getInt(2));
      }
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not read the monitoring policy of council " + councilId, e);
    }
  }

  private void insertReturns(Connection c, List<Due> due) throws SQLException {
    if (due.isEmpty()) {
      return;
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    List<Long> returnIds = ids(c, due.size());
    List<Long> notificationIds = ids(c, due.size());
    try (PreparedStatement r =
            c.prepareStatement(
                "insert into mon_return (id, account_id, period_start, period_end_excl,"
                    + " due_date, state, opened_at) values (?, ?, ?, ?, ?, 'OPEN', ?)");
        PreparedStatement a =
            c.prepareStatement(
                "insert into audit_event (occurred_at, actor, action, subject_type,"
                    + " subject_id, reason) values (?, ?, 'RETURN_OPENED', 'Return', ?, ?)");
        PreparedStatement n =
            c.prepareStatement(
                "insert into mon_notification (id, account_id, return_id, kind,"
                    + " recipient, subject, body, status, created_at) values (?, ?, ?, 'RETURN_OPENED', ?, ?, ?, 'QUEUED', ?)")) {
      for (int i = 0; i < due.size(); i++) {
        Due d = due.get(i);
        long id = returnIds.get(i);
        r.setLong(1, id);
        r.setLong(2, d.account().id());
        r.setDate(3, Date.valueOf(d.period().start()));
        r.setDate(4, Date.valueOf(d.period().endExclusive()));
        r.setDate(5, Date.valueOf(d.dueDate()));
        r.setObject(6, now);
        r.addBatch();
        a.setObject(1, now);
        a.setString(2, SYSTEM);
        a.setString(3, String.valueOf(id));
        a.setString(
            4, d.account().reference() + " " + d.period().describe() + ", due " + d.dueDate());
        a.addBatch();
        n.setLong(1, notificationIds.get(i));
        n.setLong(2, d.account().id());
        n.setLong(3, id);
        n.setString(4, d.account().holder());
        n.setString(5, "Your direct payment return for " + d.period().describe());
        n.setString(
            6,
            "Please send your direct payment return for "
                + d.period().describe()
                + " by "
                + d.dueDate()
                + ".\n\nSign in to DP Support, open 'Your returns', say what you spent by category"
                + " and upload your bank statements for the whole period.\n\nReference: "
                + d.account().reference());
        n.setObject(7, now);
        n.addBatch();
      }
      r.executeBatch();
      a.executeBatch();
      n.executeBatch();
    }
  }

  /** Moves the accounts on to their next period: one statement per distinct next period. */
  private static void moveOn(
      Connection c, Map<Long, ReturnPeriod> nextPeriods, long first, long last)
      throws SQLException {
    Map<ReturnPeriod, List<Long>> byPeriod =
        nextPeriods.entrySet().stream()
            .collect(
                Collectors.groupingBy(
                    Map.Entry::getValue,
                    LinkedHashMap::new,
                    Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
    for (var e : byPeriod.entrySet()) {
      try (PreparedStatement u =
          c.prepareStatement(
              "update mon_account set next_period_start = ?, next_period_end = ?"
                  + " where account_id between ? and ? and account_id in ("
                  + marks(e.getValue().size())
                  + ")")) {
        u.setDate(1, Date.valueOf(e.getKey().start()));
        u.setDate(2, Date.valueOf(e.getKey().endExclusive()));
        u.setLong(3, first);
        u.setLong(4, last);
        bind(u, 5, e.getValue());
        u.executeUpdate();
      }
    }
  }

  /**
   * {@code count} fresh ids from {@code dps_id_seq}, a block of {@value #ID_BLOCK} per value drawn.
   */
  private static List<Long> ids(Connection c, int count) throws SQLException {
    List<Long> ids = new ArrayList<>(count);
    try (PreparedStatement q = c.prepareStatement("select nextval('dps_id_seq')")) {
      while (ids.size() < count) {
        try (ResultSet r = q.executeQuery()) {
          r.next();
          long last = r.getLong(1);
          for (long id = last - ID_BLOCK + 1; id <= last && ids.size() < count; id++) {
            ids.add(id);
          }
        }
      }
    }
    return ids;
  }

  private static String marks(int n) {
    return String.join(",", java.util.Collections.nCopies(n, "?"));
  }

  private static void bind(PreparedStatement q, int first, Collection<Long> values)
      throws SQLException {
    int i = first;
    for (long v : values) {
      q.setLong(i++, v);
    }
  }
}
