package org.dpsupport.payroll.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.ni.NiCategory;
import org.dpsupport.payroll.domain.model.ni.NiResult;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("Class 1 NI and Employment Allowance, 2026-27 figures")
class NationalInsuranceCalculatorTest {

  private final TaxYearRules y2026 =
      TaxYearResources.standardCatalogue().forYear(TaxYear.parse("2026-27"));
  private final NationalInsuranceCalculator ni = new NationalInsuranceCalculator();
  private final EmploymentAllowanceCalculator allowance = new EmploymentAllowanceCalculator();

  @Test
  @DisplayName("category A, monthly £1,300: employee 8% above £1,048, employer 15% above £417")
  void categoryAMonthly() {
    // employee (1300 - 1048) x 8% = 20.16; employer (1300 - 417) x 15% = 132.45
    // bands: at LEL 559, LEL to PT 1048 - 559 = 489, PT to UEL 1300 - 1048 = 252
    NiResult r =
        ni.calculate(y2026, NiCategory.parse("A"), PayFrequency.MONTHLY, Money.parse("1300.00"));
    assertEquals(Money.parse("20.16"), r.employeeNi());
    assertEquals(Money.parse("132.45"), r.employerNi());
    assertEquals(Money.parse("559.00"), r.earningsAtLel());
    assertEquals(Money.parse("489.00"), r.earningsLelToPt());
    assertEquals(Money.parse("252.00"), r.earningsPtToUel());
  }

  @Test
  @DisplayName("HMRC rounding: 5 in the third decimal place goes down, 6 goes up")
  void rounding() {
    // weekly £242.32: (0.32 x 8% = 0.0256 -> 0.025 -> down) = 0.02; £242.08: 0.0064 -> 0.006 -> up
    // = 0.01
    assertEquals(
        Money.parse("0.02"),
        ni.calculate(y2026, NiCategory.standard(), PayFrequency.WEEKLY, Money.parse("242.32"))
            .employeeNi());
    assertEquals(
        Money.parse("0.01"),
        ni.calculate(y2026, NiCategory.standard(), PayFrequency.WEEKLY, Money.parse("242.08"))
            .employeeNi());
  }

  @Test
  @DisplayName(
      "a PA under 21 (category M): no employer NI up to the upper secondary threshold £967 a week")
  void underTwentyOne() {
    // employee (500 - 242) x 8% = 20.64; employer 0
    NiResult r =
        ni.calculate(y2026, NiCategory.parse("M"), PayFrequency.WEEKLY, Money.parse("500.00"));
    assertEquals(Money.parse("20.64"), r.employeeNi());
    assertEquals(Money.ZERO, r.employerNi());
    // £1,000: employer (1000 - 967) x 15% = 4.95; employee 725 x 8% = 58.00 + 33 x 2% = 0.66 ->
    // 58.66
    NiResult high =
        ni.calculate(y2026, NiCategory.parse("M"), PayFrequency.WEEKLY, Money.parse("1000.00"));
    assertEquals(Money.parse("4.95"), high.employerNi());
    assertEquals(Money.parse("58.66"), high.employeeNi());
  }

  @Test
  @DisplayName(
      "below the 2026-27 lower earnings limit £129 a week nothing counts for the State Pension")
  void belowLel() {
    NiResult r =
        ni.calculate(y2026, NiCategory.standard(), PayFrequency.WEEKLY, Money.parse("128.99"));
    assertEquals(Money.ZERO, r.earningsAtLel());
    // employer still pays above the secondary threshold £96: 32.99 x 15% = 4.9485 -> 4.948 -> 4.95
    assertEquals(Money.parse("4.95"), r.employerNi());
  }

  @Test
  @DisplayName("Employment Allowance covers employer NI until the year's £10,500 is used")
  void employmentAllowanceRunsOut() {
    // £10,400 used so far, employer NI £132.45: only £100.00 is left to claim
    EmploymentAllowanceCalculator.Claim c =
        allowance.claim(y2026, true, Money.parse("132.45"), Money.parse("10400.00"));
    assertEquals(Money.parse("100.00"), c.claimedThisPeriod());
    assertEquals(Money.parse("10500.00"), c.usedToDate());
    EmploymentAllowanceCalculator.Claim next =
        allowance.claim(y2026, true, Money.parse("132.45"), c.usedToDate());
    assertEquals(Money.ZERO, next.claimedThisPeriod());
  }

  @Test
  @DisplayName("a domestic employer not employing a care or support worker cannot claim it")
  void onlyCareAndSupportEmployers() {
    EmploymentAllowanceCalculator.Claim c =
        allowance.claim(y2026, false, Money.parse("132.45"), Money.ZERO);
    assertEquals(Money.ZERO, c.claimedThisPeriod());
  }
}
