package org.dpsupport.server.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.dpsupport.register.application.VettingReview;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredProfile;

/**
 * The daily vetting sweep: suspends approved profiles whose checks ran out (telling the PA what to
 * renew on their page) and reinstates suspended ones whose checks were renewed. Idempotent and safe
 * on several servers at once: a status changes only if it is still what the sweep read, and only
 * the server that changed it leaves the notice.
 */
@ApplicationScoped
public class VettingSweep {

  /** What one sweep did. */
  public record Outcome(LocalDate day, int reviewed, int suspended, int reinstated) {}

  /** How long the register's change feed keeps a change. */
  static final java.time.Duration KEEP_CHANGES = java.time.Duration.ofDays(1);

  @Inject RegisterStore store;

  @Inject RegisterSearch search;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject Event<ProfileChanged> profileChanged;

  @Transactional
  public Outcome run(String actor) {
    LocalDate today = LocalDate.now(clock);
    VettingReview review = new VettingReview(search.policy());
    OffsetDateTime now = OffsetDateTime.now(clock);
    int reviewed = 0;
    int suspended = 0;
    int reinstated = 0;
    for (StoredProfile stored :
        store.profilesWithStatus(VettingStatus.APPROVED, VettingStatus.SUSPENDED)) {
      reviewed++;
      Optional<VettingReview.StatusChange> change = review.review(stored.profile(), today);
      if (change.isEmpty()) {
        continue;
      }
      VettingReview.StatusChange c = change.get();
      if (!store.changeStatusIfStill(stored.id(), c.from(), c.profile(), now)) {
        continue; // another server got there first
      }
      boolean suspension = c.to() == VettingStatus.SUSPENDED;
      store.addNotice(
          stored.id(), suspension ? "SUSPENDED" : "REINSTATED", today, c.messageToPa(), now);
      audit.record(
          actor,
          suspension ? "PA_SUSPENDED" : "PA_REINSTATED",
          "PaProfile",
          c.profile().id().value(),
          c.messageToPa());
      profileChanged.fire(new ProfileChanged(c.profile().id(), c.profile()));
      if (suspension) {
        suspended++;
      } else {
        reinstated++;
      }
    }
    if (suspended + reinstated > 0) {
      audit.record(
          actor,
          "VETTING_SWEEP",
          "Register",
          today,
          reviewed
              + " profiles reviewed, "
              + suspended
              + " suspended, "
              + reinstated
              + " reinstated");
    }
    // the change feed needs only what a running server has not read yet (it reads every 250 ms
    // while matching); a server idle for longer reads the whole register again
    store.pruneChangesBefore(now.minus(KEEP_CHANGES));
    return new Outcome(today, reviewed, suspended, reinstated);
  }
}
