package org.dpsupport.server.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ActorRole;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts.HolderAccount;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Who may act on the register: register staff (users with the ADMIN role), and the budget holder's
 * side (holder or nominee) of a direct-payment account. Every refusal is logged.
 */
@ApplicationScoped
public class RegisterAccess {

  @Inject RegisterAccounts accounts;

  @Inject AuditLog audit;

  /** An account the viewer holds or is nominee for; anything else is refused and logged. */
  public HolderAccount holderAccount(Viewer viewer, long accountId) {
    HolderAccount account =
        accounts
            .account(accountId)
            .orElseThrow(
                () ->
                    new jakarta.ws.rs.NotFoundException(
                        "There is no direct-payment account " + accountId + "."));
    boolean holderSide =
        viewer.has(Role.BUDGET_HOLDER)
            && (account.holderUserId() == viewer.userId()
                || account
                    .ownership()
                    .nomineeUserId()
                    .map(n -> n == viewer.userId())
                    .orElse(false));
    if (!holderSide) {
      audit.recordRefusal(
          viewer.username(),
          "DirectPaymentAccount",
          accountId,
          "not the holder or nominee (register)");
      throw new RecordAccessDeniedException(
          "Only the budget holder or their nominee can describe and see needs for"
              + " this direct payment.");
    }
    return account;
  }

  /** The viewer as the holder of the account or as its nominee. */
  public static Actor holderSide(Viewer viewer, HolderAccount account) {
    return new Actor(
        account.holderUserId() == viewer.userId() ? ActorRole.BUDGET_HOLDER : ActorRole.NOMINEE,
        viewer.username());
  }

  /** Refuses (and logs) anyone but register staff. */
  public void requireStaff(Viewer viewer, String what) {
    if (!viewer.has(Role.ADMIN)) {
      audit.recordRefusal(viewer.username(), "Register", null, "not register staff: " + what);
      throw new RecordAccessDeniedException("Only register staff can " + what + ".");
    }
  }
}
