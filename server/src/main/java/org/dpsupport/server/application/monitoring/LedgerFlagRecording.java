package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger;
import org.dpsupport.monitoring.domain.model.managed.ManagedLedger.FlagKind;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.monitoring.LedgerFlagStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountStore;
import org.dpsupport.server.security.Viewer;

/**
 * Keeps a managed account's recorded ledger flags in step with its ledger (issue 19: a managed
 * account needs no return; its flags run on the ledger itself), so the officer's queue reads a
 * small table rather than working out every ledger on each page view. Recorded whenever the ledger
 * changes (in the changer's transaction) and by the daily sweep for the flags the calendar alone
 * raises; when the open flags change, the account is re-rated. An officer may close the open flags
 * with a reason, audited.
 */
@ApplicationScoped
public class LedgerFlagRecording {

  @Inject LedgerFlagStore flags;

  @Inject ManagedAccountService managed;

  @Inject AccountMonitoring accounts;

  @Inject MonitoredAccountStore monitored;

  @Inject AuditLog audit;

  @Inject Clock clock;

  void onLedgerChanged(@Observes LedgerChanged change) {
    record(change.accountId(), change.actor(), change.why());
  }

  /**
   * Records what the account's ledger raises now; re-rates the account when its open flags changed.
   * True when they changed.
   */
  @Transactional
  public boolean record(long accountId, String actor, String why) {
    Set<FlagKind> before = flags.openKinds(accountId);
    flags.record(accountId, byKind(managed.ledgerFlags(accountId)), OffsetDateTime.now(clock));
    Set<FlagKind> after = flags.openKinds(accountId);
    if (before.equals(after)) {
      return false;
    }
    rerate(accountId, actor, why);
    return true;
  }

  /** An open ledger flag as the officer reads it. */
  public record OpenFlag(
      String kind, String title, String message, BigDecimal atRisk, LocalDate raisedOn) {}

  /** The account's open ledger flags, as recorded (officers of its council only). */
  @Transactional
  public List<OpenFlag> openFlags(Viewer viewer, long accountId) {
    accounts.requireOfficer(viewer, accountId);
    return flags.flags(accountId).stream()
        .filter(LedgerFlagStore.Recorded::open)
        .map(
            f ->
                new OpenFlag(
                    f.kind().name(),
                    f.kind().title(),
                    f.message(),
                    f.atRisk().amount(),
                    f.raisedAt().toLocalDate()))
        .toList();
  }

  /** Every managed account, for the daily sweep. */
  public List<Long> managedAccountIds() {
    return flags.managedAccountIds();
  }

  /**
   * The officer closes the case of a managed account: its open ledger flags leave the queue with
   * the reason (audited) and stop driving the rating, until the ledger clears them and raises them
   * again.
   */
  @Transactional
  public int close(Viewer viewer, long accountId, String reason) {
    accounts.requireOfficer(viewer, accountId);
    if (reason == null || reason.isBlank()) {
      throw MonitoringException.invalid(
          "Write why you are closing the case; other officers will read it.");
    }
    if (reason.strip().length() > 1000) {
      throw MonitoringException.invalid("Say why in 1,000 characters or fewer.");
    }
    int closed =
        flags.close(accountId, viewer.username(), OffsetDateTime.now(clock), reason.strip());
    if (closed == 0) {
      throw MonitoringException.conflict("The account's ledger has no open flag to close.");
    }
    audit.record(
        viewer.username(),
        "LEDGER_FLAGS_CLOSED",
        "DirectPaymentAccount",
        accountId,
        (closed == 1 ? "1 ledger flag" : closed + " ledger flags") + " closed: " + reason.strip());
    rerate(accountId, viewer.username(), "Officer closed the ledger flags");
    return closed;
  }

  private void rerate(long accountId, String actor, String why) {
    if (monitored.find(accountId).isPresent()) {
      accounts.rerate(accountId, actor, why);
    }
  }

  /**
   * The ledger's flags one per kind, as the queue counts them: the sentences of one kind (two
   * invoices waiting for approval, say) joined and their money at risk added up.
   */
  static List<LedgerFlagStore.Raised> byKind(List<ManagedLedger.Flag> raised) {
    Map<FlagKind, List<ManagedLedger.Flag>> kinds = new LinkedHashMap<>();
    raised.forEach(f -> kinds.computeIfAbsent(f.kind(), k -> new ArrayList<>()).add(f));
    return kinds.entrySet().stream()
        .map(
            e ->
                new LedgerFlagStore.Raised(
                    e.getKey(),
                    String.join(
                        " ", e.getValue().stream().map(ManagedLedger.Flag::message).toList()),
                    Money.total(e.getValue().stream().map(ManagedLedger.Flag::atRisk).toList())))
        .toList();
  }

  /** The concerns the ledger's open flags raise, for the account's risk rating. */
  public static Set<ConcernKind> concerns(Set<FlagKind> open) {
    Set<ConcernKind> concerns = EnumSet.noneOf(ConcernKind.class);
    for (FlagKind kind : open) {
      concerns.add(
          switch (kind) {
            case OVERDRAWN, SHORT_FOR_INVOICES -> ConcernKind.LEDGER_SHORT;
            case SURPLUS_OVER_CONTINGENCY -> ConcernKind.SURPLUS_OVER_CONTINGENCY;
            case APPROVAL_OVERDUE, LONG_DISPUTE, NO_COUNCIL_PAYMENT -> ConcernKind.LEDGER_HELD_UP;
          });
    }
    return concerns;
  }

  /**
   * How serious a ledger flag is for the queue's priority, on the scale of a return's or a card's
   * flags (3 most serious): overdrawn as serious as a blocked merchant, short or building up as a
   * surplus, waiting as a missing council payment.
   */
  public static int severity(FlagKind kind) {
    return switch (kind) {
      case OVERDRAWN -> 3;
      case SHORT_FOR_INVOICES, SURPLUS_OVER_CONTINGENCY -> 2;
      case APPROVAL_OVERDUE, LONG_DISPUTE, NO_COUNCIL_PAYMENT -> 1;
    };
  }
}
