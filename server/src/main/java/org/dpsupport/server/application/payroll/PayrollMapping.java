package org.dpsupport.server.application.payroll;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employee.NationalInsuranceNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployeeEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;

/** Stored payroll rows to the payroll module's domain types (which validate them again). */
final class PayrollMapping {

  private PayrollMapping() {}

  static EmployerDetails employer(PayrollEmployerEntity e) {
    return new EmployerDetails(
        e.getEmployerName(),
        e.getPayeReference(),
        e.getAccountsOfficeReference(),
        e.isCareAndSupport(),
        e.getPayFrequency(),
        e.getPayDay(),
        SortCode.parse(e.getSortCode()),
        BankAccountNumber.parse(e.getAccountNumber()),
        e.getFeePerPayslip());
  }

  static EmployeeRecord employee(PayrollEmployeeEntity e, PaEmploymentEntity employment) {
    return employee(e, employment, null, null);
  }

  /**
   * The PA as a pay run pays them: with the employer's re-enrolment date, and an opt-out refund
   * still due unless another run ({@code runId} is this one) has paid it.
   */
  static EmployeeRecord employee(
      PayrollEmployeeEntity e,
      PaEmploymentEntity employment,
      LocalDate reEnrolmentDate,
      Long runId) {
    Money refund =
        e.getPensionRefundDue() != null
                && runId != null
                && (e.getPensionRefundRunId() == null || e.getPensionRefundRunId().equals(runId))
            ? e.getPensionRefundDue()
            : null;
    List<String> address = new ArrayList<>();
    address.add(e.getAddressLine1());
    if (e.getAddressLine2() != null && !e.getAddressLine2().isBlank()) {
      address.add(e.getAddressLine2());
    }
    PensionMembership pension =
        e.getPensionRelief() == null
            ? null
            : new PensionMembership(
                ReliefMethod.valueOf(e.getPensionRelief()),
                e.getPensionEmployeePct(),
                e.getPensionEmployerPct(),
                employment.getStartDate(),
                e.getPensionEnrolledOn(),
                e.getPensionPostponedUntil(),
                e.getPensionOptedOutOn(),
                refund == null ? null : refund.amount(),
                reEnrolmentDate);
    PayRates rates =
        new PayRates(
            e.getHourlyRate(),
            e.getNightRate(),
            e.getWeekendRate(),
            e.getBankHolidayRate(),
            null,
            e.getSleepInAllowance() == null ? null : e.getSleepInAllowance().amount(),
            null);
    return new EmployeeRecord(
        e.getPayId(),
        e.getForename(),
        e.getSurname(),
        e.getNiNumber() == null
            ? NationalInsuranceNumber.NOT_KNOWN
            : NationalInsuranceNumber.parse(e.getNiNumber()),
        e.getDateOfBirth(),
        e.getGender(),
        address,
        e.getPostcode(),
        e.getTaxCode(),
        e.isWeek1Month1(),
        e.getNiCategory(),
        studentLoans(e.getStudentLoanPlans()),
        pension,
        rates,
        e.getUsualWeeklyHours(),
        employment.getStartDate(),
        employment.getEndDate(),
        e.getStarterDeclaration(),
        SortCode.parse(e.getSortCode()),
        BankAccountNumber.parse(e.getAccountNumber()),
        e.getAccountName());
  }

  static List<StudentLoanPlan> studentLoans(String plans) {
    if (plans == null || plans.isBlank()) {
      return List.of();
    }
    return Arrays.stream(plans.split(","))
        .map(String::trim)
        .filter(s -> !s.isEmpty())
        .map(StudentLoanPlan::parse)
        .toList();
  }

  static BigDecimal zeroIfNull(BigDecimal value) {
    return value == null ? BigDecimal.ZERO : value;
  }

  /** The employer's address as the P60, P45 and invoice print it. */
  static org.dpsupport.payroll.domain.model.employer.PostalAddress address(
      PayrollEmployerEntity e) {
    return new org.dpsupport.payroll.domain.model.employer.PostalAddress(
        java.util.Arrays.asList(
            e.getAddressLine1(), e.getAddressLine2(), e.getAddressTown(), e.getAddressCounty()),
        e.getAddressPostcode());
  }

  /** The employer as the year-end forms name them: name, PAYE reference and address. */
  static org.dpsupport.payroll.interfaces.file.YearEndForms.Employer formsEmployer(
      PayrollEmployerEntity e) {
    return new org.dpsupport.payroll.interfaces.file.YearEndForms.Employer(
        e.getEmployerName(), e.getPayeReference(), address(e));
  }

  /** Pay and tax in the PA's earlier employments of this tax year, from their P45. */
  static org.dpsupport.payroll.interfaces.file.YearEndForms.PreviousEmployment previous(
      PayrollEmployeeEntity e, org.dpsupport.payroll.domain.model.taxyear.TaxYear year) {
    if (e.getPreviousPay() == null || !year.toString().equals(e.getPreviousTaxYear())) {
      return org.dpsupport.payroll.interfaces.file.YearEndForms.PreviousEmployment.NONE;
    }
    return new org.dpsupport.payroll.interfaces.file.YearEndForms.PreviousEmployment(
        e.getPreviousPay(), e.getPreviousTax() == null ? Money.ZERO : e.getPreviousTax());
  }

  /**
   * The earlier employments' pay and tax that count in this pay day's cumulative tax calculation
   * (HMRC, "Tax codes: P6 notices" and the P45 part 3 instructions): none on a week 1/month 1 code,
   * for another tax year, or before the P6 that carried them takes effect.
   */
  static org.dpsupport.payroll.interfaces.file.YearEndForms.PreviousEmployment
      previousInCalculation(
          PayrollEmployeeEntity e,
          org.dpsupport.payroll.domain.model.taxyear.TaxYear year,
          java.time.LocalDate payDay) {
    if (e.isWeek1Month1()
        || (e.getPreviousFrom() != null && payDay.isBefore(e.getPreviousFrom()))) {
      return org.dpsupport.payroll.interfaces.file.YearEndForms.PreviousEmployment.NONE;
    }
    return previous(e, year);
  }

  /** The agency as its invoice names it, with its VAT setting and bank account for the fee. */
  static org.dpsupport.payroll.interfaces.file.InvoiceDocument.Agency agency(
      org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity a) {
    return new org.dpsupport.payroll.interfaces.file.InvoiceDocument.Agency(
        a.getName(),
        new org.dpsupport.payroll.domain.model.employer.PostalAddress(
            java.util.Arrays.asList(a.getAddressLine1(), a.getAddressLine2(), a.getAddressTown()),
            a.getAddressPostcode()),
        a.isVatRegistered(),
        a.getVatNumber(),
        a.getSortCode() == null ? null : SortCode.parse(a.getSortCode()),
        a.getAccountNumber() == null ? null : BankAccountNumber.parse(a.getAccountNumber()));
  }
}
