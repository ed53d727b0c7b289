package org.dpsupport.register.domain.service;

import static java.time.DayOfWeek.FRIDAY;
import static java.time.DayOfWeek.MONDAY;
import static java.time.DayOfWeek.SATURDAY;
import static java.time.DayOfWeek.THURSDAY;
import static java.time.DayOfWeek.TUESDAY;
import static java.time.DayOfWeek.WEDNESDAY;
import static org.dpsupport.register.domain.model.profile.PartOfDay.EVENING;
import static org.dpsupport.register.domain.model.profile.PartOfDay.MORNING;
import static org.dpsupport.register.domain.model.profile.Skill.COOKING;
import static org.dpsupport.register.domain.model.profile.Skill.DEMENTIA;
import static org.dpsupport.register.domain.model.profile.Skill.PERSONAL_CARE;
import static org.dpsupport.register.testing.NeedBuilder.aNeed;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.TODAY;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.aPersonalAssistant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import org.dpsupport.register.domain.model.need.Importance;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.profile.Gender;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.WeeklySlot;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.register.domain.model.vetting.RightToWorkCheck;
import org.dpsupport.register.domain.model.vetting.TrainingRecord;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

class MatcherTest {
  private final Matcher matcher = new Matcher(VettingPolicy.standard());

  /** Six slots: Monday to Friday mornings and Saturday morning. */
  private static final WeeklySlots SIX_MORNINGS =
      WeeklySlots.of(
          WeeklySlot.of(MONDAY, MORNING),
          WeeklySlot.of(TUESDAY, MORNING),
          WeeklySlot.of(WEDNESDAY, MORNING),
          WeeklySlot.of(THURSDAY, MORNING),
          WeeklySlot.of(FRIDAY, MORNING),
          WeeklySlot.of(SATURDAY, MORNING));

  private static List<String> lines(Match match) {
    return match.explanation().stream().map(ScoreLine::toString).toList();
  }

  private static int sum(Match match) {
    return match.explanation().stream().mapToInt(ScoreLine::points).sum();
  }

  @Nested
  @DisplayName("ranking, with the explanation adding up to the score")
  class Ranking {
    @Test
    @DisplayName("5 of 6 slots (60 x 5/6 = 50) + dementia preferred (10) = 60")
    void fiveOfSixSlotsAndDementia() {
      PaProfile pa =
          aPersonalAssistant()
              .approved()
              .inArea("RM10")
              .withSkill(PERSONAL_CARE, DEMENTIA)
              .availableFor(
                  WeeklySlots.every(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), MORNING))
              .build();
      Need need =
          aNeed()
              .inArea("RM10")
              .forSlots(SIX_MORNINGS)
              .requiring(PERSONAL_CARE)
              .preferring(DEMENTIA)
              .build();

      Match match = matcher.rank(need, List.of(pa), TODAY).get(0);

      assertEquals(
          List.of(
              "available 5 of your 6 slots (+50)",
              "works in your area (RM10) (+0)",
              "has the skills you need: personal care (+0)",
              "has dementia experience (+10)"),
          lines(match));
      assertEquals(60, match.score());
      assertEquals(sum(match), match.score());
    }

    @Test
    @DisplayName(
        "full hours beat a met preference: 6/6 slots (60) ranks above 4/6 slots (40) + dementia (10) = 50")
    void hoursComeFirst() {
      PaProfile allHours =
          aPersonalAssistant().withId("PA-ALL").approved().availableFor(SIX_MORNINGS).build();
      PaProfile fourAndDementia =
          aPersonalAssistant()
              .withId("PA-FOUR")
              .approved()
              .withSkill(DEMENTIA)
              .availableFor(
                  WeeklySlots.every(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY), MORNING))
              .build();
      Need need = aNeed().forSlots(SIX_MORNINGS).preferring(DEMENTIA).build();

      List<Match> ranked = matcher.rank(need, List.of(fourAndDementia, allHours), TODAY);

      assertEquals(
          List.of("PA-ALL", "PA-FOUR"), ranked.stream().map(m -> m.paId().value()).toList());
      assertEquals(60, ranked.get(0).score()); // 60 for 6/6 + 0 for no dementia
      assertEquals(
          List.of(
              "available for all 6 of your slots (+60)",
              "works in your area (RM10) (+0)",
              "no dementia experience listed (+0)"),
          lines(ranked.get(0)));
      assertEquals(50, ranked.get(1).score()); // 60 x 4/6 = 40, + 10 dementia
      ranked.forEach(m -> assertEquals(sum(m), m.score()));
    }

    @Test
    @DisplayName(
        "every preference counted: 1/1 slot 60 + woman 10 + Punjabi 10 + car 10 + £13 within £14 10 + cooking 10 = 110")
    void everyPreference() {
      PaProfile pa =
          aPersonalAssistant()
              .approved()
              .withSkill(COOKING)
              .gender(Gender.FEMALE)
              .speaking("Punjabi")
              .withCar()
              .asking("13.00")
              .availableFor(WeeklySlot.of(TUESDAY, EVENING))
              .build();
      Need need =
          aNeed()
              .forSlots(WeeklySlot.of(TUESDAY, EVENING))
              .preferring(COOKING)
              .gender(Gender.FEMALE, Importance.PREFERRED)
              .preferringLanguage("punjabi")
              .car(Importance.PREFERRED)
              .payingAtMost("14.00")
              .build();

      Match match = matcher.rank(need, List.of(pa), TODAY).get(0);

      assertEquals(
          List.of(
              "available for your one slot (Tuesday evening) (+60)",
              "works in your area (RM10) (+0)",
              "has cooking experience (+10)",
              "is a woman, as you prefer for personal care (+10)",
              "speaks Punjabi (+10)",
              "has a car (+10)",
              "asks £13.00 an hour, within your £14.00 an hour (+10)"),
          lines(match));
      assertEquals(110, match.score());
    }

    @Test
    @DisplayName("unmet preferences are explained with no points: man, no car, £15 above £14 -> 60")
    void unmetPreferences() {
      PaProfile pa =
          aPersonalAssistant()
              .approved()
              .gender(Gender.MALE)
              .asking("15.00")
              .availableFor(WeeklySlot.of(TUESDAY, EVENING))
              .build();
      Need need =
          aNeed()
              .forSlots(WeeklySlot.of(TUESDAY, EVENING))
              .gender(Gender.FEMALE, Importance.PREFERRED)
              .car(Importance.PREFERRED)
              .payingAtMost("14.00")
              .build();

      Match match = matcher.rank(need, List.of(pa), TODAY).get(0);

      assertEquals(
          List.of(
              "available for your one slot (Tuesday evening) (+60)",
              "works in your area (RM10) (+0)",
              "you preferred a woman for personal care (+0)",
              "has no car (+0)",
              "asks £15.00 an hour, more than your £14.00 an hour (+0)"),
          lines(match));
      assertEquals(60, match.score());
    }

    @Test
    @DisplayName("coverage points round down: 1 of 7 slots is 60 x 1/7 = 8.57, so 8")
    void roundsDown() {
      WeeklySlots sevenMornings = WeeklySlots.every(List.of(java.time.DayOfWeek.values()), MORNING);
      PaProfile pa =
          aPersonalAssistant().approved().availableFor(WeeklySlot.of(MONDAY, MORNING)).build();
      Match match =
          matcher.rank(aNeed().forSlots(sevenMornings).build(), List.of(pa), TODAY).get(0);
      assertEquals("available 1 of your 7 slots (+8)", match.explanation().get(0).toString());
      assertEquals(8, match.score());
    }

    @Test
    @DisplayName(
        "ties keep the same order whatever order the profiles come in, and differ between needs")
    void stableTies() {
      List<PaProfile> equals = new ArrayList<>();
      for (int i = 0; i < 20; i++) {
        equals.add(aPersonalAssistant().withId("PA-T" + i).approved().build());
      }
      Need need = aNeed().withId("NEED-A").build();
      List<String> first =
          matcher.rank(need, equals, TODAY).stream().map(m -> m.paId().value()).toList();
      List<PaProfile> shuffled = new ArrayList<>(equals);
      Collections.shuffle(shuffled, new java.util.Random(7));
      List<String> again =
          matcher.rank(need, shuffled, TODAY).stream().map(m -> m.paId().value()).toList();
      List<String> otherNeed =
          matcher.rank(aNeed().withId("NEED-B").build(), equals, TODAY).stream()
              .map(m -> m.paId().value())
              .toList();

      assertEquals(first, again);
      assertEquals(20, first.size());
      assertTrue(
          !first.equals(otherNeed),
          "ties rotate between needs so no PA is always first among equals");
    }

    @Test
    @DisplayName("rank with a limit returns the top of the full ranking")
    void limit() {
      List<PaProfile> pas = new ArrayList<>();
      for (int i = 0; i < 10; i++) {
        pas.add(
            aPersonalAssistant()
                .withId("PA-L" + i)
                .approved()
                .availableFor(
                    WeeklySlots.every(
                        List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY).subList(0, 1 + i % 5),
                        MORNING))
                .build());
      }
      Need need = aNeed().build();
      assertEquals(matcher.rank(need, pas, TODAY).subList(0, 3), matcher.rank(need, pas, TODAY, 3));
    }
  }

  @Nested
  @DisplayName("PAs never shown")
  class NeverShown {
    private final Need need = aNeed().inArea("RM10").requiring(PERSONAL_CARE).build();

    private boolean shown(PaProfile pa) {
      return !matcher.rank(need, List.of(pa), TODAY).isEmpty();
    }

    @Test
    @DisplayName(
        "an approved, visible, in-date PA in the area with the skill is shown (the control case)")
    void control() {
      assertTrue(shown(aPersonalAssistant().approved().withSkill(PERSONAL_CARE).build()));
    }

    @Test
    @DisplayName("not approved: submitted and waiting for checks")
    void unapproved() {
      assertEquals(false, shown(aPersonalAssistant().submitted().withSkill(PERSONAL_CARE).build()));
    }

    @Test
    @DisplayName(
        "DBS issued 2 June 2023 is last valid 1 June 2026: shown on 1 June, gone on 2 June")
    void expiredDbs() {
      PaProfile pa =
          aPersonalAssistant()
              .approved()
              .withSkill(PERSONAL_CARE)
              .withDbsIssuedOn(java.time.LocalDate.of(2023, 6, 2))
              .build();
      assertEquals(1, matcher.rank(need, List.of(pa), TODAY).size());
      assertEquals(0, matcher.rank(need, List.of(pa), TODAY.plusDays(1)).size());
    }

    @Test
    @DisplayName("right to work ended yesterday")
    void expiredRightToWork() {
      assertEquals(
          false,
          shown(
              aPersonalAssistant()
                  .approved()
                  .withSkill(PERSONAL_CARE)
                  .withRightToWork(
                      RightToWorkCheck.timeLimited(TODAY.minusYears(2), TODAY.minusDays(1)))
                  .build()));
    }

    @Test
    @DisplayName("Safeguarding adults training done 3 years and a day ago (refresh every 3 years)")
    void expiredTraining() {
      assertEquals(
          false,
          shown(
              aPersonalAssistant()
                  .approved()
                  .withSkill(PERSONAL_CARE)
                  .withTraining(
                      TrainingRecord.completed(
                          "Safeguarding adults", TODAY.minusYears(3).minusDays(1)))
                  .build()));
    }

    @Test
    @DisplayName("hidden by the PA")
    void hidden() {
      assertEquals(
          false, shown(aPersonalAssistant().approved().withSkill(PERSONAL_CARE).hidden().build()));
    }

    @Test
    @DisplayName("works only outside the area (RM9, not RM10)")
    void outsideArea() {
      assertEquals(
          false,
          shown(aPersonalAssistant().approved().withSkill(PERSONAL_CARE).inArea("RM9").build()));
    }

    @Test
    @DisplayName("missing a required skill")
    void missingSkill() {
      assertEquals(false, shown(aPersonalAssistant().approved().withSkill(DEMENTIA).build()));
    }

    @Test
    @DisplayName("available only at none of the slots wanted (evenings, need is mornings)")
    void noSlot() {
      assertEquals(
          false,
          shown(
              aPersonalAssistant()
                  .approved()
                  .withSkill(PERSONAL_CARE)
                  .availableFor(WeeklySlots.every(List.of(MONDAY, TUESDAY), EVENING))
                  .build()));
    }

    @Test
    @DisplayName("required gender and language not met; gender unsaid does not meet a requirement")
    void requiredGenderAndLanguage() {
      Need womanSpeakingUrdu =
          aNeed().gender(Gender.FEMALE, Importance.REQUIRED).requiringLanguage("Urdu").build();
      PaProfile man = aPersonalAssistant().approved().gender(Gender.MALE).speaking("Urdu").build();
      PaProfile unsaid = aPersonalAssistant().approved().speaking("Urdu").build();
      PaProfile womanNoUrdu =
          aPersonalAssistant().approved().gender(Gender.FEMALE).speaking("Polish").build();
      PaProfile fits =
          aPersonalAssistant().approved().gender(Gender.FEMALE).speaking("Urdu").build();

      List<Match> ranked =
          matcher.rank(womanSpeakingUrdu, List.of(man, unsaid, womanNoUrdu, fits), TODAY);

      assertEquals(List.of(fits.id()), ranked.stream().map(Match::paId).toList());
    }

    @Test
    @DisplayName("required car: a PA without one is not shown")
    void requiredCar() {
      Need needsCar = aNeed().car(Importance.REQUIRED).build();
      assertEquals(
          0,
          matcher.rank(needsCar, List.of(aPersonalAssistant().approved().build()), TODAY).size());
      assertEquals(
          1,
          matcher
              .rank(needsCar, List.of(aPersonalAssistant().approved().withCar().build()), TODAY)
              .size());
    }
  }

  @Nested
  @DisplayName("a PA who already works for the budget holder")
  class AlreadyWorksForHolder {
    // The demo holder's need (RM10, weekday and Saturday mornings, personal care; prefers
    // dementia, cooking, a woman, at most £14.50) was topped by the PA she already employs: her
    // PA's week was built around hers. Such a PA is not a new match; the holder asks them for more
    // hours directly. The set of PAs employed on the holder's account comes from payroll.
    private final Need need =
        aNeed()
            .withId("NEED-DEMO")
            .inArea("RM10")
            .forSlots(SIX_MORNINGS)
            .requiring(PERSONAL_CARE)
            .preferring(DEMENTIA, COOKING)
            .gender(Gender.FEMALE, Importance.PREFERRED)
            .payingAtMost("14.50")
            .build();

    /** Like the demo PA: 5 of 6 mornings (50) + dementia 10 + cooking 10 + woman 10 + rate 10. */
    private final PaProfile employed =
        aPersonalAssistant()
            .withId("PA-EMPLOYED")
            .approved()
            .inArea("RM10")
            .withSkill(PERSONAL_CARE, DEMENTIA, COOKING)
            .gender(Gender.FEMALE)
            .asking("13.75")
            .availableFor(
                WeeklySlots.every(List.of(MONDAY, TUESDAY, WEDNESDAY, THURSDAY, FRIDAY), MORNING))
            .build();

    /**
     * A stranger: 6 of 6 mornings (60) + dementia 10 + asks £13.00, within £14.50 (10) = 80, below
     * the employed PA's 90 (no cooking, gender not given).
     */
    private final PaProfile stranger =
        aPersonalAssistant()
            .withId("PA-NEW")
            .approved()
            .inArea("RM10")
            .withSkill(PERSONAL_CARE, DEMENTIA)
            .availableFor(SIX_MORNINGS)
            .build();

    @Test
    @DisplayName(
        "without the employment known, the employed PA ranks first (90 against 80): the bug the"
            + " holder saw")
    void employedPaWouldTopTheList() {
      List<Match> ranked = matcher.rank(need, List.of(stranger, employed), TODAY);
      assertEquals(
          List.of("PA-EMPLOYED", "PA-NEW"), ranked.stream().map(m -> m.paId().value()).toList());
      assertEquals(90, ranked.get(0).score()); // 50 + 10 + 10 + 10 + 10
      assertEquals(80, ranked.get(1).score()); // 60 + 10 + 10
    }

    @Test
    @DisplayName("left out of the holder's matches, so the first match is a PA new to them")
    void notOfferedAsANewMatch() {
      Set<PaId> worksForHolder = Set.of(employed.id());

      List<Match> ranked =
          matcher.rank(need, worksForHolder, List.of(stranger, employed), TODAY, 10);

      assertEquals(List.of("PA-NEW"), ranked.stream().map(m -> m.paId().value()).toList());
      assertTrue(matcher.match(need, worksForHolder, employed, TODAY).isEmpty(), "not invitable");
      assertTrue(matcher.match(need, worksForHolder, stranger, TODAY).isPresent());
    }

    @Test
    @DisplayName(
        "the index gives the same answer, and the limit counts only PAs offered (top 1 is the"
            + " stranger, not an empty list)")
    void indexAgrees() {
      RegisterIndex index =
          RegisterIndex.of(List.of(stranger, employed), VettingPolicy.standard(), matcher, TODAY);
      assertEquals(
          List.of("PA-NEW"),
          index.rank(need, Set.of(employed.id()), TODAY, 1).stream()
              .map(m -> m.paId().value())
              .toList());
    }

    @Test
    @DisplayName("another holder's need still offers that PA: the rule is per budget holder")
    void otherHoldersStillSeeThem() {
      assertEquals(
          "PA-EMPLOYED",
          matcher
              .rank(need, Set.of(), List.of(stranger, employed), TODAY, 10)
              .get(0)
              .paId()
              .value());
    }
  }

  @Test
  @DisplayName("a PA sees the open needs they fit, best first")
  void needsForPa() {
    PaProfile pa = aPersonalAssistant().approved().withSkill(PERSONAL_CARE, DEMENTIA).build();
    Need fitsWithDementia =
        aNeed().withId("N-1").requiring(PERSONAL_CARE).preferring(DEMENTIA).build();
    Need fitsPlain = aNeed().withId("N-2").build();
    Need elsewhere = aNeed().withId("N-3").inArea("IG11").build();
    Need closed = aNeed().withId("N-4").build().close();

    List<Match> needs =
        matcher.needsFor(pa, List.of(fitsPlain, elsewhere, closed, fitsWithDementia), TODAY);

    assertEquals(List.of("N-1", "N-2"), needs.stream().map(m -> m.needId().value()).toList());
  }

  @Test
  @DisplayName(
      "the quick score used to order candidates equals the explained score for every fitting demo PA and need")
  void quickScoreAgreesWithExplanation() {
    org.dpsupport.register.demo.DemoRegister demo =
        org.dpsupport.register.demo.DemoRegister.generate(5, 1000);
    int compared = 0;
    for (Need need : demo.needs()) {
      for (PaProfile pa : demo.profiles()) {
        if (Matcher.fitsNeed(need, pa)) {
          Match explained = matcher.explain(need, pa);
          assertEquals(
              explained.score(), matcher.score(need, pa).score(), explained.explanationText());
          assertEquals(sum(explained), explained.score());
          compared++;
        }
      }
    }
    assertTrue(compared > 500, "compared " + compared);
  }
}
