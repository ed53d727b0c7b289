package org.dpsupport.register.domain.model.privacy;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.register.domain.model.introduction.Introduction;
import org.dpsupport.register.domain.model.introduction.IntroductionState;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.VettingStatus;

/**
 * The council's rules for what the register keeps after a PA deletes their profile ("deleted means
 * gone, apart from what the law says must be kept"). The rules are data in {@code
 * register/retention-policy.json}.
 */
public final class RetentionPolicy {
  public static final String DEFAULT_RESOURCE = "/register/retention-policy.json";

  private final List<RetentionRule> keptAfterDeletion;
  private final String employmentRecordNote;

  record PolicyFile(
      String council, List<RetentionRule> keptAfterDeletion, String employmentRecordNote) {}

  public RetentionPolicy(List<RetentionRule> keptAfterDeletion, String employmentRecordNote) {
    this.keptAfterDeletion = List.copyOf(keptAfterDeletion);
    this.employmentRecordNote =
        Objects.requireNonNull(employmentRecordNote, "employmentRecordNote");
  }

  /** The policy shipped with the module. */
  public static RetentionPolicy standard() {
    try (InputStream in = RetentionPolicy.class.getResourceAsStream(DEFAULT_RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(
            "The register's retention policy " + DEFAULT_RESOURCE + " is missing from the build.");
      }
      return fromJson(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static RetentionPolicy fromJson(InputStream json) throws IOException {
    PolicyFile file =
        new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true)
            .readValue(json, PolicyFile.class);
    if (file.keptAfterDeletion() == null || file.employmentRecordNote() == null) {
      throw new IOException(
          "The retention policy file needs keptAfterDeletion and employmentRecordNote.");
    }
    return new RetentionPolicy(file.keptAfterDeletion(), file.employmentRecordNote());
  }

  /**
   * What deleting this profile erases and keeps.
   *
   * @param profile the profile to delete
   * @param introductions every introduction the PA took part in
   * @param today the day of deletion
   */
  public ProfileErasure erase(
      PaProfile profile, Collection<Introduction> introductions, LocalDate today) {
    boolean everApproved =
        profile.status() == VettingStatus.APPROVED
            || profile.status() == VettingStatus.SUSPENDED
            || profile.status() == VettingStatus.SUSPENDED_BY_STAFF;
    boolean everIntroduced = !introductions.isEmpty();
    boolean hired = introductions.stream().anyMatch(i -> i.state() == IntroductionState.HIRED);

    List<String> erased =
        new ArrayList<>(
            List.of(
                "contact details: name, email, telephone, address and date of birth",
                "the profile: areas, availability, skills, languages, gender, rate and profile text"));
    erased.add(
        everApproved
            ? "vetting evidence: references, training records and DBS and right-to-work details beyond the decision summary"
            : "all vetting evidence: DBS, right to work, references and training");

    List<KeptRecord> kept = new ArrayList<>();
    for (RetentionRule rule : keptAfterDeletion) {
      boolean applies =
          switch (rule.when()) {
            case ALWAYS -> true;
            case EVER_APPROVED -> everApproved;
            case EVER_INTRODUCED -> everIntroduced;
            case HIRED -> hired;
          };
      if (applies) {
        kept.add(
            new KeptRecord(rule.record(), rule.reason(), today.plusMonths(rule.keepForMonths())));
      }
    }
    var toWithdraw =
        introductions.stream().filter(i -> !i.state().isFinished()).map(Introduction::id).toList();
    return new ProfileErasure(
        profile.id(),
        today,
        erased,
        kept,
        toWithdraw,
        hired ? Optional.of(employmentRecordNote) : Optional.empty());
  }

  public List<RetentionRule> keptAfterDeletion() {
    return keptAfterDeletion;
  }
}
