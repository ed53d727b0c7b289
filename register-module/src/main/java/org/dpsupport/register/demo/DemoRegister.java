package org.dpsupport.register.demo;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.need.Importance;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.need.NeedId;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ActorRole;
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
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.dpsupport.register.domain.model.vetting.VettingRecord;

/**
 * Demo register for Barking and Dagenham: PAs across the borough's postcode districts and its
 * neighbours, with varied vetting states, and some needs. Deterministic: the same seed, count and
 * day always give the same register. Loaded by the server in demo mode only.
 *
 * <p>Mix of vetting states (about): 68% approved, 8% waiting for checks, 4% drafts, 3% rejected, 8%
 * suspended for an expired DBS check, 5% suspended for expired training, 4% approved but hidden.
 * Suspended PAs are produced the real way: approved, then the daily review finds the expiry.
 */
public final class DemoRegister {
  /** The day the two-argument {@link #generate(long, int)} builds the register for. */
  public static final LocalDate REFERENCE_DAY = LocalDate.of(2026, 6, 1);

  /** Barking and Dagenham's districts, where most demo PAs live. */
  public static final List<String> BOROUGH_DISTRICTS =
      List.of("IG11", "RM6", "RM7", "RM8", "RM9", "RM10");

  /** Neighbouring districts some PAs also work in. */
  public static final List<String> NEIGHBOUR_DISTRICTS = List.of("E6", "IG3", "RM5", "RM13");

  private static final Actor STAFF = Actor.registerStaff("demo-register-staff");
  private static final Actor REVIEW = Actor.registerStaff("daily-vetting-review");

  private static final String[][] WOMEN = {
    {"Amina"},
    {"Grace"},
    {"Fatima"},
    {"Priya"},
    {"Sarah"},
    {"Chloe"},
    {"Maria"},
    {"Ioana"},
    {"Emma"},
    {"Aisha"},
    {"Blessing"},
    {"Gurpreet"},
    {"Agnieszka"},
    {"Shanice"},
    {"Rebecca"},
    {"Nadia"},
    {"Precious"},
    {"Hannah"},
    {"Joy"},
    {"Sadia"},
    {"Kerry"},
    {"Oksana"}
  };
  private static final String[][] MEN = {
    {"Olu"},
    {"Tomasz"},
    {"Daniel"},
    {"Abdul"},
    {"Kwame"},
    {"Mohammed"},
    {"Sandeep"},
    {"Joseph"},
    {"Patrick"},
    {"Yusuf"},
    {"Liam"},
    {"Darius"},
    {"Ahmed"},
    {"Gary"}
  };
  private static final String[] SURNAMES = {
    "Khan",
    "Okafor",
    "Smith",
    "Kowalski",
    "Patel",
    "Begum",
    "Ahmed",
    "Jones",
    "Mensah",
    "Popescu",
    "Adeyemi",
    "Brown",
    "Singh",
    "Ali",
    "Williams",
    "Nowak",
    "Hussain",
    "Taylor",
    "Osei",
    "Chowdhury",
    "Evans",
    "Kaur",
    "Ibrahim",
    "Walker",
    "Petrauskas",
    "Mahmood",
    "Clarke",
    "Boateng"
  };
  private static final String[] STREETS = {
    "Heathway",
    "Oxlow Lane",
    "Valence Avenue",
    "Longbridge Road",
    "Ripple Road",
    "Becontree Avenue",
    "Gale Street",
    "Wood Lane",
    "Whalebone Lane",
    "Rainham Road",
    "Porters Avenue",
    "Green Lane"
  };
  private static final String[] LANGUAGES = {
    "Punjabi",
    "Urdu",
    "Bengali",
    "Polish",
    "Romanian",
    "Lithuanian",
    "Yoruba",
    "Twi",
    "Somali",
    "Gujarati",
    "Portuguese",
    "British Sign Language"
  };
  private static final String[] ABOUT = {
    "I am a mum of two and looking for hours that fit around school. I have cared for my own grandmother.",
    "Ten years as a care worker in Dagenham. I like helping people stay independent at home.",
    "I worked in a day centre for adults with learning disabilities and enjoy days out and cooking together.",
    "Calm, patient and reliable. I have supported people living with dementia and their families.",
    "I am studying nursing and can work evenings and weekends.",
    "I drive and am happy to help with shopping, appointments and getting out and about.",
    "Experienced with hoists and moving and handling. I speak two languages.",
    "I support people with their mental health, at a pace that suits them.",
    ""
  };

  private final LocalDate day;
  private final List<PaProfile> profiles;
  private final List<Need> needs;

  private DemoRegister(LocalDate day, List<PaProfile> profiles, List<Need> needs) {
    this.day = day;
    this.profiles = List.copyOf(profiles);
    this.needs = List.copyOf(needs);
  }

  /** The register as it stands on {@link #REFERENCE_DAY}. */
  public static DemoRegister generate(long seed, int count) {
    return generate(seed, count, REFERENCE_DAY);
  }

  /** The register as it stands on {@code today}: vetting dates are set relative to it. */
  public static DemoRegister generate(long seed, int count, LocalDate today) {
    if (count < 0) {
      throw new IllegalArgumentException("A demo register cannot have " + count + " PAs.");
    }
    SplittableRandom random = new SplittableRandom(seed);
    VettingPolicy policy = VettingPolicy.standard();
    List<PaProfile> profiles = new ArrayList<>(count);
    for (int i = 1; i <= count; i++) {
      profiles.add(new OnePa(random, i, today, policy).build());
    }
    return new DemoRegister(
        today, profiles, demoNeeds(random, today, Math.max(12, Math.min(40, count / 10))));
  }

  public LocalDate day() {
    return day;
  }

  public List<PaProfile> profiles() {
    return profiles;
  }

  public List<Need> needs() {
    return needs;
  }

  private static <T> T pick(SplittableRandom random, T[] values) {
    return values[random.nextInt(values.length)];
  }

  private static <T> T pick(SplittableRandom random, List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** Home district: mostly in the borough, a few from neighbours. */
  private static String homeDistrict(SplittableRandom random) {
    return random.nextInt(100) < 85
        ? pick(random, BOROUGH_DISTRICTS)
        : pick(random, NEIGHBOUR_DISTRICTS);
  }

  /** Builds one demo PA; a small class so each step reads on its own. */
  private static final class OnePa {
    private final SplittableRandom random;
    private final int number;
    private final LocalDate today;
    private final VettingPolicy policy;

    OnePa(SplittableRandom random, int number, LocalDate today, VettingPolicy policy) {
      this.random = random;
      this.number = number;
      this.today = today;
      this.policy = policy;
    }

    PaProfile build() {
      boolean woman = random.nextInt(100) < 78; // most PAs are women (Skills for Care)
      String first = woman ? pick(random, WOMEN)[0] : pick(random, MEN)[0];
      String last = pick(random, SURNAMES);
      String home = homeDistrict(random);
      Set<PostcodeDistrict> areas = new TreeSet<>();
      areas.add(PostcodeDistrict.of(home));
      int extra = random.nextInt(3);
      for (int i = 0; i < extra; i++) {
        areas.add(
            PostcodeDistrict.of(
                random.nextInt(100) < 75
                    ? pick(random, BOROUGH_DISTRICTS)
                    : pick(random, NEIGHBOUR_DISTRICTS)));
      }
      boolean hasCar = random.nextInt(100) < 40;
      PaProfile.Builder b =
          PaProfile.draft(PaId.of(String.format("PA-%06d", number)), contact(first, last, home))
              .areas(areas)
              .hasCar(hasCar)
              .availability(availability())
              .skills(skills(hasCar))
              .languages(languages())
              .gender(random.nextInt(100) < 92 ? (woman ? Gender.FEMALE : Gender.MALE) : null)
              .rateSought(
                  new HourlyRate(
                      new BigDecimal("12.25")
                          .add(
                              new BigDecimal("0.25")
                                  .multiply(BigDecimal.valueOf(random.nextInt(14))))))
              .about(ProfileText.of(pick(random, ABOUT)));
      return withVettingState(b);
    }

    private ContactDetails contact(String first, String last, String home) {
      String postcode =
          home
              + " "
              + (1 + random.nextInt(9))
              + (char) ('A' + random.nextInt(26))
              + (char) ('A' + random.nextInt(26));
      PostalAddress address =
          new PostalAddress(
              List.of((1 + random.nextInt(220)) + " " + pick(random, STREETS)),
              home.startsWith("IG11") ? "Barking" : home.startsWith("RM") ? "Dagenham" : "London",
              postcode);
      // Ofcom's drama range 07700 900000-900999: numbers that never ring anyone.
      String mobile = String.format("07700 900%03d", number % 1000);
      LocalDate born = today.minusYears(19 + random.nextInt(45)).minusDays(random.nextInt(365));
      return new ContactDetails(
          first + " " + last,
          (first + "." + last + number).toLowerCase() + "@example.org",
          mobile,
          address,
          born);
    }

    private WeeklySlots availability() {
      List<DayOfWeek> weekdays =
          List.of(
              DayOfWeek.MONDAY,
              DayOfWeek.TUESDAY,
              DayOfWeek.WEDNESDAY,
              DayOfWeek.THURSDAY,
              DayOfWeek.FRIDAY);
      List<DayOfWeek> weekend = List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
      WeeklySlots pattern =
          switch (random.nextInt(6)) {
            case 0 ->
                WeeklySlots.every(
                    weekdays, PartOfDay.MORNING); // school-hours parent (DOMAIN: 003:359)
            case 1 ->
                WeeklySlots.every(
                    weekdays,
                    PartOfDay.EARLY_MORNING,
                    PartOfDay.EVENING); // getting up and bedtime calls
            case 2 ->
                WeeklySlots.every(
                    weekend,
                    PartOfDay.EARLY_MORNING,
                    PartOfDay.MORNING,
                    PartOfDay.AFTERNOON,
                    PartOfDay.EVENING);
            case 3 ->
                WeeklySlots.every(
                    List.of(DayOfWeek.values()).subList(random.nextInt(3), 7), PartOfDay.NIGHT);
            case 4 -> WeeklySlots.every(weekdays, PartOfDay.MORNING, PartOfDay.AFTERNOON);
            default ->
                WeeklySlots.every(
                    weekdays,
                    PartOfDay.EARLY_MORNING,
                    PartOfDay.MORNING,
                    PartOfDay.AFTERNOON,
                    PartOfDay.EVENING);
          };
      List<WeeklySlot> more = new ArrayList<>();
      for (int i = random.nextInt(4); i > 0; i--) {
        more.add(
            WeeklySlot.of(
                DayOfWeek.of(1 + random.nextInt(7)), PartOfDay.values()[random.nextInt(5)]));
      }
      return pattern.plus(WeeklySlots.of(more));
    }

    private Set<Skill> skills(boolean hasCar) {
      Set<Skill> skills = EnumSet.noneOf(Skill.class);
      chance(skills, Skill.PERSONAL_CARE, 75);
      chance(skills, Skill.MOVING_AND_HANDLING, 40);
      chance(skills, Skill.MEDICATION, 35);
      chance(skills, Skill.DEMENTIA, 30);
      chance(skills, Skill.LEARNING_DISABILITY, 20);
      chance(skills, Skill.AUTISM, 15);
      chance(skills, Skill.MENTAL_HEALTH, 15);
      chance(skills, Skill.DRIVING, hasCar ? 85 : 10);
      chance(skills, Skill.COOKING, 50);
      return skills;
    }

    private void chance(Set<Skill> skills, Skill skill, int percent) {
      if (random.nextInt(100) < percent) {
        skills.add(skill);
      }
    }

    private Set<Language> languages() {
      Set<Language> languages = new TreeSet<>();
      int roll = random.nextInt(100);
      if (roll < 35) {
        languages.add(Language.of(pick(random, LANGUAGES)));
      }
      if (roll < 8) {
        languages.add(Language.of(pick(random, LANGUAGES)));
      }
      return languages;
    }

    /**
     * Complete, in-date evidence; training for every course the policy asks of this PA's skills.
     */
    private VettingRecord goodEvidence(Set<Skill> skills) {
      LocalDate dbsIssued = today.minusDays(30 + random.nextInt(900)); // within 3 years
      DbsCheck dbs =
          random.nextInt(100) < 30
              ? DbsCheck.onUpdateService(
                  DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST,
                  dbsIssued.minusYears(2),
                  today.minusDays(random.nextInt(300)))
              : DbsCheck.issued(DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST, dbsIssued);
      RightToWorkCheck rtw =
          random.nextInt(100) < 12
              ? RightToWorkCheck.timeLimited(
                  today.minusMonths(10), today.plusMonths(6 + random.nextInt(30)))
              : RightToWorkCheck.unlimited(today.minusDays(60 + random.nextInt(900)));
      VettingRecord v =
          VettingRecord.empty()
              .withDbs(dbs)
              .withRightToWork(rtw)
              .withReference(
                  Reference.verified(
                      "Former employer", today.minusMonths(14), today.minusMonths(13)))
              .withReference(
                  Reference.verified(
                      "Personal referee", today.minusMonths(14), today.minusMonths(13)))
              .withCodeOfConductAgreedOn(today.minusMonths(13))
              .withTraining(
                  TrainingRecord.completed(
                      "Care Certificate", today.minusDays(100 + random.nextInt(1500))))
              .withTraining(
                  TrainingRecord.completed(
                      "Safeguarding adults", today.minusDays(10 + random.nextInt(1000))));
      if (skills.contains(Skill.MOVING_AND_HANDLING)) {
        v =
            v.withTraining(
                TrainingRecord.completed(
                    "Moving and handling", today.minusDays(5 + random.nextInt(300))));
      }
      if (skills.contains(Skill.MEDICATION)) {
        v =
            v.withTraining(
                TrainingRecord.completed(
                    "Medication awareness", today.minusDays(5 + random.nextInt(900))));
      }
      return v;
    }

    private PaProfile withVettingState(PaProfile.Builder b) {
      PaProfile draft = b.build();
      VettingRecord good = goodEvidence(draft.skills());
      int roll = random.nextInt(100);
      if (roll < 4) {
        return draft.withVetting(
            VettingRecord.empty().withCodeOfConductAgreedOn(today.minusDays(3))); // draft
      }
      LocalDate submittedOn = today.minusDays(400 + random.nextInt(200));
      if (roll < 12) { // waiting for checks: references not yet back
        VettingRecord partial =
            VettingRecord.empty()
                .withDbs(good.dbs().orElseThrow())
                .withRightToWork(good.rightToWork().orElseThrow())
                .withReference(Reference.received("Former employer", today.minusDays(5)));
        return approvedLike(
            draft.withVetting(partial), VettingStatus.SUBMITTED, today.minusDays(10), "");
      }
      if (roll < 15) {
        return approvedLike(
            draft.withVetting(good),
            VettingStatus.REJECTED,
            submittedOn,
            "References could not be confirmed.");
      }
      PaProfile approved =
          approvedLike(draft.withVetting(good), VettingStatus.APPROVED, submittedOn, "");
      if (roll < 23) { // DBS more than three years old and not on the Update Service
        approved =
            approved.withVetting(
                good.withDbs(
                    DbsCheck.issued(
                        DbsLevel.ENHANCED_WITH_ADULT_BARRED_LIST,
                        today.minusYears(3).minusDays(1 + random.nextInt(120)))));
        return approved.afterReview(policy.assess(approved, today), REVIEW);
      }
      if (roll < 28) { // Safeguarding adults refresher overdue
        approved =
            approved.withVetting(
                good.withTraining(
                    TrainingRecord.completed(
                        "Safeguarding adults",
                        today.minusYears(3).minusDays(1 + random.nextInt(90)))));
        return approved.afterReview(policy.assess(approved, today), REVIEW);
      }
      if (roll < 32) {
        return approved.hide();
      }
      if (roll < 34) { // a concern being looked into: staff suspended the profile by hand
        return approved.suspendByStaff(
            STAFF, today.minusDays(6), "A concern raised by a budget holder is being looked into.");
      }
      return approved;
    }

    private PaProfile approvedLike(PaProfile p, VettingStatus status, LocalDate on, String note) {
      return p.toBuilder()
          .status(status)
          .lastDecision(new VettingDecision(status, STAFF, on, note))
          .visibility(Visibility.VISIBLE)
          .build();
    }
  }

  private static List<Need> demoNeeds(SplittableRandom random, LocalDate today, int count) {
    List<Need> needs = new ArrayList<>();
    List<DayOfWeek> weekdays =
        List.of(
            DayOfWeek.MONDAY,
            DayOfWeek.TUESDAY,
            DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY,
            DayOfWeek.FRIDAY);
    Skill[] preferable = {
      Skill.DEMENTIA,
      Skill.COOKING,
      Skill.MEDICATION,
      Skill.DRIVING,
      Skill.MOVING_AND_HANDLING,
      Skill.AUTISM
    };
    for (int i = 1; i <= count; i++) {
      String district = pick(random, BOROUGH_DISTRICTS);
      ActorRole role =
          switch (random.nextInt(4)) {
            case 0 -> ActorRole.NOMINEE;
            case 1 -> ActorRole.SUPPORT_PLANNER;
            default -> ActorRole.BUDGET_HOLDER;
          };
      String holder = String.format("holder-%04d", i);
      WeeklySlots hours =
          switch (random.nextInt(4)) {
            case 0 -> WeeklySlots.every(weekdays, PartOfDay.EARLY_MORNING);
            case 1 ->
                WeeklySlots.every(weekdays.subList(0, 3), PartOfDay.MORNING, PartOfDay.AFTERNOON);
            case 2 ->
                WeeklySlots.every(
                    List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY),
                    PartOfDay.MORNING,
                    PartOfDay.EVENING);
            default ->
                WeeklySlots.every(weekdays, PartOfDay.MORNING)
                    .plus(WeeklySlots.of(WeeklySlot.of(DayOfWeek.SATURDAY, PartOfDay.MORNING)));
          };
      Set<Skill> required = EnumSet.of(Skill.PERSONAL_CARE);
      if (random.nextInt(100) < 20) {
        required.add(Skill.MOVING_AND_HANDLING);
      }
      Set<Skill> preferred = EnumSet.of(pick(random, preferable));
      Need.Builder b =
          Need.describe(
                  NeedId.of(String.format("NEED-%04d", i)),
                  holder,
                  new Actor(
                      role,
                      role == ActorRole.BUDGET_HOLDER
                          ? holder
                          : String.format("%s-%04d", role.name().toLowerCase(), i)))
              .budgetHolderContact(
                  new ContactDetails(
                      "Budget Holder " + i, holder + "@example.org", null, null, null))
              .area(PostcodeDistrict.of(district))
              .hours(hours)
              .requiredSkills(required)
              .preferredSkills(preferred)
              .car(random.nextInt(100) < 25 ? Importance.PREFERRED : Importance.NOT_NEEDED)
              .maximumRate(random.nextInt(100) < 60 ? HourlyRate.of("14.00") : null);
      int pref = random.nextInt(100);
      if (pref < 30) {
        b.genderForPersonalCare(
            Gender.FEMALE, pref < 15 ? Importance.REQUIRED : Importance.PREFERRED);
      } else if (pref < 38) {
        b.preferredLanguages(Set.of(Language.of(pick(random, LANGUAGES))));
      }
      needs.add(b.build());
    }
    return needs;
  }

  @Override
  public String toString() {
    return "DemoRegister["
        + profiles.size()
        + " PAs, "
        + needs.size()
        + " needs, as at "
        + day
        + "]";
  }
}
