package org.dpsupport.server.infrastructure.persistence.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.security.AccountOwnership;
import org.dpsupport.server.security.Role;

/**
 * What the register needs from outside its own tables: the direct-payment accounts a need belongs
 * to (with who holds them), a PA's new sign-in, and the employment a hire starts. The register's
 * own tables are in {@link RegisterStore}.
 */
@ApplicationScoped
public class RegisterAccounts {

  /** A direct-payment account as the register sees it: whose it is and what it is called. */
  public record HolderAccount(
      long id,
      String reference,
      String recipientName,
      String holderUsername,
      AccountOwnership ownership) {

    /** The budget holder's user id. */
    public long holderUserId() {
      return ownership.holderUserId();
    }
  }

  /** The employment a hire started: a new starter for payroll. */
  public record StartedEmployment(
      long id, long accountId, Long paUserId, String paName, LocalDate startDate) {}

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** One account with its holder's sign-in name. */
  public Optional<HolderAccount> account(long accountId) {
    return em.createQuery(
            "select a, u.username from DirectPaymentAccountEntity a, UserAccountEntity u"
                + " where a.id = :id and u.id = a.holderUserId",
            Object[].class)
        .setParameter("id", accountId)
        .getResultStream()
        .findFirst()
        .map(row -> view((DirectPaymentAccountEntity) row[0], (String) row[1]));
  }

  /** The accounts a user holds or is nominee for, by reference. */
  public List<HolderAccount> heldOrNominatedBy(long userId) {
    return em.createQuery(
            "select a, u.username from DirectPaymentAccountEntity a, UserAccountEntity u"
                + " where (a.holderUserId = :u or a.nomineeUserId = :u) and u.id = a.holderUserId"
                + " order by a.reference",
            Object[].class)
        .setParameter("u", userId)
        .getResultStream()
        .map(row -> view((DirectPaymentAccountEntity) row[0], (String) row[1]))
        .toList();
  }

  /** Whether a (normalised) username already has a sign-in. */
  public boolean usernameTaken(String username) {
    return em.createQuery(
                "select count(u) from UserAccountEntity u where u.username = :u", Long.class)
            .setParameter("u", username)
            .getSingleResult()
        > 0;
  }

  /** A new sign-in with the personal assistant role only; its id, written at once. */
  public long addPersonalAssistant(
      String username, String fullName, String passwordHash, OffsetDateTime now) {
    UserAccountEntity user =
        new UserAccountEntity(
            username, fullName, passwordHash, EnumSet.of(Role.PERSONAL_ASSISTANT), null, null, now);
    em.persist(user);
    em.flush(); // the profile row written next (JDBC, same transaction) refers to it
    return user.getId();
  }

  /** A new employment on the account, written at once. */
  public StartedEmployment startEmployment(
      long accountId, Long paUserId, String paName, LocalDate startDate) {
    PaEmploymentEntity employment = new PaEmploymentEntity(accountId, paUserId, paName, startDate);
    em.persist(employment);
    em.flush(); // the hire row written next (JDBC, same transaction) refers to it
    return new StartedEmployment(employment.getId(), accountId, paUserId, paName, startDate);
  }

  private static HolderAccount view(DirectPaymentAccountEntity a, String holderUsername) {
    return new HolderAccount(
        a.getId(), a.getReference(), a.getRecipientName(), holderUsername, a.ownership());
  }
}
