package org.dpsupport.server.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.privacy.KeptRecord;
import org.dpsupport.register.domain.model.privacy.ProfileErasure;
import org.dpsupport.register.domain.model.privacy.RetentionPolicy;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.application.SignInService;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredIntroduction;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredProfile;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * A PA's profile on the register: joining (or being registered by staff), keeping it up to date,
 * hiding, showing and deleting it under the retention policy. Every change is audited and
 * re-indexes the match search.
 */
@ApplicationScoped
public class PaProfileService {

  @Inject RegisterStore store;

  @Inject RegisterAccounts accounts;

  @Inject RegisterAccess access;

  @Inject AuditLog audit;

  @Inject SignInService signIn;

  @Inject org.dpsupport.server.application.monitoring.Notifier notifier;

  @Inject org.dpsupport.server.infrastructure.persistence.monitoring.PersonNotices personNotices;

  @Inject Clock clock;

  @Inject Event<ProfileChanged> profileChanged;

  private final RetentionPolicy retention = RetentionPolicy.standard();

  /**
   * What a person is told after joining, whether the address was new or already had an account (its
   * owner is e-mailed instead), so the answer never reveals which addresses have accounts.
   */
  public static String joinedMessage(String email) {
    return "Thank you. If "
        + SignInService.normalise(email)
        + " is new to us, your profile has been sent to register staff for checking: sign in with"
        + " it and your password to see how it is going. If it already has an account, we have"
        + " e-mailed it to say what to do.";
  }

  /**
   * A PA registers themselves: a sign-in with the PERSONAL_ASSISTANT role and a profile sent for
   * checking. Anyone may do this; nothing is searchable until register staff approve it.
   */
  @Transactional
  public Optional<StoredProfile> registerPa(
      String email, char[] password, ProfileDetails details, String actor) {
    String username = SignInService.normalise(email);
    if (username.isBlank() || password == null || password.length < 10) {
      throw new InvalidDetailException("Please choose a password of at least 10 characters.");
    }
    // The details are checked before the address, so an incomplete form is refused alike for a
    // new address and a known one.
    details
        .applyTo(PaProfile.draft(PaId.of("PA-000000"), details.contact()))
        .build()
        .submit(Actor.personalAssistant(username), today());
    if (accounts.usernameTaken(username)) {
      // Said to no one but the address's owner, so joining never reveals who has an account.
      // queued in the outbox with no account (it is about a sign-in), sent after this commits
      personNotices.queue(
          "JOIN_EXISTING_ACCOUNT",
          username,
          "Someone tried to join the PA register with your email address",
          "Someone tried to join the DP Support PA register with this email address, which"
              + " already has an account. If it was you, sign in with your password instead. If"
              + " you have forgotten it, ask your council's direct payments team to reset it. If"
              + " it was not you, you need do nothing: your account has not changed.",
          OffsetDateTime.now(clock));
      notifier.sendQueuedAfterCommit();
      audit.record(actor, "PA_JOIN_EXISTING_ADDRESS", "User", null, "owner e-mailed");
      return Optional.empty();
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    long userId =
        accounts.addPersonalAssistant(
            username, details.contact().fullName(), signIn.hash(password), now);
    long id = store.nextId();
    PaProfile profile =
        details
            .applyTo(PaProfile.draft(PaId.of(String.format("PA-%06d", id)), details.contact()))
            .build()
            .submit(Actor.personalAssistant(username), today());
    store.insertProfile(id, userId, profile, now);
    audit.record(
        actor, "PA_REGISTERED", "PaProfile", profile.id().value(), "profile sent for checking");
    return Optional.of(new StoredProfile(id, userId, profile));
  }

  /**
   * Register staff register a PA who has no sign-in (e.g. met at a recruitment event); the profile
   * waits for checks.
   */
  @Transactional
  public StoredProfile staffRegistersPa(Viewer viewer, ProfileDetails details) {
    access.requireStaff(viewer, "register a PA");
    long id = store.nextId();
    PaProfile profile =
        details
            .applyTo(PaProfile.draft(PaId.of(String.format("PA-%06d", id)), details.contact()))
            .build()
            .submit(Actor.registerStaff(viewer.username()), today());
    store.insertProfile(id, null, profile, OffsetDateTime.now(clock));
    audit.record(
        viewer.username(),
        "PA_REGISTERED_BY_STAFF",
        "PaProfile",
        profile.id().value(),
        "profile sent for checking");
    return new StoredProfile(id, null, profile);
  }

  /** The signed-in PA's own profile. */
  public Optional<StoredProfile> myProfile(Viewer viewer) {
    if (!viewer.has(Role.PERSONAL_ASSISTANT)) {
      return Optional.empty();
    }
    return store.profileByUser(viewer.userId());
  }

  /**
   * A profile by its register id: the PA themselves or register staff only (it holds contact
   * details).
   */
  public StoredProfile profile(Viewer viewer, String paRef) {
    StoredProfile stored =
        store
            .profileByRef(paRef)
            .orElseThrow(
                () ->
                    new jakarta.ws.rs.NotFoundException(
                        "There is no PA profile " + paRef + " on the register."));
    boolean own =
        stored.userId() != null
            && stored.userId() == viewer.userId()
            && viewer.has(Role.PERSONAL_ASSISTANT);
    if (!own && !viewer.has(Role.ADMIN)) {
      audit.recordRefusal(viewer.username(), "PaProfile", paRef, "not the viewer's profile");
      throw new RecordAccessDeniedException(
          "This PA profile is not yours, so you cannot see it. Budget holders see PAs"
              + " through the matches for their need.");
    }
    return stored;
  }

  /** The PA changes what they offer or their contact details; the vetting status stays as it is. */
  @Transactional
  public PaProfile editMyProfile(Viewer viewer, ProfileDetails details) {
    return changeMine(
        viewer,
        "PA_PROFILE_EDITED",
        "profile details changed",
        p -> {
          PaProfile.Builder b = PaProfile.draft(p.id(), details.contact());
          PaProfile base = p;
          return details
              .applyTo(b)
              .visibility(base.visibility())
              .vetting(base.vetting())
              .status(base.status())
              .lastDecision(base.lastDecision().orElse(null))
              .build();
        });
  }

  /** The PA sends a draft or rejected profile for checking again. */
  @Transactional
  public PaProfile submitMine(Viewer viewer) {
    return changeMine(
        viewer,
        "PA_PROFILE_SUBMITTED",
        "sent for checking",
        p -> p.submit(Actor.personalAssistant(viewer.username()), today()));
  }

  @Transactional
  public PaProfile hideMine(Viewer viewer) {
    return changeMine(viewer, "PA_PROFILE_HIDDEN", "hidden from budget holders", PaProfile::hide);
  }

  @Transactional
  public PaProfile showMine(Viewer viewer) {
    return changeMine(viewer, "PA_PROFILE_SHOWN", "shown to budget holders again", PaProfile::show);
  }

  /**
   * The PA deletes their profile: gone, apart from what the retention policy keeps (a summary of
   * the vetting decision, the contact-view log, the introduction that led to a job). Open
   * introductions are withdrawn. Their sign-in stays, since they may be employed through DP
   * Support.
   */
  @Transactional
  public ProfileErasure deleteMine(Viewer viewer) {
    StoredProfile stored = mineOrExplain(viewer);
    PaProfile p = stored.profile();
    List<StoredIntroduction> intros = store.introductionsOfPa(p.id().value());
    LocalDate today = today();
    ProfileErasure erasure =
        retention.erase(p, intros.stream().map(StoredIntroduction::introduction).toList(), today);
    Instant now = clock.instant();
    for (StoredIntroduction si : intros) {
      if (erasure.introductionsToWithdraw().contains(si.introduction().id())) {
        store.saveIntroduction(
            si.id(),
            si.needId(),
            si.introduction()
                .withdraw(
                    Actor.personalAssistant(viewer.username()),
                    now,
                    "the PA deleted their profile"));
      }
    }
    StringBuilder summary = new StringBuilder();
    p.lastDecision()
        .ifPresent(
            d ->
                summary
                    .append("last vetting decision: ")
                    .append(d.status())
                    .append(" by ")
                    .append(d.by().reference())
                    .append(" on ")
                    .append(d.on())
                    .append(". "));
    p.vetting()
        .dbs()
        .ifPresent(
            d ->
                summary
                    .append(d.level().label())
                    .append(" issued ")
                    .append(d.issuedOn())
                    .append(". "));
    p.vetting()
        .rightToWork()
        .ifPresent(
            r -> summary.append("right to work checked ").append(r.checkedOn()).append(". "));
    summary
        .append("Kept: ")
        .append(String.join("; ", erasure.kept().stream().map(KeptRecord::record).toList()));
    LocalDate deleteOn =
        erasure.kept().stream().map(KeptRecord::deleteOn).max(LocalDate::compareTo).orElse(today);
    if (!erasure.kept().isEmpty()) {
      store.recordErasure(p.id().value(), today, summary.toString(), deleteOn);
    }
    store.deleteProfile(stored.id());
    audit.record(
        viewer.username(),
        "PA_PROFILE_DELETED",
        "PaProfile",
        p.id().value(),
        "deleted by the PA; " + erasure.kept().size() + " records kept under the retention policy");
    profileChanged.fire(new ProfileChanged(p.id(), null));
    return erasure;
  }

  public List<RegisterStore.Notice> myNotices(Viewer viewer) {
    return myProfile(viewer).map(p -> store.notices(p.id())).orElse(List.of());
  }

  private PaProfile changeMine(
      Viewer viewer, String action, String reason, UnaryOperator<PaProfile> change) {
    StoredProfile stored = mineOrExplain(viewer);
    PaProfile updated = change.apply(stored.profile());
    store.saveProfile(stored.id(), updated, OffsetDateTime.now(clock));
    audit.record(viewer.username(), action, "PaProfile", updated.id().value(), reason);
    profileChanged.fire(new ProfileChanged(updated.id(), updated));
    return updated;
  }

  /** The signed-in PA's own profile, or a 404 that tells them to register first. */
  public StoredProfile mineOrExplain(Viewer viewer) {
    return myProfile(viewer)
        .orElseThrow(
            () ->
                new jakarta.ws.rs.NotFoundException(
                    "You do not have a profile on the PA register yet. Register first."));
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
