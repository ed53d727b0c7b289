package org.dpsupport.payroll.domain.service;

import static org.dpsupport.payroll.application.BureauFixtures.NOVEMBER;
import static org.dpsupport.payroll.application.BureauFixtures.anEmployer;
import static org.dpsupport.payroll.application.BureauFixtures.priya;
import static org.dpsupport.payroll.application.BureauFixtures.weekdays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class PaymentAfterLeavingTest {

  private static final LocalDate LEFT = LocalDate.of(2026, 10, 16);
  private static final LocalDate P45_ON = LocalDate.of(2026, 10, 28);

  private static EmployeeRecord leaver(String taxCode) {
    return priya().withTaxCode(taxCode, false).withLeavingDate(LEFT);
  }

  @Test
  @DisplayName(
      "Paid after leaving once the P45 is issued: 0T week 1/month 1, the regime kept; before"
          + " the P45, the PA's own code")
  void codeAfterP45() {
    LocalDate payDay = NOVEMBER.paymentDate();
    assertTrue(PaymentAfterLeaving.afterP45(LEFT, P45_ON, payDay));
    assertFalse(PaymentAfterLeaving.afterP45(LEFT, null, payDay), "no P45 yet");
    assertFalse(PaymentAfterLeaving.afterP45(LEFT, P45_ON, LEFT), "paid on the leaving day");
    assertFalse(PaymentAfterLeaving.afterP45(null, P45_ON, payDay), "not a leaver");
    assertTrue(
        PaymentAfterLeaving.afterP45(LEFT, P45_ON, LocalDate.of(2026, 10, 20)),
        "a late run for a pay day before the P45 was issued, worked out after it");
    EmployeeRecord after = PaymentAfterLeaving.taxBasis(leaver("1257L"), P45_ON, payDay);
    assertEquals("0T", after.taxCode());
    assertTrue(after.week1Month1());
    assertEquals("S0T", PaymentAfterLeaving.taxBasis(leaver("S1257L"), P45_ON, payDay).taxCode());
    assertEquals("C0T", PaymentAfterLeaving.taxBasis(leaver("C1257L"), P45_ON, payDay).taxCode());
    EmployeeRecord before = leaver("1257L");
    assertSame(before, PaymentAfterLeaving.taxBasis(before, null, payDay));
  }

  @Test
  @DisplayName(
      "Worked example: £520 paid in November 2026 after a P45, on 0T month 1 is £104.00 tax,"
          + " where 1257L cumulative would take less")
  void taxOn0TMonth1() {
    PayRunCalculator run = new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears());
    EmployeeRecord after =
        PaymentAfterLeaving.taxBasis(leaver("1257L"), P45_ON, NOVEMBER.paymentDate());
    // 40 hours (5 weekdays x 8 h) x £13.00 = £520.00; 0T has no allowance, month 1:
    // 20% of £520 = £104.00
    EmployeePay paid =
        run.calculate(
                anEmployer(),
                NOVEMBER,
                List.of(
                    new EmployeeToPay(
                        after,
                        new org.dpsupport.payroll.domain.model.timesheet.Timesheet(
                            NOVEMBER.start(),
                            NOVEMBER.end(),
                            weekdays(priya(), 8).entries().subList(0, 5)),
                        null)),
                BigDecimal.ZERO)
            .get(0);
    assertEquals(Money.parse("520.00"), paid.result().grossPay());
    assertEquals(Money.parse("104.00"), paid.result().incomeTax().taxDueInPeriod());
  }
}
