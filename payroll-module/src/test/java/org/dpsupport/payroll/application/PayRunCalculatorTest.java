package org.dpsupport.payroll.application;

import static org.dpsupport.payroll.application.BureauFixtures.NOVEMBER;
import static org.dpsupport.payroll.application.BureauFixtures.anEmployer;
import static org.dpsupport.payroll.application.BureauFixtures.priya;
import static org.dpsupport.payroll.application.BureauFixtures.tom;
import static org.dpsupport.payroll.application.BureauFixtures.weekdays;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.domain.model.employer.HmrcPaymentDue;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PayRunCalculatorTest {

  private static final GrossToNetCalculator ENGINE = GrossToNetCalculator.withStandardTaxYears();

  static List<EmployeePay> novemberRun() {
    return new PayRunCalculator(ENGINE)
        .calculate(
            anEmployer(),
            NOVEMBER,
            List.of(
                new EmployeeToPay(tom(), weekdays(tom(), 3), null),
                new EmployeeToPay(priya(), weekdays(priya(), 8), null)),
            BigDecimal.ZERO);
  }

  @Test
  @DisplayName("Each PA gets exactly what the engine gives for the same input, in payroll-ID order")
  void matchesEngine() {
    List<EmployeePay> paid = novemberRun();
    assertEquals("PA001", paid.get(0).employee().payId());
    for (EmployeePay p : paid) {
      assertEquals(ENGINE.calculate(p.input()).netPay(), p.result().netPay());
    }
    // 21 weekdays x 8 h x £13.00
    assertEquals(Money.of("2184.00"), paid.get(0).result().grossPay());
    assertEquals(Money.of("800.73"), paid.get(1).result().grossPay()); // 63 h x £12.71
  }

  @Test
  @DisplayName(
      "The run's cost is the engine's employer cost for each PA plus the agency fee and its VAT")
  void totals() {
    List<EmployeePay> paid = novemberRun();
    RunTotals totals = RunTotals.of(paid, anEmployer().feePerPayslip());
    Money employerCost =
        paid.stream().map(p -> p.result().employerCost()).reduce(Money.ZERO, Money::plus);
    assertEquals(employerCost.plus(Money.of("25.00")), totals.totalCost());
    assertEquals(Money.of("25.00"), totals.agencyFee());
    assertEquals(Money.ZERO, totals.agencyFeeVat());
    // a VAT-registered agency's fee costs the employer 20% more, and that is in the run's cost
    RunTotals withVat = RunTotals.of(paid, anEmployer().feePerPayslip(), true);
    assertEquals(Money.of("5.00"), withVat.agencyFeeVat());
    assertEquals(Money.of("30.00"), withVat.feeWithVat());
    assertEquals(employerCost.plus(Money.of("30.00")), withVat.totalCost());
    assertEquals(
        totals
            .incomeTax()
            .plus(totals.employeeNi())
            .plus(totals.employerNi())
            .minus(totals.employmentAllowance()),
        totals.hmrc());
  }

  @Test
  @DisplayName(
      "The Employment Allowance is the employer's: the second PA's claim follows on from the first")
  void allowanceCarriedAcrossPas() {
    List<EmployeePay> paid = novemberRun();
    BigDecimal afterFirst = paid.get(0).result().yearToDate().employmentAllowanceUsed();
    assertEquals(afterFirst, paid.get(1).input().yearToDate().employmentAllowanceUsed());
  }

  @Test
  @DisplayName("PAYE paid on 28 November is due by 22 December; quarterly, by 22 January")
  void hmrcDueDates() {
    assertEquals(
        LocalDate.of(2026, 12, 22), HmrcPaymentDue.dueDate(LocalDate.of(2026, 11, 28), false));
    assertEquals(
        LocalDate.of(2027, 1, 22), HmrcPaymentDue.dueDate(LocalDate.of(2026, 11, 28), true));
    assertEquals(
        LocalDate.of(2026, 5, 22), HmrcPaymentDue.dueDate(LocalDate.of(2026, 4, 30), false));
    assertEquals(
        LocalDate.of(2026, 7, 22), HmrcPaymentDue.dueDate(LocalDate.of(2026, 4, 30), true));
  }
}
