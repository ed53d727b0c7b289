package org.dpsupport.payroll.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.payroll.application.PayPeriodInput.Amount;
import org.dpsupport.payroll.application.PayPeriodInput.Employer;
import org.dpsupport.payroll.application.PayPeriodInput.PersonalAssistant;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.pay.ShiftKind;
import org.dpsupport.payroll.domain.model.pay.WorkedShift;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;

/** Test builder: {@code aPayPeriod().paidOn(...).monthly().forHours("120").build()}. */
final class PayPeriods {

  private LocalDate paymentDate = LocalDate.of(2026, 4, 30);
  private PayFrequency frequency = PayFrequency.MONTHLY;
  private LocalDate born = LocalDate.of(1996, 1, 10);
  private String taxCode = "1257L";
  private String niCategory = "A";
  private List<StudentLoanPlan> plans = List.of();
  private boolean careEmployer = true;
  private BigDecimal hourly = new BigDecimal("12.71");
  private final List<WorkedShift> shifts = new ArrayList<>();
  private final List<Amount> expenses = new ArrayList<>();
  private final List<Amount> deductions = new ArrayList<>();
  private PensionMembership pension;
  private YearToDate ytd;

  static PayPeriods aPayPeriod() {
    return new PayPeriods();
  }

  PayPeriods paidOn(int y, int m, int d) {
    paymentDate = LocalDate.of(y, m, d);
    return this;
  }

  PayPeriods paid(PayFrequency f) {
    frequency = f;
    return this;
  }

  PayPeriods bornOn(int y, int m, int d) {
    born = LocalDate.of(y, m, d);
    return this;
  }

  PayPeriods taxCode(String code) {
    taxCode = code;
    return this;
  }

  PayPeriods studentLoans(StudentLoanPlan... p) {
    plans = List.of(p);
    return this;
  }

  PayPeriods notACareEmployer() {
    careEmployer = false;
    return this;
  }

  PayPeriods hourlyRate(String rate) {
    hourly = new BigDecimal(rate);
    return this;
  }

  /** Hours worked as day shifts of up to 8 hours on the days up to the payment date. */
  PayPeriods worked(String hours) {
    BigDecimal left = new BigDecimal(hours);
    BigDecimal eight = new BigDecimal("8");
    LocalDate day = paymentDate;
    while (left.signum() > 0) {
      BigDecimal h = left.min(eight);
      shifts.add(new WorkedShift(day, ShiftKind.DAY, h));
      left = left.subtract(h);
      day = day.minusDays(1);
    }
    return this;
  }

  PayPeriods expense(String description, String amount) {
    expenses.add(new Amount(description, new BigDecimal(amount)));
    return this;
  }

  PayPeriods deductionAfterTax(String description, String amount) {
    deductions.add(new Amount(description, new BigDecimal(amount)));
    return this;
  }

  PayPeriods pension(PensionMembership m) {
    pension = m;
    return this;
  }

  PayPeriods yearToDate(YearToDate y) {
    ytd = y;
    return this;
  }

  PayPeriodInput build() {
    return new PayPeriodInput(
        paymentDate,
        frequency,
        null,
        null,
        new PersonalAssistant("PA-1", born, taxCode, false, niCategory, plans, false, false, false),
        new Employer("EMP-1", careEmployer),
        PayRates.hourly(hourly),
        shifts,
        BigDecimal.ZERO,
        null,
        null,
        expenses,
        deductions,
        pension,
        ytd);
  }
}
