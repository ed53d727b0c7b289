package org.dpsupport.server.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.model.profile.VettingStatus;
import org.dpsupport.register.domain.model.vetting.VettingPolicy;
import org.dpsupport.register.domain.service.Match;
import org.dpsupport.register.domain.service.Matcher;
import org.dpsupport.register.domain.service.RegisterIndex;
import org.dpsupport.server.infrastructure.persistence.register.RegisterChangeFeed;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.Change;

/**
 * The register's match index, held in memory: built from the approved profiles on first use and
 * kept up to date as profiles are saved (after each commit). Matching 100,000 profiles touches only
 * the need's district and skills, so a query stays in milliseconds.
 *
 * <p>Each server keeps its own index. Changes made on any server are in the register's change feed
 * ({@code register_change}, written in the same transaction as the change); before a match, at most
 * every {@link #CATCH_UP_EVERY}, the index applies the changes it has not seen, so a PA suspended
 * on one server is no longer offered by any server within a second.
 */
@ApplicationScoped
public class RegisterSearch {

  private static final Logger LOG = Logger.getLogger(RegisterSearch.class.getName());

  private final VettingPolicy policy = VettingPolicy.standard();
  private final Matcher matcher = new Matcher(policy);

  /** How often, at most, a match reads the change feed first. */
  static final Duration CATCH_UP_EVERY = Duration.ofMillis(250);

  /** Beyond this many changed profiles at once (a bulk change), reading everything is quicker. */
  static final int REBUILD_OVER = 500;

  /** Changes re-applied after a rebuild, in case one committed late (applying is idempotent). */
  static final long REPLAY_AFTER_REBUILD = 100;

  private volatile RegisterIndex index;
  private volatile RegisterChangeFeed feed;
  private long lastCatchUp = Long.MIN_VALUE;

  @Inject RegisterStore store;

  @Inject Clock clock;

  public VettingPolicy policy() {
    return policy;
  }

  public Matcher matcher() {
    return matcher;
  }

  /**
   * The best {@code limit} approved, visible, in-date PAs for the need, best first, with
   * explanations.
   */
  public List<Match> rank(Need need, int limit) {
    return rank(need, Set.of(), limit);
  }

  /** The same, leaving out the PAs who already work for the budget holder. */
  public List<Match> rank(Need need, Set<PaId> alreadyWorkingForHolder, int limit) {
    return caughtUp().rank(need, alreadyWorkingForHolder, LocalDate.now(clock), limit);
  }

  public int size() {
    return caughtUp().size();
  }

  /**
   * Reads every approved profile again; after the daily sweep, and for a server that was told of
   * changes elsewhere.
   */
  public void rebuild() {
    long start = System.nanoTime();
    long upTo = feed().latest();
    List<PaProfile> approved =
        store.profilesWithStatus(VettingStatus.APPROVED).stream()
            .map(RegisterStore.StoredProfile::profile)
            .toList();
    RegisterIndex fresh = RegisterIndex.of(approved, policy, matcher, LocalDate.now(clock));
    index = fresh;
    feed().startAfter(Math.max(0, upTo - REPLAY_AFTER_REBUILD));
    LOG.info(
        () ->
            "Register match index built: "
                + fresh.size()
                + " searchable PAs in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
  }

  /** The index with every server's committed changes applied (read at most every 250 ms). */
  private RegisterIndex caughtUp() {
    RegisterIndex current = index();
    synchronized (feed()) {
      long now = System.nanoTime();
      if (lastCatchUp != Long.MIN_VALUE && now - lastCatchUp < CATCH_UP_EVERY.toNanos()) {
        return current;
      }
      lastCatchUp = now;
      if (feed().fellBehind()) {
        rebuild();
        return index;
      }
      Map<Long, Change> changed = new LinkedHashMap<>();
      feed().unseen().forEach(c -> changed.put(c.profileId(), c));
      if (changed.isEmpty()) {
        return current;
      }
      if (changed.size() > REBUILD_OVER) {
        rebuild();
        return index;
      }
      Map<Long, PaProfile> found = new HashMap<>();
      store
          .profiles(
              "p.id in (" + String.join(",", Collections.nCopies(changed.size(), "?")) + ")",
              changed.keySet().toArray())
          .forEach(p -> found.put(p.id(), p.profile()));
      LocalDate today = LocalDate.now(clock);
      for (Change c : changed.values()) {
        PaProfile profile = found.get(c.profileId());
        if (profile == null) {
          current.remove(PaId.of(c.paRef()));
        } else {
          current.put(profile, today);
        }
      }
      return current;
    }
  }

  private RegisterChangeFeed feed() {
    RegisterChangeFeed f = feed;
    if (f == null) {
      synchronized (this) {
        if (feed == null) {
          feed = new RegisterChangeFeed(store, clock);
        }
        f = feed;
      }
    }
    return f;
  }

  private RegisterIndex index() {
    RegisterIndex current = index;
    if (current == null) {
      synchronized (this) {
        if (index == null) {
          rebuild();
        }
        current = index;
      }
    }
    return current;
  }

  void onProfileChanged(@Observes(during = TransactionPhase.AFTER_SUCCESS) ProfileChanged change) {
    RegisterIndex current = index;
    if (current == null) {
      return; // built from the database on first use
    }
    if (change.profile() == null) {
      current.remove(change.id());
    } else {
      current.put(change.profile(), LocalDate.now(clock));
    }
  }
}
