package org.dpsupport.register.domain.model.introduction;

import static org.dpsupport.register.domain.model.profile.Skill.DEMENTIA;
import static org.dpsupport.register.domain.model.profile.Skill.PERSONAL_CARE;
import static org.dpsupport.register.testing.NeedBuilder.HOLDER;
import static org.dpsupport.register.testing.NeedBuilder.aNeed;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.TODAY;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.aPersonalAssistant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.need.NeedNotOpenException;
import org.dpsupport.register.domain.model.need.NeedStatus;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ActorRole;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.PartOfDay;
import org.dpsupport.register.domain.model.profile.WeeklySlot;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.dpsupport.register.domain.service.Match;
import org.dpsupport.register.domain.service.Matcher;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class IntroductionJourneyTest {
  private static final Instant T0 = Instant.parse("2026-06-01T09:00:00Z");
  private static final Actor PA_AMINA = Actor.personalAssistant("pa-amina");
  private static final Actor PLANNER = new Actor(ActorRole.SUPPORT_PLANNER, "planner-kate");

  private final Matcher matcher = new Matcher(VettingPolicy.standard());
  private final PaProfile amina =
      aPersonalAssistant()
          .withId("PA-AMINA")
          .named("Amina Khan")
          .approved()
          .inArea("RM10", "RM9")
          .withSkill(PERSONAL_CARE, DEMENTIA)
          .build();
  private final Need need =
      aNeed().withId("NEED-7").inArea("RM10").requiring(PERSONAL_CARE).preferring(DEMENTIA).build();

  @Test
  @DisplayName(
      "matched, PA interested, holder agrees, contacts exchanged and logged, hire creates the payroll employee and takes the PA off the need")
  void wholeJourney() {
    // 1. The need is matched: Amina is shown, with her name shortened and no contact details.
    List<Match> matches = matcher.rank(need, List.of(amina), TODAY);
    assertEquals(1, matches.size());
    assertEquals("Amina K.", matches.get(0).pa().displayName());
    assertEquals(60 + 10, matches.get(0).score()); // all 5 weekday mornings, + dementia

    // 2. Amina sees the need and expresses interest.
    assertEquals(
        List.of(need.id()),
        matcher.needsFor(amina, List.of(need), TODAY).stream().map(Match::needId).toList());
    Introduction interested =
        Introduction.paExpressesInterest(IntroductionId.of("INTRO-1"), need, amina, PA_AMINA, T0);
    assertEquals(IntroductionState.PA_INTERESTED, interested.state());

    // Before the budget holder agrees, neither side gets contact details.
    ContactDetailsNotSharedException refused =
        assertThrows(
            ContactDetailsNotSharedException.class,
            () -> interested.disclosePaContact(amina, HOLDER, T0.plusSeconds(60)));
    assertEquals(
        "Contact details for the PA are shared only when both sides have agreed to the introduction. "
            + "It is waiting for the budget holder to agree.",
        refused.getMessage());
    assertThrows(
        ContactDetailsNotSharedException.class,
        () -> interested.discloseBudgetHolderContact(need, PA_AMINA, T0.plusSeconds(60)));

    // 3. The budget holder's support planner agrees on their behalf: consent from both sides.
    Introduction agreed = interested.agree(PLANNER, T0.plusSeconds(3600));
    assertEquals(IntroductionState.BOTH_AGREED, agreed.state());
    assertEquals(
        List.of(PA_AMINA, PLANNER), agreed.steps().stream().map(IntroductionStep::by).toList());

    // 4. Contact details are exchanged, each view with a log entry to save.
    ContactDisclosure paContact = agreed.disclosePaContact(amina, HOLDER, T0.plusSeconds(7200));
    assertEquals("Amina Khan", paContact.details().fullName());
    assertEquals(
        new ContactAccessLogEntry(
            IntroductionId.of("INTRO-1"), "PA-AMINA", HOLDER, T0.plusSeconds(7200)),
        paContact.logEntry());
    ContactDisclosure holderContact =
        agreed.discloseBudgetHolderContact(need, PA_AMINA, T0.plusSeconds(7300));
    assertEquals("Raj Patel", holderContact.details().fullName());
    assertEquals("holder-mr-patel", holderContact.logEntry().whoseDetails());

    // 5. The holder hires Amina for Monday to Wednesday mornings at £13.50 from 15 June.
    WeeklySlots monToWed =
        WeeklySlots.every(
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), PartOfDay.MORNING);
    Hire hire =
        agreed.hire(
            amina,
            need,
            new HireTerms(LocalDate.of(2026, 6, 15), HourlyRate.of("13.50"), monToWed),
            HOLDER,
            T0.plusSeconds(86_400));

    NewEmployeeFromRegister employee = hire.newEmployee();
    assertEquals("Amina Khan", employee.fullName());
    assertEquals("holder-mr-patel", employee.employerReference());
    assertEquals(Optional.of("amina.khan@example.org"), employee.email());
    assertEquals(Optional.of(LocalDate.of(1985, 4, 12)), employee.dateOfBirth());
    assertEquals("RM10 8AB", employee.address().orElseThrow().postcode());
    assertEquals(HourlyRate.of("13.50"), employee.agreedRate());
    assertEquals(LocalDate.of(2026, 6, 15), employee.startDate());
    assertTrue(employee.starterChecklistStillToComplete().contains("National Insurance number"));
    assertEquals(IntroductionState.HIRED, hire.introduction().state());

    // The need keeps Thursday and Friday mornings open, and never matches Amina again.
    Need after = hire.need();
    assertEquals(NeedStatus.OPEN, after.status());
    assertEquals(
        WeeklySlots.of(
            WeeklySlot.of(DayOfWeek.THURSDAY, PartOfDay.MORNING),
            WeeklySlot.of(DayOfWeek.FRIDAY, PartOfDay.MORNING)),
        after.hours());
    assertEquals(List.of(), matcher.rank(after, List.of(amina), TODAY));

    // After the hire the contact details are still available to the employer, still logged.
    assertEquals(
        "PA-AMINA",
        hire.introduction()
            .disclosePaContact(amina, HOLDER, T0.plusSeconds(90_000))
            .logEntry()
            .whoseDetails());
  }

  @Test
  @DisplayName(
      "holder shortlists first; the PA declines; nothing is shared and it cannot be agreed afterwards")
  void holderFirstThenDeclined() {
    Introduction invited =
        Introduction.holderShortlists(IntroductionId.of("INTRO-2"), need, amina, HOLDER, T0);
    assertEquals(IntroductionState.HOLDER_INTERESTED, invited.state());
    assertThrows(
        IntroductionStepNotAllowedException.class,
        () -> invited.agree(HOLDER, T0.plusSeconds(5)),
        "the side that asked cannot agree for the other");

    Introduction declined =
        invited.decline(PA_AMINA, T0.plusSeconds(60), "The hours do not fit school pick-up.");
    assertEquals(IntroductionState.DECLINED, declined.state());
    assertEquals("The hours do not fit school pick-up.", declined.lastStep().note());
    ContactDetailsNotSharedException e =
        assertThrows(
            ContactDetailsNotSharedException.class,
            () -> declined.disclosePaContact(amina, HOLDER, T0.plusSeconds(120)));
    assertTrue(e.getMessage().endsWith("This introduction has ended."));
    assertThrows(
        IntroductionStepNotAllowedException.class,
        () -> declined.agree(PA_AMINA, T0.plusSeconds(180)));
  }

  @Test
  @DisplayName("hiring needs both sides' agreement, and only the holder's side may hire")
  void hireRules() {
    HireTerms terms =
        new HireTerms(LocalDate.of(2026, 6, 15), HourlyRate.of("13.00"), need.hours());
    Introduction interested =
        Introduction.paExpressesInterest(IntroductionId.of("INTRO-3"), need, amina, PA_AMINA, T0);
    assertThrows(
        IntroductionStepNotAllowedException.class,
        () -> interested.hire(amina, need, terms, HOLDER, T0.plusSeconds(10)));

    Introduction agreed = interested.agree(HOLDER, T0.plusSeconds(20));
    assertThrows(
        IntroductionStepNotAllowedException.class,
        () -> agreed.hire(amina, need, terms, PA_AMINA, T0.plusSeconds(30)));

    Hire hire = agreed.hire(amina, need, terms, HOLDER, T0.plusSeconds(40));
    assertEquals(NeedStatus.FILLED, hire.need().status(), "every slot taken: the need is filled");
    assertThrows(
        NeedNotOpenException.class,
        () ->
            Introduction.paExpressesInterest(
                IntroductionId.of("INTRO-4"), hire.need(), amina, PA_AMINA, T0.plusSeconds(50)));
  }

  @Test
  @DisplayName(
      "a PA cannot see another party's details through someone else's role, and the PA may withdraw their interest")
  void withdrawAndWrongViewer() {
    Introduction interested =
        Introduction.paExpressesInterest(IntroductionId.of("INTRO-5"), need, amina, PA_AMINA, T0);
    Introduction agreed = interested.agree(HOLDER, T0.plusSeconds(1));
    assertThrows(
        ContactDetailsNotSharedException.class,
        () -> agreed.disclosePaContact(amina, PA_AMINA, T0.plusSeconds(2)));
    assertThrows(
        ContactDetailsNotSharedException.class,
        () -> agreed.discloseBudgetHolderContact(need, HOLDER, T0.plusSeconds(2)));

    Introduction withdrawn = interested.withdraw(PA_AMINA, T0.plusSeconds(3), "Found other work.");
    assertEquals(IntroductionState.WITHDRAWN, withdrawn.state());
    assertThrows(
        IntroductionStepNotAllowedException.class,
        () -> interested.withdraw(HOLDER, T0.plusSeconds(3), ""));
  }
}
