package org.dpsupport.register.domain.model.vetting;

import static org.dpsupport.register.testing.PersonalAssistantBuilder.STAFF;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.TODAY;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.aPersonalAssistant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.ProfileIncompleteException;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.register.domain.model.profile.VettingStepNotAllowedException;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VettingPolicyTest {
  private static final Actor REVIEW = Actor.registerStaff("daily-vetting-review");
  private final VettingPolicy policy = VettingPolicy.standard();

  @Test
  @DisplayName(
      "the council's figures come from register/vetting-policy.json: enhanced + adults' barred list, 3 years, 2 references")
  void policyIsData() {
    assertEquals(DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST, policy.minimumDbsLevel());
    assertEquals(3, policy.dbsValidForYears());
    assertEquals(2, policy.referencesRequired());
    assertEquals(
        List.of(
            "Care Certificate",
            "Safeguarding adults",
            "Moving and handling",
            "Medication awareness"),
        policy.requiredTraining().stream().map(TrainingRequirement::course).toList());
  }

  @Test
  @DisplayName(
      "a different council's file changes the rule: DBS valid 1 year suspends a 2-year-old certificate")
  void anotherCouncil() throws IOException {
    String json =
        """
        {"council":"Elsewhere","minimumDbsLevel":"ENHANCED","dbsValidForYears":1,"updateServiceStatusCheckEveryMonths":6,
         "referencesRequired":1,"codeOfConductRequired":false,"requiredTraining":[]}""";
    VettingPolicy strict =
        VettingPolicy.fromJson(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    PaProfile pa = aPersonalAssistant().approved().withDbsIssuedOn(TODAY.minusYears(2)).build();

    assertTrue(policy.assess(pa, TODAY).searchable());
    assertFalse(strict.assess(pa, TODAY).searchable());
  }

  @Test
  @DisplayName("a policy file with a missing figure is refused, naming it")
  void incompleteFile() {
    String json = "{\"council\":\"Elsewhere\",\"minimumDbsLevel\":\"ENHANCED\"}";
    IOException e =
        assertThrows(
            IOException.class,
            () ->
                VettingPolicy.fromJson(
                    new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8))));
    assertTrue(e.getMessage().contains("dbsValidForYears"), e.getMessage());
  }

  @Test
  @DisplayName(
      "complete, in-date evidence: approved and visible is searchable; the first expiry is the DBS (issued 1 June 2025 -> last valid 31 May 2028)")
  void searchable() {
    VettingAssessment a = policy.assess(aPersonalAssistant().approved().build(), TODAY);
    assertTrue(a.searchable());
    assertEquals(List.of(), a.reasons());
    // Safeguarding done 1 June 2025 + 3 years - 1 day = 31 May 2028; DBS issued 1 June 2025 the
    // same.
    assertEquals(LocalDate.of(2028, 5, 31), a.lastValidDay());
  }

  @Test
  @DisplayName(
      "DBS issued 1 March 2023, not on the Update Service: on 1 June 2026 it is over 3 years old, so suspend and say what to renew")
  void dbsExpiredSuspends() {
    PaProfile pa =
        aPersonalAssistant().approved().withDbsIssuedOn(LocalDate.of(2023, 3, 1)).build();

    VettingAssessment a = policy.assess(pa, TODAY);
    PaProfile reviewed = pa.afterReview(a, REVIEW);

    assertFalse(a.searchable());
    assertEquals(VettingStatus.SUSPENDED, reviewed.status());
    assertEquals(1, a.toRenew().size());
    assertEquals(Check.DBS, a.toRenew().get(0).check());
    assertEquals(LocalDate.of(2026, 2, 28), a.toRenew().get(0).lastValidDay());
    assertEquals(
        "Your profile is suspended, so budget holders cannot find it. To make it visible again, please: "
            + "renew your DBS check: your certificate of 1 March 2023 is more than 3 years old. Apply for a new enhanced DBS check "
            + "with the adults' barred list, or join the DBS Update Service so it stays current.",
        a.whatToRenewMessage());
    assertEquals(a.whatToRenewMessage(), reviewed.lastDecision().orElseThrow().note());
  }

  @Test
  @DisplayName(
      "the same old certificate on the Update Service, status checked 3 months ago: still valid")
  void updateServiceKeepsDbsCurrent() {
    PaProfile pa =
        aPersonalAssistant()
            .approved()
            .withDbs(
                DbsCheck.onUpdateService(
                    DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST,
                    LocalDate.of(2019, 3, 1),
                    TODAY.minusMonths(3)))
            .build();
    VettingAssessment a = policy.assess(pa, TODAY);
    assertTrue(a.searchable());
    assertEquals(TODAY.minusMonths(3).plusMonths(12).minusDays(1), a.lastValidDay());
  }

  @Test
  @DisplayName("Update Service shows new information: a new check is needed")
  void updateServiceNewInformation() {
    PaProfile pa =
        aPersonalAssistant()
            .approved()
            .withDbs(
                new DbsCheck(
                    DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST,
                    LocalDate.of(2024, 1, 10),
                    UpdateServiceStatus.SUBSCRIBED_NEW_INFORMATION,
                    TODAY.minusDays(2)))
            .build();
    VettingAssessment a = policy.assess(pa, TODAY);
    assertEquals(VettingStatus.SUSPENDED, a.statusAfterReview());
    assertTrue(
        a.toRenew()
            .get(0)
            .whatToDo()
            .startsWith(
                "get a new enhanced DBS check with the adults' barred list: the DBS Update Service shows new information"));
  }

  @Test
  @DisplayName(
      "right to work ended 31 May 2026 and Moving and handling (yearly) done 1 May 2025: both listed to renew")
  void rightToWorkAndTrainingExpired() {
    PaProfile pa =
        aPersonalAssistant()
            .approved()
            .withSkill(Skill.MOVING_AND_HANDLING)
            .withRightToWork(
                RightToWorkCheck.timeLimited(LocalDate.of(2024, 6, 1), LocalDate.of(2026, 5, 31)))
            .withTraining(TrainingRecord.completed("Moving and handling", LocalDate.of(2025, 5, 1)))
            .build();

    VettingAssessment a = policy.assess(pa, TODAY);

    assertEquals(
        List.of(
            "show register staff your new permission to work in the UK (the one we saw ended on 31 May 2026)",
            "renew your Moving and handling training (it was valid until 30 April 2026)"),
        a.toRenew().stream().map(OutstandingItem::whatToDo).toList());
    assertEquals(VettingStatus.SUSPENDED, a.statusAfterReview());
  }

  @Test
  @DisplayName(
      "training required only for a skill: no Moving and handling course needed by a PA who does not offer it")
  void trainingOnlyForSkill() {
    assertTrue(policy.assess(aPersonalAssistant().approved().build(), TODAY).searchable());
    VettingAssessment withSkill =
        policy.assess(
            aPersonalAssistant().approved().withSkill(Skill.MOVING_AND_HANDLING).build(), TODAY);
    assertEquals(
        List.of("complete the Moving and handling training"),
        withSkill.missing().stream().map(OutstandingItem::whatToDo).toList());
  }

  @Test
  @DisplayName("a certificate's own expiry date wins over the refresh period")
  void certificateExpiry() {
    PaProfile pa =
        aPersonalAssistant()
            .approved()
            .withTraining(
                new TrainingRecord(
                    "Care Certificate", LocalDate.of(2024, 1, 1), LocalDate.of(2026, 5, 1)))
            .build();
    assertEquals(
        "renew your Care Certificate training (it was valid until 1 May 2026)",
        policy.assess(pa, TODAY).toRenew().get(0).whatToDo());
  }

  @Test
  @DisplayName("suspended, then the DBS is renewed: the next review approves again")
  void renewalReinstates() {
    PaProfile pa =
        aPersonalAssistant().approved().withDbsIssuedOn(LocalDate.of(2023, 3, 1)).build();
    PaProfile suspended = pa.afterReview(policy.assess(pa, TODAY), REVIEW);
    assertFalse(policy.assess(suspended, TODAY).searchable());

    PaProfile renewed =
        suspended.withVetting(
            suspended
                .vetting()
                .withDbs(DbsCheck.issued(DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST, TODAY)));
    VettingAssessment a = policy.assess(renewed, TODAY);
    PaProfile reinstated = renewed.afterReview(a, REVIEW);

    assertEquals(VettingStatus.APPROVED, reinstated.status());
    assertTrue(policy.assess(reinstated, TODAY).searchable());
    assertSame(
        reinstated,
        reinstated.afterReview(policy.assess(reinstated, TODAY), REVIEW),
        "no change, same profile");
  }

  @Test
  @DisplayName("hidden: approved and in date but not searchable, and the review leaves it approved")
  void hiddenIsNotSearchable() {
    VettingAssessment a = policy.assess(aPersonalAssistant().approved().hidden().build(), TODAY);
    assertFalse(a.searchable());
    assertEquals(List.of("The PA has hidden the profile."), a.reasons());
    assertEquals(VettingStatus.APPROVED, a.statusAfterReview());
  }

  @Test
  @DisplayName(
      "draft -> submitted -> approved by staff; approving with one reference and no DBS is refused with the list")
  void approvalFlow() {
    PaProfile draft = aPersonalAssistant().build();
    PaProfile submitted = draft.submit(Actor.personalAssistant("pa-amina"), TODAY);
    assertEquals(VettingStatus.SUBMITTED, submitted.status());
    PaProfile approved = submitted.approve(STAFF, TODAY, policy);
    assertEquals(VettingStatus.APPROVED, approved.status());
    assertEquals(STAFF, approved.lastDecision().orElseThrow().by());

    PaProfile thin =
        aPersonalAssistant().submitted().withoutDbs().withVerifiedReferences(1).build();
    VettingIncompleteException e =
        assertThrows(VettingIncompleteException.class, () -> thin.approve(STAFF, TODAY, policy));
    assertEquals(
        "This profile cannot be approved yet. Still needed: get an enhanced DBS check with the adults' barred list; "
            + "send 2 references that register staff can verify (1 verified so far).",
        e.getMessage());
  }

  @Test
  @DisplayName(
      "rejected with a reason; approving a draft is not allowed; an empty draft cannot be submitted")
  void wrongSteps() {
    PaProfile rejected =
        aPersonalAssistant()
            .submitted()
            .build()
            .reject(STAFF, TODAY, "References could not be confirmed.");
    assertEquals(VettingStatus.REJECTED, rejected.status());
    assertFalse(policy.assess(rejected, TODAY).searchable());
    assertThrows(
        VettingStepNotAllowedException.class,
        () -> aPersonalAssistant().build().approve(STAFF, TODAY, policy));

    PaProfile empty =
        PaProfile.draft(
                PaId.of("PA-EMPTY"),
                new ContactDetails("Sam Lee", "sam@example.org", null, null, null))
            .build();
    ProfileIncompleteException e =
        assertThrows(
            ProfileIncompleteException.class,
            () -> empty.submit(Actor.personalAssistant("sam"), TODAY));
    assertEquals(
        List.of(
            "at least one postcode district you work in",
            "when you are available",
            "the hourly rate you are looking for"),
        e.missing());
    assertTrue(empty.toBuilder().availability(WeeklySlots.none()).build().availability().isEmpty());
  }
}
