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

  /** The same PA taxed on another code and basis (a payment after leaving: 0T week 1/month 1). */
  public EmployeeRecord withTaxCode(String code, boolean nonCumulative) {
    return copy(code, nonCumulative, leavingDate);
  }

  /** The same PA with a leaving date. */
  public EmployeeRecord withLeavingDate(LocalDate left) {
    return copy(taxCode, week1Month1, left);
  }

  private EmployeeRecord copy(String code, boolean nonCumulative, LocalDate left) {
    return new EmployeeRecord(
        payId,
        forename,
        surname,
        niNumber,
        dateOfBirth,
        gender,
        addressLines,
        postcode,
        code,
        nonCumulative,
        niCategory,
        studentLoans,
        pension,
        rates,
        usualWeeklyHours,
        startDate,
        left,
        starterDeclaration,
        sortCode,
        accountNumber,
        accountName);
  }

  /** Employed on this date: started and not yet left. */
  public boolean employedOn(LocalDate date) {
    return !date.isBefore(startDate) && (leavingDate == null || !date.isAfter(leavingDate));
  }
}
