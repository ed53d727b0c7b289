package org.dpsupport.monitoring.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.account.AccountTerms;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.reconciliation.ExpectedPayment;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.reconciliation.Reconciliation;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnStatement;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import org.dpsupport.monitoring.domain.service.Reconciler;
import org.dpsupport.monitoring.statements.Fixtures;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReconcilerTest {

  private static final LocalDate START = LocalDate.of(2026, 4, 1);
  private static final ReturnPeriod APRIL_TO_JUNE =
      new ReturnPeriod(START, LocalDate.of(2026, 7, 1));
  private final Reconciler reconciler = new Reconciler(ReconciliationPolicy.standard());

  // £15,600 a year = £300 a week; 4-weekly instalment £1,200; contingency 8 weeks = £2,400
  private static AccountTerms terms() {
    return new AccountTerms(
        Route.OWN_ACCOUNT,
        money("15600.00"),
        money("1200.00"),
        PaymentSchedule.FOUR_WEEKLY,
        Set.of("PERSONAL_CARE", "PA_WAGES"),
        START,
        8);
  }

  private static Money money(String amount) {
    return Money.parse(amount);
  }

  private static PayeeRules payees() {
    return new PayeeRules(
        Map.of("SUNRISE HOMECARE LTD", "PERSONAL_CARE", "ODEON CINEMAS", "LEISURE"));
  }

  /**
   * A quarter's statement: the council's four-weekly £1,200 in, £1,150 care out each time, plus
   * extras.
   */
  private static ReturnStatement quarter(String opening, StatementLine... extra) {
    List<StatementLine> lines = new ArrayList<>();
    for (LocalDate pay = START;
        pay.isBefore(APRIL_TO_JUNE.endExclusive());
        pay = pay.plusWeeks(4)) {
      lines.add(line(pay, "DIRECT PAYMENT BARKING COUNCIL", "1200.00"));
      lines.add(
          line(pay.plusDays(2), "FASTER PAYMENT TO SUNRISE HOMECARE LTD INV 2231", "-1150.00"));
    }
    lines.addAll(List.of(extra));
    lines.sort(java.util.Comparator.comparing(StatementLine::date));
    Money open = money(opening);
    Money close = lines.stream().map(StatementLine::amount).reduce(open, Money::plus);
    return new ReturnStatement(
        "S1",
        new StatementPeriod(START, APRIL_TO_JUNE.endExclusive()),
        Optional.of(open),
        Optional.of(close),
        true,
        lines);
  }

  private static StatementLine line(LocalDate date, String description, String amount) {
    return new StatementLine(date, description, money(amount), Optional.empty());
  }

  private static List<FlagKind> kinds(Reconciliation r) {
    return r.flags().stream().map(Flag::kind).toList();
  }

  @Test
  @DisplayName(
      "A clean quarter: every council payment in, every payment to a known in-plan payee, balance under contingency")
  void cleanQuarter() {
    Reconciliation r =
        reconciler.reconcile(
            APRIL_TO_JUNE, terms(), List.of(quarter("500.00")), List.of(), Money.zero(), payees());
    assertEquals(List.of(), r.flags());
    assertTrue(r.clean());
    assertEquals(money("4600.00"), r.spendingByCategory().get("PERSONAL_CARE"));
    assertEquals(Optional.of(money("700.00")), r.closingBalance());
  }

  @Test
  @DisplayName(
      "A cash withdrawal is flagged with its line; a closing balance of £4,500 is £2,100 over the 8-week contingency")
  void cashAndSurplus() {
    Reconciliation r =
        reconciler.reconcile(
            APRIL_TO_JUNE,
            terms(),
            List.of(
                quarter(
                    "4500.00",
                    line(LocalDate.of(2026, 5, 9), "CASH WITHDRAWAL LINK ATM ROMFORD", "-200.00"))),
            List.of(),
            Money.zero(),
            payees());
    assertEquals(List.of(FlagKind.CASH_WITHDRAWAL, FlagKind.SURPLUS_OVER_CONTINGENCY), kinds(r));
    Flag cash = r.flags().get(0);
    assertEquals(LocalDate.of(2026, 5, 9), cash.evidence().orElseThrow().date());
    assertEquals("CASH WITHDRAWAL LINK ATM ROMFORD", cash.evidence().orElseThrow().description());
    assertEquals(money("2100.00"), r.surplus());
    assertTrue(
        r.flags()
            .get(1)
            .message()
            .contains(
                "held £4,500.00 at the end of the period. After £0.00 already owed, that is £2,100.00 more than the contingency of £2,400.00"),
        r.flags().get(1).message());
  }

  @Test
  @DisplayName("Liabilities already owed are taken off before the surplus is worked out")
  void committedLiabilities() {
    Reconciliation r =
        reconciler.reconcile(
            APRIL_TO_JUNE,
            terms(),
            List.of(quarter("4500.00")),
            List.of(),
            money("2500.00"),
            payees());
    assertEquals(List.of(), r.flags());
  }

  @Test
  @DisplayName("A statement ending on 31 May leaves June uncovered")
  void gap() {
    ReturnStatement full = quarter("500.00");
    ReturnStatement shortOne =
        new ReturnStatement(
            "S1",
            new StatementPeriod(START, LocalDate.of(2026, 6, 1)),
            full.opening(),
            full.closing(),
            true,
            full.lines().stream()
                .filter(l -> l.date().isBefore(LocalDate.of(2026, 6, 1)))
                .toList());
    Reconciliation r =
        reconciler.reconcile(
            APRIL_TO_JUNE, terms(), List.of(shortOne), List.of(), Money.zero(), payees());
    assertEquals(FlagKind.STATEMENTS_DO_NOT_COVER_PERIOD, r.flags().get(0).kind());
    assertEquals("No statement covers 1 June 2026 to 30 June 2026.", r.flags().get(0).message());
  }

  @Test
  @DisplayName(
      "Unknown payees and spending outside the plan are flagged; an officer's decision teaches the rules")
  void unknownAndOutsidePlan() {
    ReturnStatement s =
        quarter(
            "500.00",
            line(LocalDate.of(2026, 4, 20), "CARD PAYMENT TO ODEON CINEMAS 4471", "-24.00"),
            line(LocalDate.of(2026, 5, 2), "CARD PAYMENT TO MOBILITY WORLD 9921", "-89.99"));
    PayeeRules rules = payees();
    Reconciliation r =
        reconciler.reconcile(APRIL_TO_JUNE, terms(), List.of(s), List.of(), Money.zero(), rules);
    assertEquals(List.of(FlagKind.OUTSIDE_PLAN, FlagKind.UNKNOWN_PAYEE), kinds(r));
    assertEquals(
        "£89.99 was paid to MOBILITY WORLD, a payee we have not seen before.",
        r.flags().get(1).message());
    rules.learn("CARD PAYMENT TO MOBILITY WORLD 9921", "PERSONAL_CARE");
    Reconciliation again =
        reconciler.reconcile(APRIL_TO_JUNE, terms(), List.of(s), List.of(), Money.zero(), rules);
    assertEquals(List.of(FlagKind.OUTSIDE_PLAN), kinds(again));
  }

  @Test
  @DisplayName(
      "Payroll's expected payments are matched; HMRC paid after its due date is a flag on its line")
  void payroll() {
    ReturnStatement s =
        quarter(
            "1500.00",
            line(LocalDate.of(2026, 4, 24), "FASTER PAYMENT TO K WILLIAMS", "-412.50"),
            line(LocalDate.of(2026, 5, 29), "DIRECT DEBIT HMRC PAYE 120PA0012345", "-96.40"));
    List<ExpectedPayment> expected =
        List.of(
            new ExpectedPayment(
                ExpectedPayment.Kind.NET_PAY,
                "K Williams",
                money("412.50"),
                LocalDate.of(2026, 4, 25)),
            new ExpectedPayment(
                ExpectedPayment.Kind.HMRC, "HMRC", money("96.40"), LocalDate.of(2026, 5, 22)),
            new ExpectedPayment(
                ExpectedPayment.Kind.PENSION, "NEST", money("31.10"), LocalDate.of(2026, 6, 22)));
    Reconciliation r =
        reconciler.reconcile(APRIL_TO_JUNE, terms(), List.of(s), expected, Money.zero(), payees());
    assertEquals(List.of(FlagKind.LATE_HMRC_OR_PENSION, FlagKind.LATE_HMRC_OR_PENSION), kinds(r));
    assertEquals(LocalDate.of(2026, 5, 29), r.flags().get(0).evidence().orElseThrow().date());
    assertTrue(r.flags().get(1).message().contains("NEST"), r.flags().get(1).message());
    assertTrue(r.flags().get(1).evidence().isEmpty());
  }

  @Test
  @DisplayName(
      "A real fixture statement read from its PDF: council payment found, cash-free, unknown payees flagged")
  void fixtureStatement() {
    StatementReading reading =
        new StatementReader().read(Fixtures.bytes("/fixtures/statements/signed-amount-column.pdf"));
    Statement statement = ((StatementReading.Read) reading).statement();
    StatementPeriod printed = statement.account().period().orElseThrow();
    ReturnStatement rs =
        new ReturnStatement(
            "signed-amount-column",
            printed,
            statement.account().openingBalance(),
            statement.account().closingBalance(),
            statement.verified(),
            statement.lines());
    AccountTerms terms =
        new AccountTerms(
            Route.OWN_ACCOUNT,
            money("16250.00"),
            money("1250.00"),
            PaymentSchedule.FOUR_WEEKLY,
            Set.of("PA_WAGES", "PERSONAL_CARE"),
            LocalDate.of(2026, 5, 6),
            8);
    PayeeRules rules =
        new PayeeRules(
            Map.of(
                "K WILLIAMS PA WAGES",
                "PA_WAGES",
                "WALSALL CARE SUPPLIES",
                "PERSONAL_CARE",
                "BOOTS",
                "PERSONAL_CARE",
                "HMRC PAYE",
                "PA_WAGES"));
    Reconciliation r =
        reconciler.reconcile(
            new ReturnPeriod(LocalDate.of(2026, 5, 1), LocalDate.of(2026, 6, 1)),
            terms,
            List.of(rs),
            List.of(),
            Money.zero(),
            rules);
    assertEquals(List.of(FlagKind.UNKNOWN_PAYEE), kinds(r), r.flags().toString());
    assertEquals(
        new BigDecimal("14.99"),
        r.flags().get(0).evidence().orElseThrow().amount().negated().amount());
    assertEquals(money("1900.00"), r.spendingByCategory().get("PA_WAGES").minus(money("67.80")));
  }
}
