package org.dpsupport.register.domain.model.profile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.util.List;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.testing.PersonalAssistantBuilder;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ProfileValuesTest {
  @Test
  @DisplayName(
      "hourly rates are pounds and pence: 13.5 is £13.50 an hour; 13.505 and 0 are refused")
  void hourlyRate() {
    assertEquals("£13.50 an hour", new HourlyRate(new BigDecimal("13.5")).toString());
    assertEquals(HourlyRate.of("£13.50"), HourlyRate.of("13.500"));
    assertThrows(InvalidDetailException.class, () -> HourlyRate.of("13.505"));
    assertEquals(
        "An hourly rate must be more than £0.00.",
        assertThrows(InvalidDetailException.class, () -> HourlyRate.of("0")).getMessage());
    assertEquals(
        "'thirteen' is not an amount of money. Please enter pounds and pence, for example 13.50.",
        assertThrows(InvalidDetailException.class, () -> HourlyRate.of("thirteen")).getMessage());
  }

  @Test
  @DisplayName(
      "the weekly grid: Monday early morning is slot 0, Sunday night slot 34; 5 weekday mornings share 3 with Mon-Wed mornings")
  void weeklySlots() {
    assertEquals(0, WeeklySlot.of(DayOfWeek.MONDAY, PartOfDay.EARLY_MORNING).index());
    assertEquals(34, WeeklySlot.of(DayOfWeek.SUNDAY, PartOfDay.NIGHT).index());
    WeeklySlots weekdayMornings =
        WeeklySlots.every(PersonalAssistantBuilder.weekdays(), PartOfDay.MORNING);
    WeeklySlots monToWed =
        WeeklySlots.every(
            List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY), PartOfDay.MORNING);
    assertEquals(3, weekdayMornings.countCommon(monToWed));
    assertEquals(2, weekdayMornings.minus(monToWed).size());
    assertEquals(weekdayMornings, WeeklySlots.ofMask(weekdayMornings.asMask()));
    assertEquals(
        "[Tuesday evening]",
        WeeklySlots.of(WeeklySlot.of(DayOfWeek.TUESDAY, PartOfDay.EVENING)).toString());
  }

  @Test
  @DisplayName("a 601-character profile is refused, saying how long it is and the limit")
  void profileText() {
    assertEquals(
        "Your profile is 601 characters long. Please shorten it to 600 characters or fewer (about 100 words).",
        assertThrows(InvalidDetailException.class, () -> ProfileText.of("a".repeat(601)))
            .getMessage());
    assertEquals(600, ProfileText.of("a".repeat(600)).text().length());
  }

  @Test
  @DisplayName("contact details never print; the public name is first name and initial")
  void contactDetailsHidden() {
    ContactDetails c = new ContactDetails("Amina Khan", "amina@example.org", null, null, null);
    assertEquals("ContactDetails[hidden]", c.toString());
    assertEquals("Amina K.", c.publicName());
    PaProfile pa = PersonalAssistantBuilder.aPersonalAssistant().named("Amina Khan").build();
    assertFalse(pa.toString().contains("amina"), pa.toString());
    assertFalse(
        pa.publicProfile().toString().contains("@"), "the public profile holds no contact details");
    assertEquals(
        "Please give an email address or a telephone number so people can reach you.",
        assertThrows(
                InvalidDetailException.class,
                () -> new ContactDetails("Sam", null, " ", null, null))
            .getMessage());
  }

  @Test
  @DisplayName("skills and languages read from what people type")
  void skillsAndLanguages() {
    assertEquals(Skill.MOVING_AND_HANDLING, Skill.fromLabel("Moving and handling"));
    assertEquals(Skill.DEMENTIA, Skill.fromLabel("DEMENTIA"));
    assertTrue(
        assertThrows(InvalidDetailException.class, () -> Skill.fromLabel("juggling"))
            .getMessage()
            .startsWith("'juggling' is not a skill"));
    assertEquals(Language.of("British Sign Language"), Language.of("british sign language"));
    assertThrows(InvalidDetailException.class, () -> Language.of("123"));
  }
}
