package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.AccountTerms;
import org.dpsupport.monitoring.domain.model.account.EventReview;
import org.dpsupport.monitoring.domain.model.account.MonitoringStatus;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.ReviewEvent;
import org.dpsupport.monitoring.domain.model.account.ReviewSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.monitoring.domain.model.risk.RiskFacts;
import org.dpsupport.monitoring.domain.model.risk.RiskOverride;
import org.dpsupport.monitoring.domain.model.risk.RiskRating;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.application.ClockProducer;
import org.dpsupport.server.application.PayrollFacts;
import org.dpsupport.server.infrastructure.persistence.CouncilEntity;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.UserAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.FlagStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.LedgerFlagStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReturnStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.RiskHistoryEntity;
import org.dpsupport.server.infrastructure.scheduling.monitoring.ReturnScheduler;
import org.dpsupport.server.security.AccessPolicy;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * An account's monitoring: enrolment with its agreed terms, risk rating by the council's rules
 * (re-rated whenever the facts change), an officer's override, keeping its Quartz return trigger at
 * the end of its current period, and its reviews: scheduled, brought forward by events (referrals,
 * concerns opening, an officer's request) and recorded when done.
 */
@ApplicationScoped
public class AccountMonitoring {

  /** What an officer enters to start monitoring a new direct payment. */
  public record NewAccount(
      String reference,
      String councilCode,
      String holderUsername,
      String recipientName,
      LocalDate startDate,
      Route route,
      BigDecimal annualBudget,
      BigDecimal instalment,
      PaymentSchedule schedule,
      Set<String> planCategories) {}

  @Inject AuditLog audit;

  @Inject LedgerFlagStore ledgerFlags;

  @Inject FlagStore flagStore;

  @Inject CaseStore caseActions;

  @Inject org.dpsupport.server.application.AfterCommit afterCommit;

  @jakarta.annotation.Resource jakarta.enterprise.concurrent.ManagedExecutorService executor;

  @Inject Clock clock;

  @Inject MonitoringPolicies policies;

  @Inject ReturnScheduler scheduler;

  @Inject Instance<PayrollFacts> payroll;

  @Inject MonitoredAccountStore store;

  @Inject ReturnStore returns;

  /** A council's reference for a direct payment: DP-BDG-0001, never a formula or free text. */
  static final java.util.regex.Pattern REFERENCE =
      java.util.regex.Pattern.compile("[A-Za-z0-9][A-Za-z0-9/-]{0,39}");

  /**
   * Starts monitoring a direct payment: the account on record with that reference, or a new one;
   * rates it and schedules its first return, for the period starting on the given date.
   */
  @Transactional
  public long enrol(Viewer viewer, NewAccount n) {
    CouncilEntity council =
        store
            .councilByCode(n.councilCode())
            .orElseThrow(
                () ->
                    MonitoringException.invalid(
                        "There is no council with the code " + n.councilCode() + "."));
    if (!viewer.has(Role.ADMIN)
        && !(viewer.has(Role.MONITORING_OFFICER)
            && viewer.councilId().map(id -> id.equals(council.getId())).orElse(false))) {
      audit.recordRefusal(
          viewer.username(), "Council", council.getId(), "enrol outside own council");
      throw new RecordAccessDeniedException(
          "You can only start monitoring direct payments of your own council.");
    }
    UserAccountEntity holder =
        store
            .userByUsername(n.holderUsername())
            .orElseThrow(
                () ->
                    MonitoringException.invalid(
                        "No one signs in as "
                            + n.holderUsername()
                            + ". Ask the budget holder to register first, then try again."));
    if (n.reference() == null || !REFERENCE.matcher(n.reference()).matches()) {
      throw MonitoringException.invalid(
          "Enter the direct payment's reference as the council writes it: letters, numbers and"
              + " hyphens, starting with a letter or number (for example DP-BDG-0001).");
    }
    if (n.annualBudget() == null
        || n.annualBudget().signum() <= 0
        || n.instalment() == null
        || n.instalment().signum() <= 0) {
      throw MonitoringException.invalid(
          "Enter the annual budget and each payment as amounts above £0.");
    }
    if (n.annualBudget().stripTrailingZeros().scale() > 2
        || n.instalment().stripTrailingZeros().scale() > 2) {
      throw MonitoringException.invalid(
          "Enter the annual budget and each payment in pounds and pence, for example 15600.00.");
    }
    if (n.startDate() == null
        || n.route() == null
        || n.schedule() == null
        || n.planCategories() == null
        || n.planCategories().isEmpty()) {
      throw MonitoringException.invalid(
          "Enter the start date, route, payment schedule and at least one"
              + " support-plan spending category.");
    }
    DirectPaymentAccountEntity account =
        store
            .accountByReference(n.reference())
            .map(a -> unmonitored(a, council, holder, n.startDate()))
            .orElseGet(
                () ->
                    store.addAccount(
                        new DirectPaymentAccountEntity(
                            n.reference(),
                            council.getId(),
                            holder.getId(),
                            null,
                            n.recipientName(),
                            n.startDate(),
                            OffsetDateTime.now(clock))));
    MonitoredAccountEntity m = new MonitoredAccountEntity();
    m.setAccountId(account.getId());
    m.setRoute(n.route())
        .setAnnualBudget(Money.of(n.annualBudget()))
        .setInstalment(Money.of(n.instalment()))
        .setPaymentSchedule(n.schedule().name())
        .setPlanCategories(n.planCategories().stream().sorted().collect(Collectors.joining(",")))
        .setStatus(MonitoringStatus.ACTIVE)
        .setNextPeriodStart(n.startDate())
        .setNextReview(ReviewSchedule.nextReview(n.startDate(), Optional.empty(), Optional.empty()))
        .setFrequency(ReturnFrequency.ANNUAL)
        .setRuledFrequency(ReturnFrequency.ANNUAL)
        .setRiskReasons("")
        .setOpenConcerns("");
    store.add(m);
    audit.record(
        viewer.username(),
        "MONITORING_ENROLLED",
        "DirectPaymentAccount",
        account.getId(),
        "Monitoring started for "
            + n.reference()
            + ": budget "
            + Money.format(n.annualBudget())
            + " a year, "
            + n.route());
    rerate(account.getId(), viewer.username(), "Account enrolled");
    schedule(m);
    return account.getId();
  }

  /**
   * A direct payment already on record (set up for the payroll bureau, say) is monitored as it is,
   * not copied: payroll's facts about it are keyed by the account, so reconciliation can only match
   * its pay runs if monitoring and payroll share it.
   */
  private DirectPaymentAccountEntity unmonitored(
      DirectPaymentAccountEntity a,
      CouncilEntity council,
      UserAccountEntity holder,
      LocalDate monitoringStarts) {
    if (!a.getCouncilId().equals(council.getId()) || !a.getHolderUserId().equals(holder.getId())) {
      throw MonitoringException.conflict(
          "The reference "
              + a.getReference()
              + " is already in use for another"
              + " budget holder's direct payment. Check the reference and the budget holder.");
    }
    if (store.find(a.getId()).isPresent()) {
      throw MonitoringException.conflict(
          "The direct payment " + a.getReference() + " is already monitored.");
    }
    if (monitoringStarts.isBefore(a.getStartDate())) {
      throw MonitoringException.invalid(
          "Monitoring cannot start before the direct payment did, on " + a.getStartDate() + ".");
    }
    return a;
  }

  public MonitoredAccountEntity monitored(long accountId) {
    return store
        .find(accountId)
        .orElseThrow(
            () -> MonitoringException.notFound("Account " + accountId + " is not monitored."));
  }

  /** The account, if the viewer may see it; refused and logged otherwise. */
  public DirectPaymentAccountEntity account(Viewer viewer, long accountId) {
    DirectPaymentAccountEntity a =
        store
            .account(accountId)
            .orElseThrow(
                () ->
                    MonitoringException.notFound(
                        "There is no direct-payment account " + accountId + "."));
    if (!AccessPolicy.canSeeAccount(viewer, a.ownership())) {
      audit.recordRefusal(
          viewer.username(),
          "DirectPaymentAccount",
          accountId,
          "monitoring: not the viewer's account");
      throw new RecordAccessDeniedException(
          "This direct-payment account is not one you look after, so you cannot see it.");
    }
    return a;
  }

  /** Refuses unless the viewer is an officer of the account's council (or an administrator). */
  public DirectPaymentAccountEntity requireOfficer(Viewer viewer, long accountId) {
    DirectPaymentAccountEntity a = account(viewer, accountId);
    if (!viewer.has(Role.MONITORING_OFFICER) && !viewer.has(Role.ADMIN)) {
      audit.recordRefusal(
          viewer.username(), "DirectPaymentAccount", accountId, "officer action by non-officer");
      throw new RecordAccessDeniedException(
          "Only a monitoring officer of the council can do this.");
    }
    return a;
  }

  public AccountTerms terms(long accountId) {
    MonitoredAccountEntity m = monitored(accountId);
    DirectPaymentAccountEntity a = store.account(accountId).orElseThrow();
    return new AccountTerms(
        m.getRoute(),
        m.annualBudget(),
        m.instalment(),
        PaymentSchedule.valueOf(m.getPaymentSchedule()),
        categories(m),
        a.getStartDate(),
        policies.policy(a.getCouncilId()).getContingencyWeeks());
  }

  static Set<String> categories(MonitoredAccountEntity m) {
    return Arrays.stream(m.getPlanCategories().split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .collect(Collectors.toSet());
  }

  /** The period the account's next return will cover. */
  public ReturnPeriod nextPeriod(MonitoredAccountEntity m) {
    return ReturnPeriod.starting(m.getNextPeriodStart(), m.getFrequency());
  }

  /** A period's return opens at the start of the day after its last day, UK time. */
  public static Instant opensAt(ReturnPeriod period) {
    return period.endExclusive().atStartOfDay(ClockProducer.UK).toInstant();
  }

  /**
   * Puts the account in the Quartz cohort of its council and current period end. A cohort still to
   * come is scheduled at once; one already due is scheduled once this transaction has committed, so
   * its firing finds the account as committed (and nothing fires for a change that was rolled
   * back). A suspended or ended account is simply never opened.
   */
  public void schedule(MonitoredAccountEntity m) {
    if (m.getStatus() != MonitoringStatus.ACTIVE || !scheduler.available()) {
      return; // without a scheduler yet, its start (ReturnSchedulerStart) schedules every cohort
    }
    long council = store.account(m.getAccountId()).orElseThrow().getCouncilId();
    LocalDate end = m.getNextPeriodEnd();
    if (opensAt(new ReturnPeriod(m.getNextPeriodStart(), end)).isAfter(clock.instant())) {
      scheduler.scheduleCohort(council, end);
      return;
    }
    // Quartz commits its own JDBC: on a managed thread, once this transaction has committed
    afterCommit.run(() -> executor.execute(() -> scheduler.scheduleCohort(council, end)));
  }

  /**
   * When the account's next return opens, as its cohort's trigger holds it (empty without a
   * scheduler).
   */
  public Optional<Instant> nextReturnOpensAt(MonitoredAccountEntity m) {
    if (!scheduler.available() || m.getStatus() != MonitoringStatus.ACTIVE) {
      return Optional.empty();
    }
    long council = store.account(m.getAccountId()).orElseThrow().getCouncilId();
    return scheduler.cohortFireTime(council, m.getNextPeriodEnd());
  }

  /**
   * The concerns open on the account now: open flags, open safeguarding referrals, payroll's
   * concerns.
   */
  Set<ConcernKind> openConcerns(long accountId, LocalDate today) {
    Set<ConcernKind> concerns = EnumSet.noneOf(ConcernKind.class);
    for (FlagKind kind : flagStore.openKinds(accountId)) {
      switch (kind) {
        case CASH_WITHDRAWAL, UNKNOWN_PAYEE, OUTSIDE_PLAN, BLOCKED_MERCHANT ->
            concerns.add(ConcernKind.UNEXPLAINED_SPENDING);
        case SURPLUS_OVER_CONTINGENCY -> concerns.add(ConcernKind.SURPLUS_OVER_CONTINGENCY);
        case LATE_HMRC_OR_PENSION -> concerns.add(ConcernKind.UNPAID_HMRC);
        default -> {}
      }
    }
    if (caseActions.safeguardingOpen(accountId)) {
      concerns.add(ConcernKind.SAFEGUARDING);
    }
    concerns.addAll(LedgerFlagRecording.concerns(ledgerFlags.openKinds(accountId)));
    if (payroll.isResolvable()) {
      for (PayrollFacts.Concern c : payroll.get().openConcerns(accountId, today)) {
        concerns.add(ConcernKind.valueOf(c.kind().name()));
      }
    }
    return concerns;
  }

  /** The concern kinds payroll can raise (the rest are monitoring's own). */
  static final Set<ConcernKind> PAYROLL_CONCERNS =
      EnumSet.of(
          ConcernKind.UNPAID_HMRC,
          ConcernKind.UNPAID_PENSION,
          ConcernKind.NMW_FINDING,
          ConcernKind.INSURANCE_LAPSED);

  /**
   * What payroll reports about the account today, one sentence each (empty where no bureau runs its
   * payroll here).
   */
  public List<String> payrollConcerns(long accountId) {
    if (!payroll.isResolvable()) {
      return List.of();
    }
    return payroll.get().openConcerns(accountId, LocalDate.now(clock)).stream()
        .map(PayrollFacts.Concern::description)
        .toList();
  }

  /** Every monitored account, for the daily sweep. */
  public List<Long> monitoredAccountIds() {
    return store.activeIds();
  }

  /**
   * Re-rates the account if payroll's concerns about it changed with the calendar alone (HMRC's
   * 22nd passed with nothing recorded, insurance ran out): payroll tells monitoring when someone
   * records something, but nobody acts when a deadline passes. True when it was re-rated.
   */
  @Transactional
  public boolean rerateIfPayrollConcernsChanged(long accountId) {
    MonitoredAccountEntity m = store.find(accountId).orElse(null);
    if (m == null || !payroll.isResolvable()) {
      return false;
    }
    Set<ConcernKind> now = EnumSet.noneOf(ConcernKind.class);
    for (PayrollFacts.Concern c : payroll.get().openConcerns(accountId, LocalDate.now(clock))) {
      now.add(ConcernKind.valueOf(c.kind().name()));
    }
    Set<ConcernKind> stored = concerns(m.getOpenConcerns());
    stored.retainAll(PAYROLL_CONCERNS);
    if (stored.equals(now)) {
      return false;
    }
    rerate(accountId, "system", "Payroll's concerns changed");
    return true;
  }

  /** Returns of the last two years that were late, incomplete or unreliable. */
  int poorReturns(long accountId, LocalDate today) {
    return returns.poorReturns(accountId, today.minusYears(2));
  }

  /**
   * Rates the account by its council's rules; a change of frequency or reasons is recorded in the
   * risk history and audited, and a change of frequency moves the Quartz trigger.
   */
  @Transactional
  public RiskRating rerate(long accountId, String actor, String why) {
    MonitoredAccountEntity m = monitored(accountId);
    DirectPaymentAccountEntity a = store.account(accountId).orElseThrow();
    LocalDate today = LocalDate.now(clock);
    Set<ConcernKind> concerns = openConcerns(accountId, today);
    RiskFacts facts =
        new RiskFacts(a.getStartDate(), today, poorReturns(accountId, today), concerns);
    reviewOnNewConcerns(m, a, concerns, actor, today);
    Optional<RiskOverride> override =
        Optional.ofNullable(m.getOverrideFrequency())
            .map(
                f ->
                    new RiskOverride(
                        f, m.getOverrideBy(), m.getOverrideOn(), m.getOverrideReason()));
    RiskRating rating = policies.riskRules(a.getCouncilId()).rate(facts, override);
    String reasons = rating.explanation();
    boolean moved = rating.frequency() != m.getFrequency();
    if (moved || !reasons.equals(m.getRiskReasons())) {
      m.setFrequency(rating.frequency()).setRuledFrequency(rating.ruled()).setRiskReasons(reasons);
      RiskHistoryEntity h =
          new RiskHistoryEntity()
              .setAccountId(accountId)
              .setFrequency(rating.frequency())
              .setReasons(reasons)
              .setChangedBy(actor)
              .setChangedAt(OffsetDateTime.now(clock));
      store.addRiskHistory(h);
      audit.record(
          actor,
          "RISK_RATED",
          "DirectPaymentAccount",
          accountId,
          why + ": " + rating.frequency().describe() + " returns. " + reasons);
      if (moved) {
        schedule(m);
      }
    }
    return rating;
  }

  /** A concern that opened since the last rating may call for a review (the council says which). */
  private void reviewOnNewConcerns(
      MonitoredAccountEntity m,
      DirectPaymentAccountEntity a,
      Set<ConcernKind> now,
      String actor,
      LocalDate today) {
    Set<ConcernKind> before = concerns(m.getOpenConcerns());
    policies
        .reviews(a.getCouncilId())
        .onConcerns(before, now, today)
        .ifPresent(review -> bringForward(m, review, actor));
    m.setOpenConcerns(now.stream().map(Enum::name).sorted().collect(Collectors.joining(",")));
  }

  private static Set<ConcernKind> concerns(String stored) {
    Set<ConcernKind> set = EnumSet.noneOf(ConcernKind.class);
    if (stored != null) {
      Arrays.stream(stored.split(","))
          .map(String::strip)
          .filter(c -> !c.isEmpty())
          .map(ConcernKind::valueOf)
          .forEach(set::add);
    }
    return set;
  }

  /**
   * Brings the account's next review forward to the event's date when that is sooner, and audits it
   * with the reason; a review already due sooner stays. True when the date moved.
   */
  boolean bringForward(MonitoredAccountEntity m, EventReview review, String actor) {
    LocalDate was = m.getNextReview();
    Optional<LocalDate> sooner = ReviewSchedule.bringForward(was, review);
    sooner.ifPresent(
        due -> {
          m.setNextReview(due).setEventReviewDue(due).setEventReviewReason(review.describe());
          audit.record(
              actor,
              "REVIEW_BROUGHT_FORWARD",
              "DirectPaymentAccount",
              m.getAccountId(),
              "Next review moved from " + was + " to " + due + ". " + review.describe());
        });
    return sooner.isPresent();
  }

  /**
   * An event on the account (a referral, an officer's request) calls for a review within the
   * council's days.
   */
  @Transactional
  public boolean reviewFor(Viewer viewer, long accountId, ReviewEvent event, String reason) {
    DirectPaymentAccountEntity a = requireOfficer(viewer, accountId);
    EventReview review;
    try {
      review = policies.reviews(a.getCouncilId()).review(event, LocalDate.now(clock), reason);
    } catch (IllegalArgumentException e) {
      throw MonitoringException.invalid(e.getMessage());
    }
    return bringForward(monitored(accountId), review, viewer.username());
  }

  /**
   * An officer asks for a review, with a reason; recorded in the audit whether or not the date
   * moves.
   */
  @Transactional
  public void requestReview(Viewer viewer, long accountId, String reason) {
    boolean moved = reviewFor(viewer, accountId, ReviewEvent.OFFICER_REQUEST, reason);
    MonitoredAccountEntity m = monitored(accountId);
    audit.record(
        viewer.username(),
        "REVIEW_REQUESTED",
        "DirectPaymentAccount",
        accountId,
        reason.strip()
            + (moved
                ? ""
                : " (a review is already due by " + m.getNextReview() + ", so the date stays)"));
  }

  /**
   * An officer records that the review took place today: the next is at most 12 months on, and
   * events are answered.
   */
  @Transactional
  public void recordReview(Viewer viewer, long accountId, String notes) {
    DirectPaymentAccountEntity a = requireOfficer(viewer, accountId);
    if (notes == null || notes.isBlank()) {
      throw MonitoringException.invalid(
          "Write what the review found; the budget holder and other officers will read it.");
    }
    LocalDate today = LocalDate.now(clock);
    MonitoredAccountEntity m = monitored(accountId);
    m.setLastReview(today)
        .setNextReview(
            ReviewSchedule.nextReview(a.getStartDate(), Optional.of(today), Optional.empty()))
        .setEventReviewDue(null)
        .setEventReviewReason(null);
    audit.record(
        viewer.username(),
        "REVIEW_RECORDED",
        "DirectPaymentAccount",
        accountId,
        notes.strip() + " Next review due by " + m.getNextReview() + ".");
  }

  /** Why the next review is when it is: the event that brought it forward, or the schedule. */
  public static String reviewReason(MonitoredAccountEntity m, LocalDate startDate) {
    if (m.getEventReviewDue() != null && m.getEventReviewDue().equals(m.getNextReview())) {
      return m.getEventReviewReason();
    }
    return ReviewSchedule.describeScheduled(startDate, Optional.ofNullable(m.getLastReview()));
  }

  /** An officer sets the frequency themselves, with a reason; the trigger moves at once. */
  @Transactional
  public RiskRating override(
      Viewer viewer, long accountId, ReturnFrequency frequency, String reason) {
    requireOfficer(viewer, accountId);
    if (frequency == null) {
      throw MonitoringException.invalid("Choose how often this account should make a return.");
    }
    RiskOverride o;
    try {
      o =
          new RiskOverride(
              frequency, viewer.username(), LocalDate.now(clock), reason == null ? "" : reason);
    } catch (IllegalArgumentException e) {
      throw MonitoringException.invalid(e.getMessage());
    }
    MonitoredAccountEntity m = monitored(accountId);
    m.setOverrideFrequency(o.frequency())
        .setOverrideReason(o.reason())
        .setOverrideBy(o.officer())
        .setOverrideOn(o.decidedOn());
    audit.record(
        viewer.username(),
        "RISK_OVERRIDDEN",
        "DirectPaymentAccount",
        accountId,
        "Returns set to " + frequency.describe() + ": " + reason);
    return rerate(accountId, viewer.username(), "Officer override");
  }
}
