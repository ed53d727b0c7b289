package org.dpsupport.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.security.AccessPolicy;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/** Finds direct-payment accounts and employments, only ever those the viewer may see. */
@ApplicationScoped
public class AccountService {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject AuditLog audit;

  /**
   * One account, if the viewer may see it. An account that does not exist is empty; one that exists
   * but is someone else's is refused and the attempt is logged.
   */
  public Optional<DirectPaymentAccountEntity> account(Viewer viewer, long id) {
    DirectPaymentAccountEntity account = em.find(DirectPaymentAccountEntity.class, id);
    if (account == null) {
      return Optional.empty();
    }
    if (!AccessPolicy.canSeeAccount(viewer, account.ownership())) {
      audit.recordRefusal(
          viewer.username(), "DirectPaymentAccount", id, "not the viewer's account");
      throw new RecordAccessDeniedException(
          "This direct-payment account is not one you look after, so you cannot see it.");
    }
    return Optional.of(account);
  }

  /** Every account the viewer may see, newest reference first. */
  public List<DirectPaymentAccountEntity> visibleAccounts(Viewer viewer) {
    String base = "select a from DirectPaymentAccountEntity a ";
    var query =
        viewer.has(Role.ADMIN)
            ? em.createQuery(base + "order by a.reference", DirectPaymentAccountEntity.class)
            : em.createQuery(
                    base
                        + "where a.holderUserId = :user or a.nomineeUserId = :user"
                        + " or (a.councilId = :council and :officer = true)"
                        + " or (a.agencyId = :agency and :staff = true) order by a.reference",
                    DirectPaymentAccountEntity.class)
                .setParameter("user", viewer.has(Role.BUDGET_HOLDER) ? viewer.userId() : -1L)
                .setParameter("council", viewer.councilId().orElse(-1L))
                .setParameter("officer", viewer.has(Role.MONITORING_OFFICER))
                .setParameter("agency", viewer.agencyId().orElse(-1L))
                .setParameter("staff", viewer.has(Role.PAYROLL_STAFF));
    return query.setMaxResults(500).getResultList();
  }

  /** A personal assistant's own employments. */
  public List<PaEmploymentEntity> employmentsOf(Viewer viewer) {
    return em.createQuery(
            "select e from PaEmploymentEntity e where e.paUserId = :user order by e.startDate",
            PaEmploymentEntity.class)
        .setParameter("user", viewer.userId())
        .getResultList();
  }
}
