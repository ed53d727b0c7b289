package org.dpsupport.server.application.register;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
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
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;

/**
 * The register's match index, held in memory: built from the approved profiles on first use and
 * kept up to date as profiles are saved (after each commit). Matching 100,000 profiles touches only
 * the need's district and skills, so a query stays in milliseconds.
 *
 * <p>Each server keeps its own index; changes made on another server reach it at the next daily
 * vetting sweep (which rebuilds it) or restart.
 */
@ApplicationScoped
public class RegisterSearch {

  private static final Logger LOG = Logger.getLogger(RegisterSearch.class.getName());

  private final VettingPolicy policy = VettingPolicy.standard();
  private final Matcher matcher = new Matcher(policy);
  private volatile RegisterIndex index;

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
    return index().rank(need, alreadyWorkingForHolder, LocalDate.now(clock), limit);
  }

  public int size() {
    return index().size();
  }

  /**
   * Reads every approved profile again; after the daily sweep, and for a server that was told of
   * changes elsewhere.
   */
  public void rebuild() {
    long start = System.nanoTime();
    List<PaProfile> approved =
        store.profilesWithStatus(VettingStatus.APPROVED).stream()
            .map(RegisterStore.StoredProfile::profile)
            .toList();
    RegisterIndex fresh = RegisterIndex.of(approved, policy, matcher, LocalDate.now(clock));
    index = fresh;
    LOG.info(
        () ->
            "Register match index built: "
                + fresh.size()
                + " searchable PAs in "
                + (System.nanoTime() - start) / 1_000_000
                + " ms");
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
