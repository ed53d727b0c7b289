package org.dpsupport.register.application;

import static org.dpsupport.register.testing.PersonalAssistantBuilder.TODAY;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.aPersonalAssistant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.register.domain.model.vetting.DbsCheck;
import org.dpsupport.register.domain.model.vetting.DbsLevel;
import org.dpsupport.register.domain.model.vetting.TrainingRecord;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class VettingReviewTest {
  private final VettingReview review = new VettingReview(VettingPolicy.standard());

  @Test
  @DisplayName(
      "the daily job: of three PAs only the one with expired Care Certificate is suspended, with what to renew")
  void dailyRun() {
    PaProfile fine = aPersonalAssistant().withId("PA-FINE").approved().build();
    PaProfile expired =
        aPersonalAssistant()
            .withId("PA-OLD")
            .approved()
            .withTraining(
                new TrainingRecord(
                    "Care Certificate", LocalDate.of(2023, 5, 1), LocalDate.of(2026, 5, 31)))
            .build();
    PaProfile waiting = aPersonalAssistant().withId("PA-NEW").submitted().withoutDbs().build();

    List<VettingReview.StatusChange> changes =
        review.reviewAll(List.of(fine, expired, waiting), TODAY);

    assertEquals(1, changes.size());
    VettingReview.StatusChange change = changes.get(0);
    assertEquals("PA-OLD", change.profile().id().value());
    assertEquals(VettingStatus.APPROVED, change.from());
    assertEquals(VettingStatus.SUSPENDED, change.to());
    assertEquals(
        "Your profile is suspended, so budget holders cannot find it. To make it visible again, please: "
            + "renew your Care Certificate training (it was valid until 31 May 2026).",
        change.messageToPa());
  }

  @Test
  @DisplayName("renewed DBS: the next run reinstates and thanks the PA")
  void reinstates() {
    PaProfile old =
        aPersonalAssistant().approved().withDbsIssuedOn(LocalDate.of(2022, 1, 1)).build();
    PaProfile suspended = review.review(old, TODAY).orElseThrow().profile();
    PaProfile renewed =
        suspended.withVetting(
            suspended
                .vetting()
                .withDbs(DbsCheck.issued(DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST, TODAY)));

    VettingReview.StatusChange change = review.review(renewed, TODAY).orElseThrow();

    assertEquals(VettingStatus.APPROVED, change.to());
    assertTrue(change.messageToPa().startsWith("Thank you"));
    assertTrue(review.review(change.profile(), TODAY).isEmpty(), "nothing more to change");
  }
}
