package org.dpsupport.monitoring.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.AccountTerms;
import org.dpsupport.monitoring.domain.model.card.CardStatement;
import org.dpsupport.monitoring.domain.model.card.MerchantCategories;
import org.dpsupport.monitoring.domain.model.reconciliation.Evidence;
import org.dpsupport.monitoring.domain.model.reconciliation.ExpectedPayment;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory.Source;
import org.dpsupport.monitoring.domain.model.reconciliation.LineRef;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.reconciliation.Reconciliation;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnReceipt;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnStatement;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;

/**
 * Reconciles a return's statements against the account's terms: council payments in, payroll's
 * expected payments out, everything else by learned payee rules (a prepaid card's transactions by
 * their merchant category codes, {@link #reconcileCards}); then checks coverage, balances, surplus
 * over the contingency, cash, unknown payees, spending outside the plan and late HMRC or pension;
 * compares the declared spending with the statements and finds the receipts and invoices on them.
 * Stateless; one instance serves every return.
 */
public final class Reconciler {

  /**
   * Spending that is in no category of the plan: taken out in cash, or paid to a payee no rule
   * places.
   */
  static final String CASH = "CASH";

  static final String UNKNOWN = "UNKNOWN";

  private final ReconciliationPolicy policy;

  public Reconciler(ReconciliationPolicy policy) {
    this.policy = policy;
  }

  /** One line with where it came from, so a flag can cite it. */
  private record Numbered(ReturnStatement statement, int number, StatementLine line) {
    LineRef key() {
      return new LineRef(statement.id(), number);
    }

    Evidence evidence() {
      return new Evidence(statement.id(), number, line.date(), line.description(), line.amount());
    }
  }

  /** Reconciles the statements alone: no declaration to compare and no receipts sent. */
  public Reconciliation reconcile(
      ReturnPeriod period,
      AccountTerms terms,
      List<ReturnStatement> statements,
      List<ExpectedPayment> expectedPayroll,
      Money committedLiabilities,
      PayeeRules payees) {
    return reconcile(
        period,
        terms,
        statements,
        expectedPayroll,
        committedLiabilities,
        SpendingPlacer.byPayee(policy, payees),
        Optional.empty(),
        List.of());
  }

  /**
   * Reconciles a prepaid card's transactions as a statement: the council's payments onto the card,
   * spending placed by merchant category (cash and blocked kinds of business flagged), the balance
   * at the end over the contingency. Nothing is declared and no receipts are sent: the holder is
   * asked only about what is flagged. The period is the days the card files cover (a card has no
   * return period: its provider exports whatever dates it is asked for).
   */
  public Reconciliation reconcileCards(
      AccountTerms terms, List<CardStatement> cards, MerchantCategories merchantCategories) {
    if (cards.isEmpty()) {
      throw new IllegalArgumentException("Reconciling a card needs at least one card file");
    }
    Map<String, CardStatement> byId = new LinkedHashMap<>();
    cards.forEach(c -> byId.put(c.id(), c));
    ReturnPeriod period =
        new ReturnPeriod(
            cards.stream().map(c -> c.summary().period().start()).min(LocalDate::compareTo).get(),
            cards.stream()
                .map(c -> c.summary().period().endExclusive())
                .max(LocalDate::compareTo)
                .get());
    return reconcile(
        period,
        terms,
        cards.stream().map(CardStatement::asReturnStatement).toList(),
        List.of(),
        Money.zero(),
        new CardSpending(byId, merchantCategories),
        Optional.empty(),
        List.of());
  }

  /**
   * Reconciles a submitted return: its statements, the spending the budget holder declared by
   * category (a category left out counts as £0) and the receipts and invoices sent with it.
   */
  public Reconciliation reconcile(
      ReturnPeriod period,
      AccountTerms terms,
      List<ReturnStatement> statements,
      List<ExpectedPayment> expectedPayroll,
      Money committedLiabilities,
      PayeeRules payees,
      Map<String, Money> declared,
      List<ReturnReceipt> receipts) {
    return reconcile(
        period,
        terms,
        statements,
        expectedPayroll,
        committedLiabilities,
        SpendingPlacer.byPayee(policy, payees),
        Optional.of(declared),
        receipts);
  }

  private Reconciliation reconcile(
      ReturnPeriod period,
      AccountTerms terms,
      List<ReturnStatement> statements,
      List<ExpectedPayment> expectedPayroll,
      Money committedLiabilities,
      SpendingPlacer placer,
      Optional<Map<String, Money>> declared,
      List<ReturnReceipt> receipts) {
    List<Flag> flags = new ArrayList<>();
    List<ReturnStatement> ordered =
        statements.stream()
            .sorted(Comparator.comparing((ReturnStatement s) -> s.period().start()))
            .toList();
    Optional<Flag> gap = coverage(period, ordered);
    gap.ifPresent(flags::add);
    flags.addAll(balances(ordered));

    List<Numbered> lines = new ArrayList<>();
    for (ReturnStatement statement : ordered) {
      for (int i = 0; i < statement.lines().size(); i++) {
        StatementLine line = statement.lines().get(i);
        if (period.contains(line.date())) {
          lines.add(new Numbered(statement, i + 1, line));
        }
      }
    }
    Map<LineRef, LineCategory> categories = new LinkedHashMap<>();
    Set<LineRef> used = new HashSet<>();
    Map<String, Money> spending = new LinkedHashMap<>();
    councilPayments(period, terms, lines, categories, used, flags, !ordered.isEmpty());
    payroll(period, expectedPayroll, lines, categories, used, spending, flags);
    for (Numbered n : lines) {
      if (used.contains(n.key())) {
        continue;
      }
      categorise(n, terms, placer, categories, spending, flags);
    }
    Optional<Money> closing =
        ordered.isEmpty() ? Optional.empty() : ordered.get(ordered.size() - 1).closing();
    Money surplus =
        closing
            .map(c -> c.minus(committedLiabilities).minus(terms.contingency()))
            .filter(s -> s.compareTo(Money.zero()) > 0)
            .orElse(Money.zero());
    if (surplus.compareTo(Money.zero()) > 0) {
      flags.add(
          Flag.of(
              FlagKind.SURPLUS_OVER_CONTINGENCY,
              "The account held "
                  + closing.orElseThrow().formatted()
                  + " at the end of the period. After "
                  + committedLiabilities.formatted()
                  + " already owed, that is "
                  + surplus.formatted()
                  + " more than the contingency of "
                  + terms.contingency().formatted()
                  + " ("
                  + terms.contingencyWeeks()
                  + " weeks of budget)."));
    }
    if (declared.isPresent() && gap.isEmpty()) {
      // with part of the period missing the statements cannot show the whole of any category
      flags.addAll(declaredSpending(declared.get(), spending));
    }
    ReceiptMatcher.Outcome found =
        new ReceiptMatcher(policy)
            .match(
                receipts,
                lines.stream()
                    .filter(n -> n.line().amount().isNegative())
                    .map(n -> new ReceiptMatcher.Payment(n.evidence(), categories.get(n.key())))
                    .toList());
    flags.addAll(found.flags());
    return new Reconciliation(categories, spending, closing, surplus, found.matches(), flags);
  }

  private List<Flag> declaredSpending(Map<String, Money> declared, Map<String, Money> spending) {
    Map<String, Money> shown = new LinkedHashMap<>(spending);
    Money unattributed = Money.zero();
    for (String notACategory : List.of(CASH, UNKNOWN)) {
      Money amount = shown.remove(notACategory);
      unattributed = amount == null ? unattributed : unattributed.plus(amount);
    }
    return new DeclaredSpendingCheck(policy.declaredTolerance())
        .compare(declared, shown, unattributed);
  }

  private static Optional<Flag> coverage(ReturnPeriod period, List<ReturnStatement> ordered) {
    if (ordered.isEmpty()) {
      return Optional.of(
          Flag.of(
              FlagKind.STATEMENTS_DO_NOT_COVER_PERIOD,
              "No statement we could read covers " + period.describe() + "."));
    }
    List<String> gaps = new ArrayList<>();
    LocalDate coveredTo = period.start();
    for (ReturnStatement s : ordered) {
      StatementPeriod p = s.period();
      if (p.start().isAfter(coveredTo) && coveredTo.isBefore(period.endExclusive())) {
        LocalDate gapEnd =
            p.start().isBefore(period.endExclusive()) ? p.start() : period.endExclusive();
        gaps.add(new ReturnPeriod(coveredTo, gapEnd).describe());
      }
      if (p.endExclusive().isAfter(coveredTo)) {
        coveredTo = p.endExclusive();
      }
    }
    if (coveredTo.isBefore(period.endExclusive())) {
      gaps.add(new ReturnPeriod(coveredTo, period.endExclusive()).describe());
    }
    return gaps.isEmpty()
        ? Optional.empty()
        : Optional.of(
            Flag.of(
                FlagKind.STATEMENTS_DO_NOT_COVER_PERIOD,
                "No statement covers " + String.join("; ", gaps) + "."));
  }

  private static List<Flag> balances(List<ReturnStatement> ordered) {
    List<Flag> flags = new ArrayList<>();
    for (int i = 0; i < ordered.size(); i++) {
      ReturnStatement s = ordered.get(i);
      if (!s.verified()) {
        flags.add(
            Flag.of(
                FlagKind.BALANCES_DO_NOT_VERIFY,
                "The payments on statement "
                    + s.id()
                    + " do not add up to the balances it prints."));
      }
      if (i > 0) {
        Optional<Money> previousClosing = ordered.get(i - 1).closing();
        if (previousClosing.isPresent()
            && s.opening().isPresent()
            && ordered.get(i - 1).period().abuts(s.period())
            && !previousClosing.get().equals(s.opening().get())) {
          flags.add(
              Flag.of(
                  FlagKind.BALANCES_DO_NOT_VERIFY,
                  "Statement "
                      + s.id()
                      + " opens at "
                      + s.opening().get().formatted()
                      + " but the statement before it closed at "
                      + previousClosing.get().formatted()
                      + "."));
        }
      }
    }
    return flags;
  }

  private void councilPayments(
      ReturnPeriod period,
      AccountTerms terms,
      List<Numbered> lines,
      Map<LineRef, LineCategory> categories,
      Set<LineRef> used,
      List<Flag> flags,
      boolean anyStatement) {
    for (LocalDate due : terms.schedule().paymentDatesIn(terms.startDate(), period)) {
      Optional<Numbered> match =
          lines.stream()
              .filter(n -> !used.contains(n.key()))
              .filter(n -> n.line().amount().equals(terms.instalment()))
              .filter(
                  n ->
                      Math.abs(n.line().date().toEpochDay() - due.toEpochDay())
                          <= policy.councilPaymentDays())
              .findFirst();
      if (match.isPresent()) {
        used.add(match.get().key());
        categories.put(
            match.get().key(), new LineCategory(Source.COUNCIL_PAYMENT, "COUNCIL_PAYMENT"));
      } else if (anyStatement) {
        flags.add(
            Flag.of(
                FlagKind.MISSING_COUNCIL_PAYMENT,
                "The council's payment of "
                    + terms.instalment().formatted()
                    + " due on "
                    + due
                    + " is not on the statements."));
      }
    }
  }

  private void payroll(
      ReturnPeriod period,
      List<ExpectedPayment> expected,
      List<Numbered> lines,
      Map<LineRef, LineCategory> categories,
      Set<LineRef> used,
      Map<String, Money> spending,
      List<Flag> flags) {
    for (ExpectedPayment payment : expected) {
      Optional<Numbered> match =
          lines.stream()
              .filter(n -> !used.contains(n.key()))
              .filter(n -> n.line().amount().equals(payment.amount().negated()))
              .filter(
                  n ->
                      !n.line()
                          .date()
                          .isBefore(payment.dueBy().minusDays(policy.payrollEarlyDays())))
              .findFirst();
      if (match.isEmpty()) {
        if (payment.dueBy().isBefore(period.endExclusive())) {
          flags.add(
              Flag.of(
                  payment.kind().statutory()
                      ? FlagKind.LATE_HMRC_OR_PENSION
                      : FlagKind.MISSING_PAYROLL_PAYMENT,
                  "Payroll expected "
                      + payment.amount().formatted()
                      + " to "
                      + payment.payee()
                      + " by "
                      + payment.dueBy()
                      + "; it is not on the statements."));
        }
        continue;
      }
      Numbered n = match.get();
      used.add(n.key());
      categories.put(n.key(), new LineCategory(Source.PAYROLL, payment.kind().name()));
      // the budget holder declares wages, tax, pension and payroll fees together as one category
      spending.merge(policy.payrollCategory(), payment.amount(), Money::plus);
      if (payment.kind().statutory() && n.line().date().isAfter(payment.dueBy())) {
        flags.add(
            Flag.on(
                FlagKind.LATE_HMRC_OR_PENSION,
                payment.amount().formatted()
                    + " to "
                    + payment.payee()
                    + " was due by "
                    + payment.dueBy()
                    + " but left the account on "
                    + n.line().date()
                    + ".",
                n.evidence()));
      }
    }
  }

  private void categorise(
      Numbered n,
      AccountTerms terms,
      SpendingPlacer placer,
      Map<LineRef, LineCategory> categories,
      Map<String, Money> spending,
      List<Flag> flags) {
    StatementLine line = n.line();
    if (!line.amount().isNegative()) {
      categories.put(n.key(), new LineCategory(Source.OTHER_INCOME, "OTHER_INCOME"));
      return;
    }
    Money out = line.amount().negated();
    SpendingPlacer.Placement placed = placer.place(n.statement().id(), n.number(), line);
    spending.merge(placed.category(), out, Money::plus);
    switch (placed.kind()) {
      case CASH -> {
        categories.put(n.key(), new LineCategory(Source.CASH, CASH));
        flags.add(
            Flag.on(
                FlagKind.CASH_WITHDRAWAL,
                out.formatted()
                    + " was taken out in cash on "
                    + line.date()
                    + ". Ask what it paid for and for receipts.",
                n.evidence()));
      }
      case BLOCKED -> {
        categories.put(n.key(), new LineCategory(Source.BLOCKED, placed.category()));
        flags.add(
            Flag.on(
                FlagKind.BLOCKED_MERCHANT,
                out.formatted()
                    + " was spent at "
                    + placed.payee()
                    + " on "
                    + line.date()
                    + ", a kind of business the council's cards must not be used at.",
                n.evidence()));
      }
      case UNKNOWN -> {
        categories.put(n.key(), new LineCategory(Source.UNKNOWN, UNKNOWN));
        flags.add(
            Flag.on(
                FlagKind.UNKNOWN_PAYEE,
                out.formatted()
                    + " was paid to "
                    + placed.payee()
                    + ", a payee we have not seen before.",
                n.evidence()));
      }
      case IN_CATEGORY, IN_MERCHANT_CATEGORY -> {
        categories.put(
            n.key(),
            new LineCategory(
                placed.kind() == SpendingPlacer.Placement.Kind.IN_CATEGORY
                    ? Source.PAYEE_RULE
                    : Source.MERCHANT_CATEGORY,
                placed.category()));
        if (!terms.inPlan(placed.category())) {
          flags.add(
              Flag.on(
                  FlagKind.OUTSIDE_PLAN,
                  out.formatted()
                      + " to "
                      + placed.payee()
                      + " is "
                      + placed.category()
                      + " spending, which the support plan does not include.",
                  n.evidence()));
        }
      }
    }
  }
}
