package org.dpsupport.payroll.application;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dpsupport.payroll.domain.model.familypay.FamilyLeave;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.pay.WorkedShift;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.sickpay.SicknessRecord;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;

/**
 * Everything the engine needs for one PA's pay period: who, when, the timesheet, sickness, family
 * leave (maternity, paternity, adoption, shared parental, bereavement, neonatal care), expenses,
 * deductions, pension and the year-to-date figures from earlier periods. The engine keeps no state;
 * the caller stores {@link PayResult#yearToDate()} and passes it back next time.
 *
 * @param periodStart first day of the pay period (optional: defaults to the period ending on the
 *     payment date)
 * @param periodEnd last day of the pay period (optional: defaults to the payment date)
 */
public record PayPeriodInput(
    LocalDate paymentDate,
    PayFrequency payFrequency,
    LocalDate periodStart,
    LocalDate periodEnd,
    PersonalAssistant personalAssistant,
    Employer employer,
    PayRates rates,
    List<WorkedShift> shifts,
    BigDecimal holidayHoursTaken,
    SicknessRecord sickness,
    List<FamilyLeave> familyLeave,
    List<Amount> expenses,
    List<Amount> deductionsAfterTax,
    PensionMembership pension,
    YearToDate yearToDate,
    BigDecimal holidayOnLeavingHours) {

  /**
   * A period that is not a leaver's final pay: no untaken holiday to pay off.
   *
   * <p>{@code holidayOnLeavingHours}: on a leaver's final pay, the holiday balance left after the
   * period (WTR reg 14 / 13A). Above zero it is paid as its own line at the holiday rate; below
   * zero (more taken than earned) nothing is deducted, and a finding says so.
   */
  public PayPeriodInput(
      LocalDate paymentDate,
      PayFrequency payFrequency,
      LocalDate periodStart,
      LocalDate periodEnd,
      PersonalAssistant personalAssistant,
      Employer employer,
      PayRates rates,
      List<WorkedShift> shifts,
      BigDecimal holidayHoursTaken,
      SicknessRecord sickness,
      List<FamilyLeave> familyLeave,
      List<Amount> expenses,
      List<Amount> deductionsAfterTax,
      PensionMembership pension,
      YearToDate yearToDate) {
    this(
        paymentDate,
        payFrequency,
        periodStart,
        periodEnd,
        personalAssistant,
        employer,
        rates,
        shifts,
        holidayHoursTaken,
        sickness,
        familyLeave,
        expenses,
        deductionsAfterTax,
        pension,
        yearToDate,
        null);
  }

  /** The same period as a leaver's final pay, with the holiday balance they leave with. */
  public PayPeriodInput withHolidayOnLeaving(BigDecimal hours) {
    return new PayPeriodInput(
        paymentDate,
        payFrequency,
        periodStart,
        periodEnd,
        personalAssistant,
        employer,
        rates,
        shifts,
        holidayHoursTaken,
        sickness,
        familyLeave,
        expenses,
        deductionsAfterTax,
        pension,
        yearToDate,
        hours);
  }

  public PayPeriodInput {
    Objects.requireNonNull(paymentDate, "The payment date is missing.");
    Objects.requireNonNull(
        payFrequency, "The pay frequency is missing: Weekly, Fortnightly, FourWeekly or Monthly.");
    Objects.requireNonNull(personalAssistant, "The personal assistant's details are missing.");
    employer = employer == null ? new Employer(null, false) : employer;
    shifts = shifts == null ? List.of() : List.copyOf(shifts);
    familyLeave = familyLeave == null ? List.of() : List.copyOf(familyLeave);
    expenses = expenses == null ? List.of() : List.copyOf(expenses);
    deductionsAfterTax = deductionsAfterTax == null ? List.of() : List.copyOf(deductionsAfterTax);
    holidayHoursTaken = holidayHoursTaken == null ? BigDecimal.ZERO : holidayHoursTaken;
    yearToDate = yearToDate == null ? YearToDate.none() : yearToDate;
    if ((!shifts.isEmpty()
            || holidayHoursTaken.signum() > 0
            || (holidayOnLeavingHours != null && holidayOnLeavingHours.signum() > 0))
        && rates == null) {
      throw new IllegalArgumentException(
          "The PA's pay rates are missing; give at least the basic hourly rate.");
    }
  }

  /**
   * The PA as an employee: tax code and NI letter as HMRC issued them, student loan plans, and
   * whether they work irregular hours (holiday accrues at 12.07% of hours; rolled-up holiday pay
   * allowed).
   */
  public record PersonalAssistant(
      String reference,
      LocalDate dateOfBirth,
      String taxCode,
      boolean week1Month1,
      String niCategory,
      List<StudentLoanPlan> studentLoanPlans,
      boolean irregularHours,
      boolean rolledUpHolidayPay,
      boolean apprentice) {

    public PersonalAssistant {
      Objects.requireNonNull(
          dateOfBirth,
          "The PA's date of birth is missing; it decides the minimum wage band, "
              + "auto-enrolment and NI category.");
      if (taxCode == null || taxCode.isBlank()) {
        throw new IllegalArgumentException(
            "The PA's tax code is missing. Without a P45 use the starter checklist: "
                + "statement A 1257L, B 1257L W1/M1, C BR; no checklist 0T W1/M1.");
      }
      niCategory = niCategory == null || niCategory.isBlank() ? "A" : niCategory;
      studentLoanPlans = studentLoanPlans == null ? List.of() : List.copyOf(studentLoanPlans);
    }
  }

  /**
   * The budget holder as employer. Only care-and-support employers may claim Employment Allowance.
   */
  public record Employer(String reference, boolean careAndSupportEmployer) {}

  /** A described amount: an expense reimbursed or a deduction after tax. */
  public record Amount(String description, BigDecimal amount) {
    public Amount {
      if (amount == null || amount.signum() < 0) {
        throw new IllegalArgumentException(
            "'" + description + "' needs an amount of zero or more in pounds.");
      }
      description = description == null || description.isBlank() ? "unnamed" : description;
    }
  }

  /**
   * Totals from earlier periods of the tax year (and the employer's Employment Allowance used). If
   * {@code taxYear} is not the payment date's tax year, the engine starts the year afresh.
   */
  public record YearToDate(
      String taxYear,
      BigDecimal taxablePay,
      BigDecimal taxPaid,
      BigDecimal employmentAllowanceUsed,
      BigDecimal holidayBalanceHours) {

    public YearToDate {
      taxablePay = taxablePay == null ? BigDecimal.ZERO : taxablePay;
      taxPaid = taxPaid == null ? BigDecimal.ZERO : taxPaid;
      employmentAllowanceUsed =
          employmentAllowanceUsed == null ? BigDecimal.ZERO : employmentAllowanceUsed;
      holidayBalanceHours = holidayBalanceHours == null ? BigDecimal.ZERO : holidayBalanceHours;
    }

    public static YearToDate none() {
      return new YearToDate(
          null, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO);
    }
  }
}
