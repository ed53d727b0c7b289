package org.dpsupport.register.domain.model.vetting;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.VettingStatus;

/**
 * A council's rules for who may be on its register: DBS level and how long a certificate counts,
 * references, required training and the code of conduct. The figures are the council's data ({@code
 * register/vetting-policy.json}), not code, because councils set and change them.
 *
 * <p>Every dated check is valid up to and including its "last valid day"; the profile is suspended
 * from the day after. A DBS certificate issued on 1 March 2023 with a three-year policy is valid
 * until 28 February 2026, that is {@code issuedOn.plusYears(years).minusDays(1)}.
 */
public final class VettingPolicy {
  /** The policy file shipped with the module (Barking and Dagenham example figures). */
  public static final String DEFAULT_RESOURCE = "/register/vetting-policy.json";

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final String council;
  private final DbsLevel minimumDbsLevel;
  private final int dbsValidForYears;
  private final int updateServiceCheckEveryMonths;
  private final int referencesRequired;
  private final boolean codeOfConductRequired;
  private final List<TrainingRequirement> requiredTraining;

  /** The shape of the policy file. */
  record PolicyFile(
      String council,
      DbsLevel minimumDbsLevel,
      Integer dbsValidForYears,
      Integer updateServiceStatusCheckEveryMonths,
      Integer referencesRequired,
      Boolean codeOfConductRequired,
      List<TrainingRequirement> requiredTraining) {}

  public VettingPolicy(
      String council,
      DbsLevel minimumDbsLevel,
      int dbsValidForYears,
      int updateServiceCheckEveryMonths,
      int referencesRequired,
      boolean codeOfConductRequired,
      List<TrainingRequirement> requiredTraining) {
    this.council = Objects.requireNonNull(council, "council");
    this.minimumDbsLevel = Objects.requireNonNull(minimumDbsLevel, "minimumDbsLevel");
    if (dbsValidForYears < 1 || updateServiceCheckEveryMonths < 1 || referencesRequired < 0) {
      throw new IllegalArgumentException(
          "The vetting policy of " + council + " has a period below one or a negative count.");
    }
    this.dbsValidForYears = dbsValidForYears;
    this.updateServiceCheckEveryMonths = updateServiceCheckEveryMonths;
    this.referencesRequired = referencesRequired;
    this.codeOfConductRequired = codeOfConductRequired;
    this.requiredTraining = List.copyOf(requiredTraining);
  }

  /** The policy shipped with the module. */
  public static VettingPolicy standard() {
    try (InputStream in = VettingPolicy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The register's vetting policy " + DEFAULT_RESOURCE + " is missing from the build.");
      }
      return fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A council's policy from JSON in the shape of {@code register/vetting-policy.json}. */
  public static VettingPolicy fromJson(InputStream json) throws IOException {
    PolicyFile file =
        new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .readValue(json, PolicyFile.class);
    List<String> missing = new ArrayList<>();
    if (file.council() == null) missing.add("council");
    if (file.minimumDbsLevel() == null) missing.add("minimumDbsLevel");
    if (file.dbsValidForYears() == null) missing.add("dbsValidForYears");
    if (file.updateServiceStatusCheckEveryMonths() == null)
      missing.add("updateServiceStatusCheckEveryMonths");
    if (file.referencesRequired() == null) missing.add("referencesRequired");
    if (file.codeOfConductRequired() == null) missing.add("codeOfConductRequired");
    if (!missing.isEmpty()) {
      throw new IOException("The vetting policy file is missing: " + String.join(", ", missing));
    }
    return new VettingPolicy(
        file.council(),
        file.minimumDbsLevel(),
        file.dbsValidForYears(),
        file.updateServiceStatusCheckEveryMonths(),
        file.referencesRequired(),
        file.codeOfConductRequired(),
        file.requiredTraining() == null ? List.of() : file.requiredTraining());
  }

  /**
   * Can budget holders find this profile today, and if not, why? Used by matching and by the
   * server's daily job, which applies {@link VettingAssessment#statusAfterReview()} with {@link
   * PaProfile#afterReview} and sends the PA {@link VettingAssessment#whatToRenewMessage()}.
   */
  public VettingAssessment assess(PaProfile profile, LocalDate today) {
    Evidence evidence = checkEvidence(profile, today);
    VettingStatus next = statusAfterReview(profile.status(), evidence.outstanding.isEmpty());
    List<String> reasons = new ArrayList<>();
    if (next != VettingStatus.APPROVED) {
      reasons.add("The profile is " + next.description() + ".");
    }
    if (!profile.isVisible()) {
      reasons.add("The PA has hidden the profile.");
    }
    for (OutstandingItem item : evidence.outstanding) {
      reasons.add(capitalise(item.whatToDo()) + ".");
    }
    boolean searchable = next == VettingStatus.APPROVED && profile.isVisible();
    return new VettingAssessment(
        profile.id(),
        today,
        searchable,
        reasons,
        evidence.outstanding,
        next,
        evidence.lastValidDay);
  }

  /** The evidence alone, ignoring status and visibility: what approval would still need. */
  public VettingAssessment assessEvidence(PaProfile profile, LocalDate today) {
    Evidence evidence = checkEvidence(profile, today);
    List<String> reasons =
        evidence.outstanding.stream().map(i -> capitalise(i.whatToDo()) + ".").toList();
    return new VettingAssessment(
        profile.id(),
        today,
        evidence.outstanding.isEmpty(),
        reasons,
        evidence.outstanding,
        profile.status(),
        evidence.lastValidDay);
  }

  /**
   * The last day on which this profile's dated checks all hold, or empty when none is dated or
   * something is already missing. The search index keeps this so a query can drop expired PAs
   * without re-assessing them.
   */
  public Optional<LocalDate> lastValidDay(PaProfile profile, LocalDate today) {
    return Optional.ofNullable(checkEvidence(profile, today).lastValidDay);
  }

  private static VettingStatus statusAfterReview(VettingStatus current, boolean allChecksHold) {
    return switch (current) {
      case APPROVED -> allChecksHold ? VettingStatus.APPROVED : VettingStatus.SUSPENDED;
      case SUSPENDED -> allChecksHold ? VettingStatus.APPROVED : VettingStatus.SUSPENDED;
      default -> current;
    };
  }

  private Evidence checkEvidence(PaProfile profile, LocalDate today) {
    Evidence e = new Evidence(today);
    VettingRecord record = profile.vetting();
    checkDbs(record, e);
    checkRightToWork(record, e);
    long verified = record.verifiedReferences();
    if (verified < referencesRequired) {
      e.missing(
          Check.REFERENCES,
          "send "
              + referencesRequired
              + " references that register staff can verify ("
              + verified
              + " verified so far)");
    }
    for (TrainingRequirement required : requiredTraining) {
      if (required
          .requiredOnlyFor()
          .map(skill -> !profile.skills().contains(skill))
          .orElse(false)) {
        continue;
      }
      checkTraining(record, required, e);
    }
    if (codeOfConductRequired && record.codeOfConductAgreedOn().isEmpty()) {
      e.missing(Check.CODE_OF_CONDUCT, "agree to the register's code of conduct");
    }
    return e;
  }

  private void checkDbs(VettingRecord record, Evidence e) {
    Optional<DbsCheck> found = record.dbs();
    if (found.isEmpty()) {
      e.missing(Check.DBS, "get an " + minimumDbsLevel.label());
      return;
    }
    DbsCheck dbs = found.get();
    if (!dbs.level().isAtLeast(minimumDbsLevel)) {
      e.missing(
          Check.DBS,
          "get an " + minimumDbsLevel.label() + " (you have a " + dbs.level().label() + ")");
      return;
    }
    switch (dbs.updateService()) {
      case SUBSCRIBED_NEW_INFORMATION ->
          e.expired(
              Check.DBS,
              "get a new "
                  + minimumDbsLevel.label()
                  + ": the DBS Update Service shows new information since your certificate of "
                  + DATE.format(dbs.issuedOn()),
              dbs.statusChecked().orElse(dbs.issuedOn()));
      case SUBSCRIBED_NO_NEW_INFORMATION -> {
        // Policy: on the Update Service the certificate stays current, provided staff re-check its
        // status regularly.
        LocalDate lastChecked = dbs.statusChecked().orElse(dbs.issuedOn());
        LocalDate lastValid = lastChecked.plusMonths(updateServiceCheckEveryMonths).minusDays(1);
        e.dated(
            lastValid,
            Check.DBS_UPDATE_SERVICE_STATUS,
            () ->
                "let register staff re-check your DBS certificate on the Update Service (last checked "
                    + DATE.format(lastChecked)
                    + "); make sure your subscription is paid up");
      }
      case NOT_SUBSCRIBED -> {
        LocalDate lastValid = dbs.issuedOn().plusYears(dbsValidForYears).minusDays(1);
        e.dated(
            lastValid,
            Check.DBS,
            () ->
                "renew your DBS check: your certificate of "
                    + DATE.format(dbs.issuedOn())
                    + " is more than "
                    + dbsValidForYears
                    + " years old. Apply for a new "
                    + minimumDbsLevel.label()
                    + ", or join the DBS Update Service so it stays current");
      }
      default ->
          throw new IllegalStateException("Unknown update service status " + dbs.updateService());
    }
  }

  private void checkRightToWork(VettingRecord record, Evidence e) {
    Optional<RightToWorkCheck> found = record.rightToWork();
    if (found.isEmpty()) {
      e.missing(Check.RIGHT_TO_WORK, "show register staff your right to work in the UK");
      return;
    }
    found
        .get()
        .permissionEnds()
        .ifPresent(
            end ->
                e.dated(
                    end,
                    Check.RIGHT_TO_WORK,
                    () ->
                        "show register staff your new permission to work in the UK (the one we saw ended on "
                            + DATE.format(end)
                            + ")"));
  }

  private void checkTraining(VettingRecord record, TrainingRequirement required, Evidence e) {
    Optional<TrainingRecord> found = record.trainingIn(required.course());
    if (found.isEmpty()) {
      e.missing(Check.TRAINING, "complete the " + required.course() + " training");
      return;
    }
    TrainingRecord done = found.get();
    Optional<LocalDate> lastValid =
        done.expires()
            .or(
                () ->
                    required
                        .refreshPeriodYears()
                        .map(years -> done.completedOn().plusYears(years).minusDays(1)));
    lastValid.ifPresent(
        last ->
            e.dated(
                last,
                Check.TRAINING,
                () ->
                    "renew your "
                        + required.course()
                        + " training (it was valid until "
                        + DATE.format(last)
                        + ")"));
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  public String council() {
    return council;
  }

  public DbsLevel minimumDbsLevel() {
    return minimumDbsLevel;
  }

  public int dbsValidForYears() {
    return dbsValidForYears;
  }

  public int referencesRequired() {
    return referencesRequired;
  }

  public List<TrainingRequirement> requiredTraining() {
    return requiredTraining;
  }

  /** Collects outstanding items and the earliest last-valid day while checking one profile. */
  private static final class Evidence {
    private final LocalDate today;
    private final List<OutstandingItem> outstanding = new ArrayList<>();
    private LocalDate lastValidDay;

    Evidence(LocalDate today) {
      this.today = today;
    }

    void missing(Check check, String whatToDo) {
      outstanding.add(OutstandingItem.missing(check, whatToDo));
    }

    void expired(Check check, String whatToDo, LocalDate lastValid) {
      outstanding.add(OutstandingItem.expired(check, whatToDo, lastValid));
    }

    /** A check valid up to and including {@code lastValid}: expired from the next day. */
    /** The message is built only when needed: matching assesses thousands of profiles a query. */
    void dated(LocalDate lastValid, Check check, Supplier<String> whatToDoWhenExpired) {
      if (today.isAfter(lastValid)) {
        expired(check, whatToDoWhenExpired.get(), lastValid);
      } else if (lastValidDay == null || lastValid.isBefore(lastValidDay)) {
        lastValidDay = lastValid;
      }
    }
  }
}
