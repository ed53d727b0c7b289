package org.dpsupport.server.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.introduction.ContactDisclosure;
import org.dpsupport.register.domain.model.introduction.Hire;
import org.dpsupport.register.domain.model.introduction.HireTerms;
import org.dpsupport.register.domain.model.introduction.Introduction;
import org.dpsupport.register.domain.model.introduction.IntroductionId;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.need.NeedId;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ActorRole;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.privacy.KeptRecord;
import org.dpsupport.register.domain.model.privacy.ProfileErasure;
import org.dpsupport.register.domain.model.privacy.RetentionPolicy;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.vetting.VettingRecord;
import org.dpsupport.register.domain.service.Match;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.application.SignInService;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredIntroduction;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredNeed;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredProfile;
import org.dpsupport.server.security.AccessPolicy;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * The register's use cases: PAs register and keep their profile, register staff (users with the
 * ADMIN role) vet and approve, budget holders describe needs and see matches, both sides agree to
 * introductions, contact details are exchanged (every view logged), and a hire starts employment.
 * Every record is checked against the viewer, every change is audited.
 */
@ApplicationScoped
public class RegisterService {

  /** What the PA sees of one introduction, with the need as they may see it. */
  public record IntroductionView(long id, Introduction introduction, Need need, long needDbId) {}

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject RegisterStore store;

  @Inject RegisterSearch search;

  @Inject AuditLog audit;

  @Inject SignInService signIn;

  @Inject org.dpsupport.server.application.monitoring.Notifier notifier;

  @Inject org.dpsupport.server.infrastructure.persistence.monitoring.PersonNotices personNotices;

  @Inject Clock clock;

  @Inject Event<ProfileChanged> profileChanged;

  private final RetentionPolicy retention = RetentionPolicy.standard();

  // ---- PA profiles ---------------------------------------------------------------------------

  /**
   * A PA registers themselves: a sign-in with the PERSONAL_ASSISTANT role and a profile sent for
   * checking. Anyone may do this; nothing is searchable until register staff approve it.
   */
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
    long taken =
        em.createQuery("select count(u) from UserAccountEntity u where u.username = :u", Long.class)
            .setParameter("u", username)
            .getSingleResult();
    if (taken > 0) {
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
    UserAccountEntity user =
        new UserAccountEntity(
            username,
            details.contact().fullName(),
            signIn.hash(password),
            EnumSet.of(Role.PERSONAL_ASSISTANT),
            null,
            null,
            now);
    em.persist(user);
    em.flush();
    long id = store.nextId();
    PaProfile profile =
        details
            .applyTo(PaProfile.draft(PaId.of(String.format("PA-%06d", id)), details.contact()))
            .build()
            .submit(Actor.personalAssistant(username), today());
    store.insertProfile(id, user.getId(), profile, now);
    audit.record(
        actor, "PA_REGISTERED", "PaProfile", profile.id().value(), "profile sent for checking");
    return Optional.of(new StoredProfile(id, user.getId(), profile));
  }

  /**
   * Register staff register a PA who has no sign-in (e.g. met at a recruitment event); the profile
   * waits for checks.
   */
  @Transactional
  public StoredProfile staffRegistersPa(Viewer viewer, ProfileDetails details) {
    requireStaff(viewer, "register a PA");
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
    StoredProfile stored = myProfileOrExplain(viewer);
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
    StoredProfile stored = myProfileOrExplain(viewer);
    PaProfile updated = change.apply(stored.profile());
    store.saveProfile(stored.id(), updated, OffsetDateTime.now(clock));
    audit.record(viewer.username(), action, "PaProfile", updated.id().value(), reason);
    profileChanged.fire(new ProfileChanged(updated.id(), updated));
    return updated;
  }

  private StoredProfile myProfileOrExplain(Viewer viewer) {
    return myProfile(viewer)
        .orElseThrow(
            () ->
                new jakarta.ws.rs.NotFoundException(
                    "You do not have a profile on the PA register yet. Register first."));
  }

  // ---- vetting (register staff) -------------------------------------------------------------

  /** Profiles waiting for checks, suspended or rejected: the staff's vetting queue. */
  public List<StoredProfile> vettingQueue(Viewer viewer) {
    requireStaff(viewer, "see the vetting queue");
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
    requireStaff(viewer, "change vetting");
    StoredProfile stored = profile(viewer, paRef);
    PaProfile updated = change.apply(stored.profile());
    store.saveProfile(stored.id(), updated, OffsetDateTime.now(clock));
    audit.record(viewer.username(), action, "PaProfile", paRef, reason);
    profileChanged.fire(new ProfileChanged(updated.id(), updated));
    return updated;
  }

  // ---- needs and matches ---------------------------------------------------------------------

  /** The budget holder (or nominee) describes a need for one of their own accounts. */
  @Transactional
  public StoredNeed describeNeed(
      Viewer viewer, long accountId, UnaryOperator<Need.Builder> details) {
    DirectPaymentAccountEntity account = holderAccount(viewer, accountId);
    UserAccountEntity holder = em.find(UserAccountEntity.class, account.getHolderUserId());
    long id = store.nextId();
    Need need =
        details
            .apply(
                Need.describe(
                        NeedId.of("NEED-" + id),
                        account.getReference(),
                        holderSide(viewer, account))
                    .budgetHolderContact(
                        new ContactDetails(
                            account.getRecipientName(), holder.getUsername(), null, null, null)))
            .build();
    store.insertNeed(id, accountId, need, OffsetDateTime.now(clock));
    audit.record(
        viewer.username(),
        "NEED_DESCRIBED",
        "Need",
        need.id().value(),
        "for account " + account.getReference());
    return new StoredNeed(id, accountId, need);
  }

  /** One need, for the budget holder's side of its account (or register staff). */
  public StoredNeed need(Viewer viewer, String needRef) {
    StoredNeed need =
        store
            .needByRef(needRef)
            .orElseThrow(
                () -> new jakarta.ws.rs.NotFoundException("There is no need " + needRef + "."));
    if (!viewer.has(Role.ADMIN)) {
      holderAccount(viewer, need.accountId());
    }
    return need;
  }

  public List<StoredNeed> needsOfAccount(Viewer viewer, long accountId) {
    holderAccount(viewer, accountId);
    return store.needsOfAccount(accountId);
  }

  /** The holder's accounts they may describe needs for. */
  public List<DirectPaymentAccountEntity> holderAccounts(Viewer viewer) {
    return em.createQuery(
            "select a from DirectPaymentAccountEntity a where a.holderUserId = :u or a.nomineeUserId = :u"
                + " order by a.reference",
            DirectPaymentAccountEntity.class)
        .setParameter("u", viewer.userId())
        .getResultList();
  }

  /**
   * Ranked matches for a need, with explanations; never a PA who is not approved, visible and in
   * date.
   */
  public List<Match> matches(Viewer viewer, String needRef, int limit) {
    StoredNeed need = need(viewer, needRef);
    return search.rank(
        need.need(), alreadyWorkingFor(need.accountId()), Math.max(1, Math.min(limit, 100)));
  }

  /**
   * The register PAs who already work for the need's budget holder (left out of its matches), by
   * name, so the page can say why they are not listed.
   */
  public List<RegisterStore.PaAtWork> pasWorkingFor(Viewer viewer, String needRef) {
    return store.pasWorkingFor(need(viewer, needRef).accountId(), today());
  }

  private Set<PaId> alreadyWorkingFor(long accountId) {
    return store.pasWorkingFor(accountId, today()).stream()
        .map(RegisterStore.PaAtWork::paId)
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * The open needs the signed-in PA fits, best first; not those of a budget holder they already
   * work for (that holder asks them directly), nor those they already have an introduction for.
   */
  public List<Match> needsForMe(Viewer viewer) {
    StoredProfile me = myProfileOrExplain(viewer);
    PaProfile pa = me.profile();
    Set<Long> employers =
        me.userId() == null ? Set.of() : store.accountsEmploying(me.userId(), today());
    Set<Long> introduced =
        store.introductionsOfPa(pa.id().value()).stream()
            .map(StoredIntroduction::needId)
            .collect(java.util.stream.Collectors.toSet());
    List<Need> open =
        store.openNeedsIn(pa.areas()).stream()
            .filter(n -> !employers.contains(n.accountId()))
            .filter(n -> !introduced.contains(n.id())) // listed under their introductions
            .map(StoredNeed::need)
            .toList();
    return search.matcher().needsFor(pa, open, today());
  }

  // ---- introductions -------------------------------------------------------------------------

  /** The PA says they are interested in a need they fit. */
  @Transactional
  public StoredIntroduction expressInterest(Viewer viewer, String needRef) {
    PaProfile pa = myProfileOrExplain(viewer).profile();
    StoredNeed need =
        store
            .needByRef(needRef)
            .orElseThrow(
                () -> new jakarta.ws.rs.NotFoundException("There is no need " + needRef + "."));
    if (search.matcher().match(need.need(), pa, today()).isEmpty()) {
      audit.recordRefusal(viewer.username(), "Need", needRef, "PA does not match the need");
      throw new RecordAccessDeniedException(
          "This need is not one your profile matches, so you cannot answer it."
              + " Check your areas, availability and that your profile is approved.");
    }
    StoredProfile me = myProfileOrExplain(viewer);
    if (me.userId() != null
        && store.accountsEmploying(me.userId(), today()).contains(need.accountId())) {
      throw new InvalidDetailException(
          "You already work for this budget holder. Talk to them directly about more hours.");
    }
    requireNoIntroduction(need, pa.id());
    long id = store.nextId();
    Introduction intro =
        Introduction.paExpressesInterest(
            IntroductionId.of(String.valueOf(id)),
            need.need(),
            pa,
            Actor.personalAssistant(viewer.username()),
            clock.instant());
    store.saveIntroduction(id, need.id(), intro);
    audit.record(viewer.username(), "PA_INTERESTED", "Introduction", id, "in need " + needRef);
    return new StoredIntroduction(id, need.id(), intro);
  }

  /** The budget holder's side invites a PA from their matches. */
  @Transactional
  public StoredIntroduction invite(Viewer viewer, String needRef, String paRef) {
    StoredNeed need = need(viewer, needRef);
    DirectPaymentAccountEntity account = holderAccount(viewer, need.accountId());
    StoredProfile pa =
        store
            .profileByRef(paRef)
            .orElseThrow(
                () ->
                    new jakarta.ws.rs.NotFoundException(
                        "There is no PA " + paRef + " on the register."));
    if (alreadyWorkingFor(need.accountId()).contains(pa.profile().id())) {
      throw new InvalidDetailException(
          pa.profile().displayName()
              + " already works for you, so they are not offered as a new match. Ask them"
              + " directly if you would like them to work more hours.");
    }
    if (search.matcher().match(need.need(), pa.profile(), today()).isEmpty()) {
      throw new InvalidDetailException(
          "This PA is not among the matches for your need, so you cannot invite them.");
    }
    requireNoIntroduction(need, pa.profile().id());
    long id = store.nextId();
    Introduction intro =
        Introduction.holderShortlists(
            IntroductionId.of(String.valueOf(id)),
            need.need(),
            pa.profile(),
            holderSide(viewer, account),
            clock.instant());
    store.saveIntroduction(id, need.id(), intro);
    audit.record(
        viewer.username(),
        "HOLDER_INVITED_PA",
        "Introduction",
        id,
        "PA " + paRef + " for need " + needRef);
    return new StoredIntroduction(id, need.id(), intro);
  }

  /** The other side agrees: from now on both may see each other's contact details. */
  @Transactional
  public StoredIntroduction agree(Viewer viewer, long introductionId) {
    Party party = party(viewer, introductionId);
    Introduction next = party.intro().introduction().agree(party.actor(), clock.instant());
    store.saveIntroduction(introductionId, party.intro().needId(), next);
    audit.record(
        viewer.username(),
        "INTRODUCTION_AGREED",
        "Introduction",
        introductionId,
        "both sides have agreed");
    return new StoredIntroduction(introductionId, party.intro().needId(), next);
  }

  @Transactional
  public StoredIntroduction decline(Viewer viewer, long introductionId, String reason) {
    Party party = party(viewer, introductionId);
    Introduction next =
        party.intro().introduction().decline(party.actor(), clock.instant(), reason);
    store.saveIntroduction(introductionId, party.intro().needId(), next);
    audit.record(
        viewer.username(), "INTRODUCTION_DECLINED", "Introduction", introductionId, reason);
    return new StoredIntroduction(introductionId, party.intro().needId(), next);
  }

  /**
   * The PA's contact details for the budget holder's side, once both agreed; the view is logged.
   */
  @Transactional
  public ContactDetails paContact(Viewer viewer, long introductionId) {
    Party party = party(viewer, introductionId);
    StoredProfile pa =
        store
            .profileByRef(party.intro().introduction().paId().value())
            .orElseThrow(
                () -> new jakarta.ws.rs.NotFoundException("This PA has deleted their profile."));
    ContactDisclosure disclosure =
        party
            .intro()
            .introduction()
            .disclosePaContact(pa.profile(), party.actor(), clock.instant());
    logView(introductionId, disclosure, viewer);
    return disclosure.details();
  }

  /** The budget holder's contact details for the PA, once both agreed; the view is logged. */
  @Transactional
  public ContactDetails holderContact(Viewer viewer, long introductionId) {
    Party party = party(viewer, introductionId);
    Need need = store.need(party.intro().needId()).orElseThrow().need();
    ContactDisclosure disclosure =
        party
            .intro()
            .introduction()
            .discloseBudgetHolderContact(need, party.actor(), clock.instant());
    logView(introductionId, disclosure, viewer);
    return disclosure.details();
  }

  private void logView(long introductionId, ContactDisclosure disclosure, Viewer viewer) {
    var entry = disclosure.logEntry();
    store.logContactView(
        introductionId,
        entry.whoseDetails(),
        entry.viewer(),
        OffsetDateTime.ofInstant(entry.at(), clock.getZone()));
    audit.record(
        viewer.username(),
        "CONTACT_DETAILS_VIEWED",
        "Introduction",
        introductionId,
        "contact details of " + entry.whoseDetails());
  }

  /**
   * The budget holder's side hires the PA: a new employment on the need's account (payroll sees a
   * new starter whose checklist is still to complete), a record of which profile and introduction
   * it came from, and the PA taken off the need.
   */
  @Transactional
  public PaEmploymentEntity hire(Viewer viewer, long introductionId, HireTerms terms) {
    Party party = party(viewer, introductionId);
    StoredNeed need = store.need(party.intro().needId()).orElseThrow();
    StoredProfile pa =
        store
            .profileByRef(party.intro().introduction().paId().value())
            .orElseThrow(
                () ->
                    new InvalidDetailException(
                        "This PA has deleted their profile, so they cannot be hired here."));
    Hire hire =
        party
            .intro()
            .introduction()
            .hire(pa.profile(), need.need(), terms, party.actor(), clock.instant());
    PaEmploymentEntity employment =
        new PaEmploymentEntity(
            need.accountId(), pa.userId(), hire.newEmployee().fullName(), terms.startDate());
    em.persist(employment);
    em.flush();
    OffsetDateTime now = OffsetDateTime.now(clock);
    store.saveIntroduction(introductionId, need.id(), hire.introduction());
    store.updateNeedProgress(need.id(), hire.need());
    store.insertHire(
        introductionId,
        need.id(),
        pa.profile().id().value(),
        employment.getId(),
        terms.agreedRate().poundsPerHour(),
        terms.startDate(),
        terms.slotsAgreed().asMask(),
        viewer.username(),
        now);
    audit.record(
        viewer.username(),
        "PA_HIRED",
        "PaEmployment",
        employment.getId(),
        "PA "
            + pa.profile().id()
            + " hired through the register for need "
            + need.need().id()
            + " from "
            + terms.startDate()
            + " at "
            + terms.agreedRate()
            + "; starter checklist still to complete");
    return employment;
  }

  public List<IntroductionView> myIntroductions(Viewer viewer) {
    PaProfile pa = myProfileOrExplain(viewer).profile();
    List<IntroductionView> out = new ArrayList<>();
    for (StoredIntroduction si : store.introductionsOfPa(pa.id().value())) {
      store
          .need(si.needId())
          .ifPresent(
              n -> out.add(new IntroductionView(si.id(), si.introduction(), n.need(), n.id())));
    }
    return out;
  }

  public List<StoredIntroduction> introductionsOfNeed(Viewer viewer, String needRef) {
    return store.introductionsOfNeed(need(viewer, needRef).id());
  }

  public long contactViews(Viewer viewer, long introductionId) {
    party(viewer, introductionId);
    return store.contactViews(introductionId);
  }

  // ---- access --------------------------------------------------------------------------------

  private record Party(StoredIntroduction intro, Actor actor) {}

  /**
   * The viewer's side of an introduction: its PA, or the budget holder's side of its need. Anyone
   * else is refused.
   */
  private Party party(Viewer viewer, long introductionId) {
    StoredIntroduction si =
        store
            .introduction(introductionId)
            .orElseThrow(
                () ->
                    new jakarta.ws.rs.NotFoundException(
                        "There is no introduction " + introductionId + "."));
    if (viewer.has(Role.PERSONAL_ASSISTANT)) {
      Optional<StoredProfile> mine = store.profileByUser(viewer.userId());
      if (mine.isPresent() && mine.get().profile().id().equals(si.introduction().paId())) {
        return new Party(si, Actor.personalAssistant(viewer.username()));
      }
    }
    if (viewer.has(Role.BUDGET_HOLDER)) {
      StoredNeed need = store.need(si.needId()).orElseThrow();
      DirectPaymentAccountEntity account =
          em.find(DirectPaymentAccountEntity.class, need.accountId());
      if (AccessPolicy.canSeeAccount(viewer, account.ownership())) {
        return new Party(si, holderSide(viewer, account));
      }
    }
    audit.recordRefusal(
        viewer.username(), "Introduction", introductionId, "not a party to the introduction");
    throw new RecordAccessDeniedException(
        "This introduction is between other people, so you cannot see it or its contact details.");
  }

  /** An account the viewer holds or is nominee for; anything else is refused and logged. */
  private DirectPaymentAccountEntity holderAccount(Viewer viewer, long accountId) {
    DirectPaymentAccountEntity account = em.find(DirectPaymentAccountEntity.class, accountId);
    if (account == null) {
      throw new jakarta.ws.rs.NotFoundException(
          "There is no direct-payment account " + accountId + ".");
    }
    boolean holderSide =
        viewer.has(Role.BUDGET_HOLDER)
            && (account.getHolderUserId() == viewer.userId()
                || account
                    .ownership()
                    .nomineeUserId()
                    .map(n -> n == viewer.userId())
                    .orElse(false));
    if (!holderSide) {
      audit.recordRefusal(
          viewer.username(),
          "DirectPaymentAccount",
          accountId,
          "not the holder or nominee (register)");
      throw new RecordAccessDeniedException(
          "Only the budget holder or their nominee can describe and see needs for"
              + " this direct payment.");
    }
    return account;
  }

  private static Actor holderSide(Viewer viewer, DirectPaymentAccountEntity account) {
    return new Actor(
        account.getHolderUserId() == viewer.userId() ? ActorRole.BUDGET_HOLDER : ActorRole.NOMINEE,
        viewer.username());
  }

  private void requireNoIntroduction(StoredNeed need, PaId pa) {
    if (store.introductionFor(need.id(), pa.value()).isPresent()) {
      throw new InvalidDetailException(
          "There is already an introduction between this PA and this need; see its progress"
              + " on your page.");
    }
  }

  private void requireStaff(Viewer viewer, String what) {
    if (!viewer.has(Role.ADMIN)) {
      audit.recordRefusal(viewer.username(), "Register", null, "not register staff: " + what);
      throw new RecordAccessDeniedException("Only register staff can " + what + ".");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
