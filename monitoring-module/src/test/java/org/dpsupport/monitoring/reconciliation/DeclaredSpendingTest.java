package org.dpsupport.monitoring.reconciliation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.kernel.Money;
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
import org.dpsupport.monitoring.domain.model.reconciliation.SpendingCategory;
import org.dpsupport.monitoring.domain.model.reconciliation.SpendingTolerance;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;
import org.dpsupport.monitoring.domain.service.Reconciler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Declared spending compared with the statements")
class DeclaredSpendingTest {

  private static final LocalDate START = LocalDate.of(2026, 4, 1);
  private static final ReturnPeriod APRIL_TO_JUNE =
      new ReturnPeriod(START, LocalDate.of(2026, 7, 1));
  private final Reconciler reconciler = new Reconciler(ReconciliationPolicy.standard());

  // £15,600 a year, £1,200 every four weeks: paid on 1 and 29 April, 27 May and 24 June
  private static AccountTerms terms() {
    return new AccountTerms(
        Route.OWN_ACCOUNT,
        money("15600.00"),
        money("1200.00"),
        PaymentSchedule.FOUR_WEEKLY,
        Set.of("PERSONAL_CARE", "PA_WAGES", "TRANSPORT"),
        START,
        8);
  }

  private static Money money(String amount) {
    return Money.parse(amount);
  }

  private static PayeeRules payees() {
    return new PayeeRules(
        Map.of("SUNRISE HOMECARE LTD", "PERSONAL_CARE", "DIAL A RIDE", "TRANSPORT"));
  }

  /**
   * The quarter with the council's four payments in and {@code careEachTime} to the care agency
   * after each.
   */
  private static ReturnStatement quarter(String careEachTime, StatementLine... extra) {
    List<StatementLine> lines = new ArrayList<>();
    for (LocalDate pay = START;
        pay.isBefore(APRIL_TO_JUNE.endExclusive());
        pay = pay.plusWeeks(4)) {
      lines.add(line(pay, "DIRECT PAYMENT BARKING COUNCIL", "1200.00"));
      lines.add(
          line(pay.plusDays(2), "FASTER PAYMENT TO SUNRISE HOMECARE LTD", "-" + careEachTime));
    }
    lines.addAll(List.of(extra));
    lines.sort(Comparator.comparing(StatementLine::date));
    Money open = money("500.00");
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

  private Reconciliation reconcile(ReturnStatement statement, Map<String, Money> declared) {
    return reconciler.reconcile(
        APRIL_TO_JUNE,
        terms(),
        List.of(statement),
        List.of(),
        Money.zero(),
        payees(),
        declared,
        List.of());
  }

  private static List<FlagKind> kinds(Reconciliation r) {
    return r.flags().stream().map(Flag::kind).toList();
  }

  @Test
  @DisplayName(
      "£4,600 declared on personal care, and the statements show 4 × £1,150 = £4,600: clean")
  void matchingDeclarationIsClean() {
    Reconciliation r =
        reconcile(
            quarter("1150.00"),
            Map.of("PERSONAL_CARE", money("4600.00"), "TRANSPORT", money("0.00")));
    assertEquals(List.of(), r.flags());
  }

  @Test
  @DisplayName(
      "£4,600 declared, 4 × £987.50 = £3,950 shown: £650 is over 5% of £4,600 (£230), so flagged in plain words")
  void materialDifferenceIsFlagged() {
    Reconciliation r = reconcile(quarter("987.50"), Map.of("PERSONAL_CARE", money("4600.00")));
    assertEquals(List.of(FlagKind.DECLARED_SPENDING_MISMATCH), kinds(r));
    assertEquals(
        "You declared £4,600.00 on personal care; the statements show £3,950.00. The difference of"
            + " £650.00 is more than the £230.00 we allow.",
        r.flags().get(0).message());
    assertTrue(r.flags().get(0).evidence().isEmpty());
  }

  @Test
  @DisplayName(
      "The allowance is the larger of £50 or 5% of the category: £200 on £4,600 passes, £60 on £300 does not")
  void largerOfFiftyPoundsOrFivePercent() {
    assertEquals(
        List.of(),
        reconcile(quarter("1100.00"), Map.of("PERSONAL_CARE", money("4600.00"))).flags(),
        "£4,400 shown: £200 is within 5% of £4,600 (£230)");
    SpendingTolerance standard = ReconciliationPolicy.standard().declaredTolerance();
    assertEquals(
        money("50.00"),
        standard.allowed(money("300.00"), money("240.00")),
        "5% of £300 is only £15");
    assertEquals(
        false, standard.material(money("300.00"), money("250.00")), "exactly £50 is allowed");
    assertEquals(true, standard.material(money("300.00"), money("249.99")));
    assertEquals(
        money("230.00"),
        standard.allowed(money("3950.00"), money("4600.00")),
        "5% of the larger figure");
  }

  @Test
  @DisplayName("A category on the statements that the holder left out counts as nothing declared")
  void undeclaredCategory() {
    Reconciliation r =
        reconcile(
            quarter(
                "1150.00",
                line(LocalDate.of(2026, 5, 12), "CARD PAYMENT TO DIAL A RIDE 5521", "-120.00")),
            Map.of("PERSONAL_CARE", money("4600.00")));
    assertEquals(List.of(FlagKind.DECLARED_SPENDING_MISMATCH), kinds(r));
    assertEquals(
        "You did not declare any spending on transport; the statements show £120.00. The difference of"
            + " £120.00 is more than the £50.00 we allow.",
        r.flags().get(0).message());
  }

  @Test
  @DisplayName(
      "The tolerance is the council's data: a council allowing £10 and no percentage flags a £20 difference")
  void councilTolerance() {
    Reconciler strict =
        new Reconciler(
            ReconciliationPolicy.standard()
                .withDeclaredTolerance(new SpendingTolerance(money("10.00"), BigDecimal.ZERO)));
    Map<String, Money> declared = Map.of("PERSONAL_CARE", money("4580.00"));
    assertEquals(List.of(), reconcile(quarter("1150.00"), declared).flags());
    Reconciliation r =
        strict.reconcile(
            APRIL_TO_JUNE,
            terms(),
            List.of(quarter("1150.00")),
            List.of(),
            Money.zero(),
            payees(),
            declared,
            List.of());
    assertEquals(List.of(FlagKind.DECLARED_SPENDING_MISMATCH), kinds(r));
    assertTrue(
        r.flags()
            .get(0)
            .message()
            .endsWith("The difference of £20.00 is more than the £10.00 we allow."));
  }

  @Test
  @DisplayName(
      "Payroll's wages, tax and pension payments count as PA wages when compared with the declaration")
  void payrollCountsAsPaWages() {
    ReturnStatement s =
        quarter(
            "1150.00",
            line(LocalDate.of(2026, 4, 24), "FASTER PAYMENT TO K WILLIAMS", "-412.50"),
            line(LocalDate.of(2026, 5, 20), "DIRECT DEBIT HMRC PAYE 120PA0012345", "-96.40"));
    List<ExpectedPayment> expected =
        List.of(
            new ExpectedPayment(
                ExpectedPayment.Kind.NET_PAY,
                "K Williams",
                money("412.50"),
                LocalDate.of(2026, 4, 25)),
            new ExpectedPayment(
                ExpectedPayment.Kind.HMRC, "HMRC", money("96.40"), LocalDate.of(2026, 5, 22)));
    Reconciliation declaredRight =
        reconciler.reconcile(
            APRIL_TO_JUNE,
            terms(),
            List.of(s),
            expected,
            Money.zero(),
            payees(),
            Map.of("PERSONAL_CARE", money("4600.00"), "PA_WAGES", money("508.90")),
            List.of());
    assertEquals(List.of(), declaredRight.flags());
    assertEquals(money("508.90"), declaredRight.spendingByCategory().get("PA_WAGES"));
    Reconciliation leftOut =
        reconciler.reconcile(
            APRIL_TO_JUNE,
            terms(),
            List.of(s),
            expected,
            Money.zero(),
            payees(),
            Map.of("PERSONAL_CARE", money("4600.00")),
            List.of());
    assertEquals(
        "You did not declare any spending on PA wages; the statements show £508.90. The difference of"
            + " £508.90 is more than the £50.00 we allow.",
        leftOut.flags().get(0).message());
  }

  @Test
  @DisplayName(
      "Cash is in no category: £4,900 declared against £4,600 shown is flagged, noting the £200 taken in cash")
  void cashMayExplainAShortfall() {
    Reconciliation r =
        reconcile(
            quarter(
                "1150.00",
                line(LocalDate.of(2026, 5, 9), "CASH WITHDRAWAL LINK ATM ROMFORD", "-200.00")),
            Map.of("PERSONAL_CARE", money("4900.00")));
    assertEquals(List.of(FlagKind.CASH_WITHDRAWAL, FlagKind.DECLARED_SPENDING_MISMATCH), kinds(r));
    assertEquals(
        "You declared £4,900.00 on personal care; the statements show £4,600.00. The difference of"
            + " £300.00 is more than the £245.00 we allow. A further £200.00 went out in cash or to payees we could"
            + " not place in a category, which may explain some of it.",
        r.flags().get(1).message());
  }

  @Test
  @DisplayName(
      "With June missing, £3,450 shown against £4,600 declared is not compared: the gap is the finding")
  void noComparisonWithAGap() {
    ReturnStatement full = quarter("1150.00");
    ReturnStatement toMay =
        new ReturnStatement(
            "S1",
            new StatementPeriod(START, LocalDate.of(2026, 6, 1)),
            full.opening(),
            full.closing(),
            true,
            full.lines().stream()
                .filter(l -> l.date().isBefore(LocalDate.of(2026, 6, 1)))
                .toList());
    Reconciliation r = reconcile(toMay, Map.of("PERSONAL_CARE", money("4600.00")));
    assertEquals(
        List.of(FlagKind.STATEMENTS_DO_NOT_COVER_PERIOD, FlagKind.MISSING_COUNCIL_PAYMENT),
        kinds(r));
  }

  @Test
  @DisplayName("Amounts and categories read as a person writes them")
  void plainWords() {
    assertEquals("£12,345.60", money("12345.60").formatted());
    assertEquals("-£0.05", money("-0.05").formatted());
    assertEquals("personal care", SpendingCategory.describe("PERSONAL_CARE"));
    assertEquals("PA wages", SpendingCategory.describe("PA_WAGES"));
  }
}
