package org.dpsupport.server.interfaces.web.payroll;

import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.amount;
import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.blankToNull;
import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.date;
import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * The starter checklist as a page form, so agency staff put a new PA on the payroll without the
 * REST API. Only translates text fields into the same {@link EmployerService.StarterChecklist} the
 * API takes; every rule stays in {@link EmployerService#onboard}.
 */
@Named("starterForm")
@RequestScoped
public class StarterForm {

  @Inject CurrentViewer current;

  @Inject EmployerService employers;

  private Long employmentId;
  private Long accountId;
  private String startDate;
  private String forename;
  private String surname;
  private String niNumber;
  private String dateOfBirth;
  private String gender;
  private String addressLine1;
  private String addressLine2;
  private String postcode;
  private String starterDeclaration;
  private String taxCode;
  private boolean week1Month1;
  private String niCategory = "A";
  private String studentLoanPlans;
  private String hourlyRate;
  private String usualWeeklyHours;
  private String sortCode;
  private String accountNumber;
  private String accountName;
  private String rightToWorkChecked;
  private String dbsChecked;

  /**
   * The starter's employment and employer come from the link on the payroll page (then from hidden
   * fields).
   */
  @jakarta.annotation.PostConstruct
  void fromLink() {
    employmentId = PayrollForms.idParam("employment");
    accountId = PayrollForms.idParam("account");
  }

  public String submit() {
    if (accountId == null) {
      return error("Open this form from an employer or a starter on the payroll page.");
    }
    try {
      var employee =
          employers.onboard(
              current.viewer(),
              accountId,
              new EmployerService.StarterChecklist(
                  employmentId,
                  null,
                  employmentId == null ? date(startDate, "start date") : null,
                  forename,
                  surname,
                  niNumber,
                  date(dateOfBirth, "date of birth"),
                  gender,
                  addressLine1,
                  addressLine2,
                  postcode,
                  blankToNull(starterDeclaration),
                  blankToNull(taxCode),
                  week1Month1,
                  niCategory,
                  blankToNull(studentLoanPlans),
                  amount(hourlyRate, "basic hourly rate"),
                  null,
                  null,
                  null,
                  null,
                  amount(usualWeeklyHours, "usual weekly hours"),
                  sortCode,
                  accountNumber,
                  accountName,
                  date(rightToWorkChecked, "right to work check date"),
                  date(dbsChecked, "DBS check date"),
                  null,
                  null,
                  null,
                  null));
      // ids in the redirect, not the flash scope: the banner must survive the redirect whatever the
      // client
      return "/agency/payroll.xhtml?faces-redirect=true&onboarded="
          + employee.getEmploymentId()
          + "&employer="
          + accountId;
    } catch (PayrollProblem | RecordAccessDeniedException | IllegalArgumentException e) {
      return error(e.getMessage());
    }
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long v) {
    employmentId = v;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long v) {
    accountId = v;
  }

  public String getStartDate() {
    return startDate;
  }

  public void setStartDate(String v) {
    startDate = v;
  }

  public String getForename() {
    return forename;
  }

  public void setForename(String v) {
    forename = v;
  }

  public String getSurname() {
    return surname;
  }

  public void setSurname(String v) {
    surname = v;
  }

  public String getNiNumber() {
    return niNumber;
  }

  public void setNiNumber(String v) {
    niNumber = v;
  }

  public String getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(String v) {
    dateOfBirth = v;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String v) {
    gender = v;
  }

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String v) {
    addressLine1 = v;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String v) {
    addressLine2 = v;
  }

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String v) {
    postcode = v;
  }

  public String getStarterDeclaration() {
    return starterDeclaration;
  }

  public void setStarterDeclaration(String v) {
    starterDeclaration = v;
  }

  public String getTaxCode() {
    return taxCode;
  }

  public void setTaxCode(String v) {
    taxCode = v;
  }

  public boolean isWeek1Month1() {
    return week1Month1;
  }

  public void setWeek1Month1(boolean v) {
    week1Month1 = v;
  }

  public String getNiCategory() {
    return niCategory;
  }

  public void setNiCategory(String v) {
    niCategory = v;
  }

  public String getStudentLoanPlans() {
    return studentLoanPlans;
  }

  public void setStudentLoanPlans(String v) {
    studentLoanPlans = v;
  }

  public String getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(String v) {
    hourlyRate = v;
  }

  public String getUsualWeeklyHours() {
    return usualWeeklyHours;
  }

  public void setUsualWeeklyHours(String v) {
    usualWeeklyHours = v;
  }

  public String getSortCode() {
    return sortCode;
  }

  public void setSortCode(String v) {
    sortCode = v;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String v) {
    accountNumber = v;
  }

  public String getAccountName() {
    return accountName;
  }

  public void setAccountName(String v) {
    accountName = v;
  }

  public String getRightToWorkChecked() {
    return rightToWorkChecked;
  }

  public void setRightToWorkChecked(String v) {
    rightToWorkChecked = v;
  }

  public String getDbsChecked() {
    return dbsChecked;
  }

  public void setDbsChecked(String v) {
    dbsChecked = v;
  }
}
