package org.dpsupport.server.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.function.UnaryOperator;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.vetting.VettingRecord;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredProfile;
import org.dpsupport.server.security.Viewer;

/**
 * Register staff (users with the ADMIN role) vet PAs: the queue, evidence, approval, rejection,
 * suspension and reinstatement. The PA is told of a suspension; every decision is audited.
 */
@ApplicationScoped
public class VettingService {

  @Inject RegisterStore store;

  @Inject RegisterSearch search;

  @Inject RegisterAccess access;

  @Inject PaProfileService profiles;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject Event<ProfileChanged> profileChanged;

  /** Profiles waiting for checks, suspended or rejected: the staff's vetting queue. */
  public List<StoredProfile> vettingQueue(Viewer viewer) {
    access.requireStaff(viewer, "see the vetting queue");
    return store.vettingQueue();
  }

  /**
   * Register staff record new or renewed evidence; a suspended profile is reinstated by the next
   * sweep.
   */
  @Transactional
  public PaProfile recordVetting(
      Viewer viewer, String paRef, UnaryOperator<VettingRecord> evidence) {
    return changeAsStaff(
        viewer,
        paRef,
        "PA_VETTING_RECORDED",
        "vetting evidence recorded",
        p -> p.withVetting(evidence.apply(p.vetting())));
  }

  @Transactional
  public PaProfile approve(Viewer viewer, String paRef) {
    return changeAsStaff(
        viewer,
        paRef,
        "PA_APPROVED",
        "every check present and in date",
        p -> p.approve(Actor.registerStaff(viewer.username()), today(), search.policy()));
  }

  @Transactional
  public PaProfile reject(Viewer viewer, String paRef, String reason) {
    return changeAsStaff(
        viewer,
        paRef,
        "PA_REJECTED",
        reason,
        p -> p.reject(Actor.registerStaff(viewer.username()), today(), reason));
  }

  /**
   * Register staff suspend a profile (e.g. over a concern); the PA is told, the nightly sweep
   * leaves it suspended.
   */
  @Transactional
  public PaProfile suspend(Viewer viewer, String paRef, String reason) {
    PaProfile updated =
        changeAsStaff(
            viewer,
            paRef,
            "PA_SUSPENDED_BY_STAFF",
            reason,
            p -> p.suspendByStaff(Actor.registerStaff(viewer.username()), today(), reason));
    notifyPa(
        paRef,
        "STAFF_SUSPENDED",
        "Register staff have suspended your profile, so budget holders cannot find it: "
            + reason
            + " They will contact you.");
    return updated;
  }

  /**
   * Register staff lift their suspension: approved again, or suspended until expired checks are
   * renewed.
   */
  @Transactional
  public PaProfile reinstate(Viewer viewer, String paRef) {
    PaProfile updated =
        changeAsStaff(
            viewer,
            paRef,
            "PA_REINSTATED_BY_STAFF",
            "staff suspension lifted",
            p ->
                p.liftStaffSuspension(
                    Actor.registerStaff(viewer.username()), today(), search.policy()));
    notifyPa(
        paRef,
        "STAFF_REINSTATED",
        updated.status() == org.dpsupport.register.domain.model.profile.VettingStatus.APPROVED
            ? "Register staff have lifted the suspension: budget holders can find your profile again."
            : "Register staff have lifted their suspension. "
                + updated.lastDecision().orElseThrow().note()
                + ".");
    return updated;
  }

  private void notifyPa(String paRef, String kind, String message) {
    store
        .profileByRef(paRef)
        .ifPresent(p -> store.addNotice(p.id(), kind, today(), message, OffsetDateTime.now(clock)));
  }

  private PaProfile changeAsStaff(
      Viewer viewer, String paRef, String action, String reason, UnaryOperator<PaProfile> change) {
    access.requireStaff(viewer, "change vetting");
    StoredProfile stored = profiles.profile(viewer, paRef);
    PaProfile updated = change.apply(stored.profile());
    store.saveProfile(stored.id(), updated, OffsetDateTime.now(clock));
    audit.record(viewer.username(), action, "PaProfile", paRef, reason);
    profileChanged.fire(new ProfileChanged(updated.id(), updated));
    return updated;
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
