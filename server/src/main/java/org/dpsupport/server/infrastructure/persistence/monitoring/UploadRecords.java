package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory;
import org.dpsupport.monitoring.domain.model.reconciliation.LineRef;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;

/**
 * A return's uploaded files: keeping one, finding the same file sent again, the payments read from
 * a statement, what reconciliation made of them, and removing a file with what was read from it.
 */
@ApplicationScoped
public class UploadRecords {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The return's statement uploads, earliest period first. */
  public List<UploadEntity> statementsOf(long returnId) {
    return em.createQuery(
            "select u from UploadEntity u where u.returnId = :r and u.kind = :k"
                + " order by u.periodStart",
            UploadEntity.class)
        .setParameter("r", returnId)
        .setParameter("k", UploadKind.STATEMENT)
        .getResultList();
  }

  /** Every file of the return, in the order they were uploaded. */
  public List<UploadEntity> filesOf(long returnId) {
    return em.createQuery(
            "select u from UploadEntity u where u.returnId = :r order by u.id", UploadEntity.class)
        .setParameter("r", returnId)
        .getResultList();
  }

  /** The id of the file with these contents already uploaded with the return, if any. */
  public Optional<Long> sameFile(long returnId, String sha256) {
    return em.createQuery(
            "select u.id from UploadEntity u where u.returnId = :r and u.sha256 = :s", Long.class)
        .setParameter("r", returnId)
        .setParameter("s", sha256)
        .getResultStream()
        .findFirst();
  }

  /** Keeps a new upload; it has its id on return. */
  public UploadEntity keep(UploadEntity u) {
    em.persist(u);
    em.flush();
    return u;
  }

  /** Records the payments read from a statement upload, numbered from 1 in the order given. */
  public void addLines(long uploadId, List<StatementLine> lines) {
    for (int i = 0; i < lines.size(); i++) {
      StatementLine line = lines.get(i);
      String description = line.description();
      em.persist(
          new StatementLineEntity()
              .setUploadId(uploadId)
              .setLineNo(i + 1)
              .setLineDate(line.date())
              .setDescription(
                  description.length() > 500 ? description.substring(0, 500) : description)
              .setAmount(line.amount())
              .setBalance(line.printedBalance().orElse(null)));
    }
  }

  /** The payments read from a statement upload, in line order. */
  public List<StatementLine> lines(long uploadId) {
    return em.createQuery(
            "select l from StatementLineEntity l where l.uploadId = :u order by l.lineNo",
            StatementLineEntity.class)
        .setParameter("u", uploadId)
        .getResultStream()
        .map(
            l ->
                new StatementLine(
                    l.getLineDate(),
                    l.getDescription(),
                    l.getAmount(),
                    Optional.ofNullable(l.getBalance())))
        .toList();
  }

  /** The receipt or invoice found for a statement line. */
  public void receiptFound(LineRef line, long receiptUploadId) {
    em.createQuery(
            "update StatementLineEntity l set l.receiptUploadId = :receipt"
                + " where l.uploadId = :u and l.lineNo = :n")
        .setParameter("receipt", receiptUploadId)
        .setParameter("u", Long.parseLong(line.statementId()))
        .setParameter("n", line.lineNumber())
        .executeUpdate();
  }

  /** What reconciliation made of a statement line: its category and where that came from. */
  public void categorise(LineRef line, String category, LineCategory.Source source) {
    em.createQuery(
            "update StatementLineEntity l set l.category = :c, l.source = :s"
                + " where l.uploadId = :u and l.lineNo = :n")
        .setParameter("c", category)
        .setParameter("s", source)
        .setParameter("u", Long.parseLong(line.statementId()))
        .setParameter("n", line.lineNumber())
        .executeUpdate();
  }

  public UploadEntity find(long uploadId) {
    return em.find(UploadEntity.class, uploadId);
  }

  /** Forgets the payments read from an upload (it was refused, or is being removed). */
  public void deleteLines(long uploadId) {
    em.createQuery("delete from StatementLineEntity l where l.uploadId = :u")
        .setParameter("u", uploadId)
        .executeUpdate();
  }

  /** Removes an upload and the payments read from it. */
  public void remove(UploadEntity u) {
    deleteLines(u.getId());
    em.remove(em.contains(u) ? u : em.merge(u));
  }

  /** Money in and out on an account's statements (refused ones aside): {in, out} (out negative). */
  public java.math.BigDecimal[] statementTotals(long accountId) {
    java.math.BigDecimal in = statementTotal(accountId, ">");
    java.math.BigDecimal out = statementTotal(accountId, "<");
    if (in == null && out == null) {
      return new java.math.BigDecimal[] {null, null}; // no lines, or only lines of nothing
    }
    java.math.BigDecimal none = Money.ZERO.amount();
    return new java.math.BigDecimal[] {in == null ? none : in, out == null ? none : out};
  }

  /** The sum of the account's statement lines above or below zero, null when there are none. */
  private java.math.BigDecimal statementTotal(long accountId, String sign) {
    Object sum =
        em.createQuery(
                "select sum(l.amount) from StatementLineEntity l, UploadEntity u, ReturnEntity r"
                    + " where l.uploadId = u.id and u.returnId = r.id and r.accountId = :a"
                    + " and u.outcome <> :refused and l.amount "
                    + sign
                    + " :zero",
                Object.class)
            .setParameter("a", accountId)
            .setParameter("refused", UploadOutcome.REFUSED)
            .setParameter("zero", Money.ZERO)
            .getSingleResult();
    return sum == null ? null : ReportStore.pounds(sum);
  }

  /** The account's latest return with a closing balance read from its statements. */
  public java.util.Optional<ReturnEntity> latestBalance(long accountId) {
    return em.createQuery(
            "select r from ReturnEntity r where r.accountId = :a and r.closingBalance is not null"
                + " order by r.periodStart desc",
            ReturnEntity.class)
        .setParameter("a", accountId)
        .setMaxResults(1)
        .getResultStream()
        .findFirst();
  }
}
