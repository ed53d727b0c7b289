package org.dpsupport.payroll.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.minimumwage.MinimumWageCheck;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("National Minimum Wage check by age band on the pay date")
class MinimumWageCheckerTest {

  private final TaxYearCatalogue catalogue = TaxYearResources.standardCatalogue();
  private final MinimumWageChecker checker = new MinimumWageChecker();

  private MinimumWageCheck check(LocalDate paid, LocalDate born, String hours, String pay) {
    return checker.check(
        catalogue.minimumWageOn(paid).orElseThrow(),
        paid,
        born,
        false,
        new BigDecimal(hours),
        Money.parse(pay));
  }

  @Test
  @DisplayName("a PA turning 21 on 15 May 2026 at £12.00 an hour: fine at 20, short once 21")
  void paCrossingTheTwentyOneBand() {
    LocalDate born = LocalDate.of(2005, 5, 15);
    // 8 May 2026, aged 20: 18-20 band £10.85; 30 h x £12.00 = £360.00 is £12.00/h: meets it
    MinimumWageCheck at20 = check(LocalDate.of(2026, 5, 8), born, "30", "360.00");
    assertFalse(at20.breached());
    assertEquals(new BigDecimal("10.85"), at20.minimumHourlyRate());
    // 22 May 2026, aged 21: £12.71; 30 h need 30 x 12.71 = £381.30; paid £360.00: short by £21.30
    MinimumWageCheck at21 = check(LocalDate.of(2026, 5, 22), born, "30", "360.00");
    assertTrue(at21.breached());
    assertEquals(Money.parse("21.30"), at21.shortfall());
    assertEquals("MINIMUM_WAGE_BREACH", at21.finding().orElseThrow().code());
    assertTrue(at21.basis().text().contains("Not paid automatically"), at21.basis().text());
  }

  @Test
  @DisplayName("£12.50 an hour at 30: meets £12.21 on 31 March 2026, short of £12.71 from 1 April")
  void ratesChangeOnFirstApril() {
    LocalDate born = LocalDate.of(1996, 1, 1);
    assertFalse(check(LocalDate.of(2026, 3, 31), born, "10", "125.00").breached());
    // 10 x 12.71 = 127.10 - 125.00 = £2.10 short
    assertEquals(
        Money.parse("2.10"), check(LocalDate.of(2026, 4, 1), born, "10", "125.00").shortfall());
  }
}
