package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.cases.CaseActionKind;
import org.dpsupport.monitoring.domain.model.cases.CaseActionStatus;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.server.infrastructure.persistence.monitoring.CardStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseViewStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.FlagStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.LedgerFlagStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountStore;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * The officer's queue: one row per account with open flags or an open payroll concern (HMRC or the
 * pension unpaid, pay below the minimum wage, insurance lapsed: whether or not a return is open),
 * with a priority that means something (safeguarding, money at risk, lateness), filtered, searched,
 * sorted and paginated. A handful of queries whatever the caseload: open flags with their returns
 * and accounts, the evidence amounts, the last officer to act on each account, and the accounts
 * whose rating records a payroll concern.
 */
@ApplicationScoped
public class CaseQueue {

  /** Rows per page. */
  public static final int PAGE_SIZE = 25;

  /** Money at risk from which an account is high priority. */
  static final BigDecimal HIGH_MONEY = new BigDecimal("1000.00");

  /** Days overdue from which lateness alone is high priority. */
  static final long HIGH_DAYS_LATE = 28;

  /** How urgent an account is, most urgent first. */
  public enum Priority {
    HIGH("High"),
    MEDIUM("Medium"),
    LOW("Low");

    private final String label;

    Priority(String label) {
      this.label = label;
    }

    public String label() {
      return label;
    }
  }

  /** One open period of an account in the queue. */
  public record OpenPeriod(long returnId, String period, String state, int openFlags) {}

  /**
   * An account in the queue: its open periods (the most serious first, whose case the row links
   * to), why it is there, how urgent and why.
   */
  public record Row(
      long accountId,
      String reference,
      String recipientName,
      String council,
      List<OpenPeriod> periods,
      List<String> flagTitles,
      int openFlags,
      BigDecimal moneyAtRisk,
      long daysLate,
      boolean safeguarding,
      Priority priority,
      String why,
      String lastOfficer,
      LocalDate waitingSince,
      int cardFlags,
      int ledgerFlags) {

    public long firstReturnId() {
      return periods.get(0).returnId();
    }

    /** False for an account in the queue for payroll's concerns alone, with no open return. */
    public boolean hasPeriods() {
      return !periods.isEmpty();
    }
  }

  /** What the officer asked for: each null or blank for "any"; page from 1. */
  public record Filter(
      Long councilId, String state, String flagKind, String officer, String search, int page) {

    public static Filter all() {
      return new Filter(null, null, null, null, null, 1);
    }
  }

  /** One page of rows, the number of matching accounts, and what the filters can choose from. */
  public record Page(
      List<Row> rows,
      int total,
      int page,
      int pages,
      Map<Long, String> councils,
      Set<String> officers) {}

  @Inject FlagStore flagStore;

  @Inject CaseStore caseActions;

  @Inject CaseViewStore views;

  @Inject Clock clock;

  @Inject MonitoredAccountStore monitored;

  @Inject CardStore cards;

  @Inject LedgerFlagStore ledgerFlags;

  /** Payroll's concerns that bring an account to the queue, as the "why" column says them. */
  static final Map<String, String> PAYROLL_WHY =
      Map.of(
          "UNPAID_HMRC", "payroll reports PAYE unpaid to HMRC",
          "UNPAID_PENSION", "payroll reports pension contributions unpaid",
          "NMW_FINDING", "payroll found pay below the minimum wage",
          "INSURANCE_LAPSED", "employer's liability insurance lapsed");

  public Page page(Viewer viewer, Filter filter) {
    List<Row> all = rows(viewer);
    Map<Long, String> councils = new TreeMap<>();
    Set<String> officers = new java.util.TreeSet<>();
    all.forEach(r -> officers.add(r.lastOfficer() == null ? "" : r.lastOfficer()));
    officers.remove("");
    councilNames(viewer).forEach(councils::put);
    String councilName = filter.councilId() == null ? null : councils.get(filter.councilId());
    String search =
        filter.search() == null || filter.search().isBlank()
            ? null
            : filter.search().strip().toLowerCase(Locale.UK);
    List<Row> matching =
        all.stream()
            .filter(r -> councilName == null || councilName.equals(r.council()))
            .filter(
                r ->
                    blank(filter.state())
                        || r.periods().stream().anyMatch(p -> p.state().equals(filter.state())))
            .filter(
                r -> blank(filter.flagKind()) || r.flagTitles().contains(title(filter.flagKind())))
            .filter(r -> blank(filter.officer()) || filter.officer().equals(r.lastOfficer()))
            .filter(
                r ->
                    search == null
                        || r.reference().toLowerCase(Locale.UK).contains(search)
                        || r.recipientName().toLowerCase(Locale.UK).contains(search))
            .toList();
    int pages = Math.max(1, (matching.size() + PAGE_SIZE - 1) / PAGE_SIZE);
    int page = Math.min(Math.max(1, filter.page()), pages);
    List<Row> rows =
        matching.subList((page - 1) * PAGE_SIZE, Math.min(matching.size(), page * PAGE_SIZE));
    return new Page(List.copyOf(rows), matching.size(), page, pages, councils, officers);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  private static String title(String kind) {
    try {
      return FlagKind.valueOf(kind).title();
    } catch (IllegalArgumentException e) {
      return kind;
    }
  }

  private Map<Long, String> councilNames(Viewer viewer) {
    Map<Long, String> names = new LinkedHashMap<>();
    views
        .councilNames()
        .forEach(
            (id, name) -> {
              if (viewer.has(Role.ADMIN) || viewer.councilId().orElse(-1L).equals(id)) {
                names.put(id, name);
              }
            });
    return names;
  }

  /** Every account of the viewer's council (any council for an admin) with an open flag. */
  public List<Row> rows(Viewer viewer) {
    if (!viewer.has(Role.ADMIN) && !viewer.has(Role.MONITORING_OFFICER)) {
      return List.of();
    }
    Long council = viewer.has(Role.ADMIN) ? null : viewer.councilId().orElse(-1L);
    List<FlagStore.QueuedReturnFlag> flags = flagStore.queued(council);
    List<MonitoredAccountStore.ConcernRow> payroll =
        monitored.withConcerns(council, new java.util.TreeSet<>(PAYROLL_WHY.keySet()));
    List<CardStore.QueuedFlag> cardFlags = cards.queuedFlags(council);
    List<LedgerFlagStore.Queued> ledger = ledgerFlags.queued(council);
    if (flags.isEmpty() && payroll.isEmpty() && cardFlags.isEmpty() && ledger.isEmpty()) {
      return List.of();
    }
    Map<Long, String> councils = views.councilNames();
    Map<Long, BigDecimal> evidence = flagStore.evidenceAmounts(council);
    Map<Long, String> lastOfficer = new LinkedHashMap<>();
    Set<Long> safeguarding = new LinkedHashSet<>();
    for (CaseStore.Acted c : caseActions.acted(council)) {
      lastOfficer.put(c.accountId(), c.actor());
      if (c.kind() == CaseActionKind.REFER_SAFEGUARDING && c.status() == CaseActionStatus.OPEN) {
        safeguarding.add(c.accountId());
      }
    }
    LocalDate today = LocalDate.now(clock);
    Map<Long, Builder> byAccount = new LinkedHashMap<>();
    for (FlagStore.QueuedReturnFlag f : flags) {
      byAccount
          .computeIfAbsent(
              f.accountId(),
              id -> new Builder(id, f.reference(), f.recipientName(), councils.get(f.councilId())))
          .add(f, evidence.get(f.flagId()), today);
    }
    for (CardStore.QueuedFlag f : cardFlags) {
      byAccount
          .computeIfAbsent(
              f.accountId(),
              id -> new Builder(id, f.reference(), f.recipientName(), councils.get(f.councilId())))
          .card(f);
    }
    for (LedgerFlagStore.Queued f : ledger) {
      byAccount
          .computeIfAbsent(
              f.accountId(),
              id -> new Builder(id, f.reference(), f.recipientName(), councils.get(f.councilId())))
          .ledger(f);
    }
    for (MonitoredAccountStore.ConcernRow c : payroll) {
      byAccount
          .computeIfAbsent(
              c.accountId(),
              id -> new Builder(id, c.reference(), c.recipientName(), councils.get(c.councilId())))
          .payroll(c, today);
    }
    List<Row> rows = new ArrayList<>();
    byAccount
        .values()
        .forEach(
            b ->
                rows.add(
                    b.build(safeguarding.contains(b.accountId), lastOfficer.get(b.accountId))));
    rows.sort(
        Comparator.comparing(Row::priority)
            .thenComparing(Row::moneyAtRisk, Comparator.reverseOrder())
            .thenComparing(Row::daysLate, Comparator.reverseOrder())
            .thenComparing(Row::waitingSince)
            .thenComparing(Row::reference));
    return rows;
  }

  private static final class Builder {
    final long accountId;
    final String reference;
    final String name;
    final String council;
    final Map<Long, OpenPeriodBuilder> periods = new LinkedHashMap<>();
    final Set<String> titles = new LinkedHashSet<>();
    final Set<Long> surplusCounted = new LinkedHashSet<>();
    int openFlags;
    int maxSeverity;
    BigDecimal money = BigDecimal.ZERO.setScale(2);
    long daysLate;
    boolean lateHmrc;
    LocalDate since;
    final List<String> payrollWhy = new ArrayList<>();
    boolean payrollUnpaid;
    int cardFlags;
    int ledgerFlags;
    final List<String> ledgerTitles = new ArrayList<>();

    Builder(long accountId, String reference, String name, String council) {
      this.accountId = accountId;
      this.reference = reference;
      this.name = name;
      this.council = council;
    }

    void add(FlagStore.QueuedReturnFlag f, BigDecimal evidence, LocalDate today) {
      FlagKind kind = f.kind();
      long returnId = f.returnId();
      LocalDate periodStart = f.periodStart();
      String state = f.state();
      LocalDate due = f.dueDate();
      BigDecimal surplus = f.surplus();
      OpenPeriodBuilder p =
          periods.computeIfAbsent(
              returnId,
              id ->
                  new OpenPeriodBuilder(
                      id,
                      periodStart,
                      new ReturnPeriod(periodStart, f.periodEndExcl()).describe(),
                      state,
                      kind.severity()));
      p.flags++;
      p.severity = Math.max(p.severity, kind.severity());
      count(kind, evidence, f.raisedAt());
      if (kind == FlagKind.SURPLUS_OVER_CONTINGENCY
          && surplus != null
          && surplus.signum() > 0
          && surplusCounted.add(returnId)) {
        money = money.add(surplus);
      }
      if (kind == FlagKind.LATE_HMRC_OR_PENSION) {
        lateHmrc = true;
      }
      if (kind == FlagKind.RETURN_OVERDUE && due != null && due.isBefore(today)) {
        daysLate = Math.max(daysLate, ChronoUnit.DAYS.between(due, today));
      }
    }

    private void count(FlagKind kind, BigDecimal evidence, OffsetDateTime raisedAt) {
      count(kind.severity(), kind.title(), evidence, raisedAt);
    }

    /**
     * Any open flag, a return's, a card's or a managed ledger's: counted, its severity and title,
     * money, since.
     */
    private void count(int severity, String title, BigDecimal evidence, OffsetDateTime raisedAt) {
      openFlags++;
      maxSeverity = Math.max(maxSeverity, severity);
      titles.add(title);
      if (evidence != null) {
        money = money.add(evidence);
      }
      LocalDate raised = raisedAt.toLocalDate();
      if (since == null || raised.isBefore(since)) {
        since = raised;
      }
    }

    /**
     * An open flag on one of the account's card files: a card account sends no return, so the flag
     * stands alone, with the transaction it cites as money at risk.
     */
    void card(CardStore.QueuedFlag f) {
      cardFlags++;
      count(FlagKind.valueOf(f.kind()), f.amount(), f.raisedAt());
    }

    /**
     * An open flag the managed account's ledger raises: the account sends no return, so the flag
     * stands alone, with the ledger's money at risk (overdrawn by, short by, building up).
     */
    void ledger(LedgerFlagStore.Queued f) {
      ledgerFlags++;
      ledgerTitles.add(f.kind().title());
      count(
          LedgerFlagRecording.severity(f.kind()),
          f.kind().title(),
          f.atRisk().isPositive() ? f.atRisk().amount() : null,
          f.raisedAt());
    }

    /** Payroll's concerns as the account's rating recorded them. */
    void payroll(MonitoredAccountStore.ConcernRow c, LocalDate today) {
      for (String kind : new java.util.TreeSet<>(List.of(c.openConcerns().split(",")))) {
        String why = PAYROLL_WHY.get(kind.strip());
        if (why != null) {
          payrollWhy.add(why);
          payrollUnpaid |= kind.strip().startsWith("UNPAID_");
        }
      }
      LocalDate rated = c.ratedOn() == null ? today : c.ratedOn();
      if (since == null || rated.isBefore(since)) {
        since = rated;
      }
    }

    Row build(boolean safeguarding, String officer) {
      List<String> why = new ArrayList<>();
      if (safeguarding) {
        why.add("safeguarding referral open");
      }
      why.addAll(payrollWhy);
      if (cardFlags > 0) {
        why.add(cardFlags == 1 ? "1 flag on the card" : cardFlags + " flags on the card");
      }
      if (!ledgerTitles.isEmpty()) {
        why.add(
            "managed account: "
                + String.join(
                    ", ",
                    ledgerTitles.stream()
                        .map(t -> Character.toLowerCase(t.charAt(0)) + t.substring(1))
                        .toList()));
      }
      if (lateHmrc) {
        why.add("HMRC or pension paid late");
      }
      if (money.signum() > 0) {
        why.add(Money.format(money) + " at risk");
      }
      if (daysLate > 0) {
        why.add("return " + daysLate + (daysLate == 1 ? " day" : " days") + " late");
      }
      Priority priority;
      if (safeguarding
          || lateHmrc
          || payrollUnpaid
          || money.compareTo(HIGH_MONEY) >= 0
          || daysLate >= HIGH_DAYS_LATE) {
        priority = Priority.HIGH;
      } else if (money.signum() > 0 || daysLate > 0 || maxSeverity >= 2 || !payrollWhy.isEmpty()) {
        priority = Priority.MEDIUM;
      } else {
        priority = Priority.LOW;
      }
      if (why.isEmpty()) {
        why.add(openFlags == 1 ? "1 open flag" : openFlags + " open flags");
      }
      List<OpenPeriod> list =
          periods.values().stream()
              .sorted(
                  Comparator.comparingInt((OpenPeriodBuilder p) -> p.severity)
                      .reversed()
                      .thenComparing(p -> p.start))
              .map(p -> new OpenPeriod(p.returnId, p.describe(), p.state, p.flags))
              .toList();
      String reason = String.join(", ", why);
      return new Row(
          accountId,
          reference,
          name,
          council,
          list,
          List.copyOf(titles),
          openFlags,
          money,
          daysLate,
          safeguarding,
          priority,
          Character.toUpperCase(reason.charAt(0)) + reason.substring(1),
          officer,
          since,
          cardFlags,
          ledgerFlags);
    }
  }

  private static final class OpenPeriodBuilder {
    final long returnId;
    final LocalDate start;
    final String period;
    final String state;
    int severity;
    int flags;

    OpenPeriodBuilder(long returnId, LocalDate start, String period, String state, int severity) {
      this.returnId = returnId;
      this.start = start;
      this.period = period;
      this.state = state;
      this.severity = severity;
    }

    String describe() {
      return period;
    }
  }
}
