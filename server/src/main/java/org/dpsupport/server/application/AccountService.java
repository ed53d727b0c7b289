package org.dpsupport.server.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import org.dpsupport.server.infrastructure.persistence.AccountStore;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.VisibleAccounts;
import org.dpsupport.server.security.AccessPolicy;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Viewer;

/** Finds direct-payment accounts and employments, only ever those the viewer may see. */
@ApplicationScoped
public class AccountService {

  @Inject AccountStore store;

  @Inject AuditLog audit;

  @Inject VisibleAccounts visible;

  /**
   * One account, if the viewer may see it. An account that does not exist is empty; one that exists
   * but is someone else's is refused and the attempt is logged.
   */
  public Optional<DirectPaymentAccountEntity> account(Viewer viewer, long id) {
    Optional<DirectPaymentAccountEntity> account = store.account(id);
    if (account.isPresent() && !AccessPolicy.canSeeAccount(viewer, account.get().ownership())) {
      audit.recordRefusal(
          viewer.username(), "DirectPaymentAccount", id, "not the viewer's account");
      throw new RecordAccessDeniedException(
          "This direct-payment account is not one you look after, so you cannot see it.");
    }
    return account;
  }

  /** The first 500 accounts the viewer may see, by reference (the API's list). */
  public List<DirectPaymentAccountEntity> visibleAccounts(Viewer viewer) {
    return visible.page(viewer, 0, 500);
  }

  /** Accounts per page of a start page's list. */
  public static final int PAGE_SIZE = 25;

  /** One page of the accounts a viewer may see, by reference, and how many there are in all. */
  public record AccountPage(
      List<DirectPaymentAccountEntity> rows, long total, int page, int pages) {}

  /** Page {@code page} (from 1; past the end gives the last page) of the viewer's accounts. */
  public AccountPage visibleAccounts(Viewer viewer, int page) {
    long total = visible.count(viewer);
    int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    int wanted = Math.min(Math.max(1, page), pages);
    return new AccountPage(
        visible.page(viewer, (wanted - 1) * PAGE_SIZE, PAGE_SIZE), total, wanted, pages);
  }

  /** A personal assistant's own employments. */
  public List<PaEmploymentEntity> employmentsOf(Viewer viewer) {
    return store.employmentsOf(viewer.userId());
  }
}
