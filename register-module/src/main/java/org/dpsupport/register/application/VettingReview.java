package org.dpsupport.register.application;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.register.domain.model.vetting.OutstandingItem;
import org.dpsupport.register.domain.model.vetting.VettingAssessment;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;

/**
 * The daily vetting review the server's scheduled job runs: suspends approved profiles whose checks
 * ran out and reinstates suspended ones whose checks were renewed, and says what to tell each PA.
 * The job saves each changed profile, sends the message and re-puts it in the index.
 */
public final class VettingReview {
  /** Recorded as the actor of automatic suspensions and reinstatements. */
  public static final Actor AUTOMATIC_REVIEW = Actor.registerStaff("automatic-vetting-review");

  private final VettingPolicy policy;

  public VettingReview(VettingPolicy policy) {
    this.policy = Objects.requireNonNull(policy, "policy");
  }

  /**
   * A profile whose status the review changed.
   *
   * @param profile the profile with its new status, to save
   * @param from the status before
   * @param messageToPa what to tell the PA: what to renew, or that the profile is visible again
   * @param toRenew the expired checks (empty on reinstatement)
   */
  public record StatusChange(
      PaProfile profile, VettingStatus from, String messageToPa, List<OutstandingItem> toRenew) {
    public VettingStatus to() {
      return profile.status();
    }
  }

  /** The change to one profile today, or empty when it stays as it is. */
  public Optional<StatusChange> review(PaProfile profile, LocalDate today) {
    VettingAssessment assessment = policy.assess(profile, today);
    if (!assessment.changesStatus(profile.status())) {
      return Optional.empty();
    }
    PaProfile updated = profile.afterReview(assessment, AUTOMATIC_REVIEW);
    String message =
        updated.status() == VettingStatus.SUSPENDED
            ? assessment.whatToRenewMessage()
            : "Thank you: your checks are up to date and budget holders can find your profile again.";
    return Optional.of(new StatusChange(updated, profile.status(), message, assessment.toRenew()));
  }

  /** The changes to all these profiles today, in the order given. */
  public List<StatusChange> reviewAll(Collection<PaProfile> profiles, LocalDate today) {
    List<StatusChange> changes = new ArrayList<>();
    for (PaProfile profile : profiles) {
      review(profile, today).ifPresent(changes::add);
    }
    return changes;
  }
}
