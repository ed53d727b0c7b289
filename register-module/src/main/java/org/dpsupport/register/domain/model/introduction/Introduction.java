package org.dpsupport.register.domain.model.introduction;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.need.NeedId;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ActorRole;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;

/**
 * An introduction between one PA and one need, from first interest to hire (see {@link
 * IntroductionState} for the steps). Consent comes first: contact details are released only once
 * both sides have agreed, and each release returns a log entry to save. Immutable; each step
 * returns a new introduction with the step (who, when) added to its history.
 */
public final class Introduction {
  private final IntroductionId id;
  private final NeedId needId;
  private final PaId paId;
  private final String budgetHolderReference;
  private final List<IntroductionStep> steps;

  private Introduction(
      IntroductionId id,
      NeedId needId,
      PaId paId,
      String budgetHolderReference,
      List<IntroductionStep> steps) {
    this.id = Objects.requireNonNull(id, "id");
    this.needId = Objects.requireNonNull(needId, "needId");
    this.paId = Objects.requireNonNull(paId, "paId");
    this.budgetHolderReference =
        Objects.requireNonNull(budgetHolderReference, "budgetHolderReference");
    if (steps.isEmpty()) {
      throw new IllegalArgumentException("An introduction starts with someone's interest.");
    }
    this.steps = List.copyOf(steps);
  }

  /** A PA says they are interested in a need they were shown. */
  public static Introduction paExpressesInterest(
      IntroductionId id, Need need, PaProfile pa, Actor by, Instant at) {
    need.requireOpen();
    requireRole(
        by,
        ActorRole.PERSONAL_ASSISTANT,
        "Only the PA can express interest in a need for themselves.");
    return new Introduction(
        id,
        need.id(),
        pa.id(),
        need.budgetHolderReference(),
        List.of(new IntroductionStep(IntroductionState.PA_INTERESTED, by, at, "")));
  }

  /** The budget holder's side shortlists a PA from the matches and invites them. */
  public static Introduction holderShortlists(
      IntroductionId id, Need need, PaProfile pa, Actor by, Instant at) {
    need.requireOpen();
    requireHolderSide(
        by, "Only the budget holder, their nominee or support planner can shortlist a PA.");
    return new Introduction(
        id,
        need.id(),
        pa.id(),
        need.budgetHolderReference(),
        List.of(new IntroductionStep(IntroductionState.HOLDER_INTERESTED, by, at, "")));
  }

  /** Loads an introduction with its history, e.g. from the database. */
  public static Introduction restore(
      IntroductionId id,
      NeedId needId,
      PaId paId,
      String budgetHolderReference,
      List<IntroductionStep> steps) {
    return new Introduction(id, needId, paId, budgetHolderReference, steps);
  }

  /** The side that did not start the introduction agrees to it: both have now agreed. */
  public Introduction agree(Actor by, Instant at) {
    switch (state()) {
      case PA_INTERESTED ->
          requireHolderSide(
              by, "The PA asked for this introduction; the budget holder's side must agree to it.");
      case HOLDER_INTERESTED ->
          requireRole(
              by,
              ActorRole.PERSONAL_ASSISTANT,
              "The budget holder asked for this introduction; the PA must agree to it.");
      default -> throw notNow("agreed to");
    }
    return then(IntroductionState.BOTH_AGREED, by, at, "");
  }

  /** The side asked (or either side after meeting) says no, with an optional reason. */
  public Introduction decline(Actor by, Instant at, String reason) {
    switch (state()) {
      case PA_INTERESTED ->
          requireHolderSide(by, "Only the budget holder's side can decline a PA's interest.");
      case HOLDER_INTERESTED ->
          requireRole(
              by,
              ActorRole.PERSONAL_ASSISTANT,
              "Only the PA can decline the budget holder's invitation.");
      case BOTH_AGREED -> requireParty(by);
      default -> throw notNow("declined");
    }
    return then(IntroductionState.DECLINED, by, at, reason);
  }

  /** The side that asked takes it back (or either side, after both agreed). */
  public Introduction withdraw(Actor by, Instant at, String reason) {
    switch (state()) {
      case PA_INTERESTED ->
          requireRole(
              by, ActorRole.PERSONAL_ASSISTANT, "Only the PA can withdraw their own interest.");
      case HOLDER_INTERESTED ->
          requireHolderSide(by, "Only the budget holder's side can withdraw their invitation.");
      case BOTH_AGREED -> requireParty(by);
      default -> throw notNow("withdrawn");
    }
    return then(IntroductionState.WITHDRAWN, by, at, reason);
  }

  /**
   * The budget holder's side hires the PA: the introduction ends as hired, the PA comes off the
   * need with the agreed slots, and payroll gets the new employee with the starter checklist still
   * to complete.
   */
  public Hire hire(PaProfile pa, Need need, HireTerms terms, Actor by, Instant at) {
    if (state() != IntroductionState.BOTH_AGREED) {
      throw notNow("turned into a job");
    }
    requireHolderSide(
        by, "Only the budget holder, their nominee or support planner can hire the PA.");
    requireSame(pa, need);
    need.requireOpen();
    Need updatedNeed = need.recordHire(pa.id(), terms.slotsAgreed());
    ContactDetails contact = pa.contactDetailsForRecords();
    NewEmployeeFromRegister employee =
        new NewEmployeeFromRegister(
            pa.id(),
            need.id(),
            need.budgetHolderReference(),
            contact.fullName(),
            contact.email(),
            contact.telephone(),
            contact.address(),
            contact.dateOfBirth(),
            terms.agreedRate(),
            terms.startDate(),
            terms.slotsAgreed(),
            NewEmployeeFromRegister.STARTER_CHECKLIST);
    Introduction hired = then(IntroductionState.HIRED, by, at, "starts " + terms.startDate());
    return new Hire(hired, updatedNeed, employee);
  }

  /**
   * The PA's contact details for the budget holder's side, once both have agreed. Save the returned
   * log entry: every view is logged.
   *
   * @throws ContactDetailsNotSharedException before both have agreed, or for anyone else
   */
  public ContactDisclosure disclosePaContact(PaProfile pa, Actor viewer, Instant at) {
    if (!pa.id().equals(paId)) {
      throw new IllegalArgumentException(
          "Profile " + pa.id() + " is not the PA of introduction " + id);
    }
    if (!viewer.role().actsForBudgetHolder()) {
      throw new ContactDetailsNotSharedException(
          "Only the budget holder's side of this introduction can see the PA's contact details here.");
    }
    requireBothAgreed("the PA");
    return new ContactDisclosure(
        pa.contactDetailsForRecords(), new ContactAccessLogEntry(id, paId.value(), viewer, at));
  }

  /**
   * The budget holder's contact details for the PA, once both have agreed. Save the returned log
   * entry: every view is logged.
   *
   * @throws ContactDetailsNotSharedException before both have agreed, for anyone but the PA, or
   *     when the need has no contact details
   */
  public ContactDisclosure discloseBudgetHolderContact(Need need, Actor viewer, Instant at) {
    if (!need.id().equals(needId)) {
      throw new IllegalArgumentException(
          "Need " + need.id() + " is not the need of introduction " + id);
    }
    if (viewer.role() != ActorRole.PERSONAL_ASSISTANT) {
      throw new ContactDetailsNotSharedException(
          "Only the PA of this introduction can see the budget holder's contact details here.");
    }
    requireBothAgreed("the budget holder");
    ContactDetails details =
        need.budgetHolderContactForRecords()
            .orElseThrow(
                () ->
                    new ContactDetailsNotSharedException(
                        "The budget holder has not given contact details yet. Register staff will put you in touch."));
    return new ContactDisclosure(
        details, new ContactAccessLogEntry(id, budgetHolderReference, viewer, at));
  }

  private void requireBothAgreed(String whose) {
    if (state().bothHaveAgreed()) {
      return;
    }
    String where =
        switch (state()) {
          case PA_INTERESTED -> "It is waiting for the budget holder to agree.";
          case HOLDER_INTERESTED -> "It is waiting for the PA to agree.";
          default -> "This introduction has ended.";
        };
    throw new ContactDetailsNotSharedException(
        "Contact details for "
            + whose
            + " are shared only when both sides have agreed to the introduction. "
            + where);
  }

  private void requireSame(PaProfile pa, Need need) {
    if (!pa.id().equals(paId) || !need.id().equals(needId)) {
      throw new IllegalArgumentException(
          "Introduction " + id + " is between " + paId + " and " + needId);
    }
  }

  private Introduction then(IntroductionState next, Actor by, Instant at, String note) {
    if (at.isBefore(lastStep().at())) {
      throw new IntroductionStepNotAllowedException(
          "A step cannot be dated before the previous one.");
    }
    List<IntroductionStep> more = new ArrayList<>(steps);
    more.add(new IntroductionStep(next, by, at, note));
    return new Introduction(id, needId, paId, budgetHolderReference, more);
  }

  private IntroductionStepNotAllowedException notNow(String what) {
    return new IntroductionStepNotAllowedException(
        "This introduction cannot be "
            + what
            + " now: it is "
            + state().name().toLowerCase(java.util.Locale.UK).replace('_', ' ')
            + ".");
  }

  private static void requireRole(Actor by, ActorRole role, String message) {
    if (by.role() != role) {
      throw new IntroductionStepNotAllowedException(message);
    }
  }

  private static void requireHolderSide(Actor by, String message) {
    if (!by.role().actsForBudgetHolder()) {
      throw new IntroductionStepNotAllowedException(message);
    }
  }

  private static void requireParty(Actor by) {
    if (by.role() != ActorRole.PERSONAL_ASSISTANT && !by.role().actsForBudgetHolder()) {
      throw new IntroductionStepNotAllowedException(
          "Only the PA or the budget holder's side can end this introduction.");
    }
  }

  public IntroductionId id() {
    return id;
  }

  public NeedId needId() {
    return needId;
  }

  public PaId paId() {
    return paId;
  }

  public String budgetHolderReference() {
    return budgetHolderReference;
  }

  public IntroductionState state() {
    return lastStep().state();
  }

  /** Every step so far, oldest first: who did what and when. */
  public List<IntroductionStep> steps() {
    return steps;
  }

  public IntroductionStep lastStep() {
    return steps.get(steps.size() - 1);
  }

  @Override
  public String toString() {
    return "Introduction[" + id + ", " + paId + " / " + needId + ", " + state() + "]";
  }
}
