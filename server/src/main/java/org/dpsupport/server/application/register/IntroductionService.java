package org.dpsupport.server.application.register;

import static org.dpsupport.server.application.register.RegisterAccess.holderSide;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.introduction.ContactDisclosure;
import org.dpsupport.register.domain.model.introduction.Hire;
import org.dpsupport.register.domain.model.introduction.HireTerms;
import org.dpsupport.register.domain.model.introduction.Introduction;
import org.dpsupport.register.domain.model.introduction.IntroductionId;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts.HolderAccount;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts.StartedEmployment;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredIntroduction;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredNeed;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredProfile;
import org.dpsupport.server.security.AccessPolicy;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Introductions between a PA and a need: either side starts one, the other agrees or declines,
 * contact details are exchanged once both agreed (every view logged), and a hire starts an
 * employment. Only the two parties see an introduction.
 */
@ApplicationScoped
public class IntroductionService {

  /** What the PA sees of one introduction, with the need as they may see it. */
  public record IntroductionView(long id, Introduction introduction, Need need, long needDbId) {}

  @Inject RegisterStore store;

  @Inject RegisterAccounts accounts;

  @Inject RegisterSearch search;

  @Inject RegisterAccess access;

  @Inject PaProfileService profiles;

  @Inject NeedService needs;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** The PA says they are interested in a need they fit. */
  @Transactional
  public StoredIntroduction expressInterest(Viewer viewer, String needRef) {
    PaProfile pa = profiles.mineOrExplain(viewer).profile();
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
    StoredProfile me = profiles.mineOrExplain(viewer);
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
    StoredNeed need = needs.need(viewer, needRef);
    HolderAccount account = access.holderAccount(viewer, need.accountId());
    StoredProfile pa =
        store
            .profileByRef(paRef)
            .orElseThrow(
                () ->
                    new jakarta.ws.rs.NotFoundException(
                        "There is no PA " + paRef + " on the register."));
    if (needs.alreadyWorkingFor(need.accountId()).contains(pa.profile().id())) {
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
  public StartedEmployment hire(Viewer viewer, long introductionId, HireTerms terms) {
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
    StartedEmployment employment =
        accounts.startEmployment(
            need.accountId(), pa.userId(), hire.newEmployee().fullName(), terms.startDate());
    OffsetDateTime now = OffsetDateTime.now(clock);
    store.saveIntroduction(introductionId, need.id(), hire.introduction());
    store.updateNeedProgress(need.id(), hire.need());
    store.insertHire(
        introductionId,
        need.id(),
        pa.profile().id().value(),
        employment.id(),
        terms.agreedRate().poundsPerHour(),
        terms.startDate(),
        terms.slotsAgreed().asMask(),
        viewer.username(),
        now);
    audit.record(
        viewer.username(),
        "PA_HIRED",
        "PaEmployment",
        employment.id(),
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
    PaProfile pa = profiles.mineOrExplain(viewer).profile();
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
    return store.introductionsOfNeed(needs.need(viewer, needRef).id());
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
      HolderAccount account = accounts.account(need.accountId()).orElseThrow();
      if (AccessPolicy.canSeeAccount(viewer, account.ownership())) {
        return new Party(si, holderSide(viewer, account));
      }
    }
    audit.recordRefusal(
        viewer.username(), "Introduction", introductionId, "not a party to the introduction");
    throw new RecordAccessDeniedException(
        "This introduction is between other people, so you cannot see it or its contact details.");
  }

  private void requireNoIntroduction(StoredNeed need, PaId pa) {
    if (store.introductionFor(need.id(), pa.value()).isPresent()) {
      throw new InvalidDetailException(
          "There is already an introduction between this PA and this need; see its progress"
              + " on your page.");
    }
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
