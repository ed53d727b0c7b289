package org.dpsupport.register.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpsupport.register.domain.model.need.Importance;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.profile.Gender;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.Language;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.register.domain.model.profile.WeeklySlots;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;

/**
 * Ranks PAs for a need and explains each match.
 *
 * <p>Who is shown: only PAs the council's policy finds searchable today (approved, visible, every
 * check in date), who work in the need's district, have every required skill, meet a required
 * gender, language or car, are not already hired through this need, do not already work for the
 * budget holder, and can do <b>at least one</b> of the slots wanted. One slot is enough because
 * budget holders often share the week between PAs (1.85 PAs each on average, Skills for Care 2021);
 * coverage is scored instead ("available 5 of your 6 slots").
 *
 * <p>A PA who already works for the budget holder (employed on the same direct payment account) is
 * not a new match: they would otherwise top the list, since their availability was chosen around
 * this holder's week, and inviting them would only repeat an introduction that led to a job. The
 * holder asks their own PA for more hours directly. Who works for whom is payroll's knowledge, so
 * the caller passes it in as a set of PA ids.
 *
 * <p>Order: score, highest first; then more slots covered; then a tie-break that is fixed for a
 * need but differs between needs (the hash of need id and PA id), so the same search always gives
 * the same order yet no PA is always first among equals just for registering early; finally PA id.
 */
public final class Matcher {
  private final VettingPolicy policy;
  private final ScoringWeights weights;

  public Matcher(VettingPolicy policy) {
    this(policy, ScoringWeights.STANDARD);
  }

  public Matcher(VettingPolicy policy, ScoringWeights weights) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.weights = Objects.requireNonNull(weights, "weights");
  }

  /** Every PA who may be shown for this need, best first. Empty when the need is not open. */
  public List<Match> rank(Need need, Collection<PaProfile> profiles, LocalDate today) {
    return rank(need, profiles, today, Integer.MAX_VALUE);
  }

  /** The best {@code limit} PAs for this need, best first. */
  public List<Match> rank(Need need, Collection<PaProfile> profiles, LocalDate today, int limit) {
    return rank(need, Set.of(), profiles, today, limit);
  }

  /**
   * The best {@code limit} PAs for this need, best first, leaving out the PAs who already work for
   * the budget holder ({@code alreadyWorkingForHolder}).
   */
  public List<Match> rank(
      Need need,
      Set<PaId> alreadyWorkingForHolder,
      Collection<PaProfile> profiles,
      LocalDate today,
      int limit) {
    if (!need.isOpen()) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>();
    for (PaProfile pa : profiles) {
      if (fitsNeed(need, pa)
          && !alreadyWorkingForHolder.contains(pa.id())
          && policy.assess(pa, today).searchable()) {
        scored.add(score(need, pa));
      }
    }
    return best(need, scored, limit);
  }

  /**
   * The same ranking over candidates already known to be searchable today (the {@link
   * RegisterIndex} checks status, visibility and expiry dates itself).
   */
  List<Match> rankVetted(
      Need need,
      Set<PaId> alreadyWorkingForHolder,
      Collection<PaProfile> vettedCandidates,
      int limit) {
    if (!need.isOpen()) {
      return List.of();
    }
    List<Scored> scored = new ArrayList<>();
    for (PaProfile pa : vettedCandidates) {
      if (fitsNeed(need, pa) && !alreadyWorkingForHolder.contains(pa.id())) {
        scored.add(score(need, pa));
      }
    }
    return best(need, scored, limit);
  }

  /**
   * This PA for this need, if the PA may be shown for it; e.g. to check before a PA expresses
   * interest.
   */
  public Optional<Match> match(Need need, PaProfile pa, LocalDate today) {
    if (!need.isOpen() || !fitsNeed(need, pa) || !policy.assess(pa, today).searchable()) {
      return Optional.empty();
    }
    return Optional.of(explain(need, pa));
  }

  /**
   * This PA for this need, unless they already work for the budget holder or may not be shown for
   * it: the check before the holder invites them.
   */
  public Optional<Match> match(
      Need need, Set<PaId> alreadyWorkingForHolder, PaProfile pa, LocalDate today) {
    return alreadyWorkingForHolder.contains(pa.id()) ? Optional.empty() : match(need, pa, today);
  }

  /** The open needs this PA would be shown for, best fit first: what a PA sees on their page. */
  public List<Match> needsFor(PaProfile pa, Collection<Need> needs, LocalDate today) {
    if (!policy.assess(pa, today).searchable()) {
      return List.of();
    }
    return needs.stream()
        .filter(Need::isOpen)
        .filter(need -> fitsNeed(need, pa))
        .map(need -> explain(need, pa))
        .sorted(
            Comparator.comparingInt(Match::score)
                .reversed()
                .thenComparing(m -> m.slotsCovered().size(), Comparator.reverseOrder())
                .thenComparing(Match::needId))
        .collect(Collectors.toList());
  }

  /** The hard rules: a PA failing any of these is never shown for the need. */
  static boolean fitsNeed(Need need, PaProfile pa) {
    return pa.status() != VettingStatus.DRAFT
        && pa.worksIn(need.area())
        && pa.hasAllSkills(need.requiredSkills())
        && !need.hired().contains(pa.id())
        && (need.genderImportance() != Importance.REQUIRED
            || pa.gender().equals(need.genderForPersonalCare()))
        && pa.languages().containsAll(need.requiredLanguages())
        && (need.car() != Importance.REQUIRED || pa.hasCar())
        && pa.availability().countCommon(need.hours()) > 0;
  }

  /** The score as explanation lines; the score is their sum, so the two cannot disagree. */
  Match explain(Need need, PaProfile pa) {
    List<ScoreLine> lines = new ArrayList<>();
    WeeklySlots covered = pa.availability().intersection(need.hours());
    int wanted = need.hours().size();
    int slotPoints = weights.slotCoverage() * covered.size() / wanted; // rounded down
    String slots;
    if (covered.size() < wanted) {
      slots = "available " + covered.size() + " of your " + wanted + " slots";
    } else {
      slots =
          wanted == 1
              ? "available for your one slot (" + covered.slots().get(0) + ")"
              : "available for all " + wanted + " of your slots";
    }
    lines.add(new ScoreLine(slots, slotPoints));
    lines.add(new ScoreLine("works in your area (" + need.area() + ")", 0));
    if (!need.requiredSkills().isEmpty()) {
      lines.add(new ScoreLine("has the skills you need: " + labels(need.requiredSkills()), 0));
    }
    for (Skill skill : need.preferredSkills()) {
      lines.add(
          pa.skills().contains(skill)
              ? new ScoreLine("has " + skill.label() + " experience", weights.preferredSkill())
              : new ScoreLine("no " + skill.label() + " experience listed", 0));
    }
    need.genderForPersonalCare().ifPresent(gender -> lines.add(genderLine(need, pa, gender)));
    for (Language language : need.requiredLanguages()) {
      lines.add(new ScoreLine("speaks " + language + ", as you need", 0));
    }
    for (Language language : need.preferredLanguages()) {
      lines.add(
          pa.languages().contains(language)
              ? new ScoreLine("speaks " + language, weights.preferredLanguage())
              : new ScoreLine("does not list " + language, 0));
    }
    if (need.car() == Importance.REQUIRED) {
      lines.add(new ScoreLine("has a car, as you need", 0));
    } else if (need.car() == Importance.PREFERRED) {
      lines.add(
          pa.hasCar() ? new ScoreLine("has a car", weights.car()) : new ScoreLine("has no car", 0));
    }
    need.maximumRate().ifPresent(max -> lines.add(rateLine(pa, max)));
    int score = lines.stream().mapToInt(ScoreLine::points).sum();
    return new Match(need.id(), pa.publicProfile(), score, lines, covered);
  }

  private ScoreLine genderLine(Need need, PaProfile pa, Gender wanted) {
    boolean met = pa.gender().map(g -> g == wanted).orElse(false);
    if (need.genderImportance() == Importance.REQUIRED) {
      return new ScoreLine("is " + wanted.phrase() + ", as you need for personal care", 0);
    }
    return met
        ? new ScoreLine(
            "is " + wanted.phrase() + ", as you prefer for personal care",
            weights.preferredGender())
        : new ScoreLine("you preferred " + wanted.phrase() + " for personal care", 0);
  }

  private ScoreLine rateLine(PaProfile pa, HourlyRate max) {
    Optional<HourlyRate> sought = pa.rateSought();
    if (sought.isEmpty()) {
      return new ScoreLine("has not said what rate they ask", 0);
    }
    HourlyRate asked = sought.get();
    return asked.isAbove(max)
        ? new ScoreLine("asks " + asked + ", more than your " + max, 0)
        : new ScoreLine("asks " + asked + ", within your " + max, weights.withinBudget());
  }

  private static String labels(Collection<Skill> skills) {
    return skills.stream().sorted().map(Skill::label).collect(Collectors.joining(", "));
  }

  /**
   * A PA's score without the words, so a query can order thousands of candidates cheaply and
   * explain only the ones it returns. Must agree with {@link #explain}; {@link #best} checks it.
   */
  Scored score(Need need, PaProfile pa) {
    int covered = pa.availability().countCommon(need.hours());
    int points = weights.slotCoverage() * covered / need.hours().size();
    for (Skill skill : need.preferredSkills()) {
      if (pa.skills().contains(skill)) {
        points += weights.preferredSkill();
      }
    }
    if (need.genderImportance() == Importance.PREFERRED
        && pa.gender().equals(need.genderForPersonalCare())) {
      points += weights.preferredGender();
    }
    for (Language language : need.preferredLanguages()) {
      if (pa.languages().contains(language)) {
        points += weights.preferredLanguage();
      }
    }
    if (need.car() == Importance.PREFERRED && pa.hasCar()) {
      points += weights.car();
    }
    if (need.maximumRate().isPresent()
        && pa.rateSought().isPresent()
        && !pa.rateSought().get().isAbove(need.maximumRate().get())) {
      points += weights.withinBudget();
    }
    return new Scored(pa, points, covered, (need.id().value() + "/" + pa.id().value()).hashCode());
  }

  /** A candidate's score and tie-break keys, before it is explained. */
  record Scored(PaProfile pa, int score, int slotsCovered, int rotation) {}

  private static final Comparator<Scored> BEST_FIRST =
      Comparator.comparingInt(Scored::score)
          .reversed()
          .thenComparing(Comparator.comparingInt(Scored::slotsCovered).reversed())
          .thenComparingInt(Scored::rotation)
          .thenComparing(s -> s.pa().id());

  private List<Match> best(Need need, List<Scored> scored, int limit) {
    scored.sort(BEST_FIRST);
    int n = Math.min(limit, scored.size());
    List<Match> matches = new ArrayList<>(n);
    for (int i = 0; i < n; i++) {
      Scored candidate = scored.get(i);
      Match match = explain(need, candidate.pa());
      if (match.score() != candidate.score()) {
        throw new IllegalStateException(
            "Score and explanation disagree for "
                + candidate.pa().id()
                + " on "
                + need.id()
                + ": "
                + candidate.score()
                + " vs "
                + match.explanationText());
      }
      matches.add(match);
    }
    return matches;
  }
}
