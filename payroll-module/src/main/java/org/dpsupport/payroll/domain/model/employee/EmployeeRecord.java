package org.dpsupport.payroll.domain.model.employee;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;

/**
 * What the payroll holds about one PA in one employment: identity for HMRC, the contract, tax and
 * NI, pension, and where to pay them. {@code payId} is the RTI payroll ID, unique per employer.
 */
public record EmployeeRecord(
    String payId,
    String forename,
    String surname,
    NationalInsuranceNumber niNumber,
    LocalDate dateOfBirth,
    String gender,
    List<String> addressLines,
    String postcode,
    String taxCode,
    boolean week1Month1,
    String niCategory,
    List<StudentLoanPlan> studentLoans,
    PensionMembership pension,
    PayRates rates,
    BigDecimal usualWeeklyHours,
    LocalDate startDate,
    LocalDate leavingDate,
    String starterDeclaration,
    SortCode sortCode,
    BankAccountNumber accountNumber,
    String accountName) {

  public EmployeeRecord {
    Objects.requireNonNull(payId, "The PA's payroll ID is missing.");
    Objects.requireNonNull(startDate, "The PA's start date is missing.");
    addressLines = addressLines == null ? List.of() : List.copyOf(addressLines);
    studentLoans = studentLoans == null ? List.of() : List.copyOf(studentLoans);
    niCategory = niCategory == null || niCategory.isBlank() ? "A" : niCategory;
  }

  public String fullName() {
    return forename + " " + surname;
  }

  /** Employed on this date: started and not yet left. */
  public boolean employedOn(LocalDate date) {
    return !date.isBefore(startDate) && (leavingDate == null || !date.isAfter(leavingDate));
  }
}
