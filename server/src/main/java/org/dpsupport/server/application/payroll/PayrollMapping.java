package org.dpsupport.server.application.payroll;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employee.NationalInsuranceNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.money.Money;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
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
        PayFrequency.parse(e.getPayFrequency()),
        e.getPayDay(),
        SortCode.parse(e.getSortCode()),
        BankAccountNumber.parse(e.getAccountNumber()),
        Money.of(e.getFeePerPayslip()));
  }

  static EmployeeRecord employee(PayrollEmployeeEntity e, PaEmploymentEntity employment) {
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
                null,
                e.getPensionOptedOutOn(),
                null);
    PayRates rates =
        new PayRates(
            e.getHourlyRate(),
            e.getNightRate(),
            e.getWeekendRate(),
            e.getBankHolidayRate(),
            null,
            e.getSleepInAllowance(),
            null);
    return new EmployeeRecord(
        e.getPayId(),
        e.getForename(),
        e.getSurname(),
        e.getNiNumber() == null ? null : NationalInsuranceNumber.parse(e.getNiNumber()),
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
}
