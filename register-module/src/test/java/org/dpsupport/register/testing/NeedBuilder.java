package org.dpsupport.register.testing;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.need.Importance;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.need.NeedId;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.Gender;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.Language;
import org.dpsupport.register.domain.model.profile.PartOfDay;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.WeeklySlot;
import org.dpsupport.register.domain.model.profile.WeeklySlots;

/**
 * Builds needs for tests: {@code aNeed().inArea("RM10").requiring(PERSONAL_CARE).build()}. Default:
 * RM10, weekday mornings.
 */
public final class NeedBuilder {
  public static final Actor HOLDER = Actor.budgetHolder("holder-mr-patel");

  private String id = "NEED-0001";
  private String area = "RM10";
  private WeeklySlots hours =
      WeeklySlots.every(PersonalAssistantBuilder.weekdays(), PartOfDay.MORNING);
  private final Set<Skill> required = EnumSet.noneOf(Skill.class);
  private final Set<Skill> preferred = EnumSet.noneOf(Skill.class);
  private Gender gender;
  private Importance genderImportance = Importance.NOT_NEEDED;
  private final Set<Language> requiredLanguages = new TreeSet<>();
  private final Set<Language> preferredLanguages = new TreeSet<>();
  private Importance car = Importance.NOT_NEEDED;
  private HourlyRate maximumRate;

  private NeedBuilder() {}

  public static NeedBuilder aNeed() {
    return new NeedBuilder();
  }

  public NeedBuilder withId(String value) {
    this.id = value;
    return this;
  }

  public NeedBuilder inArea(String value) {
    this.area = value;
    return this;
  }

  public NeedBuilder forSlots(WeeklySlot... slots) {
    this.hours = WeeklySlots.of(slots);
    return this;
  }

  public NeedBuilder forSlots(WeeklySlots slots) {
    this.hours = slots;
    return this;
  }

  public NeedBuilder requiring(Skill... skills) {
    required.addAll(List.of(skills));
    return this;
  }

  public NeedBuilder preferring(Skill... skills) {
    preferred.addAll(List.of(skills));
    return this;
  }

  public NeedBuilder gender(Gender value, Importance importance) {
    this.gender = value;
    this.genderImportance = importance;
    return this;
  }

  public NeedBuilder requiringLanguage(String name) {
    requiredLanguages.add(Language.of(name));
    return this;
  }

  public NeedBuilder preferringLanguage(String name) {
    preferredLanguages.add(Language.of(name));
    return this;
  }

  public NeedBuilder car(Importance value) {
    this.car = value;
    return this;
  }

  public NeedBuilder payingAtMost(String pounds) {
    this.maximumRate = HourlyRate.of(pounds);
    return this;
  }

  public Need build() {
    return Need.describe(NeedId.of(id), "holder-mr-patel", HOLDER)
        .budgetHolderContact(
            new ContactDetails(
                "Raj Patel",
                "raj.patel@example.org",
                "020 8592 0000",
                null,
                LocalDate.of(1950, 1, 2)))
        .area(PostcodeDistrict.of(area))
        .hours(hours)
        .requiredSkills(required)
        .preferredSkills(preferred)
        .genderForPersonalCare(gender, genderImportance)
        .requiredLanguages(requiredLanguages)
        .preferredLanguages(preferredLanguages)
        .car(car)
        .maximumRate(maximumRate)
        .build();
  }
}
