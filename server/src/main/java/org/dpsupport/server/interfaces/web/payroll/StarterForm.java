package org.dpsupport.server.interfaces.web.payroll;

import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.blankToNull;
import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.error;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import org.dpsupport.payroll.domain.model.employee.NationalInsuranceNumber;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.server.application.payroll.AddressService;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.FormInput;
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
  private String forename;
  private String surname;
  private String niNumber;
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
    // the radios are plain inputs (GOV.UK markup), so their value is read here
    String chosen =
        jakarta.faces.context.FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("starter:starterDeclaration");
    starterDeclaration = java.util.List.of("A", "B", "C").contains(chosen) ? chosen : null;
    Checked c = check();
    if (FormErrors.any()) {
      return null; // every error at once, at its field and in the summary; what was typed stays
    }
    try {
      var employee =
          employers.onboard(
              current.viewer(),
              accountId,
              new EmployerService.StarterChecklist(
                  employmentId,
                  null,
                  employmentId == null ? c.startDate() : null,
                  forename.strip(),
                  surname.strip(),
                  niNumber,
                  c.dateOfBirth(),
                  gender.strip().toUpperCase(Locale.ROOT),
                  addressLine1,
                  addressLine2,
                  postcode,
                  blankToNull(starterDeclaration),
                  blankToNull(taxCode),
                  week1Month1,
                  niCategory,
                  blankToNull(studentLoanPlans),
                  c.hourlyRate(),
                  null,
                  null,
                  null,
                  null,
                  c.usualWeeklyHours(),
                  sortCode,
                  accountNumber,
                  accountName,
                  c.rightToWork(),
                  c.dbs(),
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

  /** What the checks read, for the service. */
  private record Checked(
      LocalDate startDate,
      LocalDate dateOfBirth,
      BigDecimal hourlyRate,
      BigDecimal usualWeeklyHours,
      LocalDate rightToWork,
      LocalDate dbs) {}

  private static final String FIELD = "starter:";

  /**
   * Checks every field on its own with the domain's value types, as the service will, and adds each
   * error to its field, so one submit names every mistake.
   */
  private Checked check() {
    LocalDate start =
        employmentId == null
            ? date(
                "startDate",
                startDateDay,
                startDateMonth,
                startDateYear,
                "the date they started",
                true)
            : null;
    required("forename", forename, "Enter the PA's first name");
    required("surname", surname, "Enter the PA's last name");
    if (!blank(niNumber)) {
      field("niNumber", () -> NationalInsuranceNumber.parse(niNumber));
    }
    LocalDate born =
        date(
            "dateOfBirth",
            dateOfBirthDay,
            dateOfBirthMonth,
            dateOfBirthYear,
            "the PA's date of birth",
            true);
    if (blank(gender)
        || !java.util.List.of("M", "F").contains(gender.strip().toUpperCase(Locale.ROOT))) {
      FormErrors.add(FIELD + "gender", "Enter M or F, as on the PA's National Insurance record");
    }
    required("addressLine1", addressLine1, "Enter the first line of the PA's address");
    required(
        "addressLine2",
        addressLine2,
        "Enter the second line of the PA's address, such as the town: HMRC needs two lines");
    if (!AddressService.isPostcode(postcode)) {
      FormErrors.add(FIELD + "postcode", "Enter a real postcode for the PA, like IG11 7QX");
    }
    if (!blank(taxCode)) {
      field("taxCode", () -> TaxCode.parse(taxCode.strip().toUpperCase(Locale.ROOT)));
    }
    FormInput.Read<BigDecimal> rate =
        FormInput.pounds(hourlyRate, "the PA's basic hourly rate", null);
    if (!rate.ok()) {
      FormErrors.add(FIELD + "hourlyRate", rate.error());
    }
    BigDecimal hours = null;
    if (!blank(usualWeeklyHours)) {
      String h = usualWeeklyHours.strip();
      if (h.matches("\\d{1,3}(\\.\\d{1,2})?")
          && new BigDecimal(h).compareTo(BigDecimal.valueOf(168)) <= 0) {
        hours = new BigDecimal(h);
      } else {
        FormErrors.add(
            FIELD + "usualWeeklyHours",
            "Enter the usual weekly hours as a number up to 168, like 20");
      }
    }
    PayrollForms.checkBankDetails(
        FIELD, sortCode, accountNumber, "the PA's account", "the PA's account number");
    required("accountName", accountName, "Enter the name on the PA's bank account");
    LocalDate rightToWork =
        date(
            "rightToWorkChecked",
            rightToWorkCheckedDay,
            rightToWorkCheckedMonth,
            rightToWorkCheckedYear,
            "the date the right to work was checked",
            false);
    LocalDate dbs =
        date(
            "dbsChecked",
            dbsCheckedDay,
            dbsCheckedMonth,
            dbsCheckedYear,
            "the date of the DBS check",
            false);
    return new Checked(start, born, rate.value(), hours, rightToWork, dbs);
  }

  private static void required(String id, String typed, String message) {
    if (blank(typed)) {
      FormErrors.add(FIELD + id, message);
    }
  }

  /** A date input's three boxes; an optional one left empty is null. */
  private static LocalDate date(
      String id, String day, String month, String year, String what, boolean required) {
    if (!required && blank(day) && blank(month) && blank(year)) {
      return null;
    }
    FormInput.Read<LocalDate> read = FormInput.date(day, month, year, what);
    if (!read.ok()) {
      FormErrors.add(FIELD + id + ":day", read.error());
    }
    return read.value();
  }

  /** The value the domain reads from a field, or null with the domain's message at the field. */
  private static <T> T field(String id, java.util.function.Supplier<T> read) {
    return FormErrors.read(FIELD + id, read);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  // ---- the dates, each as the GOV.UK date input's three boxes
  private String startDateDay;
  private String startDateMonth;
  private String startDateYear;
  private String dateOfBirthDay;
  private String dateOfBirthMonth;
  private String dateOfBirthYear;
  private String rightToWorkCheckedDay;
  private String rightToWorkCheckedMonth;
  private String rightToWorkCheckedYear;
  private String dbsCheckedDay;
  private String dbsCheckedMonth;
  private String dbsCheckedYear;

  public String getStartDateDay() {
    return startDateDay;
  }

  public void setStartDateDay(String v) {
    startDateDay = v;
  }

  public String getStartDateMonth() {
    return startDateMonth;
  }

  public void setStartDateMonth(String v) {
    startDateMonth = v;
  }

  public String getStartDateYear() {
    return startDateYear;
  }

  public void setStartDateYear(String v) {
    startDateYear = v;
  }

  public String getDateOfBirthDay() {
    return dateOfBirthDay;
  }

  public void setDateOfBirthDay(String v) {
    dateOfBirthDay = v;
  }

  public String getDateOfBirthMonth() {
    return dateOfBirthMonth;
  }

  public void setDateOfBirthMonth(String v) {
    dateOfBirthMonth = v;
  }

  public String getDateOfBirthYear() {
    return dateOfBirthYear;
  }

  public void setDateOfBirthYear(String v) {
    dateOfBirthYear = v;
  }

  public String getRightToWorkCheckedDay() {
    return rightToWorkCheckedDay;
  }

  public void setRightToWorkCheckedDay(String v) {
    rightToWorkCheckedDay = v;
  }

  public String getRightToWorkCheckedMonth() {
    return rightToWorkCheckedMonth;
  }

  public void setRightToWorkCheckedMonth(String v) {
    rightToWorkCheckedMonth = v;
  }

  public String getRightToWorkCheckedYear() {
    return rightToWorkCheckedYear;
  }

  public void setRightToWorkCheckedYear(String v) {
    rightToWorkCheckedYear = v;
  }

  public String getDbsCheckedDay() {
    return dbsCheckedDay;
  }

  public void setDbsCheckedDay(String v) {
    dbsCheckedDay = v;
  }

  public String getDbsCheckedMonth() {
    return dbsCheckedMonth;
  }

  public void setDbsCheckedMonth(String v) {
    dbsCheckedMonth = v;
  }

  public String getDbsCheckedYear() {
    return dbsCheckedYear;
  }

  public void setDbsCheckedYear(String v) {
    dbsCheckedYear = v;
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
}
