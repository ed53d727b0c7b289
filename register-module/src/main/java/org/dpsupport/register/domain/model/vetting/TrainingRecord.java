package org.dpsupport.register.domain.model.vetting;

import java.time.LocalDate;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * A course the PA completed, e.g. the Care Certificate.
 *
 * @param course the course name, matched to the council's required training ignoring case
 * @param completedOn when it was completed
 * @param expiresOn the last day the certificate is valid, if the certificate says so; otherwise the
 *     council's refresh period applies
 */
public record TrainingRecord(String course, LocalDate completedOn, LocalDate expiresOn) {
  public TrainingRecord {
    if (course == null || course.isBlank()) {
      throw new InvalidDetailException("Please enter the name of the course.");
    }
    Objects.requireNonNull(completedOn, "completedOn");
    if (expiresOn != null && expiresOn.isBefore(completedOn)) {
      throw new InvalidDetailException("A course cannot expire before it was completed.");
    }
    course = course.strip();
  }

  public static TrainingRecord completed(String course, LocalDate completedOn) {
    return new TrainingRecord(course, completedOn, null);
  }

  public boolean isCourse(String name) {
    return course.toLowerCase(Locale.UK).equals(name.strip().toLowerCase(Locale.UK));
  }

  public Optional<LocalDate> expires() {
    return Optional.ofNullable(expiresOn);
  }
}
