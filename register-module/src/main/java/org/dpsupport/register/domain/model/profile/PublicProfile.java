package org.dpsupport.register.domain.model.profile;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;

/**
 * What a budget holder sees of a PA before both have agreed to an introduction: everything but
 * contact details, with the name shortened to first name and initial.
 */
public record PublicProfile(
    PaId id,
    String displayName,
    Set<PostcodeDistrict> areas,
    boolean hasCar,
    WeeklySlots availability,
    Set<Skill> skills,
    Set<Language> languages,
    Optional<Gender> gender,
    HourlyRate rateSought,
    ProfileText about) {
  public PublicProfile {
    areas = Set.copyOf(areas);
    skills = Set.copyOf(skills);
    languages = Set.copyOf(languages);
  }

  /** Skills in the order of {@link Skill}, for pages. */
  public List<Skill> skillsInOrder() {
    return skills.stream().sorted().toList();
  }
}
