package org.dpsupport.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Checks a username and password against the stored salted PBKDF2 hash, counts failures and locks
 * the account after too many in a row.
 */
@ApplicationScoped
public class SignInService {

  /** What a sign-in attempt came to. */
  public enum Outcome {
    SIGNED_IN,
    WRONG_CREDENTIALS,
    LOCKED
  }

  public record Attempt(Outcome outcome, Optional<UserAccountEntity> user) {}

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "dps.signin.maxFailures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "dps.signin.lockMinutes", defaultValue = "15")
  int lockMinutes;

  @Transactional
  public Attempt attempt(String username, char[] password) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<UserAccountEntity> found =
        em.createNamedQuery("UserAccount.byUsername", UserAccountEntity.class)
            .setParameter("username", normalise(username))
            .setLockMode(LockModeType.PESSIMISTIC_WRITE)
            .getResultStream()
            .findFirst();
    if (found.isEmpty()) {
      // Spend the same effort as a real check so timing does not reveal which usernames exist.
      passwordHash.verify(password, dummyHash());
      return new Attempt(Outcome.WRONG_CREDENTIALS, Optional.empty());
    }
    UserAccountEntity user = found.get();
    if (user.isLockedAt(now)) {
      return new Attempt(Outcome.LOCKED, found);
    }
    if (!passwordHash.verify(password, user.getPasswordHash())) {
      user.recordFailedSignIn(now, maxFailures, Duration.ofMinutes(lockMinutes));
      if (user.isLockedAt(now)) {
        audit.record(
            user.getUsername(),
            "ACCOUNT_LOCKED",
            "User",
            user.getId(),
            maxFailures + " wrong passwords in a row");
        return new Attempt(Outcome.LOCKED, found);
      }
      return new Attempt(Outcome.WRONG_CREDENTIALS, found);
    }
    user.recordSuccessfulSignIn(now);
    return new Attempt(Outcome.SIGNED_IN, found);
  }

  public boolean isLocked(String username) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return em.createNamedQuery("UserAccount.byUsername", UserAccountEntity.class)
        .setParameter("username", normalise(username))
        .getResultStream()
        .findFirst()
        .map(u -> u.isLockedAt(now))
        .orElse(false);
  }

  public int lockMinutes() {
    return lockMinutes;
  }

  public String hash(char[] password) {
    return passwordHash.generate(password);
  }

  public static String normalise(String username) {
    return username == null ? "" : username.trim().toLowerCase(java.util.Locale.ROOT);
  }

  private volatile String dummyHash;

  private String dummyHash() {
    if (dummyHash == null) {
      dummyHash = passwordHash.generate("no-such-user".toCharArray());
    }
    return dummyHash;
  }
}
