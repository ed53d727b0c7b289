package org.dpsupport.monitoring.reviews;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.monitoring.domain.model.account.EventReview;
import org.dpsupport.monitoring.domain.model.account.ReviewEvent;
import org.dpsupport.monitoring.domain.model.account.ReviewPolicy;
import org.dpsupport.monitoring.domain.model.account.ReviewSchedule;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Reviews an event brings forward (reg 7: whenever there is a concern)")
class EventReviewTest {

  private static final LocalDate START = LocalDate.of(2026, 4, 1);
  private static final LocalDate TODAY = LocalDate.of(2026, 6, 10);
  private final ReviewPolicy policy = ReviewPolicy.standard();

  @Test
  @DisplayName(
      "A safeguarding referral on 10 June brings the first review from 1 October to 8 July (28 days)")
  void referralBringsReviewForward() {
    LocalDate scheduled = ReviewSchedule.nextReview(START, Optional.empty(), Optional.empty());
    assertEquals(LocalDate.of(2026, 10, 1), scheduled);
    EventReview review =
        policy.review(ReviewEvent.SAFEGUARDING_REFERRAL, TODAY, " Bruising seen at a visit. ");
    assertEquals(LocalDate.of(2026, 7, 8), review.dueBy());
    assertEquals(
        Optional.of(LocalDate.of(2026, 7, 8)), ReviewSchedule.bringForward(scheduled, review));
    assertEquals(
        "Review due by 8 July 2026 because referred to safeguarding on 10 June 2026: Bruising seen at a visit.",
        review.describe());
  }

  @Test
  @DisplayName(
      "A scheduled review says which rule sets it: 6 months from the start, then 12 from the last")
  void scheduledReason() {
    assertEquals(
        "The first review is due within 6 months of the start on 1 April 2026.",
        ReviewSchedule.describeScheduled(START, Optional.empty()));
    assertEquals(
        "Reviews are at most 12 months apart; the last was on 10 June 2026.",
        ReviewSchedule.describeScheduled(START, Optional.of(TODAY)));
    assertEquals(
        LocalDate.of(2027, 6, 10),
        ReviewSchedule.nextReview(START, Optional.of(TODAY), Optional.empty()));
  }

  @Test
  @DisplayName("An event never puts a review off: a review already due on 20 June stays on 20 June")
  void neverLater() {
    EventReview review = policy.review(ReviewEvent.OFFICER_REQUEST, TODAY, "Needs have changed");
    assertEquals(Optional.empty(), ReviewSchedule.bringForward(LocalDate.of(2026, 6, 20), review));
    assertEquals(
        Optional.empty(),
        ReviewSchedule.bringForward(LocalDate.of(2026, 7, 8), review),
        "same day: no change");
  }

  @Test
  @DisplayName(
      "A surplus concern opening calls for a review, in the rules' words; one already open does not call again")
  void concernOpening() {
    EventReview review =
        policy
            .onConcerns(Set.of(), EnumSet.of(ConcernKind.SURPLUS_OVER_CONTINGENCY), TODAY)
            .orElseThrow();
    assertEquals(ReviewEvent.RISK_CONCERN, review.event());
    assertEquals("The account holds more than the contingency allows.", review.reason());
    assertEquals(
        Optional.empty(),
        policy.onConcerns(
            EnumSet.of(ConcernKind.SURPLUS_OVER_CONTINGENCY),
            EnumSet.of(ConcernKind.SURPLUS_OVER_CONTINGENCY),
            TODAY));
    assertEquals(
        "A personal assistant was paid below the National Minimum Wage.",
        policy
            .onConcerns(
                EnumSet.of(ConcernKind.SURPLUS_OVER_CONTINGENCY),
                EnumSet.of(ConcernKind.SURPLUS_OVER_CONTINGENCY, ConcernKind.NMW_FINDING),
                TODAY)
            .orElseThrow()
            .reason());
  }

  @Test
  @DisplayName(
      "Unexplained spending alone is for the return's officer, not a review, unless the council says so")
  void unexplainedSpendingIsTheCouncilsChoice() {
    assertEquals(
        Optional.empty(),
        policy.onConcerns(Set.of(), EnumSet.of(ConcernKind.UNEXPLAINED_SPENDING), TODAY));
    ReviewPolicy strict = new ReviewPolicy(14, EnumSet.of(ConcernKind.UNEXPLAINED_SPENDING));
    assertEquals(
        LocalDate.of(2026, 6, 24),
        strict
            .onConcerns(Set.of(), EnumSet.of(ConcernKind.UNEXPLAINED_SPENDING), TODAY)
            .orElseThrow()
            .dueBy());
  }

  @Test
  @DisplayName("An officer's request without a reason is refused in words they can act on")
  void reasonRequired() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> policy.review(ReviewEvent.OFFICER_REQUEST, TODAY, "  "));
    assertEquals("Say why the review is needed.", e.getMessage());
  }
}
