package org.dpsupport.server.security;

/**
 * Per-record access: a role alone never opens a record. A budget holder (or their nominee) reaches
 * only their own accounts, agency staff only their agency's employers, an officer only their
 * council's accounts, a personal assistant only their own employment records.
 */
public final class AccessPolicy {

  private AccessPolicy() {}

  public static boolean canSeeAccount(Viewer viewer, AccountOwnership account) {
    if (viewer.has(Role.ADMIN)) {
      return true;
    }
    if (viewer.has(Role.BUDGET_HOLDER)
        && (account.holderUserId() == viewer.userId()
            || account.nomineeUserId().map(id -> id == viewer.userId()).orElse(false))) {
      return true;
    }
    if (viewer.has(Role.MONITORING_OFFICER)
        && viewer.councilId().map(id -> id == account.councilId()).orElse(false)) {
      return true;
    }
    return viewer.has(Role.PAYROLL_STAFF)
        && viewer.agencyId().isPresent()
        && viewer.agencyId().equals(account.agencyId());
  }

  /**
   * What only the employer's own payroll agency does (recording that HMRC or the pension scheme was
   * paid): its staff, and no one else who may see the account, not even an administrator.
   */
  public static boolean isOwnAgencyStaff(Viewer viewer, AccountOwnership account) {
    return viewer.has(Role.PAYROLL_STAFF)
        && viewer.agencyId().isPresent()
        && viewer.agencyId().equals(account.agencyId());
  }

  /** A personal assistant sees an employment record only when it is their own. */
  public static boolean canSeeEmployment(Viewer viewer, long paUserId, AccountOwnership employer) {
    if (viewer.has(Role.PERSONAL_ASSISTANT) && viewer.userId() == paUserId) {
      return true;
    }
    return canSeeAccount(viewer, employer);
  }
}
