package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.annotation.Resource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.dpsupport.monitoring.domain.model.card.CardStatement;
import org.dpsupport.monitoring.domain.model.card.MerchantCategoryCode;
import org.dpsupport.monitoring.domain.model.cases.CaseActionKind;
import org.dpsupport.monitoring.domain.model.cases.CaseActionStatus;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagStatus;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory;
import org.dpsupport.monitoring.domain.model.reconciliation.LineRef;
import org.dpsupport.monitoring.domain.model.reconciliation.Reconciliation;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;

/**
 * Prepaid cards' persistence: the card an account is paid onto, each imported card file with its
 * transactions and the flags reconciling it raised. The transactions go in JDBC batches (a card
 * file may hold many thousands of rows), in the caller's transaction, after the import row.
 */
@ApplicationScoped
public class CardStore {

  private static final int BATCH = 1000;

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Resource(lookup = "jdbc/dps")
  DataSource dataSource;

  /** The card a direct payment is paid onto: its provider's export format and its id. */
  public record Card(String provider, String cardId) {}

  /** One stored transaction, oldest first ({@code lineNo} 1 is the oldest). */
  public record StoredTransaction(
      int lineNo,
      long fileRow,
      LocalDate date,
      String merchant,
      Integer merchantCategory,
      BigDecimal amount,
      BigDecimal balance,
      String category,
      String source) {}

  public Optional<Card> card(long accountId) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement("select provider, card_id from mon_card where account_id = ?")) {
      q.setLong(1, accountId);
      try (ResultSet rs = q.executeQuery()) {
        return rs.next()
            ? Optional.of(new Card(rs.getString(1), rs.getString(2)))
            : Optional.empty();
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the card of account " + accountId, e);
    }
  }

  /** Records (or replaces) the account's card. */
  public void recordCard(long accountId, Card card, String by, OffsetDateTime at) {
    try (Connection c = dataSource.getConnection();
        PreparedStatement delete = c.prepareStatement("delete from mon_card where account_id = ?");
        PreparedStatement insert =
            c.prepareStatement(
                "insert into mon_card (account_id, provider, card_id, recorded_by, recorded_at)"
                    + " values (?, ?, ?, ?, ?)")) {
      delete.setLong(1, accountId);
      delete.executeUpdate();
      insert.setLong(1, accountId);
      insert.setString(2, card.provider());
      insert.setString(3, card.cardId());
      insert.setString(4, by);
      insert.setObject(5, at);
      insert.executeUpdate();
    } catch (SQLException e) {
      throw new IllegalStateException("Could not record the card of account " + accountId, e);
    }
  }

  /** The import of this exact file for the account, if there was one. */
  public Optional<CardImportEntity> sameFile(long accountId, String sha256) {
    return em.createQuery(
            "select i from CardImportEntity i where i.accountId = :a and i.sha256 = :s",
            CardImportEntity.class)
        .setParameter("a", accountId)
        .setParameter("s", sha256)
        .getResultStream()
        .findFirst();
  }

  /** An earlier import whose dates overlap these (inclusive). */
  public Optional<CardImportEntity> overlapping(long accountId, LocalDate first, LocalDate last) {
    return em.createQuery(
            "select i from CardImportEntity i where i.accountId = :a"
                + " and i.firstDate <= :last and i.lastDate >= :first order by i.firstDate",
            CardImportEntity.class)
        .setParameter("a", accountId)
        .setParameter("first", first)
        .setParameter("last", last)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }

  /** The account's imports, newest dates first. */
  public List<CardImportEntity> imports(long accountId) {
    return em.createQuery(
            "select i from CardImportEntity i where i.accountId = :a order by i.firstDate desc",
            CardImportEntity.class)
        .setParameter("a", accountId)
        .getResultList();
  }

  public Optional<CardImportEntity> find(long importId) {
    return Optional.ofNullable(em.find(CardImportEntity.class, importId));
  }

  /**
   * Stores the import, every transaction with the category reconciliation gave it, and the flags
   * (citing the file and the transaction); returns the import's id.
   */
  public long save(
      CardImportEntity file,
      CardStatement statement,
      Reconciliation result,
      OffsetDateTime raisedAt) {
    em.persist(file);
    em.flush(); // the transactions below refer to the import row
    long id = file.getId();
    try (Connection c = dataSource.getConnection();
        PreparedStatement insert =
            c.prepareStatement(
                "insert into mon_card_transaction (import_id, line_no, file_row, tx_date,"
                    + " merchant, mcc, amount, balance, category, source)"
                    + " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      List<StatementLine> lines = statement.lines();
      for (int i = 0; i < lines.size(); i++) {
        StatementLine line = lines.get(i);
        LineCategory category = result.categories().get(new LineRef(statement.id(), i + 1));
        insert.setLong(1, id);
        insert.setInt(2, i + 1);
        insert.setLong(3, statement.fileRow(i + 1));
        insert.setObject(4, line.date());
        insert.setString(5, line.description());
        Optional<MerchantCategoryCode> code = statement.merchantCategory(i + 1);
        if (code.isEmpty()) {
          insert.setNull(6, Types.INTEGER);
        } else {
          insert.setInt(6, code.get().code());
        }
        insert.setBigDecimal(7, line.amount().amount());
        insert.setBigDecimal(8, line.printedBalance().orElseThrow().amount());
        insert.setString(9, category.category());
        insert.setString(10, category.source().name());
        insert.addBatch();
        if ((i + 1) % BATCH == 0) {
          insert.executeBatch();
        }
      }
      insert.executeBatch();
    } catch (SQLException e) {
      throw new IllegalStateException(
          "Could not store the transactions of card import " + id + ": " + e.getMessage(), e);
    }
    for (Flag flag : result.flags()) {
      FlagEntity f =
          new FlagEntity()
              .setAccountId(file.getAccountId())
              .setKind(flag.kind())
              .setSeverity(flag.kind().severity())
              .setMessage(flag.message())
              .setStatus(FlagStatus.OPEN)
              .setRaisedAt(raisedAt)
              .setEvidenceCardImportId(id);
      flag.evidence().ifPresent(e -> f.setEvidenceLineNo(e.lineNumber()));
      em.persist(f);
    }
    return id;
  }

  /** Transactions of an import, oldest first, from line {@code from} (1 is the first). */
  public List<StoredTransaction> transactions(long importId, int from, int max) {
    List<StoredTransaction> rows = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select line_no, file_row, tx_date, merchant, mcc, amount, balance, category,"
                    + " source from mon_card_transaction where import_id = ? and line_no >= ?"
                    + " order by line_no")) {
      q.setLong(1, importId);
      q.setInt(2, from);
      q.setMaxRows(max);
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          rows.add(
              new StoredTransaction(
                  rs.getInt(1),
                  rs.getLong(2),
                  rs.getObject(3, LocalDate.class),
                  rs.getString(4),
                  (Integer) rs.getObject(5, Integer.class),
                  rs.getBigDecimal(6),
                  rs.getBigDecimal(7),
                  rs.getString(8),
                  rs.getString(9)));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read card import " + importId, e);
    }
    return rows;
  }

  /** Money out of an import by category (cash, blocked and unknown included), largest first. */
  public Map<String, BigDecimal> spending(long importId) {
    Map<String, BigDecimal> byCategory = new LinkedHashMap<>();
    List<?> rows =
        em.createNativeQuery(
                "select category, -sum(amount) from mon_card_transaction where import_id = ?"
                    + " and amount < 0 and source <> 'COUNCIL_PAYMENT' group by category"
                    + " order by 2 desc")
            .setParameter(1, importId)
            .getResultList();
    for (Object row : rows) {
      Object[] r = (Object[]) row;
      byCategory.put((String) r[0], new BigDecimal(r[1].toString()));
    }
    return byCategory;
  }

  /** The open flags raised on the account's card files, most serious first. */
  public List<FlagEntity> openFlags(long accountId) {
    return em.createQuery(
            "select f from FlagEntity f where f.accountId = :a and f.evidenceCardImportId is not null"
                + " and f.status = :open order by f.severity desc, f.id",
            FlagEntity.class)
        .setParameter("a", accountId)
        .setParameter("open", FlagStatus.OPEN)
        .getResultList();
  }

  /**
   * Closes the chosen open flags of the account's card files with the officer's reason, and records
   * it in the account's case history (an action with no return: a card account sends none). Returns
   * the kinds of the flags closed, one per flag; none if any chosen flag is not an open card flag
   * of the account, so that a stale page changes nothing.
   */
  public List<String> closeFlags(
      long accountId, List<Long> flagIds, String by, OffsetDateTime at, String reason) {
    List<FlagEntity> chosen =
        openFlags(accountId).stream().filter(f -> flagIds.contains(f.getId())).toList();
    if (chosen.isEmpty() || chosen.size() != new java.util.HashSet<>(flagIds).size()) {
      return List.of();
    }
    chosen.forEach(
        f ->
            f.setStatus(FlagStatus.RESOLVED)
                .setResolvedAt(at)
                .setResolvedBy(by)
                .setResolution(reason));
    List<Long> open = chosen.stream().map(FlagEntity::getId).toList();
    em.persist(
        new CaseActionEntity()
            .setAccountId(accountId)
            .setKind(CaseActionKind.ACCEPT_EXPLANATION)
            .setActor(by)
            .setActedAt(at)
            .setReason(reason)
            .setStatus(CaseActionStatus.DONE)
            .setFlagIds(new ArrayList<>(open)));
    return chosen.stream().map(f -> f.getKind().name()).toList();
  }

  /** An open flag on a card file, for the officer's queue, with the transaction it cites. */
  public record QueuedFlag(
      long flagId,
      String kind,
      OffsetDateTime raisedAt,
      long accountId,
      String reference,
      String recipientName,
      long councilId,
      BigDecimal amount) {}

  /**
   * Every open card flag of the council's accounts (any council's when {@code councilId} is null).
   */
  public List<QueuedFlag> queuedFlags(Long councilId) {
    List<QueuedFlag> flags = new ArrayList<>();
    try (Connection c = dataSource.getConnection();
        PreparedStatement q =
            c.prepareStatement(
                "select f.id, f.kind, f.raised_at, a.id, a.reference, a.recipient_name,"
                    + " a.council_id, t.amount from mon_flag f join dp_account a on a.id ="
                    + " f.account_id left join mon_card_transaction t on t.import_id ="
                    + " f.evidence_card_import_id and t.line_no = f.evidence_line_no"
                    + " where f.status = 'OPEN' and f.evidence_card_import_id is not null"
                    + (councilId == null ? "" : " and a.council_id = ?")
                    + " order by a.id, f.id")) {
      if (councilId != null) {
        q.setLong(1, councilId);
      }
      try (ResultSet rs = q.executeQuery()) {
        while (rs.next()) {
          BigDecimal amount = rs.getBigDecimal(8);
          flags.add(
              new QueuedFlag(
                  rs.getLong(1),
                  rs.getString(2),
                  rs.getObject(3, OffsetDateTime.class),
                  rs.getLong(4),
                  rs.getString(5),
                  rs.getString(6),
                  rs.getLong(7),
                  amount == null ? null : amount.abs()));
        }
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Could not read the open card flags", e);
    }
    return flags;
  }
}
