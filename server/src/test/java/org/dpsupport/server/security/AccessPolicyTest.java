package org.dpsupport.server.security;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class AccessPolicyTest {

  private static final long COUNCIL = 1;
  private static final long OTHER_COUNCIL = 2;
  private static final long AGENCY = 10;
  private static final AccountOwnership MARGARETS =
      new AccountOwnership(100, Optional.of(101L), COUNCIL, Optional.of(AGENCY));

  private static Viewer viewer(long id, Role role, Long council, Long agency) {
    return new Viewer(
        id, "user" + id, Set.of(role), Optional.ofNullable(council), Optional.ofNullable(agency));
  }

  @Test
  @DisplayName("A budget holder and their nominee see the account; another budget holder does not")
  void budgetHolders() {
    assertTrue(AccessPolicy.canSeeAccount(viewer(100, Role.BUDGET_HOLDER, null, null), MARGARETS));
    assertTrue(AccessPolicy.canSeeAccount(viewer(101, Role.BUDGET_HOLDER, null, null), MARGARETS));
    assertFalse(AccessPolicy.canSeeAccount(viewer(200, Role.BUDGET_HOLDER, null, null), MARGARETS));
  }

  @Test
  @DisplayName("An officer sees their own council's accounts only")
  void officers() {
    assertTrue(
        AccessPolicy.canSeeAccount(viewer(5, Role.MONITORING_OFFICER, COUNCIL, null), MARGARETS));
    assertFalse(
        AccessPolicy.canSeeAccount(
            viewer(5, Role.MONITORING_OFFICER, OTHER_COUNCIL, null), MARGARETS));
    assertFalse(
        AccessPolicy.canSeeAccount(viewer(5, Role.MONITORING_OFFICER, null, null), MARGARETS));
  }

  @Test
  @DisplayName(
      "Agency staff see their agency's employers only; a holder's id number alone opens nothing")
  void agencyStaff() {
    assertTrue(AccessPolicy.canSeeAccount(viewer(7, Role.PAYROLL_STAFF, null, AGENCY), MARGARETS));
    assertFalse(AccessPolicy.canSeeAccount(viewer(7, Role.PAYROLL_STAFF, null, 11L), MARGARETS));
    assertFalse(
        AccessPolicy.canSeeAccount(viewer(100, Role.PAYROLL_STAFF, null, null), MARGARETS),
        "the same user id as the holder, but signed in as staff of no agency");
    assertFalse(
        AccessPolicy.canSeeAccount(
            viewer(7, Role.PAYROLL_STAFF, null, AGENCY),
            new AccountOwnership(100, Optional.empty(), COUNCIL, Optional.empty())));
  }

  @Test
  @DisplayName(
      "Only the employer's own agency's staff record payments to HMRC: not another agency, the holder, an officer or an administrator")
  void ownAgencyStaff() {
    assertTrue(
        AccessPolicy.isOwnAgencyStaff(viewer(7, Role.PAYROLL_STAFF, null, AGENCY), MARGARETS));
    assertFalse(AccessPolicy.isOwnAgencyStaff(viewer(7, Role.PAYROLL_STAFF, null, 11L), MARGARETS));
    assertFalse(
        AccessPolicy.isOwnAgencyStaff(viewer(100, Role.BUDGET_HOLDER, null, AGENCY), MARGARETS),
        "the holder, whatever agency id the session carries");
    assertFalse(
        AccessPolicy.isOwnAgencyStaff(
            viewer(5, Role.MONITORING_OFFICER, COUNCIL, null), MARGARETS));
    assertFalse(AccessPolicy.isOwnAgencyStaff(viewer(1, Role.ADMIN, null, null), MARGARETS));
    assertFalse(
        AccessPolicy.isOwnAgencyStaff(
            viewer(7, Role.PAYROLL_STAFF, null, AGENCY),
            new AccountOwnership(100, Optional.empty(), COUNCIL, Optional.empty())),
        "an account with no agency");
  }

  @Test
  @DisplayName("A personal assistant sees their own employment only")
  void personalAssistants() {
    assertTrue(
        AccessPolicy.canSeeEmployment(
            viewer(300, Role.PERSONAL_ASSISTANT, null, null), 300, MARGARETS));
    assertFalse(
        AccessPolicy.canSeeEmployment(
            viewer(301, Role.PERSONAL_ASSISTANT, null, null), 300, MARGARETS));
    assertFalse(
        AccessPolicy.canSeeAccount(viewer(300, Role.PERSONAL_ASSISTANT, null, null), MARGARETS));
  }
}
