package org.dpsupport.monitoring.cards;

import static org.dpsupport.monitoring.cards.CardFiles.CLEARCARD_CARD;
import static org.dpsupport.monitoring.cards.CardFiles.PAYCIRCLE_CARD;
import static org.dpsupport.monitoring.cards.CardFiles.aClearcardFile;
import static org.dpsupport.monitoring.cards.CardFiles.fixture;
import static org.dpsupport.monitoring.cards.CardFiles.read;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.AccountTerms;
import org.dpsupport.monitoring.domain.model.account.PaymentSchedule;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.card.CardStatement;
import org.dpsupport.monitoring.domain.model.card.MerchantCategories;
import org.dpsupport.monitoring.domain.model.reconciliation.Flag;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory;
import org.dpsupport.monitoring.domain.model.reconciliation.LineRef;
import org.dpsupport.monitoring.domain.model.reconciliation.Reconciliation;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.service.Reconciler;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class CardReconciliationTest {

  private static final LocalDate START = LocalDate.of(2026, 4, 1);
  private final Reconciler reconciler = new Reconciler(ReconciliationPolicy.standard());
  private final MerchantCategories codes = MerchantCategories.standard();

  // £15,600 a year = £300 a week; 4-weekly load £1,200; contingency 8 weeks = £2,400
  private static AccountTerms terms(String... plan) {
    return new AccountTerms(
        Route.PREPAID_CARD,
        Money.parse("15600.00"),
        Money.parse("1200.00"),
        PaymentSchedule.FOUR_WEEKLY,
        Set.of(plan),
        START,
        8);
  }

  private Reconciliation reconcile(CardStatement card, String... plan) {
    return reconciler.reconcileCards(terms(plan), List.of(card), codes);
  }

  @Test
  @DisplayName("Clearcard April: loads found, spending by category, the cash machine flagged")
  void clearcardApril() {
    CardStatement card = read("clearcard", CLEARCARD_CARD, fixture("clearcard-april-2026.csv"));
    Reconciliation r = reconcile(card, "PERSONAL_CARE", "TRANSPORT", "DAY_ACTIVITIES");
    // the council's loads on 1 and 29 April are its four-weekly payments: no missing payment
    assertEquals("COUNCIL_PAYMENT", r.categories().get(new LineRef("card-1", 1)).category());
    assertEquals("COUNCIL_PAYMENT", r.categories().get(new LineRef("card-1", 14)).category());
    assertEquals(
        new LineCategory(LineCategory.Source.MERCHANT_CATEGORY, "PERSONAL_CARE"),
        r.categories().get(new LineRef("card-1", 2)));
    // 5 x £285.00 + £142.50; travel £6.80 + £18.40 + £6.80 (the £3.40 refund is money in)
    assertEquals(
        Map.of(
            "PERSONAL_CARE", Money.parse("1567.50"),
            "TRANSPORT", Money.parse("32.00"),
            "DAY_ACTIVITIES", Money.parse("21.99"),
            "CASH", Money.parse("40.00")),
        r.spendingByCategory());
    assertEquals(List.of(FlagKind.CASH_WITHDRAWAL), kinds(r));
    Flag cash = r.flags().get(0);
    assertEquals(
        "£40.00 was taken out in cash on 2026-04-08. Ask what it paid for and for receipts.",
        cash.message());
    assertEquals(5, cash.evidence().orElseThrow().lineNumber());
    assertEquals("card-1", cash.evidence().orElseThrow().statementId());
    assertEquals(Money.parse("1052.33"), r.closingBalance().orElseThrow());
    assertEquals(Money.zero(), r.surplus());
  }

  @Test
  @DisplayName("Paycircle April: betting blocked, groceries outside the plan")
  void paycircleApril() {
    CardStatement card = read("paycircle", PAYCIRCLE_CARD, fixture("paycircle-april-2026.csv"));
    Reconciliation r = reconcile(card, "PERSONAL_CARE", "TRANSPORT", "EQUIPMENT");
    // Boots (5912) is equipment and the bus (4131) transport, both in the plan
    assertEquals(List.of(FlagKind.OUTSIDE_PLAN, FlagKind.BLOCKED_MERCHANT), kinds(r));
    assertEquals(
        "£20.00 was spent at BET365 (merchant category 7995) on 2026-04-11, a kind of business"
            + " the council's cards must not be used at.",
        r.flags().get(1).message());
    assertEquals(3, FlagKind.BLOCKED_MERCHANT.severity());
    assertTrue(
        r.flags()
            .get(0)
            .message()
            .startsWith("£23.65 to TESCO STORES 2231 (merchant category 5411) is GROCERIES"));
    // the day centre (8398) is personal care: 4 x £320.00 + £45.00
    assertEquals(Money.parse("1325.00"), r.spendingByCategory().get("PERSONAL_CARE"));
  }

  @Test
  @DisplayName("A card with nothing to ask about: no flags, so the holder is asked for nothing")
  void clean() {
    CardStatement card =
        read(
            "clearcard",
            CLEARCARD_CARD,
            aClearcardFile("200.00")
                .row(START, "DP LOAD LB BARKING AND DAGENHAM", "", "1200.00")
                .row(START.plusDays(3), "SUNRISE HOMECARE LTD", "8050", "-1150.00")
                .row(START.plusDays(28), "DP LOAD LB BARKING AND DAGENHAM", "", "1200.00")
                .row(START.plusDays(29), "SUNRISE HOMECARE LTD", "8050", "-1150.00")
                .csv());
    Reconciliation r = reconcile(card, "PERSONAL_CARE");
    assertTrue(r.clean(), () -> r.flags().toString());
  }

  @Test
  @DisplayName(
      "A missing load, an unknown kind of business and a surplus are flagged as for a statement")
  void asForAStatement() {
    CardStatement card =
        read(
            "clearcard",
            CLEARCARD_CARD,
            aClearcardFile("3000.00")
                .row(START, "DP LOAD LB BARKING AND DAGENHAM", "", "1200.00")
                .row(START.plusDays(3), "WHOLESALE CLUB", "5300", "-50.00")
                .row(START.plusDays(29), "SUNRISE HOMECARE LTD", "8050", "-100.00")
                .csv());
    Reconciliation r = reconcile(card, "PERSONAL_CARE");
    assertEquals(
        List.of(
            FlagKind.MISSING_COUNCIL_PAYMENT,
            FlagKind.UNKNOWN_PAYEE,
            FlagKind.SURPLUS_OVER_CONTINGENCY),
        kinds(r));
    assertEquals(
        "£50.00 was paid to WHOLESALE CLUB (merchant category 5300), a payee we have not seen before.",
        r.flags().get(1).message());
    // £4,050.00 held less the £2,400.00 contingency
    assertEquals(Money.parse("1650.00"), r.surplus());
  }

  private static List<FlagKind> kinds(Reconciliation r) {
    return r.flags().stream().map(Flag::kind).toList();
  }
}
