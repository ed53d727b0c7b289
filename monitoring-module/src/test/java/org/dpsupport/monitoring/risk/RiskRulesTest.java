package org.dpsupport.monitoring.risk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.monitoring.domain.model.risk.RiskFacts;
import org.dpsupport.monitoring.domain.model.risk.RiskOverride;
import org.dpsupport.monitoring.domain.model.risk.RiskRating;
import org.dpsupport.monitoring.domain.model.risk.RiskRules;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class RiskRulesTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
  private final RiskRules rules = RiskRules.defaults();

  private static RiskFacts facts(LocalDate start, int poorReturns, Set<ConcernKind> concerns) {
    return new RiskFacts(start, TODAY, poorReturns, concerns);
  }

  @Test
  @DisplayName("A direct payment started 5 months ago makes quarterly returns, and says why")
  void newAccountIsQuarterly() {
    RiskRating rating = rules.rate(facts(TODAY.minusMonths(5), 0, Set.of()), Optional.empty());
    assertEquals(ReturnFrequency.QUARTERLY, rating.frequency());
    assertEquals(
        List.of(
            "The direct payment started 5 months ago; new accounts make quarterly returns"
                + " for their first 12 months."),
        rating.reasons());
  }

  @Test
  @DisplayName("An established account with a clean record and no concerns makes annual returns")
  void establishedCleanAccountIsAnnual() {
    RiskRating rating = rules.rate(facts(TODAY.minusMonths(30), 0, Set.of()), Optional.empty());
    assertEquals(ReturnFrequency.ANNUAL, rating.frequency());
    assertTrue(rating.explanation().contains("returns are annual"));
  }

  @Test
  @DisplayName("A late return in the last two years keeps an old account quarterly")
  void poorRecordIsQuarterly() {
    assertEquals(
        ReturnFrequency.QUARTERLY,
        rules.rate(facts(TODAY.minusYears(4), 1, Set.of()), Optional.empty()).frequency());
  }

  @Test
  @DisplayName(
      "An open safeguarding concern is closer than quarterly, and every matching rule gives its reason")
  void safeguardingIsMonthly() {
    RiskRating rating =
        rules.rate(
            facts(
                TODAY.minusMonths(3), 0, Set.of(ConcernKind.SAFEGUARDING, ConcernKind.UNPAID_HMRC)),
            Optional.empty());
    assertEquals(ReturnFrequency.MONTHLY, rating.frequency());
    assertEquals(3, rating.reasons().size());
  }

  @Test
  @DisplayName(
      "An officer's override wins but keeps the rules' own answer and the officer's reason")
  void overrideIsRecorded() {
    RiskOverride override =
        new RiskOverride(
            ReturnFrequency.ANNUAL,
            "officer@demo",
            TODAY,
            "Nominee is a solicitor; records have always been exemplary");
    RiskRating rating = rules.rate(facts(TODAY.minusMonths(5), 0, Set.of()), Optional.of(override));
    assertEquals(ReturnFrequency.ANNUAL, rating.frequency());
    assertEquals(ReturnFrequency.QUARTERLY, rating.ruled());
    assertTrue(
        rating.explanation().startsWith("An officer set annual returns: Nominee is a solicitor"));
  }

  @Test
  @DisplayName("An override without a reason is refused with a sentence the officer can act on")
  void overrideNeedsReason() {
    var e =
        assertThrows(
            IllegalArgumentException.class,
            () -> new RiskOverride(ReturnFrequency.ANNUAL, "officer", TODAY, " "));
    assertEquals("Say why you are changing how often this account makes a return.", e.getMessage());
  }

  @Test
  @DisplayName("A council's own rules are data: here new accounts stay quarterly for 24 months")
  void councilRules() {
    Properties p = new Properties();
    p.setProperty("rule.a.condition", "NEW_ACCOUNT");
    p.setProperty("rule.a.threshold", "24");
    p.setProperty("rule.a.frequency", "QUARTERLY");
    p.setProperty("rule.a.reason", "Started %s months ago.");
    RiskRules council = RiskRules.fromProperties(p);
    RiskRating rating = council.rate(facts(TODAY.minusMonths(18), 0, Set.of()), Optional.empty());
    assertEquals(ReturnFrequency.QUARTERLY, rating.frequency());
    assertEquals(List.of("Started 18 months ago."), rating.reasons());
    assertEquals(
        ReturnFrequency.QUARTERLY,
        rules.rate(facts(TODAY.minusMonths(18), 1, Set.of()), Optional.empty()).frequency());
    assertEquals(
        ReturnFrequency.ANNUAL,
        rules.rate(facts(TODAY.minusMonths(18), 0, Set.of()), Optional.empty()).frequency());
  }
}
