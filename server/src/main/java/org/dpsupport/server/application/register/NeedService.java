package org.dpsupport.server.application.register;

import static org.dpsupport.server.application.register.RegisterAccess.holderSide;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.dpsupport.register.domain.model.need.Need;
import org.dpsupport.register.domain.model.need.NeedId;
import org.dpsupport.register.domain.model.people.ContactDetails;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.PaProfile;
import org.dpsupport.register.domain.service.Match;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts;
import org.dpsupport.server.infrastructure.persistence.register.RegisterAccounts.HolderAccount;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredIntroduction;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredNeed;
import org.dpsupport.server.infrastructure.persistence.register.RegisterStore.StoredProfile;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Budget holders (or nominees) describe needs for their own accounts and see ranked matches; PAs
 * see the open needs they fit. Nobody sees a need of an account that is not theirs.
 */
@ApplicationScoped
public class NeedService {

  @Inject RegisterStore store;

  @Inject RegisterAccounts accounts;

  @Inject RegisterSearch search;

  @Inject RegisterAccess access;

  @Inject PaProfileService profiles;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** The budget holder (or nominee) describes a need for one of their own accounts. */
  @Transactional
  public StoredNeed describeNeed(
      Viewer viewer, long accountId, UnaryOperator<Need.Builder> details) {
    HolderAccount account = access.holderAccount(viewer, accountId);
    long id = store.nextId();
    Need need =
        details
            .apply(
                Need.describe(
                        NeedId.of("NEED-" + id), account.reference(), holderSide(viewer, account))
                    .budgetHolderContact(
                        new ContactDetails(
                            account.recipientName(), account.holderUsername(), null, null, null)))
            .build();
    store.insertNeed(id, accountId, need, OffsetDateTime.now(clock));
    audit.record(
        viewer.username(),
        "NEED_DESCRIBED",
        "Need",
        need.id().value(),
        "for account " + account.reference());
    return new StoredNeed(id, accountId, need);
  }

  /** One need, for the budget holder's side of its account (or register staff). */
  public StoredNeed need(Viewer viewer, String needRef) {
    StoredNeed need =
        store
            .needByRef(needRef)
            .orElseThrow(
                () -> new jakarta.ws.rs.NotFoundException("There is no need " + needRef + "."));
    if (!viewer.has(Role.ADMIN)) {
      access.holderAccount(viewer, need.accountId());
    }
    return need;
  }

  public List<StoredNeed> needsOfAccount(Viewer viewer, long accountId) {
    access.holderAccount(viewer, accountId);
    return store.needsOfAccount(accountId);
  }

  /** The holder's accounts they may describe needs for. */
  public List<HolderAccount> holderAccounts(Viewer viewer) {
    return accounts.heldOrNominatedBy(viewer.userId());
  }

  /**
   * Ranked matches for a need, with explanations; never a PA who is not approved, visible and in
   * date.
   */
  public List<Match> matches(Viewer viewer, String needRef, int limit) {
    StoredNeed need = need(viewer, needRef);
    return search.rank(
        need.need(), alreadyWorkingFor(need.accountId()), Math.max(1, Math.min(limit, 100)));
  }

  /**
   * The register PAs who already work for the need's budget holder (left out of its matches), by
   * name, so the page can say why they are not listed.
   */
  public List<RegisterStore.PaAtWork> pasWorkingFor(Viewer viewer, String needRef) {
    return store.pasWorkingFor(need(viewer, needRef).accountId(), today());
  }

  /** The register PAs who already work for the account's budget holder. */
  public Set<PaId> alreadyWorkingFor(long accountId) {
    return store.pasWorkingFor(accountId, today()).stream()
        .map(RegisterStore.PaAtWork::paId)
        .collect(java.util.stream.Collectors.toSet());
  }

  /**
   * The open needs the signed-in PA fits, best first; not those of a budget holder they already
   * work for (that holder asks them directly), nor those they already have an introduction for.
   */
  public List<Match> needsForMe(Viewer viewer) {
    StoredProfile me = profiles.mineOrExplain(viewer);
    PaProfile pa = me.profile();
    Set<Long> employers =
        me.userId() == null ? Set.of() : store.accountsEmploying(me.userId(), today());
    Set<Long> introduced =
        store.introductionsOfPa(pa.id().value()).stream()
            .map(StoredIntroduction::needId)
            .collect(java.util.stream.Collectors.toSet());
    List<Need> open =
        store.openNeedsIn(pa.areas()).stream()
            .filter(n -> !employers.contains(n.accountId()))
            .filter(n -> !introduced.contains(n.id())) // listed under their introductions
            .map(StoredNeed::need)
            .toList();
    return search.matcher().needsFor(pa, open, today());
  }

  private LocalDate today() {
    return LocalDate.now(clock);
  }
}
