package org.dpsupport.register.domain.model.vetting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The evidence register staff hold for one PA: DBS check, right to work, references, training and
 * the date the PA agreed to the code of conduct. Immutable; each "with" gives a new record.
 */
public final class VettingRecord {
  private static final VettingRecord EMPTY =
      new VettingRecord(null, null, List.of(), List.of(), null);

  private final DbsCheck dbs;
  private final RightToWorkCheck rightToWork;
  private final List<Reference> references;
  private final List<TrainingRecord> training;
  private final LocalDate codeOfConductAgreedOn;

  public VettingRecord(
      DbsCheck dbs,
      RightToWorkCheck rightToWork,
      List<Reference> references,
      List<TrainingRecord> training,
      LocalDate codeOfConductAgreedOn) {
    this.dbs = dbs;
    this.rightToWork = rightToWork;
    this.references = List.copyOf(references == null ? List.of() : references);
    this.training = List.copyOf(training == null ? List.of() : training);
    this.codeOfConductAgreedOn = codeOfConductAgreedOn;
  }

  /** No evidence yet: a new profile. */
  public static VettingRecord empty() {
    return EMPTY;
  }

  public Optional<DbsCheck> dbs() {
    return Optional.ofNullable(dbs);
  }

  public Optional<RightToWorkCheck> rightToWork() {
    return Optional.ofNullable(rightToWork);
  }

  public List<Reference> references() {
    return references;
  }

  public List<TrainingRecord> training() {
    return training;
  }

  public Optional<LocalDate> codeOfConductAgreedOn() {
    return Optional.ofNullable(codeOfConductAgreedOn);
  }

  public VettingRecord withDbs(DbsCheck newDbs) {
    return new VettingRecord(newDbs, rightToWork, references, training, codeOfConductAgreedOn);
  }

  public VettingRecord withRightToWork(RightToWorkCheck check) {
    return new VettingRecord(dbs, check, references, training, codeOfConductAgreedOn);
  }

  public VettingRecord withReference(Reference reference) {
    List<Reference> more = new ArrayList<>(references);
    more.removeIf(r -> r.referee().equals(reference.referee()));
    more.add(reference);
    return new VettingRecord(dbs, rightToWork, more, training, codeOfConductAgreedOn);
  }

  /** Adds a course record; a newer record of the same course replaces the older one. */
  public VettingRecord withTraining(TrainingRecord record) {
    List<TrainingRecord> more = new ArrayList<>(training);
    more.removeIf(t -> t.isCourse(record.course()));
    more.add(record);
    return new VettingRecord(dbs, rightToWork, references, more, codeOfConductAgreedOn);
  }

  public VettingRecord withCodeOfConductAgreedOn(LocalDate agreedOn) {
    return new VettingRecord(dbs, rightToWork, references, training, agreedOn);
  }

  public long verifiedReferences() {
    return references.stream().filter(Reference::isVerified).count();
  }

  public Optional<TrainingRecord> trainingIn(String course) {
    return training.stream().filter(t -> t.isCourse(course)).findFirst();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof VettingRecord v
        && java.util.Objects.equals(dbs, v.dbs)
        && java.util.Objects.equals(rightToWork, v.rightToWork)
        && references.equals(v.references)
        && training.equals(v.training)
        && java.util.Objects.equals(codeOfConductAgreedOn, v.codeOfConductAgreedOn);
  }

  @Override
  public int hashCode() {
    return java.util.Objects.hash(dbs, rightToWork, references, training, codeOfConductAgreedOn);
  }
}
