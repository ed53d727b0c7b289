package org.dpsupport.server.infrastructure.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.Optional;
import org.dpsupport.server.security.Caller;
import org.dpsupport.server.security.Callers;

/**
 * Users by their (normalised) username, read plainly or with their row locked for a change; and the
 * signed-in {@link Caller} a request's principal names.
 */
@ApplicationScoped
public class UserAccounts implements Callers {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The user, read without a lock. */
  public Optional<UserAccountEntity> byUsername(String username) {
    return find(username, LockModeType.NONE);
  }

  /**
   * The user, read again with the row locked until the transaction ends (a lock query refreshes the
   * entity), so counters are changed on the latest values.
   */
  public Optional<UserAccountEntity> byUsernameForUpdate(String username) {
    return find(username, LockModeType.PESSIMISTIC_WRITE);
  }

  @Override
  public Optional<Caller> caller(String username) {
    return byUsername(username).map(u -> new Caller(u.asViewer(), u.getDisplayName()));
  }

  private Optional<UserAccountEntity> find(String username, LockModeType lock) {
    return em.createNamedQuery("UserAccount.byUsername", UserAccountEntity.class)
        .setParameter("username", username)
        .setLockMode(lock)
        .getResultStream()
        .findFirst();
  }
}
