package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;

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
}
