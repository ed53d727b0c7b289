package org.dpsupport.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccounts;
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

  /**
   * PBKDF2-HMAC-SHA256 with 600,000 iterations: OWASP's Password Storage Cheat Sheet figure for
   * this construction (Liberty's default is 2,048). Each stored hash names its own algorithm and
   * count, so older hashes still verify and are replaced at the user's next successful sign-in.
   */
  public static final String ALGORITHM = "PBKDF2WithHmacSHA256";

  public static final int ITERATIONS = 600_000;

  @Inject Pbkdf2PasswordHash passwordHash;

  @Inject VerifiedPasswords verified;

  @Inject UserAccounts users;

  @jakarta.annotation.PostConstruct
  void owaspStrength() {
    passwordHash.initialize(
        java.util.Map.of(
            "Pbkdf2PasswordHash.Algorithm",
            ALGORITHM,
            "Pbkdf2PasswordHash.Iterations",
            String.valueOf(ITERATIONS)));
  }

  @Inject Clock clock;

  @Inject AuditLog audit;

  @Inject
  @ConfigProperty(name = "dps.signin.maxFailures", defaultValue = "5")
  int maxFailures;

  @Inject
  @ConfigProperty(name = "dps.signin.lockMinutes", defaultValue = "15")
  int lockMinutes;

  /**
   * One sign-in check (the sign-in page, or an HTTP Basic API call). The password is checked
   * without holding the user's row: PBKDF2 is deliberately slow, and the row lock used to serialise
   * every simultaneous call of one user behind each other's hashing. Only a change to the counters
   * (a failure, the end of a lock-out, the first success in a minute) takes the row lock, and it is
   * decided again on the locked row, so simultaneous wrong passwords are all counted.
   */
  @Transactional
  public Attempt attempt(String username, char[] password) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    Optional<UserAccountEntity> found = users.byUsername(normalise(username));
    if (found.isEmpty()) {
      // Spend the same effort as a real check so timing does not reveal which usernames exist.
      passwordHash.verify(password, dummyHash());
      return new Attempt(Outcome.WRONG_CREDENTIALS, Optional.empty());
    }
    if (found.get().isLockedAt(now)) {
      return new Attempt(Outcome.LOCKED, found);
    }
    String stored = found.get().getPasswordHash();
    String key = found.get().getUsername();
    boolean right =
        verified.matches(key, stored, password, now.toInstant())
            || passwordHash.verify(password, stored);
    String upgraded = right && weakerThanOwasp(stored) ? passwordHash.generate(password) : null;
    if (right && upgraded == null) {
      verified.remember(key, stored, password, now.toInstant());
      if (!found.get().signInWorthRecording(now)) {
        return new Attempt(Outcome.SIGNED_IN, found);
      }
    }
    found = users.byUsernameForUpdate(normalise(username));
    UserAccountEntity user = found.orElseThrow();
    if (user.isLockedAt(now)) {
      return new Attempt(Outcome.LOCKED, found);
    }
    if (!right) {
      verified.forget(key);
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
    if (upgraded != null && user.getPasswordHash().equals(stored)) {
      user.replacePasswordHash(upgraded);
      verified.remember(key, upgraded, password, now.toInstant());
    }
    return new Attempt(Outcome.SIGNED_IN, found);
  }

  /** A stored hash made with another algorithm or fewer iterations than {@link #ITERATIONS}. */
  static boolean weakerThanOwasp(String stored) {
    String[] parts = stored.split(":");
    try {
      return parts.length != 4
          || !parts[0].equals(ALGORITHM)
          || Integer.parseInt(parts[1]) < ITERATIONS;
    } catch (NumberFormatException e) {
      return true;
    }
  }

  /**
   * Start-up work: makes the comparison hash for unknown users and runs PBKDF2 once, so that the
   * JIT has compiled it before the first user signs in.
   */
  public void warmUp() {
    passwordHash.verify("warm-up".toCharArray(), dummyHash());
  }

  public boolean isLocked(String username) {
    OffsetDateTime now = OffsetDateTime.now(clock);
    return users.byUsername(normalise(username)).map(u -> u.isLockedAt(now)).orElse(false);
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
