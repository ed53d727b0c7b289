package org.dpsupport.register.domain.model.profile;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.people.Actor;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.vetting.VettingAssessment;
import org.dpsupport.register.domain.model.vetting.VettingIncompleteException;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.dpsupport.register.domain.model.vetting.VettingRecord;

/**
 * A personal assistant's entry on the register: what they offer (areas, availability, skills,
 * languages, rate, a short profile), their contact details (never shown publicly) and their vetting
 * evidence and status. Immutable: every change returns a new profile, so a search index can hold
 * profiles safely while the server saves new versions.
 */
public final class PaProfile {
  private final PaId id;
  private final ContactDetails contact;
  private final Set<PostcodeDistrict> areas;
  private final boolean hasCar;
  private final WeeklySlots availability;
  private final Set<Skill> skills;
  private final Set<Language> languages;
  private final Gender gender;
  private final HourlyRate rateSought;
  private final ProfileText about;
  private final Visibility visibility;
  private final VettingRecord vetting;
  private final VettingStatus status;
  private final VettingDecision lastDecision;

  private PaProfile(Builder b) {
    this.id = Objects.requireNonNull(b.id, "id");
    this.contact = Objects.requireNonNull(b.contact, "contact");
    this.areas = Collections.unmodifiableSet(new TreeSet<>(b.areas));
    this.hasCar = b.hasCar;
    this.availability = b.availability;
    this.skills =
        Collections.unmodifiableSet(
            b.skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(b.skills));
    this.languages = Collections.unmodifiableSet(new TreeSet<>(b.languages));
    this.gender = b.gender;
    this.rateSought = b.rateSought;
    this.about = b.about;
    this.visibility = b.visibility;
    this.vetting = b.vetting;
    this.status = b.status;
    this.lastDecision = b.lastDecision;
  }

  /** A new draft profile; fill it in with the builder's setters, then {@link Builder#build()}. */
  public static Builder draft(PaId id, ContactDetails contact) {
    return new Builder(id, contact);
  }

  /** A builder holding this profile's values, for edits and for loading from the database. */
  public Builder toBuilder() {
    Builder b = new Builder(id, contact);
    b.areas = new TreeSet<>(areas);
    b.hasCar = hasCar;
    b.availability = availability;
    b.skills = skills.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(skills);
    b.languages = new TreeSet<>(languages);
    b.gender = gender;
    b.rateSought = rateSought;
    b.about = about;
    b.visibility = visibility;
    b.vetting = vetting;
    b.status = status;
    b.lastDecision = lastDecision;
    return b;
  }

  // ---- vetting steps -------------------------------------------------------------------------

  /**
   * The PA (or staff for them) sends the profile for checking. Allowed from draft or after a
   * rejection.
   */
  public PaProfile submit(Actor by, LocalDate on) {
    if (status != VettingStatus.DRAFT && status != VettingStatus.REJECTED) {
      throw new VettingStepNotAllowedException(
          "This profile is " + status.description() + ", so it cannot be sent for checking again.");
    }
    List<String> missing = new ArrayList<>();
    if (areas.isEmpty()) {
      missing.add("at least one postcode district you work in");
    }
    if (availability.isEmpty()) {
      missing.add("when you are available");
    }
    if (rateSought == null) {
      missing.add("the hourly rate you are looking for");
    }
    if (!missing.isEmpty()) {
      throw new ProfileIncompleteException(missing);
    }
    return toBuilder()
        .status(VettingStatus.SUBMITTED)
        .lastDecision(new VettingDecision(VettingStatus.SUBMITTED, by, on, ""))
        .build();
  }

  /**
   * Register staff approve a submitted profile. Only possible when the council's policy finds every
   * check present and in date.
   *
   * @throws VettingIncompleteException listing what is missing or expired
   */
  public PaProfile approve(Actor staff, LocalDate on, VettingPolicy policy) {
    requireStatus(VettingStatus.SUBMITTED, "approved");
    VettingAssessment assessment = policy.assessEvidence(this, on);
    if (!assessment.outstanding().isEmpty()) {
      throw new VettingIncompleteException(assessment.outstanding());
    }
    return toBuilder()
        .status(VettingStatus.APPROVED)
        .lastDecision(new VettingDecision(VettingStatus.APPROVED, staff, on, ""))
        .build();
  }

  /** Register staff turn a submitted profile down, saying why (the PA is told). */
  public PaProfile reject(Actor staff, LocalDate on, String reason) {
    requireStatus(VettingStatus.SUBMITTED, "rejected");
    if (reason == null || reason.isBlank()) {
      throw new org.dpsupport.register.domain.model.InvalidDetailException(
          "Please say why the profile is not approved; the PA will be told.");
    }
    return toBuilder()
        .status(VettingStatus.REJECTED)
        .lastDecision(new VettingDecision(VettingStatus.REJECTED, staff, on, reason))
        .build();
  }

  /**
   * The automatic review's result applied: an approved profile with expired or missing checks is
   * suspended, a suspended one whose checks are all renewed is approved again. Other statuses are
   * left alone. Returns this same profile when nothing changes.
   */
  public PaProfile afterReview(VettingAssessment assessment, Actor reviewer) {
    if (!assessment.paId().equals(id)) {
      throw new IllegalArgumentException(
          "Assessment of " + assessment.paId() + " applied to " + id);
    }
    VettingStatus next = assessment.statusAfterReview();
    if (next == status) {
      return this;
    }
    String note =
        next == VettingStatus.SUSPENDED ? assessment.whatToRenewMessage() : "All checks renewed.";
    return toBuilder()
        .status(next)
        .lastDecision(new VettingDecision(next, reviewer, assessment.assessedOn(), note))
        .build();
  }

  /**
   * Register staff suspend an approved (or automatically suspended) profile, e.g. while they look
   * into a concern, saying why. The daily review never lifts this; only staff do.
   */
  public PaProfile suspendByStaff(Actor staff, LocalDate on, String reason) {
    if (status != VettingStatus.APPROVED && status != VettingStatus.SUSPENDED) {
      throw new VettingStepNotAllowedException(
          "Only an approved or suspended profile can be suspended by staff; this one is "
              + status.description()
              + ".");
    }
    if (reason == null || reason.isBlank()) {
      throw new org.dpsupport.register.domain.model.InvalidDetailException(
          "Please say why the profile is suspended; it is kept on the record.");
    }
    return toBuilder()
        .status(VettingStatus.SUSPENDED_BY_STAFF)
        .lastDecision(new VettingDecision(VettingStatus.SUSPENDED_BY_STAFF, staff, on, reason))
        .build();
  }

  /**
   * Register staff lift their suspension: approved again when every check holds today, otherwise
   * suspended like any profile with expired checks, so the PA is told what to renew.
   */
  public PaProfile liftStaffSuspension(Actor staff, LocalDate on, VettingPolicy policy) {
    requireStatus(VettingStatus.SUSPENDED_BY_STAFF, "reinstated by staff");
    VettingAssessment evidence = policy.assessEvidence(this, on);
    VettingStatus next =
        evidence.outstanding().isEmpty() ? VettingStatus.APPROVED : VettingStatus.SUSPENDED;
    String note =
        next == VettingStatus.APPROVED
            ? "staff suspension lifted"
            : "staff suspension lifted; still to renew: "
                + String.join(
                    "; ", evidence.outstanding().stream().map(o -> o.whatToDo()).toList());
    return toBuilder()
        .status(next)
        .lastDecision(new VettingDecision(next, staff, on, note))
        .build();
  }

  /**
   * New or renewed evidence recorded by register staff. The next review reinstates a suspended
   * profile.
   */
  public PaProfile withVetting(VettingRecord evidence) {
    return toBuilder().vetting(evidence).build();
  }

  // ---- privacy -------------------------------------------------------------------------------

  /** The PA hides the profile: kept, but never shown in searches. */
  public PaProfile hide() {
    return visibility == Visibility.HIDDEN
        ? this
        : toBuilder().visibility(Visibility.HIDDEN).build();
  }

  /** The PA shows the profile again (it still has to be approved to be found). */
  public PaProfile show() {
    return visibility == Visibility.VISIBLE
        ? this
        : toBuilder().visibility(Visibility.VISIBLE).build();
  }

  private void requireStatus(VettingStatus wanted, String verb) {
    if (status != wanted) {
      String which =
          wanted == VettingStatus.SUBMITTED
              ? "a profile waiting for checks"
              : "a profile " + wanted.description();
      throw new VettingStepNotAllowedException(
          "Only " + which + " can be " + verb + "; this one is " + status.description() + ".");
    }
  }

  // ---- reading -------------------------------------------------------------------------------

  public PaId id() {
    return id;
  }

  /**
   * The PA's contact details, for the PA's own pages, register staff and persistence only. Anyone
   * else sees them through {@code Introduction.disclosePaContact}, which checks consent and logs
   * the view.
   */
  public ContactDetails contactDetailsForRecords() {
    return contact;
  }

  /** First name and initial of the last name: "Amina K.". */
  public String displayName() {
    return contact.publicName();
  }

  public Set<PostcodeDistrict> areas() {
    return areas;
  }

  public boolean worksIn(PostcodeDistrict district) {
    return areas.contains(district);
  }

  public boolean hasCar() {
    return hasCar;
  }

  public WeeklySlots availability() {
    return availability;
  }

  public Set<Skill> skills() {
    return skills;
  }

  public boolean hasAllSkills(Set<Skill> wanted) {
    return skills.containsAll(wanted);
  }

  public Set<Language> languages() {
    return languages;
  }

  public Optional<Gender> gender() {
    return Optional.ofNullable(gender);
  }

  /** The rate the PA is looking for; empty only on an unfinished draft. */
  public Optional<HourlyRate> rateSought() {
    return Optional.ofNullable(rateSought);
  }

  public ProfileText about() {
    return about;
  }

  public Visibility visibility() {
    return visibility;
  }

  public boolean isVisible() {
    return visibility == Visibility.VISIBLE;
  }

  public VettingRecord vetting() {
    return vetting;
  }

  public VettingStatus status() {
    return status;
  }

  public Optional<VettingDecision> lastDecision() {
    return Optional.ofNullable(lastDecision);
  }

  /** What budget holders may see before an introduction is agreed. */
  public PublicProfile publicProfile() {
    return new PublicProfile(
        id,
        displayName(),
        areas,
        hasCar,
        availability,
        skills,
        languages,
        gender(),
        rateSought,
        about);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof PaProfile p
        && id.equals(p.id)
        && contact.equals(p.contact)
        && areas.equals(p.areas)
        && hasCar == p.hasCar
        && availability.equals(p.availability)
        && skills.equals(p.skills)
        && languages.equals(p.languages)
        && gender == p.gender
        && Objects.equals(rateSought, p.rateSought)
        && about.equals(p.about)
        && visibility == p.visibility
        && status == p.status
        && Objects.equals(lastDecision, p.lastDecision)
        && vetting.equals(p.vetting);
  }

  @Override
  public int hashCode() {
    return Objects.hash(id, status, visibility);
  }

  @Override
  public String toString() {
    return "PaProfile["
        + id
        + ", "
        + status
        + ", "
        + visibility
        + ", areas "
        + areas
        + ", skills "
        + skills
        + "]";
  }

  /** Builds a profile; also used by the server to load one from the database. */
  public static final class Builder {
    private final PaId id;
    private final ContactDetails contact;
    private Set<PostcodeDistrict> areas = new TreeSet<>();
    private boolean hasCar;
    private WeeklySlots availability = WeeklySlots.none();
    private Set<Skill> skills = EnumSet.noneOf(Skill.class);
    private Set<Language> languages = new TreeSet<>();
    private Gender gender;
    private HourlyRate rateSought;
    private ProfileText about = ProfileText.empty();
    private Visibility visibility = Visibility.VISIBLE;
    private VettingRecord vetting = VettingRecord.empty();
    private VettingStatus status = VettingStatus.DRAFT;
    private VettingDecision lastDecision;

    private Builder(PaId id, ContactDetails contact) {
      this.id = id;
      this.contact = contact;
    }

    public Builder areas(Set<PostcodeDistrict> value) {
      this.areas = new TreeSet<>(value);
      return this;
    }

    public Builder hasCar(boolean value) {
      this.hasCar = value;
      return this;
    }

    public Builder availability(WeeklySlots value) {
      this.availability = Objects.requireNonNull(value);
      return this;
    }

    public Builder skills(Set<Skill> value) {
      this.skills = value.isEmpty() ? EnumSet.noneOf(Skill.class) : EnumSet.copyOf(value);
      return this;
    }

    public Builder languages(Set<Language> value) {
      this.languages = new TreeSet<>(value);
      return this;
    }

    /** The gender the PA offers for personal care, or null to leave it unsaid. */
    public Builder gender(Gender value) {
      this.gender = value;
      return this;
    }

    public Builder rateSought(HourlyRate value) {
      this.rateSought = value;
      return this;
    }

    public Builder about(ProfileText value) {
      this.about = Objects.requireNonNull(value);
      return this;
    }

    public Builder visibility(Visibility value) {
      this.visibility = Objects.requireNonNull(value);
      return this;
    }

    public Builder vetting(VettingRecord value) {
      this.vetting = Objects.requireNonNull(value);
      return this;
    }

    /** The stored status; for loading from the database (use the vetting steps to change it). */
    public Builder status(VettingStatus value) {
      this.status = Objects.requireNonNull(value);
      return this;
    }

    public Builder lastDecision(VettingDecision value) {
      this.lastDecision = value;
      return this;
    }

    public PaProfile build() {
      return new PaProfile(this);
    }
  }
}
