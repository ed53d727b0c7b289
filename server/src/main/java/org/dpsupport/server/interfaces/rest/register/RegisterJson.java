package org.dpsupport.server.interfaces.rest.register;

import java.math.BigDecimal;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.introduction.Introduction;
import org.dpsupport.register.domain.model.need.Importance;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.people.PostalAddress;
import org.dpsupport.register.domain.model.profile.Gender;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.Language;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.PartOfDay;
import org.dpsupport.register.domain.model.profile.ProfileText;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.WeeklySlot;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.register.domain.model.vetting.DbsCheck;
import org.dpsupport.register.domain.model.vetting.DbsLevel;
import org.dpsupport.register.domain.model.vetting.Reference;
import org.dpsupport.register.domain.model.vetting.RightToWorkCheck;
import org.dpsupport.register.domain.model.vetting.TrainingRecord;
import org.dpsupport.register.domain.model.vetting.UpdateServiceStatus;
import org.dpsupport.register.domain.model.vetting.VettingAssessment;
import org.dpsupport.register.domain.model.vetting.VettingRecord;
import org.dpsupport.register.domain.service.Match;
import org.dpsupport.server.application.register.ProfileDetails;

/**
 * The register API's request and response bodies, and their translation to and from the register's
 * types. Weekly slots are written "MONDAY:MORNING" (days and parts of the day in capitals:
 * EARLY_MORNING, MORNING, AFTERNOON, EVENING, NIGHT).
 */
public final class RegisterJson {

  private RegisterJson() {}

  /**
   * A PA's details, for registering and editing. {@code password} only when a PA registers
   * themselves.
   */
  public record ProfileInput(
      String email,
      String password,
      String fullName,
      String telephone,
      String addressLine,
      String town,
      String postcode,
      LocalDate dateOfBirth,
      List<String> areas,
      Boolean hasCar,
      List<String> availability,
      List<String> skills,
      List<String> languages,
      String gender,
      BigDecimal rateSought,
      String about) {

    public ProfileDetails toDetails() {
      PostalAddress address =
          blank(addressLine)
              ? null
              : new PostalAddress(List.of(addressLine.strip()), town, postcode);
      ContactDetails contact = new ContactDetails(fullName, email, telephone, address, dateOfBirth);
      return new ProfileDetails(
          contact,
          districts(areas),
          Boolean.TRUE.equals(hasCar),
          slots(availability),
          skillSet(skills),
          languageSet(languages),
          blank(gender) ? null : enumOf(Gender.class, gender, "gender"),
          rateSought == null ? null : new HourlyRate(rateSought),
          ProfileText.of(about == null ? "" : about));
    }
  }

  public record ContactView(String fullName, String email, String telephone, String address) {
    public static ContactView of(ContactDetails c) {
      return new ContactView(
          c.fullName(),
          c.email().orElse(null),
          c.telephone().orElse(null),
          c.address()
              .map(a -> String.join(", ", a.lines()) + ", " + a.town() + " " + a.postcode())
              .orElse(null));
    }
  }

  /** A profile as its PA or register staff see it (with contact details and what to renew). */
  public record ProfileView(
      String paRef,
      String status,
      String statusDescription,
      String visibility,
      String displayName,
      List<String> areas,
      boolean hasCar,
      List<String> availability,
      List<String> skills,
      List<String> languages,
      String gender,
      BigDecimal rateSought,
      String about,
      ContactView contact,
      String lastDecision,
      boolean searchable,
      List<String> toDo) {

    public static ProfileView of(PaProfile p, VettingAssessment assessment) {
      return new ProfileView(
          p.id().value(),
          p.status().name(),
          p.status().description(),
          p.visibility().name(),
          p.displayName(),
          p.areas().stream().map(PostcodeDistrict::code).toList(),
          p.hasCar(),
          slotNames(p.availability()),
          p.skills().stream().map(Enum::name).toList(),
          p.languages().stream().map(Language::name).toList(),
          p.gender().map(Enum::name).orElse(null),
          p.rateSought().map(HourlyRate::poundsPerHour).orElse(null),
          p.about().text(),
          ContactView.of(p.contactDetailsForRecords()),
          p.lastDecision()
              .map(d -> d.status() + " on " + d.on() + (d.note().isEmpty() ? "" : ": " + d.note()))
              .orElse(null),
          assessment.searchable(),
          assessment.outstanding().stream().map(o -> o.whatToDo()).toList());
    }
  }

  /** A need, as the budget holder describes it. */
  public record NeedInput(
      String area,
      List<String> hours,
      List<String> requiredSkills,
      List<String> preferredSkills,
      String gender,
      String genderImportance,
      List<String> requiredLanguages,
      List<String> preferredLanguages,
      String car,
      BigDecimal maximumRate) {

    public Need.Builder applyTo(Need.Builder b) {
      if (blank(area)) {
        throw new InvalidDetailException(
            "Please say where the support is needed, as a postcode district such as RM10.");
      }
      return b.area(PostcodeDistrict.of(area))
          .hours(slots(hours))
          .requiredSkills(skillSet(requiredSkills))
          .preferredSkills(skillSet(preferredSkills))
          .genderForPersonalCare(
              blank(gender) ? null : enumOf(Gender.class, gender, "gender"),
              blank(genderImportance)
                  ? Importance.PREFERRED
                  : enumOf(Importance.class, genderImportance, "importance"))
          .requiredLanguages(languageSet(requiredLanguages))
          .preferredLanguages(languageSet(preferredLanguages))
          .car(blank(car) ? Importance.NOT_NEEDED : enumOf(Importance.class, car, "car"))
          .maximumRate(maximumRate == null ? null : new HourlyRate(maximumRate));
    }
  }

  public record NeedView(
      String needRef,
      long accountId,
      String accountReference,
      String area,
      List<String> hours,
      List<String> requiredSkills,
      List<String> preferredSkills,
      String status,
      List<String> hiredPas) {
    public static NeedView of(Need n, long accountId) {
      return new NeedView(
          n.id().value(),
          accountId,
          n.budgetHolderReference(),
          n.area().code(),
          slotNames(n.hours()),
          n.requiredSkills().stream().map(Enum::name).toList(),
          n.preferredSkills().stream().map(Enum::name).toList(),
          n.status().name(),
          n.hired().stream().map(p -> p.value()).toList());
    }
  }

  public record ScoreLineView(String reason, int points) {}

  /**
   * One match: the PA as budget holders may see them, or the need as a PA sees it; score and
   * explanation.
   */
  public record MatchView(
      String needRef,
      String paRef,
      String displayName,
      int score,
      String explanation,
      List<ScoreLineView> lines,
      List<String> slotsCovered,
      List<String> areas,
      List<String> skills,
      BigDecimal rateSought,
      boolean hasCar,
      String about) {
    public static MatchView of(Match m) {
      return new MatchView(
          m.needId().value(),
          m.paId().value(),
          m.pa().displayName(),
          m.score(),
          m.explanationText(),
          m.explanation().stream().map(l -> new ScoreLineView(l.reason(), l.points())).toList(),
          slotNames(m.slotsCovered()),
          m.pa().areas().stream().map(PostcodeDistrict::code).sorted().toList(),
          m.pa().skillsInOrder().stream().map(Enum::name).toList(),
          m.pa().rateSought() == null ? null : m.pa().rateSought().poundsPerHour(),
          m.pa().hasCar(),
          m.pa().about().text());
    }
  }

  public record StepView(String state, String by, String at, String note) {}

  public record IntroductionView(
      long id, String needRef, String paRef, String state, List<StepView> steps) {
    public static IntroductionView of(long id, Introduction i) {
      return new IntroductionView(
          id,
          i.needId().value(),
          i.paId().value(),
          i.state().name(),
          i.steps().stream()
              .map(
                  s ->
                      new StepView(
                          s.state().name(), s.by().role().name(), s.at().toString(), s.note()))
              .toList());
    }
  }

  public record InvitationInput(String paRef) {}

  public record ReasonInput(String reason) {}

  public record HireInput(LocalDate startDate, BigDecimal agreedRate, List<String> slots) {}

  public record EmploymentView(
      long employmentId,
      long accountId,
      Long paUserId,
      String paName,
      LocalDate startDate,
      List<String> starterChecklistStillToComplete) {}

  /** Vetting evidence recorded by register staff; each part given replaces the stored one. */
  public record VettingInput(
      String dbsLevel,
      LocalDate dbsIssuedOn,
      String dbsUpdateService,
      LocalDate dbsStatusCheckedOn,
      LocalDate rightToWorkCheckedOn,
      LocalDate rightToWorkEndsOn,
      List<ReferenceInput> references,
      List<TrainingInput> training,
      LocalDate codeOfConductAgreedOn) {

    /** This evidence added to what is on record. */
    public VettingRecord applyTo(VettingRecord record) {
      VettingInput in = this;
      VettingRecord r = record;
      if (in.dbsLevel() != null) {
        if (in.dbsIssuedOn() == null) {
          throw new InvalidDetailException(
              "Please give the issue date printed on the DBS certificate.");
        }
        r =
            r.withDbs(
                new DbsCheck(
                    enumOf(DbsLevel.class, in.dbsLevel(), "DBS level"),
                    in.dbsIssuedOn(),
                    in.dbsUpdateService() == null
                        ? null
                        : enumOf(
                            UpdateServiceStatus.class,
                            in.dbsUpdateService(),
                            "Update Service status"),
                    in.dbsStatusCheckedOn()));
      }
      if (in.rightToWorkCheckedOn() != null) {
        r =
            r.withRightToWork(
                new RightToWorkCheck(in.rightToWorkCheckedOn(), in.rightToWorkEndsOn()));
      }
      for (var ref : in.references() == null ? List.<ReferenceInput>of() : in.references()) {
        r = r.withReference(new Reference(ref.referee(), ref.receivedOn(), ref.verifiedOn()));
      }
      for (var t : in.training() == null ? List.<TrainingInput>of() : in.training()) {
        r = r.withTraining(new TrainingRecord(t.course(), t.completedOn(), t.expiresOn()));
      }
      if (in.codeOfConductAgreedOn() != null) {
        r = r.withCodeOfConductAgreedOn(in.codeOfConductAgreedOn());
      }
      return r;
    }
  }

  public record ReferenceInput(String referee, LocalDate receivedOn, LocalDate verifiedOn) {}

  public record TrainingInput(String course, LocalDate completedOn, LocalDate expiresOn) {}

  public record SweepView(LocalDate day, int reviewed, int suspended, int reinstated) {}

  // ---- parsing -------------------------------------------------------------------------------

  static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  public static Set<PostcodeDistrict> districts(List<String> codes) {
    Set<PostcodeDistrict> out = new TreeSet<>();
    for (String code : codes == null ? List.<String>of() : codes) {
      if (!blank(code)) {
        out.add(PostcodeDistrict.of(code));
      }
    }
    return out;
  }

  public static Set<Skill> skillSet(List<String> names) {
    Set<Skill> out = EnumSet.noneOf(Skill.class);
    for (String name : names == null ? List.<String>of() : names) {
      if (!blank(name)) {
        out.add(Skill.fromLabel(name));
      }
    }
    return out;
  }

  public static Set<Language> languageSet(List<String> names) {
    Set<Language> out = new TreeSet<>();
    for (String name : names == null ? List.<String>of() : names) {
      if (!blank(name)) {
        out.add(Language.of(name));
      }
    }
    return out;
  }

  /** Slots written "MONDAY:MORNING". */
  public static WeeklySlots slots(List<String> names) {
    List<WeeklySlot> out = new ArrayList<>();
    for (String name : names == null ? List.<String>of() : names) {
      String[] parts =
          name == null ? new String[0] : name.strip().toUpperCase(Locale.UK).split(":");
      try {
        out.add(WeeklySlot.of(DayOfWeek.valueOf(parts[0]), PartOfDay.valueOf(parts[1])));
      } catch (RuntimeException e) {
        throw new InvalidDetailException(
            "'"
                + name
                + "' is not a time of the week we know. Write it as day:part, for"
                + " example MONDAY:MORNING (parts: EARLY_MORNING, MORNING, AFTERNOON, EVENING, NIGHT).");
      }
    }
    return WeeklySlots.of(out);
  }

  public static List<String> slotNames(WeeklySlots slots) {
    return slots.slots().stream().map(s -> s.day() + ":" + s.part()).collect(Collectors.toList());
  }

  static <E extends Enum<E>> E enumOf(Class<E> type, String value, String what) {
    try {
      return Enum.valueOf(type, value.strip().toUpperCase(Locale.UK));
    } catch (IllegalArgumentException e) {
      throw new InvalidDetailException(
          "'"
              + value
              + "' is not a "
              + what
              + " we know. Choose one of: "
              + java.util.Arrays.toString(type.getEnumConstants())
              + ".");
    }
  }
}
