package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.dpsupport.monitoring.domain.model.reconciliation.LineRef;

/** A return's uploaded files: its statements, and removing a file with what was read from it. */
@ApplicationScoped
public class UploadRecords {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The return's statement uploads, earliest period first. */
  public List<UploadEntity> statementsOf(long returnId) {
    return em.createQuery(
            "select u from UploadEntity u where u.returnId = :r and u.kind = 'STATEMENT'"
                + " order by u.periodStart",
            UploadEntity.class)
        .setParameter("r", returnId)
        .getResultList();
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
  public void categorise(LineRef line, String category, String source) {
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
    Object[] row =
        em.createQuery(
                "select sum(case when l.amount > 0 then l.amount else 0 end),"
                    + " sum(case when l.amount < 0 then l.amount else 0 end)"
                    + " from StatementLineEntity l, UploadEntity u, ReturnEntity r"
                    + " where l.uploadId = u.id and u.returnId = r.id and r.accountId = :a"
                    + " and u.outcome <> 'REFUSED'",
                Object[].class)
            .setParameter("a", accountId)
            .getSingleResult();
    return new java.math.BigDecimal[] {
      row[0] == null ? null : new java.math.BigDecimal(row[0].toString()),
      row[1] == null ? null : new java.math.BigDecimal(row[1].toString())
    };
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
