package org.dpsupport.register.testing;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.people.PostalAddress;
import org.dpsupport.register.domain.model.profile.Gender;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.Language;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.PartOfDay;
import org.dpsupport.register.domain.model.profile.ProfileText;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.VettingDecision;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.register.domain.model.profile.Visibility;
import org.dpsupport.register.domain.model.profile.WeeklySlot;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.register.domain.model.vetting.DbsCheck;
import org.dpsupport.register.domain.model.vetting.DbsLevel;
import org.dpsupport.register.domain.model.vetting.Reference;
import org.dpsupport.register.domain.model.vetting.RightToWorkCheck;
import org.dpsupport.register.domain.model.vetting.TrainingRecord;
import org.dpsupport.register.domain.model.vetting.VettingRecord;

/**
 * Builds PA profiles for tests: {@code
 * aPersonalAssistant().approved().inArea("RM10").withSkill(DEMENTIA).build()}. By default a PA
 * works in RM10, is available every weekday morning, asks £13.00 an hour and has complete vetting
 * evidence that is in date on {@link #TODAY} (so {@code approved()} is true to the policy).
 */
public final class PersonalAssistantBuilder {
  /** The day tests are "run" on. */
  public static final LocalDate TODAY = LocalDate.of(2026, 6, 1);

  public static final Actor STAFF = Actor.registerStaff("staff-jo");

  private static final AtomicInteger NEXT = new AtomicInteger(1);

  private String id = String.format("PA-%05d", NEXT.getAndIncrement());
  private String name = "Amina Khan";
  private final Set<PostcodeDistrict> areas = new TreeSet<>();
  private boolean hasCar;
  private WeeklySlots availability = WeeklySlots.every(weekdays(), PartOfDay.MORNING);
  private final Set<Skill> skills = EnumSet.noneOf(Skill.class);
  private final Set<Language> languages = new TreeSet<>();
  private Gender gender;
  private HourlyRate rate = HourlyRate.of("13.00");
  private Visibility visibility = Visibility.VISIBLE;
  private VettingStatus status = VettingStatus.DRAFT;
  private DbsCheck dbs =
      DbsCheck.issued(DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST, TODAY.minusYears(1));
  private RightToWorkCheck rightToWork = RightToWorkCheck.unlimited(TODAY.minusYears(1));
  private final List<TrainingRecord> training =
      new ArrayList<>(
          List.of(
              TrainingRecord.completed("Care Certificate", TODAY.minusYears(2)),
              TrainingRecord.completed("Safeguarding adults", TODAY.minusYears(1))));
  private int verifiedReferences = 2;

  private PersonalAssistantBuilder() {}

  public static PersonalAssistantBuilder aPersonalAssistant() {
    return new PersonalAssistantBuilder();
  }

  public static List<DayOfWeek> weekdays() {
    return List.of(
        DayOfWeek.MONDAY,
        DayOfWeek.TUESDAY,
        DayOfWeek.WEDNESDAY,
        DayOfWeek.THURSDAY,
        DayOfWeek.FRIDAY);
  }

  public PersonalAssistantBuilder withId(String value) {
    this.id = value;
    return this;
  }

  public PersonalAssistantBuilder named(String value) {
    this.name = value;
    return this;
  }

  /** Approved by register staff (the evidence is complete unless changed below). */
  public PersonalAssistantBuilder approved() {
    this.status = VettingStatus.APPROVED;
    return this;
  }

  public PersonalAssistantBuilder submitted() {
    this.status = VettingStatus.SUBMITTED;
    return this;
  }

  public PersonalAssistantBuilder hidden() {
    this.visibility = Visibility.HIDDEN;
    return this;
  }

  public PersonalAssistantBuilder inArea(String... districts) {
    for (String d : districts) {
      areas.add(PostcodeDistrict.of(d));
    }
    return this;
  }

  public PersonalAssistantBuilder withSkill(Skill... more) {
    skills.addAll(List.of(more));
    return this;
  }

  public PersonalAssistantBuilder speaking(String... names) {
    for (String n : names) {
      languages.add(Language.of(n));
    }
    return this;
  }

  public PersonalAssistantBuilder gender(Gender value) {
    this.gender = value;
    return this;
  }

  public PersonalAssistantBuilder withCar() {
    this.hasCar = true;
    return this;
  }

  public PersonalAssistantBuilder asking(String poundsPerHour) {
    this.rate = new HourlyRate(new BigDecimal(poundsPerHour));
    return this;
  }

  public PersonalAssistantBuilder availableFor(WeeklySlot... slots) {
    this.availability = WeeklySlots.of(slots);
    return this;
  }

  public PersonalAssistantBuilder availableFor(WeeklySlots slots) {
    this.availability = slots;
    return this;
  }

  public PersonalAssistantBuilder withDbs(DbsCheck value) {
    this.dbs = value;
    return this;
  }

  public PersonalAssistantBuilder withDbsIssuedOn(LocalDate issuedOn) {
    this.dbs = DbsCheck.issued(DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST, issuedOn);
    return this;
  }

  public PersonalAssistantBuilder withoutDbs() {
    this.dbs = null;
    return this;
  }

  public PersonalAssistantBuilder withRightToWork(RightToWorkCheck value) {
    this.rightToWork = value;
    return this;
  }

  public PersonalAssistantBuilder withTraining(TrainingRecord record) {
    training.removeIf(t -> t.isCourse(record.course()));
    training.add(record);
    return this;
  }

  public PersonalAssistantBuilder withVerifiedReferences(int count) {
    this.verifiedReferences = count;
    return this;
  }

  public VettingRecord vetting() {
    VettingRecord v =
        VettingRecord.empty()
            .withDbs(dbs)
            .withRightToWork(rightToWork)
            .withCodeOfConductAgreedOn(TODAY.minusYears(1));
    for (int i = 1; i <= verifiedReferences; i++) {
      v =
          v.withReference(
              Reference.verified(
                  "Referee " + i, TODAY.minusYears(1), TODAY.minusYears(1).plusDays(3)));
    }
    for (TrainingRecord t : training) {
      v = v.withTraining(t);
    }
    return v;
  }

  public PaProfile build() {
    if (areas.isEmpty()) {
      areas.add(PostcodeDistrict.of("RM10"));
    }
    ContactDetails contact =
        new ContactDetails(
            name,
            name.toLowerCase().replace(' ', '.') + "@example.org",
            "020 8215 3000",
            new PostalAddress(List.of("1 Station Parade"), "Dagenham", "RM10 8AB"),
            LocalDate.of(1985, 4, 12));
    PaProfile.Builder b =
        PaProfile.draft(PaId.of(id), contact)
            .areas(areas)
            .hasCar(hasCar)
            .availability(availability)
            .skills(skills)
            .languages(languages)
            .gender(gender)
            .rateSought(rate)
            .about(
                ProfileText.of(
                    "I have cared for my mother for ten years and want to help others stay at home."))
            .visibility(visibility)
            .vetting(vetting())
            .status(status);
    if (status == VettingStatus.APPROVED) {
      b.lastDecision(new VettingDecision(VettingStatus.APPROVED, STAFF, TODAY.minusMonths(6), ""));
    }
    return b.build();
  }
}
