package org.dpsupport.payroll.conformance;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.ni.NiCategory;
import org.dpsupport.payroll.domain.model.ni.NiResult;
import org.dpsupport.payroll.domain.model.tax.IncomeTaxResult;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.tax.TaxPeriod;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.service.IncomeTaxCalculator;
import org.dpsupport.payroll.domain.service.NationalInsuranceCalculator;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

@DisplayName("HMRC's 2025-26 test data: every income tax and NI case, to the penny")
class HmrcConformanceTest {

  private final TaxYearCatalogue catalogue = TaxYearResources.standardCatalogue();
  private final IncomeTaxCalculator tax = new IncomeTaxCalculator();
  private final NationalInsuranceCalculator ni = new NationalInsuranceCalculator();

  @TestFactory
  @DisplayName("income tax")
  Stream<DynamicTest> incomeTax() {
    return HmrcConformanceCases.incomeTax().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id()
                        + ": "
                        + c.taxCode()
                        + (c.week1Month1() ? " W1/M1" : "")
                        + " "
                        + c.payFrequency()
                        + " period "
                        + c.period()
                        + ", pay "
                        + c.grossPay(),
                    () -> {
                      TaxYearRules rules = catalogue.forYear(TaxYear.parse(c.taxYear()));
                      TaxCode code = TaxCode.parse(c.taxCode());
                      if (c.week1Month1()) {
                        code = code.onWeek1Month1Basis();
                      }
                      PayFrequency frequency = PayFrequency.parse(c.payFrequency());
                      IncomeTaxResult r =
                          tax.calculate(
                              rules,
                              code,
                              TaxPeriod.ofPayPeriod(frequency, c.period()),
                              money(c.grossPay()),
                              money(c.taxablePayToDate()),
                              money(c.taxPaidToDate()));
                      assertAll(
                          () ->
                              assertEquals(
                                  money(c.expectedTaxDueInPeriod()),
                                  r.taxDueInPeriod(),
                                  "tax due in period; " + r.basis().text()),
                          () ->
                              assertEquals(
                                  money(c.expectedTaxDueToDate()),
                                  r.taxDueToDate(),
                                  "tax due to date; " + r.basis().text()));
                    }));
  }

  @TestFactory
  @DisplayName("Class 1 National Insurance")
  Stream<DynamicTest> nationalInsurance() {
    return HmrcConformanceCases.nationalInsurance().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    c.id()
                        + ": category "
                        + c.niCategory()
                        + " "
                        + c.payFrequency()
                        + ", pay "
                        + c.grossPay(),
                    () -> {
                      TaxYearRules rules = catalogue.forYear(TaxYear.parse(c.taxYear()));
                      NiResult r =
                          ni.calculate(
                              rules,
                              NiCategory.parse(c.niCategory()),
                              PayFrequency.parse(c.payFrequency()),
                              money(c.grossPay()));
                      assertAll(
                          () ->
                              assertEquals(
                                  money(c.expectedEmployeeNi()), r.employeeNi(), "employee NI"),
                          () ->
                              assertEquals(
                                  money(c.expectedEmployerNi()), r.employerNi(), "employer NI"),
                          () ->
                              assertEquals(
                                  money(c.expectedAtLel()), r.earningsAtLel(), "earnings at LEL"),
                          () ->
                              assertEquals(
                                  money(c.expectedLelToPt()),
                                  r.earningsLelToPt(),
                                  "earnings LEL to PT"),
                          () ->
                              assertEquals(
                                  money(c.expectedPtToUel()),
                                  r.earningsPtToUel(),
                                  "earnings PT to UEL"));
                    }));
  }

  private static Money money(BigDecimal amount) {
    return Money.of(amount);
  }
}
