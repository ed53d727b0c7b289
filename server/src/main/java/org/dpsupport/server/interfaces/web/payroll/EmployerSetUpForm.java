package org.dpsupport.server.interfaces.web.payroll;

import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.amount;
import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.blankToNull;
import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.date;
import static org.dpsupport.server.interfaces.web.payroll.PayrollForms.error;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.dpsupport.server.application.payroll.EmployerService;
import org.dpsupport.server.application.payroll.PayrollProblem;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
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
  private String insuranceExpires;
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
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    } catch (PayrollProblem e) {
      faces
          .getExternalContext()
          .responseSendError(e.kind() == PayrollProblem.Kind.CONFLICT ? 409 : 404, e.getMessage());
      faces.responseComplete();
    }
  }

  public String submit() {
    if (accountId == null) {
      return error("Open this form from a client awaiting set-up on the payroll page.");
    }
    if (employerName == null || employerName.isBlank()) {
      return error("Enter the employer's name: the budget holder, as HMRC knows them.");
    }
    try {
      var employer =
          employers.setUpEmployer(
              current.viewer(),
              new EmployerService.EmployerSetup(
                  accountId,
                  employerName,
                  payeReference,
                  accountsOfficeReference,
                  careAndSupport,
                  payFrequency,
                  payDay(),
                  sortCode,
                  accountNumber,
                  amount(feePerPayslip, "agency fee per payslip"),
                  amount(monthlyBudget, "monthly budget"),
                  blankToNull(insurer),
                  blankToNull(insurancePolicy),
                  date(insuranceExpires, "insurance expiry date"),
                  blankToNull(actingForName),
                  new org.dpsupport.server.application.payroll.AddressService.Address(
                      addressLine1, addressLine2, addressTown, addressCounty, addressPostcode)));
      // the account id, not the flash scope: the banner must survive the redirect whatever the
      // client
      return "/agency/payroll.xhtml?faces-redirect=true&setUp=" + employer.getAccountId();
    } catch (PayrollProblem | RecordAccessDeniedException | IllegalArgumentException e) {
      return error(e.getMessage());
    }
  }

  private int payDay() {
    try {
      return Integer.parseInt(payDay == null ? "" : payDay.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "Enter the pay day as a day of the month from 1 to 31, like 28.");
    }
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

  public String getInsuranceExpires() {
    return insuranceExpires;
  }

  public void setInsuranceExpires(String v) {
    insuranceExpires = v;
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
