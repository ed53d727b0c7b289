package org.dpsupport.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;

/**
 * Direct-payment accounts by id and personal assistants' employments. Whether the viewer may see
 * them is the caller's decision ({@code AccessPolicy}); lists filtered by viewer come from {@link
 * VisibleAccounts}.
 */
@ApplicationScoped
public class AccountStore {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The account with this id, if there is one. */
  public Optional<DirectPaymentAccountEntity> account(long id) {
    return Optional.ofNullable(em.find(DirectPaymentAccountEntity.class, id));
  }

  /** The employments of one personal assistant (a user), earliest start first. */
  public List<PaEmploymentEntity> employmentsOf(long paUserId) {
    return em.createQuery(
            "select e from PaEmploymentEntity e where e.paUserId = :user order by e.startDate",
            PaEmploymentEntity.class)
        .setParameter("user", paUserId)
        .getResultList();
  }
}
