package org.dpsupport.register.domain.model.privacy;

import static org.dpsupport.register.testing.NeedBuilder.HOLDER;
import static org.dpsupport.register.testing.NeedBuilder.aNeed;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.TODAY;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.aPersonalAssistant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.register.domain.model.introduction.HireTerms;
import org.dpsupport.register.domain.model.introduction.Introduction;
import org.dpsupport.register.domain.model.introduction.IntroductionId;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RetentionPolicyTest {
  private static final Instant T0 = Instant.parse("2026-05-01T10:00:00Z");
  private final RetentionPolicy policy = RetentionPolicy.standard();

  @Test
  @DisplayName("a draft never approved or introduced: everything goes, nothing kept")
  void draftDeleted() {
    ProfileErasure erasure = policy.erase(aPersonalAssistant().build(), List.of(), TODAY);
    assertEquals(List.of(), erasure.kept());
    assertTrue(
        erasure
            .erased()
            .contains("all vetting evidence: DBS, right to work, references and training"));
    assertTrue(erasure.employmentRecordNote().isEmpty());
  }

  @Test
  @DisplayName(
      "hired through the register: vetting summary kept 24 months, access log and hiring introduction 12 months; employment record lives in payroll")
  void hiredPaDeleted() {
    PaProfile pa = aPersonalAssistant().approved().build();
    Need need = aNeed().build();
    Actor paActor = Actor.personalAssistant("pa");
    Introduction hired =
        Introduction.paExpressesInterest(IntroductionId.of("I-1"), need, pa, paActor, T0)
            .agree(HOLDER, T0.plusSeconds(60))
            .hire(
                pa,
                need,
                new HireTerms(TODAY, HourlyRate.of("13.00"), need.hours()),
                HOLDER,
                T0.plusSeconds(120))
            .introduction();
    Need other = aNeed().withId("NEED-2").build();
    Introduction open =
        Introduction.paExpressesInterest(IntroductionId.of("I-2"), other, pa, paActor, T0);

    ProfileErasure erasure = policy.erase(pa, List.of(hired, open), TODAY);

    assertEquals(
        List.of(LocalDate.of(2028, 6, 1), LocalDate.of(2027, 6, 1), LocalDate.of(2027, 6, 1)),
        erasure.kept().stream().map(KeptRecord::deleteOn).toList());
    assertTrue(erasure.kept().get(0).record().startsWith("a summary of the vetting decision"));
    assertEquals(List.of(IntroductionId.of("I-2")), erasure.introductionsToWithdraw());
    assertTrue(erasure.employmentRecordNote().orElseThrow().startsWith("The employment record"));
    assertTrue(erasure.erased().get(0).startsWith("contact details"));
  }
}
