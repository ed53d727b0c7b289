package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;

/**
 * A budget holder as employer: HMRC references, pay day, the account wages leave from, insurance.
 */
@Entity
@Table(name = "payroll_employer")
public class PayrollEmployerEntity {
  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "employer_name")
  private String employerName;

  @Column(name = "paye_reference")
  private String payeReference;

  @Column(name = "accounts_office_reference")
  private String accountsOfficeReference;

  @Column(name = "care_and_support")
  private boolean careAndSupport;

  @Enumerated(EnumType.STRING)
  @Column(name = "pay_frequency")
  private PayFrequency payFrequency;

  @Column(name = "pay_day")
  private int payDay;

  @Column(name = "sort_code")
  private String sortCode;

  @Column(name = "account_number")
  private String accountNumber;

  @Column(name = "fee_per_payslip")
  private Money feePerPayslip;

  @Column(name = "monthly_budget")
  private Money monthlyBudget;

  @Column(name = "hmrc_quarterly")
  private boolean hmrcQuarterly;

  @Column(name = "insurer")
  private String insurer;

  @Column(name = "insurance_policy")
  private String insurancePolicy;

  @Column(name = "insurance_expires")
  private LocalDate insuranceExpires;

  @Column(name = "acting_for_name")
  private String actingForName;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  public PayrollEmployerEntity() {}

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public String getEmployerName() {
    return employerName;
  }

  public void setEmployerName(String employerName) {
    this.employerName = employerName;
  }

  public String getPayeReference() {
    return payeReference;
  }

  public void setPayeReference(String payeReference) {
    this.payeReference = payeReference;
  }

  public String getAccountsOfficeReference() {
    return accountsOfficeReference;
  }

  public void setAccountsOfficeReference(String accountsOfficeReference) {
    this.accountsOfficeReference = accountsOfficeReference;
  }

  public boolean isCareAndSupport() {
    return careAndSupport;
  }

  public void setCareAndSupport(boolean careAndSupport) {
    this.careAndSupport = careAndSupport;
  }

  public PayFrequency getPayFrequency() {
    return payFrequency;
  }

  public void setPayFrequency(PayFrequency payFrequency) {
    this.payFrequency = payFrequency;
  }

  public int getPayDay() {
    return payDay;
  }

  public void setPayDay(int payDay) {
    this.payDay = payDay;
  }

  public String getSortCode() {
    return sortCode;
  }

  public void setSortCode(String sortCode) {
    this.sortCode = sortCode;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }

  public Money getFeePerPayslip() {
    return feePerPayslip;
  }

  public void setFeePerPayslip(Money feePerPayslip) {
    this.feePerPayslip = feePerPayslip;
  }

  public Money getMonthlyBudget() {
    return monthlyBudget;
  }

  public void setMonthlyBudget(Money monthlyBudget) {
    this.monthlyBudget = monthlyBudget;
  }

  public boolean isHmrcQuarterly() {
    return hmrcQuarterly;
  }

  public void setHmrcQuarterly(boolean hmrcQuarterly) {
    this.hmrcQuarterly = hmrcQuarterly;
  }

  public String getInsurer() {
    return insurer;
  }

  public void setInsurer(String insurer) {
    this.insurer = insurer;
  }

  public String getInsurancePolicy() {
    return insurancePolicy;
  }

  public void setInsurancePolicy(String insurancePolicy) {
    this.insurancePolicy = insurancePolicy;
  }

  public LocalDate getInsuranceExpires() {
    return insuranceExpires;
  }

  public void setInsuranceExpires(LocalDate insuranceExpires) {
    this.insuranceExpires = insuranceExpires;
  }

  public String getActingForName() {
    return actingForName;
  }

  public void setActingForName(String actingForName) {
    this.actingForName = actingForName;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  // ---- issue 14: addresses, VAT, earlier employment, SSP
  @Column(name = "address_line1")
  private String addressLine1;

  @Column(name = "address_line2")
  private String addressLine2;

  @Column(name = "address_town")
  private String addressTown;

  @Column(name = "address_county")
  private String addressCounty;

  @Column(name = "address_postcode")
  private String addressPostcode;

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getAddressTown() {
    return addressTown;
  }

  public void setAddressTown(String addressTown) {
    this.addressTown = addressTown;
  }

  public String getAddressCounty() {
    return addressCounty;
  }

  public void setAddressCounty(String addressCounty) {
    this.addressCounty = addressCounty;
  }

  public String getAddressPostcode() {
    return addressPostcode;
  }

  public void setAddressPostcode(String addressPostcode) {
    this.addressPostcode = addressPostcode;
  }

  @Column(name = "pension_declared_on")
  private java.time.LocalDate pensionDeclaredOn;

  public java.time.LocalDate getPensionDeclaredOn() {
    return pensionDeclaredOn;
  }

  public void setPensionDeclaredOn(java.time.LocalDate pensionDeclaredOn) {
    this.pensionDeclaredOn = pensionDeclaredOn;
  }

  @Column(name = "pension_declared_by")
  private String pensionDeclaredBy;

  public String getPensionDeclaredBy() {
    return pensionDeclaredBy;
  }

  public void setPensionDeclaredBy(String pensionDeclaredBy) {
    this.pensionDeclaredBy = pensionDeclaredBy;
  }

  @Column(name = "pension_declared_at")
  private java.time.OffsetDateTime pensionDeclaredAt;

  public java.time.OffsetDateTime getPensionDeclaredAt() {
    return pensionDeclaredAt;
  }

  public void setPensionDeclaredAt(java.time.OffsetDateTime pensionDeclaredAt) {
    this.pensionDeclaredAt = pensionDeclaredAt;
  }

  @Column(name = "re_enrolment_date")
  private java.time.LocalDate reEnrolmentDate;

  public java.time.LocalDate getReEnrolmentDate() {
    return reEnrolmentDate;
  }

  public void setReEnrolmentDate(java.time.LocalDate reEnrolmentDate) {
    this.reEnrolmentDate = reEnrolmentDate;
  }
}
