package org.dpsupport.server.interfaces.web.payroll;

import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.blankToNull;
import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.error;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.dpsupport.payroll.domain.model.employer.AccountsOfficeReference;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.server.application.payroll.AddressService;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.FormInput;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * Employer set-up as a page form: agency staff put a client awaiting set-up on the payroll without
 * the REST API. Only translates text fields into the same {@link EmployerService.EmployerSetup} the
 * API takes; every rule and the per-record check stay in {@link EmployerService#setUpEmployer}.
 */
@Named("employerSetUpForm")
@RequestScoped
public class EmployerSetUpForm {

  @Inject CurrentViewer current;

  @Inject EmployerService employers;

  private Long accountId;
  private DirectPaymentAccountEntity account;
  private String employerName;
  private String payeReference;
  private String accountsOfficeReference;
  private boolean careAndSupport = true;
  private String payFrequency = "Monthly";
  private String payDay;
  private String sortCode;
  private String accountNumber;
  private String feePerPayslip;
  private String monthlyBudget;
  private String insurer;
  private String insurancePolicy;
  private String actingForName;

  /** The account comes from the link in the clients awaiting set-up (then from a hidden field). */
  @PostConstruct
  void fromLink() {
    accountId = PayrollForms.idParam("account");
  }

  /**
   * Before the form first shows: another agency's client is refused with the 403 page, a wrong one
   * with 404.
   */
  public void load() throws IOException {
    // Hold on to the context: the error page is a Faces request of its own, and ends it.
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (accountId == null) {
        throw new PayrollProblem(
            PayrollProblem.Kind.NOT_FOUND, "Choose a client awaiting set-up on the payroll page.");
      }
      account = employers.accountToSetUp(current.viewer(), accountId);
      employerName = account.getRecipientName();
    } catch (RecordAccessDeniedException e) {
      PageRefusal.send(faces, 403, e.getMessage());
    } catch (PayrollProblem e) {
      PageRefusal.send(faces, e.kind() == PayrollProblem.Kind.CONFLICT ? 409 : 404, e.getMessage());
    }
  }

  /** The pay frequencies the form offers: value and words. */
  public List<String[]> getFrequencies() {
    return List.of(
        new String[] {"Weekly", "Weekly"},
        new String[] {"Fortnightly", "Fortnightly"},
        new String[] {"FourWeekly", "Every four weeks"},
        new String[] {"Monthly", "Monthly"});
  }

  public String submit() {
    String chosen =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterMap()
            .get("employer:payFrequency");
    if (chosen != null && getFrequencies().stream().anyMatch(f -> f[0].equals(chosen))) {
      payFrequency = chosen;
    }
    if (accountId == null) {
      return error("Open this form from a client awaiting set-up on the payroll page.");
    }
    Checked c = check();
    if (FormErrors.any()) {
      return null; // every error at once, at its field and in the summary; what was typed stays
    }
    try {
      var employer =
          employers.setUpEmployer(
              current.viewer(),
              new EmployerService.EmployerSetup(
                  accountId,
                  employerName.strip(),
                  payeReference,
                  accountsOfficeReference,
                  careAndSupport,
                  payFrequency,
                  c.payDay(),
                  sortCode,
                  accountNumber,
                  c.fee(),
                  c.budget(),
                  insurer.strip(),
                  insurancePolicy.strip(),
                  c.insuranceExpires(),
                  blankToNull(actingForName),
                  new AddressService.Address(
                      addressLine1, addressLine2, addressTown, addressCounty, addressPostcode)));
      // the account id, not the flash scope: the banner must survive the redirect whatever the
      // client
      return "/agency/payroll.xhtml?faces-redirect=true&setUp=" + employer.getAccountId();
    } catch (PayrollProblem | RecordAccessDeniedException | IllegalArgumentException e) {
      return error(e.getMessage());
    }
  }

  /** What the checks read, for the service. */
  private record Checked(
      int payDay, BigDecimal budget, BigDecimal fee, LocalDate insuranceExpires) {}

  /** The form's client id prefix. */
  private static final String FIELD = "employer:";

  /**
   * Checks every field on its own, with the rules the service applies (the domain's value types),
   * and adds each error to its field, so one submit names every mistake.
   */
  private Checked check() {
    if (blank(employerName)) {
      FormErrors.add(FIELD + "employerName", "Enter the employer's name, as HMRC knows them");
    }
    checkAddress();
    if (blank(payeReference)) {
      FormErrors.add(
          FIELD + "payeReference", "Enter the employer PAYE reference, like 123/AB45678");
    } else {
      field("payeReference", () -> EmployerDetails.payeReference(payeReference));
    }
    if (blank(accountsOfficeReference)) {
      FormErrors.add(
          FIELD + "accountsOfficeReference",
          "Enter the Accounts Office reference, like 123PW12345678");
    } else {
      field(
          "accountsOfficeReference",
          () ->
              AccountsOfficeReference.parse(
                  accountsOfficeReference.replace(" ", "").toUpperCase(Locale.ROOT)));
    }
    int day = 0;
    String typedDay = payDay == null ? "" : payDay.strip();
    if (typedDay.matches("\\d{1,2}")
        && Integer.parseInt(typedDay) >= 1
        && Integer.parseInt(typedDay) <= 31) {
      day = Integer.parseInt(typedDay);
    } else {
      FormErrors.add(
          FIELD + "payDay", "Enter the pay day as a day of the month from 1 to 31, like 28");
    }
    PayrollForms.checkBankDetails(
        FIELD, sortCode, accountNumber, "the account", "the account number");
    FormInput.Read<BigDecimal> budget =
        FormInput.pounds(monthlyBudget, "the monthly budget the council pays in", null);
    if (!budget.ok()) {
      FormErrors.add(FIELD + "monthlyBudget", budget.error());
    }
    FormInput.Read<BigDecimal> fee =
        FormInput.pounds(feePerPayslip, "the agency fee per payslip", BigDecimal.ZERO);
    if (!fee.ok()) {
      FormErrors.add(FIELD + "feePerPayslip", fee.error());
    }
    if (blank(insurer)) {
      FormErrors.add(FIELD + "insurer", "Enter the employer's liability insurer");
    }
    if (blank(insurancePolicy)) {
      FormErrors.add(FIELD + "insurancePolicy", "Enter the insurance policy number");
    }
    FormInput.Read<LocalDate> expires =
        FormInput.date(
            insuranceDay, insuranceMonth, insuranceYear, "the date the insurance expires");
    if (!expires.ok()) {
      FormErrors.add(FIELD + "insuranceExpires:day", expires.error());
    }
    return new Checked(day, budget.value(), fee.value(), expires.value());
  }

  /** The address is optional as a whole; once started, its first line, town and postcode count. */
  private void checkAddress() {
    if (blank(addressLine1)
        && blank(addressLine2)
        && blank(addressTown)
        && blank(addressCounty)
        && blank(addressPostcode)) {
      return;
    }
    if (blank(addressLine1)) {
      FormErrors.add(
          FIELD + "addressLine1",
          "Enter the first line of the employer's address, like 12 Elm Road");
    }
    if (blank(addressTown)) {
      FormErrors.add(FIELD + "addressTown", "Enter the town or city of the employer's address");
    }
    if (!AddressService.isPostcode(addressPostcode)) {
      FormErrors.add(
          FIELD + "addressPostcode",
          "Enter a real postcode for the employer's address, like RM10 8AB");
    }
  }

  /** The value the domain reads from a field, or null with the domain's message at the field. */
  private static <T> T field(String id, java.util.function.Supplier<T> read) {
    return FormErrors.read(FIELD + id, read);
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }

  /** The account's reference and name for the heading, once {@link #load} or a post has read it. */
  public String getClient() {
    if (account == null && accountId != null) {
      try {
        account = employers.accountToSetUp(current.viewer(), accountId);
      } catch (PayrollProblem | RecordAccessDeniedException e) {
        return "";
      }
    }
    return account == null ? "" : account.getReference() + ", " + account.getRecipientName();
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long v) {
    accountId = v;
  }

  public String getEmployerName() {
    return employerName;
  }

  public void setEmployerName(String v) {
    employerName = v;
  }

  public String getPayeReference() {
    return payeReference;
  }

  public void setPayeReference(String v) {
    payeReference = v;
  }

  public String getAccountsOfficeReference() {
    return accountsOfficeReference;
  }

  public void setAccountsOfficeReference(String v) {
    accountsOfficeReference = v;
  }

  public boolean isCareAndSupport() {
    return careAndSupport;
  }

  public void setCareAndSupport(boolean v) {
    careAndSupport = v;
  }

  public String getPayFrequency() {
    return payFrequency;
  }

  public void setPayFrequency(String v) {
    payFrequency = v;
  }

  public String getPayDay() {
    return payDay;
  }

  public void setPayDay(String v) {
    payDay = v;
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

  public String getFeePerPayslip() {
    return feePerPayslip;
  }

  public void setFeePerPayslip(String v) {
    feePerPayslip = v;
  }

  public String getMonthlyBudget() {
    return monthlyBudget;
  }

  public void setMonthlyBudget(String v) {
    monthlyBudget = v;
  }

  public String getInsurer() {
    return insurer;
  }

  public void setInsurer(String v) {
    insurer = v;
  }

  public String getInsurancePolicy() {
    return insurancePolicy;
  }

  public void setInsurancePolicy(String v) {
    insurancePolicy = v;
  }

  // ---- the insurance expiry date, as the GOV.UK date input's three boxes
  private String insuranceDay;
  private String insuranceMonth;
  private String insuranceYear;

  public String getInsuranceDay() {
    return insuranceDay;
  }

  public void setInsuranceDay(String v) {
    insuranceDay = v;
  }

  public String getInsuranceMonth() {
    return insuranceMonth;
  }

  public void setInsuranceMonth(String v) {
    insuranceMonth = v;
  }

  public String getInsuranceYear() {
    return insuranceYear;
  }

  public void setInsuranceYear(String v) {
    insuranceYear = v;
  }

  public String getActingForName() {
    return actingForName;
  }

  public void setActingForName(String v) {
    actingForName = v;
  }

  // ---- the employer's address (GOV.UK address pattern), printed on P60s, P45s and invoices
  private String addressLine1;
  private String addressLine2;
  private String addressTown;
  private String addressCounty;
  private String addressPostcode;

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

  public String getAddressTown() {
    return addressTown;
  }

  public void setAddressTown(String v) {
    addressTown = v;
  }

  public String getAddressCounty() {
    return addressCounty;
  }

  public void setAddressCounty(String v) {
    addressCounty = v;
  }

  public String getAddressPostcode() {
    return addressPostcode;
  }

  public void setAddressPostcode(String v) {
    addressPostcode = v;
  }
}
