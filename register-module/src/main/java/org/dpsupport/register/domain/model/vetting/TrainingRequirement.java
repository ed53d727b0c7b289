package org.dpsupport.register.domain.model.vetting;

import java.util.Optional;
import org.dpsupport.register.domain.model.InvalidDetailException;
import org.dpsupport.register.domain.model.profile.Skill;

/**
 * A course the council requires, read from the policy file.
 *
 * @param course course name, e.g. "Care Certificate"
 * @param refreshEveryYears how long a completion counts when the certificate has no expiry date;
 *     null when it never needs refreshing
 * @param onlyForSkill when set, required only of PAs who offer this skill (e.g. moving and
 *     handling)
 */
public record TrainingRequirement(String course, Integer refreshEveryYears, Skill onlyForSkill) {
  public TrainingRequirement {
    if (course == null || course.isBlank()) {
      throw new InvalidDetailException("Each required course in the council policy needs a name.");
    }
    if (refreshEveryYears != null && refreshEveryYears <= 0) {
      throw new InvalidDetailException(
          "The refresh period of '" + course + "' must be at least one year.");
    }
  }

  public Optional<Integer> refreshPeriodYears() {
    return Optional.ofNullable(refreshEveryYears);
  }

  public Optional<Skill> requiredOnlyFor() {
    return Optional.ofNullable(onlyForSkill);
  }
}
