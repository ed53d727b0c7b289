package org.dpsupport.payroll.domain.model.taxyear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.ni.NiCategory;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.tax.TaxPeriod;
import org.dpsupport.payroll.domain.service.IncomeTaxCalculator;
import org.dpsupport.payroll.domain.service.NationalInsuranceCalculator;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Tax years are data, chosen by payment date")
class TaxYearCatalogueTest {

  private final TaxYearCatalogue standard = TaxYearResources.standardCatalogue();

  @Test
  @DisplayName("5 April 2026 is paid with 2025-26 figures, 6 April 2026 with 2026-27")
  void byPaymentDate() {
    assertEquals("2025-26", standard.forPaymentDate(LocalDate.of(2026, 4, 5)).taxYear());
    assertEquals("2026-27", standard.forPaymentDate(LocalDate.of(2026, 4, 6)).taxYear());
  }

  @Test
  @DisplayName("minimum wage rates change on 1 April, inside the old tax year")
  void minimumWageFromFirstApril() {
    assertEquals(
        new BigDecimal("12.21"),
        standard
            .minimumWageOn(LocalDate.of(2026, 3, 31))
            .orElseThrow()
            .ageBands()
            .get(0)
            .hourlyRate());
    assertEquals(
        new BigDecimal("12.71"),
        standard
            .minimumWageOn(LocalDate.of(2026, 4, 1))
            .orElseThrow()
            .ageBands()
            .get(0)
            .hourlyRate());
  }

  @Test
  @DisplayName("figures HMRC or TPR must confirm are marked 'check' in the data")
  void checkFiguresAreMarked() {
    assertTrue(
        standard.forYear(TaxYear.parse("2026-27")).check().stream()
            .anyMatch(c -> c.startsWith("autoEnrolment.minimumEmployerPercent")));
  }

  @Test
  @DisplayName("a year with no data file says which file to add")
  void unknownYear() {
    TaxYearNotCoveredException e =
        assertThrows(
            TaxYearNotCoveredException.class,
            () -> standard.forPaymentDate(LocalDate.of(2030, 5, 1)));
    assertTrue(e.getMessage().contains("tax-years/2030-31.json"), e.getMessage());
  }

  @Test
  @DisplayName("adding 2027-28 is a data change: a year loaded from a test data file is used as is")
  void newYearFromDataOnly() {
    TaxYearCatalogue withNextYear =
        TaxYearResources.load(getClass().getClassLoader(), "test-tax-years");
    TaxYearRules y2027 = withNextYear.forPaymentDate(LocalDate.of(2027, 6, 1));
    assertEquals("2027-28", y2027.taxYear());
    // invented basic band £38,000: month 1 band 38000 / 12 = 3166.67; 1257L free pay 1048.26
    // £5,000 - 1048.26 = 3951.74 -> 3951; 3166.6666 x 20% = 633.333 + (3951 - 3166.6666) x 40% =
    // 313.733 -> £947.06
    Money tax =
        new IncomeTaxCalculator()
            .calculate(
                y2027,
                TaxCode.parse("1257L"),
                TaxPeriod.ofPayPeriod(PayFrequency.MONTHLY, 1),
                Money.parse("5000"),
                Money.parse("5000"),
                Money.ZERO)
            .taxDueInPeriod();
    assertEquals(Money.parse("947.06"), tax);
    // invented weekly LEL £135
    assertEquals(
        Money.parse("135.00"),
        new NationalInsuranceCalculator()
            .calculate(y2027, NiCategory.standard(), PayFrequency.WEEKLY, Money.parse("200"))
            .earningsAtLel());
    assertEquals(
        new BigDecimal("13.20"),
        withNextYear
            .minimumWageOn(LocalDate.of(2027, 4, 1))
            .orElseThrow()
            .ageBands()
            .get(0)
            .hourlyRate());
  }

  @Test
  @DisplayName("tax weeks and months: 5 April 2027 is week 53, 5 June 2026 is month 2")
  void taxPeriods() {
    TaxYear y = TaxYear.parse("2026-27");
    assertEquals(53, y.taxWeekOf(LocalDate.of(2027, 4, 5)));
    assertEquals(1, y.taxWeekOf(LocalDate.of(2026, 4, 12)));
    assertEquals(2, y.taxMonthOf(LocalDate.of(2026, 6, 5)));
    assertEquals(12, y.taxMonthOf(LocalDate.of(2027, 4, 5)));
    assertThrows(IllegalArgumentException.class, () -> TaxYear.parse("2026-28"));
  }
}
