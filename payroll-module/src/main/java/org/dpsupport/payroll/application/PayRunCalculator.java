package org.dpsupport.payroll.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.familypay.FamilyLeave;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.HolidayRules;
import org.dpsupport.payroll.domain.model.timesheet.Timesheet;
import org.dpsupport.payroll.domain.service.HolidayAccrual;
import org.dpsupport.payroll.domain.service.HolidayPayReference;

/**
 * One employer's pay run: each PA's approved timesheet and record become the engine's input, in
 * payroll-ID order, carrying the employer's Employment Allowance used from one PA to the next (the
 * allowance is the employer's, not the PA's).
 */
public final class PayRunCalculator {

  /**
   * A PA to pay this period: their record, approved timesheet and figures to date, whether they
   * work irregular hours (holiday accrues at 12.07% of hours worked; otherwise 5.6 weeks of their
   * usual weekly hours a year, pro rata), the holiday hours they took in the period (paid at their
   * holiday rate, taken off their balance) and their family leave (paid in the period the pay weeks
   * fall in). {@code holidayPay} is the 52-paid-week reference rate for holiday taken (null: the
   * contract's holiday rate); {@code rolledUpHolidayPay} is the employer's choice, recorded per
   * employment, to pay an irregular-hours or part-year PA's holiday as 12.07% on each payslip.
   */
  public record EmployeeToPay(
      EmployeeRecord employee,
      Timesheet timesheet,
      YearToDate yearToDate,
      boolean irregularHours,
      BigDecimal holidayHoursTaken,
      List<FamilyLeave> familyLeave,
      HolidayPayReference holidayPay,
      boolean rolledUpHolidayPay) {

    public EmployeeToPay {
      holidayHoursTaken = holidayHoursTaken == null ? BigDecimal.ZERO : holidayHoursTaken;
      familyLeave = familyLeave == null ? List.of() : List.copyOf(familyLeave);
    }

    /** A PA paid holiday at the contract rate, without rolled-up holiday pay. */
    public EmployeeToPay(
        EmployeeRecord employee,
        Timesheet timesheet,
        YearToDate yearToDate,
        boolean irregularHours,
        BigDecimal holidayHoursTaken,
        List<FamilyLeave> familyLeave) {
      this(
          employee,
          timesheet,
          yearToDate,
          irregularHours,
          holidayHoursTaken,
          familyLeave,
          null,
          false);
    }

    /** A PA with no family leave recorded. */
    public EmployeeToPay(
        EmployeeRecord employee,
        Timesheet timesheet,
        YearToDate yearToDate,
        boolean irregularHours,
        BigDecimal holidayHoursTaken) {
      this(employee, timesheet, yearToDate, irregularHours, holidayHoursTaken, List.of());
    }

    /** A fixed-hours PA who took no holiday this period. */
    public EmployeeToPay(EmployeeRecord employee, Timesheet timesheet, YearToDate yearToDate) {
      this(employee, timesheet, yearToDate, false, BigDecimal.ZERO);
    }
  }

  /**
   * A PA's pay worked out: what went in and what came out, with the holiday they earned and took.
   */
  public record EmployeePay(
      EmployeeRecord employee,
      Timesheet timesheet,
      PayPeriodInput input,
      PayResult result,
      HolidayAccrual holiday) {

    /** Pay worked out without a holiday record (a caller outside a pay run). */
    public EmployeePay(
        EmployeeRecord employee, Timesheet timesheet, PayPeriodInput input, PayResult result) {
      this(employee, timesheet, input, result, null);
    }
  }

  private final GrossToNetCalculator engine;

  public PayRunCalculator(GrossToNetCalculator engine) {
    this.engine = engine;
  }

  /**
   * @param allowanceUsedBefore the employer's Employment Allowance claimed earlier in the tax year
   */
  public List<EmployeePay> calculate(
      EmployerDetails employer,
      PayPeriod period,
      List<EmployeeToPay> employees,
      BigDecimal allowanceUsedBefore) {
    List<EmployeePay> paid = new ArrayList<>(employees.size());
    BigDecimal allowanceUsed = allowanceUsedBefore == null ? BigDecimal.ZERO : allowanceUsedBefore;
    List<EmployeeToPay> ordered =
        employees.stream()
            .sorted(java.util.Comparator.comparing(e -> e.employee().payId()))
            .toList();
    for (EmployeeToPay e : ordered) {
      PayPeriodInput input = inputFor(employer, period, e, allowanceUsed);
      PayResult result = engine.calculate(input);
      HolidayAccrual holiday = holiday(e, input, result);
      if (holiday != null
          && leavesIn(e, period)
          && !(e.rolledUpHolidayPay() && e.irregularHours())) {
        // the final pay: the balance left is paid off (or, below zero, said and not deducted)
        BigDecimal left = holiday.balanceAfter();
        if (left.signum() != 0) {
          input = input.withHolidayOnLeaving(left);
          result = engine.calculate(input);
          holiday =
              holiday.paidOnLeaving(
                  left,
                  left.signum() > 0
                      ? "the "
                          + HolidayAccrual.hours(left)
                          + " not taken, paid on leaving "
                          + (e.holidayPay() == null
                              ? "at the holiday rate"
                              : e.holidayHoursTaken().signum() > 0
                                  ? "at the same rate"
                                  : e.holidayPay().explanation())
                      : null);
        }
      }
      allowanceUsed = result.yearToDate().employmentAllowanceUsed();
      paid.add(new EmployeePay(e.employee(), e.timesheet(), input, result, holiday));
    }
    return paid;
  }

  /**
   * Whether the PA's leaving date falls in the pay period: this is their final pay. Only a PA
   * passed with their holiday record (a year to date) has a balance to settle; one on the FPS
   * without a payment (no year to date) is not paid holiday.
   */
  private static boolean leavesIn(EmployeeToPay e, PayPeriod period) {
    LocalDate left = e.employee().leavingDate();
    return e.yearToDate() != null
        && left != null
        && !left.isBefore(period.start())
        && !left.isAfter(period.end());
  }

  static PayPeriodInput inputFor(
      EmployerDetails employer, PayPeriod period, EmployeeToPay e, BigDecimal allowanceUsed) {
    EmployeeRecord pa = e.employee();
    String taxYear = TaxYear.containing(period.paymentDate()).toString();
    YearToDate ytd =
        e.yearToDate() == null || !taxYear.equals(e.yearToDate().taxYear())
            ? new YearToDate(
                taxYear,
                null,
                null,
                null,
                e.yearToDate() == null ? null : e.yearToDate().holidayBalanceHours())
            : e.yearToDate();
    YearToDate withAllowance =
        new YearToDate(
            taxYear, ytd.taxablePay(), ytd.taxPaid(), allowanceUsed, ytd.holidayBalanceHours());
    return new PayPeriodInput(
        period.paymentDate(),
        employer.payFrequency(),
        period.start(),
        period.end(),
        new PayPeriodInput.PersonalAssistant(
            pa.payId(),
            pa.dateOfBirth(),
            pa.taxCode(),
            pa.week1Month1(),
            pa.niCategory(),
            pa.studentLoans(),
            e.irregularHours(),
            e.rolledUpHolidayPay(),
            false),
        new PayPeriodInput.Employer(employer.payeReference(), employer.careAndSupportEmployer()),
        e.holidayPay() == null || pa.rates() == null
            ? pa.rates()
            : new PayRates(
                pa.rates().hourly(),
                pa.rates().night(),
                pa.rates().weekend(),
                pa.rates().bankHoliday(),
                pa.rates().wakingNight(),
                pa.rates().sleepInAllowance(),
                e.holidayPay().hourlyRate()),
        e.timesheet() == null ? List.of() : e.timesheet().shifts(),
        e.holidayHoursTaken(),
        null,
        e.familyLeave(),
        List.of(),
        List.of(),
        pa.pension(),
        withAllowance);
  }

  /**
   * The period's holiday: irregular hours accrue on the hours of time work the engine counted
   * (sleep-ins excluded), the same figure as its "holiday accrued" line; fixed hours accrue 5.6
   * weeks of the usual weekly hours a year, pro rata.
   */
  private HolidayAccrual holiday(EmployeeToPay e, PayPeriodInput input, PayResult result) {
    HolidayRules rules = engine.rulesFor(input.paymentDate()).holiday();
    BigDecimal worked =
        result.minimumWage() == null ? BigDecimal.ZERO : result.minimumWage().hours();
    BigDecimal before = input.yearToDate().holidayBalanceHours();
    HolidayAccrual accrual = accrual(e, input, rules, worked, before);
    if (e.holidayHoursTaken().signum() <= 0) {
      return accrual;
    }
    if (e.rolledUpHolidayPay() && e.irregularHours()) {
      return accrual.paidAt("already, in the rolled-up holiday pay on your payslips");
    }
    return e.holidayPay() == null ? accrual : accrual.paidAt(e.holidayPay().explanation());
  }

  private static HolidayAccrual accrual(
      EmployeeToPay e,
      PayPeriodInput input,
      HolidayRules rules,
      BigDecimal worked,
      BigDecimal before) {
    return e.irregularHours()
        ? HolidayAccrual.irregularHours(rules, worked, e.holidayHoursTaken(), before)
        : HolidayAccrual.fixedHours(
            rules,
            e.employee().usualWeeklyHours(),
            input.payFrequency(),
            worked,
            e.holidayHoursTaken(),
            before);
  }
}
