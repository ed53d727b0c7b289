package org.dpsupport.server.interfaces.rest.register;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.vetting.DbsLevel;
import org.dpsupport.register.domain.model.vetting.VettingRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RegisterJsonTest {

  @Test
  @DisplayName("slots are written day:part and come back in week order")
  void slots() {
    var slots = RegisterJson.slots(List.of("tuesday:evening", "MONDAY:EARLY_MORNING"));
    assertEquals(List.of("MONDAY:EARLY_MORNING", "TUESDAY:EVENING"), RegisterJson.slotNames(slots));
  }

  @Test
  @DisplayName("a slot we do not know is explained, with an example")
  void unknownSlot() {
    var e =
        assertThrows(
            InvalidDetailException.class, () -> RegisterJson.slots(List.of("Monday lunchtime")));
    assertTrue(e.getMessage().contains("for example MONDAY:MORNING"), e.getMessage());
  }

  @Test
  @DisplayName("skills by label or by name; an unknown one lists the skills the register knows")
  void skills() {
    assertEquals(
        java.util.EnumSet.of(Skill.DEMENTIA, Skill.MOVING_AND_HANDLING),
        RegisterJson.skillSet(List.of("Dementia", "MOVING_AND_HANDLING", " ")));
    var e =
        assertThrows(
            InvalidDetailException.class, () -> RegisterJson.skillSet(List.of("juggling")));
    assertTrue(e.getMessage().contains("personal care"), e.getMessage());
  }

  @Test
  @DisplayName(
      "vetting evidence adds to what is on record; a DBS level without its issue date is refused")
  void vettingEvidence() {
    LocalDate issued = LocalDate.of(2026, 3, 1);
    var input =
        new RegisterJson.VettingInput(
            "enhanced_with_adult_barred_list",
            issued,
            null,
            null,
            null,
            null,
            List.of(new RegisterJson.ReferenceInput("Former employer", issued, issued)),
            List.of(),
            null);
    VettingRecord record = input.applyTo(VettingRecord.empty());
    assertEquals(DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST, record.dbs().orElseThrow().level());
    assertEquals(1, record.verifiedReferences());
    var noDate =
        new RegisterJson.VettingInput("ENHANCED", null, null, null, null, null, null, null, null);
    var e = assertThrows(InvalidDetailException.class, () -> noDate.applyTo(VettingRecord.empty()));
    assertEquals("Please give the issue date printed on the DBS certificate.", e.getMessage());
  }
}
