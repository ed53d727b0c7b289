package org.dpsupport.server.application.register;

import java.util.Set;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.Gender;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.Language;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.ProfileText;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.WeeklySlots;

/**
 * What a PA (or staff for them) says about themselves, already parsed into the register's types.
 */
public record ProfileDetails(
    ContactDetails contact,
    Set<PostcodeDistrict> areas,
    boolean hasCar,
    WeeklySlots availability,
    Set<Skill> skills,
    Set<Language> languages,
    Gender gender,
    HourlyRate rateSought,
    ProfileText about) {

  PaProfile.Builder applyTo(PaProfile.Builder b) {
    return b.areas(areas)
        .hasCar(hasCar)
        .availability(availability)
        .skills(skills)
        .languages(languages)
        .gender(gender)
        .rateSought(rateSought)
        .about(about);
  }
}
