package org.dpsupport.register.domain.service;

import static org.dpsupport.register.testing.NeedBuilder.aNeed;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.TODAY;
import static org.dpsupport.register.testing.PersonalAssistantBuilder.aPersonalAssistant;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dpsupport.register.demo.DemoRegister;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegisterIndexTest {
  private final VettingPolicy policy = VettingPolicy.standard();
  private final Matcher matcher = new Matcher(policy);

  @Test
  @DisplayName(
      "on 2,000 demo PAs the index gives exactly the matcher's full-scan ranking for every demo need, today and a year later")
  void sameAsFullScan() {
    DemoRegister demo = DemoRegister.generate(11, 2000);
    RegisterIndex index = RegisterIndex.of(demo.profiles(), policy, matcher, demo.day());
    for (LocalDate day : List.of(demo.day(), demo.day().plusMonths(6), demo.day().plusYears(1))) {
      for (Need need : demo.needs()) {
        assertEquals(
            matcher.rank(need, demo.profiles(), day), index.rank(need, day), need + " on " + day);
      }
    }
    assertTrue(index.size() > 1000, "indexes only searchable PAs: " + index.size());
  }

  @Test
  @DisplayName("an indexed PA drops out the day after their DBS runs out, without re-indexing")
  void expiryWithoutReindex() {
    PaProfile pa =
        aPersonalAssistant()
            .approved()
            .withDbsIssuedOn(LocalDate.of(2023, 6, 2))
            .build(); // last valid 1 June 2026
    RegisterIndex index = RegisterIndex.of(List.of(pa), policy, matcher, TODAY);
    Need need = aNeed().build();
    assertEquals(1, index.rank(need, TODAY).size());
    assertEquals(0, index.rank(need, TODAY.plusDays(1)).size());
  }

  @Test
  @DisplayName(
      "put replaces a profile: hiding it or moving it to another district takes it out of RM10's results")
  void putAndRemove() {
    PaProfile pa =
        aPersonalAssistant()
            .withId("PA-MOVE")
            .approved()
            .withSkill(Skill.PERSONAL_CARE)
            .inArea("RM10")
            .build();
    RegisterIndex index = RegisterIndex.of(List.of(pa), policy, matcher, TODAY);
    Need rm10 = aNeed().inArea("RM10").requiring(Skill.PERSONAL_CARE).build();
    Need rm9 = aNeed().inArea("RM9").build();
    assertEquals(1, index.rank(rm10, TODAY).size());

    index.put(pa.hide(), TODAY);
    assertEquals(0, index.rank(rm10, TODAY).size());
    assertEquals(0, index.size());

    PaProfile moved =
        pa.toBuilder()
            .areas(
                java.util.Set.of(
                    org.dpsupport.register.domain.model.area.PostcodeDistrict.of("RM9")))
            .build();
    index.put(moved, TODAY);
    assertEquals(0, index.rank(rm10, TODAY).size());
    assertEquals(1, index.rank(rm9, TODAY).size());

    index.remove(moved.id());
    assertEquals(0, index.rank(rm9, TODAY).size());
  }
}
