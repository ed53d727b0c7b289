package org.dpsupport.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import java.util.List;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * The direct-payment accounts a viewer may see, a page at a time, by reference: administrators see
 * every account, officers their council's, agency staff their agency's, holders and nominees their
 * own.
 */
@ApplicationScoped
public class VisibleAccounts {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** Accounts {@code offset} to {@code offset + limit} in order of reference. */
  public List<DirectPaymentAccountEntity> page(Viewer viewer, int offset, int limit) {
    return query("select a", " order by a.reference", DirectPaymentAccountEntity.class, viewer)
        .setFirstResult(Math.max(0, offset))
        .setMaxResults(Math.max(1, limit))
        .getResultList();
  }

  /** How many accounts the viewer may see. */
  public long count(Viewer viewer) {
    return query("select count(a)", "", Long.class, viewer).getSingleResult();
  }

  private <T> TypedQuery<T> query(String select, String order, Class<T> type, Viewer viewer) {
    String from = " from DirectPaymentAccountEntity a";
    if (viewer.has(Role.ADMIN)) {
      return em.createQuery(select + from + order, type);
    }
    return em.createQuery(
            select
                + from
                + " where a.holderUserId = :user or a.nomineeUserId = :user"
                + " or (a.councilId = :council and :officer = true)"
                + " or (a.agencyId = :agency and :staff = true)"
                + order,
            type)
        .setParameter("user", viewer.has(Role.BUDGET_HOLDER) ? viewer.userId() : -1L)
        .setParameter("council", viewer.councilId().orElse(-1L))
        .setParameter("officer", viewer.has(Role.MONITORING_OFFICER))
        .setParameter("agency", viewer.agencyId().orElse(-1L))
        .setParameter("staff", viewer.has(Role.PAYROLL_STAFF));
  }
}
