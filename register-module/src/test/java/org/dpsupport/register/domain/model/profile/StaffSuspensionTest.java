package org.dpsupport.register.domain.model.profile;

import static org.dpsupport.register.testing.PersonalAssistantBuilder.STAFF;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.TODAY;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.aPersonalAssistant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.dpsupport.register.application.VettingReview;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class StaffSuspensionTest {
  private final VettingPolicy policy = VettingPolicy.standard();

  @Test
  @DisplayName(
      "staff suspend an approved PA over a concern: not searchable, and the daily review does not lift it")
  void staffSuspensionHolds() {
    PaProfile pa =
        aPersonalAssistant()
            .approved()
            .build()
            .suspendByStaff(STAFF, TODAY, "A concern raised by a family");

    assertEquals(VettingStatus.SUSPENDED_BY_STAFF, pa.status());
    assertEquals("A concern raised by a family", pa.lastDecision().orElseThrow().note());
    assertFalse(policy.assess(pa, TODAY).searchable());
    assertTrue(
        new VettingReview(policy).review(pa, TODAY.plusDays(1)).isEmpty(),
        "the sweep leaves it alone");
  }

  @Test
  @DisplayName(
      "lifting it approves a PA whose checks hold, and suspends one whose DBS ran out meanwhile (so they are told what to renew)")
  void lifting() {
    PaProfile fine =
        aPersonalAssistant()
            .approved()
            .build()
            .suspendByStaff(STAFF, TODAY, "checking a complaint");
    assertEquals(VettingStatus.APPROVED, fine.liftStaffSuspension(STAFF, TODAY, policy).status());

    PaProfile lapsed =
        aPersonalAssistant()
            .approved()
            .withDbsIssuedOn(LocalDate.of(2023, 3, 1))
            .build()
            .suspendByStaff(STAFF, TODAY, "checking a complaint")
            .liftStaffSuspension(STAFF, TODAY, policy);
    assertEquals(VettingStatus.SUSPENDED, lapsed.status());
    assertTrue(
        lapsed.lastDecision().orElseThrow().note().contains("DBS"),
        lapsed.lastDecision().orElseThrow().note());
  }

  @Test
  @DisplayName(
      "a reason is required, and only approved or suspended profiles can be suspended by staff")
  void rules() {
    PaProfile approved = aPersonalAssistant().approved().build();
    assertThrows(InvalidDetailException.class, () -> approved.suspendByStaff(STAFF, TODAY, " "));
    PaProfile waiting = aPersonalAssistant().submitted().build();
    var e =
        assertThrows(
            VettingStepNotAllowedException.class,
            () -> waiting.suspendByStaff(STAFF, TODAY, "why"));
    assertEquals(
        "Only an approved or suspended profile can be suspended by staff; this one is waiting for register staff to check.",
        e.getMessage());
    assertThrows(
        VettingStepNotAllowedException.class,
        () -> approved.liftStaffSuspension(STAFF, TODAY, policy));
  }
}
