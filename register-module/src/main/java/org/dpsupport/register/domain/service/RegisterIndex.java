package org.dpsupport.register.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collection;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.dpsupport.register.domain.model.area.PostcodeDistrict;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.Skill;
import org.dpsupport.register.domain.model.vetting.VettingAssessment;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;

/**
 * An in-memory index of the searchable PAs, so a match query touches only the PAs who work in the
 * need's district and have its required skills, instead of the whole register.
 *
 * <p>Each district has a shard: its searchable PAs, the last day each PA's checks hold, and one bit
 * set per skill. A query intersects the required skills' bit sets, drops PAs whose checks ran out
 * since they were indexed, and ranks the rest with the {@link Matcher}'s rules.
 *
 * <p>Thread-safe: queries read immutable shards; {@link #put} and {@link #remove} (called by the
 * server whenever a profile is saved, and after the daily vetting review) replace the shards of the
 * districts concerned. A profile is indexed only if the policy finds it searchable on the day it is
 * put, and it drops out by itself on the day after its first check expires.
 */
public final class RegisterIndex {
  private final VettingPolicy policy;
  private final Matcher matcher;
  private final Map<PaId, Entry> entries = new HashMap<>();
  private final Map<PostcodeDistrict, Shard> shards = new ConcurrentHashMap<>();

  private record Entry(PaProfile profile, long lastValidEpochDay) {}

  public RegisterIndex(VettingPolicy policy, Matcher matcher) {
    this.policy = Objects.requireNonNull(policy, "policy");
    this.matcher = Objects.requireNonNull(matcher, "matcher");
  }

  /** An index of the given profiles as they stand on {@code today}. */
  public static RegisterIndex of(
      Collection<PaProfile> profiles, VettingPolicy policy, Matcher matcher, LocalDate today) {
    RegisterIndex index = new RegisterIndex(policy, matcher);
    synchronized (index) {
      for (PaProfile profile : profiles) {
        index.admit(profile, today);
      }
      index.rebuildShards(allDistricts(index.entries.values()));
    }
    return index;
  }

  /** Adds, replaces or (if no longer searchable) drops a profile, as it stands on {@code today}. */
  public synchronized void put(PaProfile profile, LocalDate today) {
    List<PostcodeDistrict> touched = new ArrayList<>();
    Entry old = entries.remove(profile.id());
    if (old != null) {
      touched.addAll(old.profile().areas());
    }
    admit(profile, today);
    touched.addAll(profile.areas());
    rebuildShards(touched);
  }

  /** Drops a profile, e.g. when the PA deletes it. */
  public synchronized void remove(PaId id) {
    Entry old = entries.remove(id);
    if (old != null) {
      rebuildShards(old.profile().areas());
    }
  }

  /** Number of searchable profiles indexed. */
  public synchronized int size() {
    return entries.size();
  }

  /**
   * The best {@code limit} matches for the need on {@code today}, best first; same rules and order
   * as {@link Matcher#rank}.
   */
  public List<Match> rank(Need need, LocalDate today, int limit) {
    return rank(need, Set.of(), today, limit);
  }

  /**
   * The best {@code limit} matches for the need on {@code today}, leaving out the PAs who already
   * work for the budget holder; same rules and order as {@link Matcher#rank(Need, Set, Collection,
   * LocalDate, int)}.
   */
  public List<Match> rank(
      Need need, Set<PaId> alreadyWorkingForHolder, LocalDate today, int limit) {
    return matcher.rankVetted(need, alreadyWorkingForHolder, candidates(need, today), limit);
  }

  /** Every match for the need on {@code today}, best first. */
  public List<Match> rank(Need need, LocalDate today) {
    return rank(need, today, Integer.MAX_VALUE);
  }

  /**
   * The indexed PAs in the need's district with every required skill whose checks still hold today.
   */
  public List<PaProfile> candidates(Need need, LocalDate today) {
    Shard shard = shards.get(need.area());
    if (shard == null) {
      return List.of();
    }
    return shard.candidates(need, today.toEpochDay());
  }

  private void admit(PaProfile profile, LocalDate today) {
    VettingAssessment assessment = policy.assess(profile, today);
    if (assessment.searchable()) {
      long lastValid = assessment.lastValid().map(LocalDate::toEpochDay).orElse(Long.MAX_VALUE);
      entries.put(profile.id(), new Entry(profile, lastValid));
    }
  }

  private static List<PostcodeDistrict> allDistricts(Collection<Entry> entries) {
    return entries.stream().flatMap(e -> e.profile().areas().stream()).distinct().toList();
  }

  private void rebuildShards(Collection<PostcodeDistrict> districts) {
    Map<PostcodeDistrict, List<Entry>> byDistrict = new HashMap<>();
    for (PostcodeDistrict district : districts) {
      byDistrict.put(district, new ArrayList<>());
    }
    for (Entry entry : entries.values()) {
      for (PostcodeDistrict district : entry.profile().areas()) {
        List<Entry> list = byDistrict.get(district);
        if (list != null) {
          list.add(entry);
        }
      }
    }
    byDistrict.forEach(
        (district, list) -> {
          if (list.isEmpty()) {
            shards.remove(district);
          } else {
            list.sort((a, b) -> a.profile().id().compareTo(b.profile().id()));
            shards.put(district, new Shard(list));
          }
        });
  }

  /**
   * One district's searchable PAs, with a bit set per skill and availability masks side by side.
   */
  private static final class Shard {
    private final PaProfile[] profiles;
    private final long[] lastValidEpochDay;
    private final long[] availability;
    private final Map<Skill, BitSet> bySkill = new EnumMap<>(Skill.class);
    private final BitSet all;

    Shard(List<Entry> entries) {
      int n = entries.size();
      profiles = new PaProfile[n];
      lastValidEpochDay = new long[n];
      availability = new long[n];
      all = new BitSet(n);
      all.set(0, n);
      for (Skill skill : Skill.values()) {
        bySkill.put(skill, new BitSet(n));
      }
      for (int i = 0; i < n; i++) {
        Entry e = entries.get(i);
        profiles[i] = e.profile();
        lastValidEpochDay[i] = e.lastValidEpochDay();
        availability[i] = e.profile().availability().asMask();
        for (Skill skill : e.profile().skills()) {
          bySkill.get(skill).set(i);
        }
      }
    }

    List<PaProfile> candidates(Need need, long todayEpochDay) {
      BitSet chosen = (BitSet) all.clone();
      for (Skill skill : need.requiredSkills()) {
        chosen.and(bySkill.get(skill));
      }
      long wanted = need.hours().asMask();
      List<PaProfile> out = new ArrayList<>();
      for (int i = chosen.nextSetBit(0); i >= 0; i = chosen.nextSetBit(i + 1)) {
        if (lastValidEpochDay[i] >= todayEpochDay && (availability[i] & wanted) != 0) {
          out.add(profiles[i]);
        }
      }
      return out;
    }
  }
}
