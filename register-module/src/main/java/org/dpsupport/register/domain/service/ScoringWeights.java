package org.dpsupport.register.domain.service;

/**
 * Points for each thing that makes a PA a better fit, all in one place. Everything that must be
 * true (area, required skills, required gender, language or car, at least one slot) is a filter,
 * not points: those PAs are never shown.
 *
 * @param slotCoverage points for covering every slot wanted; covering some earns the same share,
 *     rounded down ("available 5 of your 6 slots" earns 50 of 60)
 * @param preferredSkill points for each preferred skill the PA has
 * @param preferredGender points for the preferred gender for personal care
 * @param preferredLanguage points for each preferred language the PA speaks
 * @param car points for having a car when the need prefers one
 * @param withinBudget points for asking no more than the need's maximum rate
 */
public record ScoringWeights(
    int slotCoverage,
    int preferredSkill,
    int preferredGender,
    int preferredLanguage,
    int car,
    int withinBudget) {

  /**
   * The register's weights. Hours come first (60): a PA who can do all the slots means one employer
   * relationship instead of several, and budget holders told us hours are the hardest thing to
   * fill. Each preference is worth 10, so two met preferences count about as much as covering one
   * more slot of six: preferences break ties between PAs with similar hours but never outrank a big
   * difference in hours. Rate within budget is also 10: a PA asking more can still be offered the
   * budget holder's rate, so it is a preference, not a filter.
   */
  public static final ScoringWeights STANDARD = new ScoringWeights(60, 10, 10, 10, 10, 10);

  public ScoringWeights {
    if (slotCoverage < 0
        || preferredSkill < 0
        || preferredGender < 0
        || preferredLanguage < 0
        || car < 0
        || withinBudget < 0) {
      throw new IllegalArgumentException("Scoring weights cannot be negative.");
    }
  }
}
