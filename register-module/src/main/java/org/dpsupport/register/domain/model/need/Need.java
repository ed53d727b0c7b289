package org.dpsupport.register.domain.model.need;

import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.Gender;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.Language;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.WeeklySlots;

/**
 * What a budget holder needs from a PA, described by them, their nominee or a support planner:
 * where, which weekly slots, required and preferred skills and other preferences, and the most they
 * can pay an hour. Immutable.
 */
public final class Need {
  private final NeedId id;
  private final String budgetHolderReference;
  private final Actor describedBy;
  private final ContactDetails budgetHolderContact;
  private final PostcodeDistrict area;
  private final WeeklySlots hours;
  private final Set<Skill> requiredSkills;
  private final Set<Skill> preferredSkills;
  private final Gender genderForPersonalCare;
  private final Importance genderImportance;
  private final Set<Language> requiredLanguages;
  private final Set<Language> preferredLanguages;
  private final Importance car;
  private final HourlyRate maximumRate;
  private final Set<PaId> hired;
  private final NeedStatus status;

  private Need(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.budgetHolderReference =
        requireText(b.budgetHolderReference, "Please say whose need this is.");
    this.describedBy = Objects.requireNonNull(b.describedBy, "describedBy");
    if (!describedBy.role().actsForBudgetHolder()) {
      throw new InvalidDetailException(
          "Only the budget holder, their nominee or a support planner can describe a need.");
    }
    this.budgetHolderContact = b.budgetHolderContact;
    if (b.area == null) {
      throw new InvalidDetailException(
          "Please say where the support is needed, as a postcode district such as RM10.");
    }
    this.area = b.area;
    if (b.hours.isEmpty() && b.status == NeedStatus.OPEN) {
      throw new InvalidDetailException(
          "Please choose at least one time of the week when you need a PA.");
    }
    this.hours = b.hours;
    this.requiredSkills = copy(b.requiredSkills);
    EnumSet<Skill> preferred = copy(b.preferredSkills);
    preferred.removeAll(
        requiredSkills); // a skill asked for as required is not also scored as a preference
    this.preferredSkills = Collections.unmodifiableSet(preferred);
    this.genderForPersonalCare = b.genderForPersonalCare;
    this.genderImportance =
        b.genderForPersonalCare == null ? Importance.NOT_NEEDED : b.genderImportance;
    this.requiredLanguages = Collections.unmodifiableSet(new TreeSet<>(b.requiredLanguages));
    TreeSet<Language> preferredLanguages = new TreeSet<>(b.preferredLanguages);
    preferredLanguages.removeAll(requiredLanguages);
    this.preferredLanguages = Collections.unmodifiableSet(preferredLanguages);
    this.car = Objects.requireNonNull(b.car);
    this.maximumRate = b.maximumRate;
    this.hired = Collections.unmodifiableSet(new TreeSet<>(b.hired));
    this.status = Objects.requireNonNull(b.status);
  }

  private static EnumSet<Skill> copy(Set<Skill> skills) {
    return skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
  }

  private static String requireText(String text, String message) {
    if (text == null || text.isBlank()) {
      throw new InvalidDetailException(message);
    }
    return text.strip();
  }

  /** A new need for the given budget holder, described by them or someone acting for them. */
  public static Builder describe(NeedId id, String budgetHolderReference, Actor describedBy) {
    return new Builder(id, budgetHolderReference, describedBy);
  }

  public Builder toBuilder() {
    Builder b = new Builder(id, budgetHolderReference, describedBy);
    b.budgetHolderContact = budgetHolderContact;
    b.area = area;
    b.hours = hours;
    b.requiredSkills = copy(requiredSkills);
    b.preferredSkills = copy(preferredSkills);
    b.genderForPersonalCare = genderForPersonalCare;
    b.genderImportance = genderImportance;
    b.requiredLanguages = new TreeSet<>(requiredLanguages);
    b.preferredLanguages = new TreeSet<>(preferredLanguages);
    b.car = car;
    b.maximumRate = maximumRate;
    b.hired = new TreeSet<>(hired);
    b.status = status;
    return b;
  }

  /**
   * A PA was hired for some of the slots: they are taken off this need (never matched to it again)
   * and those slots are no longer wanted. When no slot is left the need is filled.
   */
  public Need recordHire(PaId pa, WeeklySlots slotsTaken) {
    requireOpen();
    WeeklySlots remaining = hours.minus(slotsTaken);
    Builder b = toBuilder();
    b.hired.add(pa);
    b.hours = remaining;
    b.status = remaining.isEmpty() ? NeedStatus.FILLED : NeedStatus.OPEN;
    return b.build();
  }

  /** The budget holder stops looking. */
  public Need close() {
    if (status == NeedStatus.CLOSED) {
      return this;
    }
    Builder b = toBuilder();
    b.status = NeedStatus.CLOSED;
    return b.build();
  }

  public void requireOpen() {
    if (status != NeedStatus.OPEN) {
      throw new NeedNotOpenException(id, status);
    }
  }

  public NeedId id() {
    return id;
  }

  public String budgetHolderReference() {
    return budgetHolderReference;
  }

  public Actor describedBy() {
    return describedBy;
  }

  /**
   * The budget holder's contact details for persistence and their own pages; a PA sees them only
   * through {@code Introduction.discloseBudgetHolderContact}, which checks consent and logs it.
   */
  public Optional<ContactDetails> budgetHolderContactForRecords() {
    return Optional.ofNullable(budgetHolderContact);
  }

  public PostcodeDistrict area() {
    return area;
  }

  /** The weekly slots still wanted. */
  public WeeklySlots hours() {
    return hours;
  }

  public Set<Skill> requiredSkills() {
    return requiredSkills;
  }

  /** Preferred skills, never including a required one. */
  public Set<Skill> preferredSkills() {
    return preferredSkills;
  }

  public Optional<Gender> genderForPersonalCare() {
    return Optional.ofNullable(genderForPersonalCare);
  }

  public Importance genderImportance() {
    return genderImportance;
  }

  public Set<Language> requiredLanguages() {
    return requiredLanguages;
  }

  public Set<Language> preferredLanguages() {
    return preferredLanguages;
  }

  /** Whether the PA should have a car. */
  public Importance car() {
    return car;
  }

  public Optional<HourlyRate> maximumRate() {
    return Optional.ofNullable(maximumRate);
  }

  /** PAs already hired through this need; never matched to it again. */
  public Set<PaId> hired() {
    return hired;
  }

  public NeedStatus status() {
    return status;
  }

  public boolean isOpen() {
    return status == NeedStatus.OPEN;
  }

  @Override
  public String toString() {
    return "Need["
        + id
        + ", "
        + area
        + ", "
        + status
        + ", "
        + hours.size()
        + " slots, needs "
        + requiredSkills
        + "]";
  }

  /** Builds a need; also used by the server to load one from the database. */
  public static final class Builder {
    private final NeedId id;
    private final String budgetHolderReference;
    private final Actor describedBy;
    private ContactDetails budgetHolderContact;
    private PostcodeDistrict area;
    private WeeklySlots hours = WeeklySlots.none();
    private Set<Skill> requiredSkills = EnumSet.noneOf(Skill.class);
    private Set<Skill> preferredSkills = EnumSet.noneOf(Skill.class);
    private Gender genderForPersonalCare;
    private Importance genderImportance = Importance.NOT_NEEDED;
    private Set<Language> requiredLanguages = new TreeSet<>();
    private Set<Language> preferredLanguages = new TreeSet<>();
    private Importance car = Importance.NOT_NEEDED;
    private HourlyRate maximumRate;
    private Set<PaId> hired = new TreeSet<>();
    private NeedStatus status = NeedStatus.OPEN;

    private Builder(NeedId id, String budgetHolderReference, Actor describedBy) {
      this.id = id;
      this.budgetHolderReference = budgetHolderReference;
      this.describedBy = describedBy;
    }

    public Builder budgetHolderContact(ContactDetails value) {
      this.budgetHolderContact = value;
      return this;
    }

    public Builder area(PostcodeDistrict value) {
      this.area = value;
      return this;
    }

    public Builder hours(WeeklySlots value) {
      this.hours = Objects.requireNonNull(value);
      return this;
    }

    public Builder requiredSkills(Set<Skill> value) {
      this.requiredSkills = copy(value);
      return this;
    }

    public Builder preferredSkills(Set<Skill> value) {
      this.preferredSkills = copy(value);
      return this;
    }

    /** A same-gender PA for personal care, required or preferred. */
    public Builder genderForPersonalCare(Gender gender, Importance importance) {
      this.genderForPersonalCare = gender;
      this.genderImportance = Objects.requireNonNull(importance);
      return this;
    }

    public Builder requiredLanguages(Set<Language> value) {
      this.requiredLanguages = new TreeSet<>(value);
      return this;
    }

    public Builder preferredLanguages(Set<Language> value) {
      this.preferredLanguages = new TreeSet<>(value);
      return this;
    }

    public Builder car(Importance value) {
      this.car = Objects.requireNonNull(value);
      return this;
    }

    public Builder maximumRate(HourlyRate value) {
      this.maximumRate = value;
      return this;
    }

    /** PAs already hired through this need; for loading from the database. */
    public Builder hired(Set<PaId> value) {
      this.hired = new TreeSet<>(value);
      return this;
    }

    /** The stored status; for loading from the database. */
    public Builder status(NeedStatus value) {
      this.status = Objects.requireNonNull(value);
      return this;
    }

    public Need build() {
      return new Need(this);
    }
  }

  /** The skills a need lists, required first, for pages. */
  public List<Skill> allSkillsInOrder() {
    return java.util.stream.Stream.concat(requiredSkills.stream(), preferredSkills.stream())
        .toList();
  }
}
