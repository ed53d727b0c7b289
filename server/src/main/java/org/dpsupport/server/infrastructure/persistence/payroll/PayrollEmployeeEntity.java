package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dpsupport.kernel.Money;

/** A PA's payroll record, keyed 1:1 on their pa_employment row. */
@Entity
@Table(name = "payroll_employee")
public class PayrollEmployeeEntity {
  @Id
  @Column(name = "pa_employment_id")
  private Long employmentId;

  @Column(name = "pay_id")
  private String payId;

  @Column(name = "forename")
  private String forename;

  @Column(name = "surname")
  private String surname;

  /** The pay run whose FPS reported the leaving date (reported once only). */
  @Column(name = "leaving_reported_run_id")
  private Long leavingReportedRunId;

  @Column(name = "ni_number")
  private String niNumber;

  @Column(name = "date_of_birth")
  private LocalDate dateOfBirth;

  @Column(name = "gender")
  private String gender;

  @Column(name = "address_line1")
  private String addressLine1;

  @Column(name = "address_line2")
  private String addressLine2;

  @Column(name = "postcode")
  private String postcode;

  @Column(name = "tax_code")
  private String taxCode;

  @Column(name = "week1_month1")
  private boolean week1Month1;

  @Column(name = "ni_category")
  private String niCategory;

  @Column(name = "student_loan_plans")
  private String studentLoanPlans;

  @Column(name = "starter_declaration")
  private String starterDeclaration;

  @Column(name = "pension_relief")
  private String pensionRelief;

  @Column(name = "pension_employee_pct")
  private BigDecimal pensionEmployeePct;

  @Column(name = "pension_employer_pct")
  private BigDecimal pensionEmployerPct;

  @Column(name = "pension_enrolled_on")
  private LocalDate pensionEnrolledOn;

  @Column(name = "pension_opted_out_on")
  private LocalDate pensionOptedOutOn;

  @Column(name = "hourly_rate")
  private BigDecimal hourlyRate;

  @Column(name = "night_rate")
  private BigDecimal nightRate;

  @Column(name = "weekend_rate")
  private BigDecimal weekendRate;

  @Column(name = "bank_holiday_rate")
  private BigDecimal bankHolidayRate;

  @Column(name = "sleep_in_allowance")
  private Money sleepInAllowance;

  @Column(name = "usual_weekly_hours")
  private BigDecimal usualWeeklyHours;

  @Column(name = "sort_code")
  private String sortCode;

  @Column(name = "account_number")
  private String accountNumber;

  @Column(name = "account_name")
  private String accountName;

  @Column(name = "right_to_work_checked")
  private LocalDate rightToWorkChecked;

  @Column(name = "dbs_checked")
  private LocalDate dbsChecked;

  @Column(name = "holiday_balance_hours")
  private BigDecimal holidayBalanceHours;

  @Column(name = "irregular_hours")
  private boolean irregularHours = true;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "not_paid_reason")
  private String notPaidReason;

  /** The employer chose rolled-up holiday pay for this irregular-hours or part-year PA. */
  @Column(name = "rolled_up_holiday_pay")
  private boolean rolledUpHolidayPay;

  /** The day the PA's P45 was first issued; later payments are payments after leaving. */
  @Column(name = "p45_issued_on")
  private LocalDate p45IssuedOn;

  public boolean isRolledUpHolidayPay() {
    return rolledUpHolidayPay;
  }

  public void setRolledUpHolidayPay(boolean v) {
    rolledUpHolidayPay = v;
  }

  public LocalDate getP45IssuedOn() {
    return p45IssuedOn;
  }

  public void setP45IssuedOn(LocalDate v) {
    p45IssuedOn = v;
  }

  @Column(name = "not_paid_since")
  private LocalDate notPaidSince;

  /** Why the PA is not being paid at present (the FPS's irregular payment indicator), or null. */
  public String getNotPaidReason() {
    return notPaidReason;
  }

  public void setNotPaidReason(String notPaidReason) {
    this.notPaidReason = notPaidReason;
  }

  public LocalDate getNotPaidSince() {
    return notPaidSince;
  }

  public void setNotPaidSince(LocalDate notPaidSince) {
    this.notPaidSince = notPaidSince;
  }

  public PayrollEmployeeEntity() {}

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long employmentId) {
    this.employmentId = employmentId;
  }

  public String getPayId() {
    return payId;
  }

  public void setPayId(String payId) {
    this.payId = payId;
  }

  public String getForename() {
    return forename;
  }

  public void setForename(String forename) {
    this.forename = forename;
  }

  public String getSurname() {
    return surname;
  }

  public void setSurname(String surname) {
    this.surname = surname;
  }

  public Long getLeavingReportedRunId() {
    return leavingReportedRunId;
  }

  public void setLeavingReportedRunId(Long leavingReportedRunId) {
    this.leavingReportedRunId = leavingReportedRunId;
  }

  public String getNiNumber() {
    return niNumber;
  }

  public void setNiNumber(String niNumber) {
    this.niNumber = niNumber;
  }

  public LocalDate getDateOfBirth() {
    return dateOfBirth;
  }

  public void setDateOfBirth(LocalDate dateOfBirth) {
    this.dateOfBirth = dateOfBirth;
  }

  public String getGender() {
    return gender;
  }

  public void setGender(String gender) {
    this.gender = gender;
  }

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

  public String getPostcode() {
    return postcode;
  }

  public void setPostcode(String postcode) {
    this.postcode = postcode;
  }

  public String getTaxCode() {
    return taxCode;
  }

  public void setTaxCode(String taxCode) {
    this.taxCode = taxCode;
  }

  public boolean isWeek1Month1() {
    return week1Month1;
  }

  public void setWeek1Month1(boolean week1Month1) {
    this.week1Month1 = week1Month1;
  }

  public String getNiCategory() {
    return niCategory;
  }

  public void setNiCategory(String niCategory) {
    this.niCategory = niCategory;
  }

  public String getStudentLoanPlans() {
    return studentLoanPlans;
  }

  public void setStudentLoanPlans(String studentLoanPlans) {
    this.studentLoanPlans = studentLoanPlans;
  }

  public String getStarterDeclaration() {
    return starterDeclaration;
  }

  public void setStarterDeclaration(String starterDeclaration) {
    this.starterDeclaration = starterDeclaration;
  }

  public String getPensionRelief() {
    return pensionRelief;
  }

  public void setPensionRelief(String pensionRelief) {
    this.pensionRelief = pensionRelief;
  }

  public BigDecimal getPensionEmployeePct() {
    return pensionEmployeePct;
  }

  public void setPensionEmployeePct(BigDecimal pensionEmployeePct) {
    this.pensionEmployeePct = pensionEmployeePct;
  }

  public BigDecimal getPensionEmployerPct() {
    return pensionEmployerPct;
  }

  public void setPensionEmployerPct(BigDecimal pensionEmployerPct) {
    this.pensionEmployerPct = pensionEmployerPct;
  }

  public LocalDate getPensionEnrolledOn() {
    return pensionEnrolledOn;
  }

  public void setPensionEnrolledOn(LocalDate pensionEnrolledOn) {
    this.pensionEnrolledOn = pensionEnrolledOn;
  }

  public LocalDate getPensionOptedOutOn() {
    return pensionOptedOutOn;
  }

  public void setPensionOptedOutOn(LocalDate pensionOptedOutOn) {
    this.pensionOptedOutOn = pensionOptedOutOn;
  }

  public BigDecimal getHourlyRate() {
    return hourlyRate;
  }

  public void setHourlyRate(BigDecimal hourlyRate) {
    this.hourlyRate = hourlyRate;
  }

  public BigDecimal getNightRate() {
    return nightRate;
  }

  public void setNightRate(BigDecimal nightRate) {
    this.nightRate = nightRate;
  }

  public BigDecimal getWeekendRate() {
    return weekendRate;
  }

  public void setWeekendRate(BigDecimal weekendRate) {
    this.weekendRate = weekendRate;
  }

  public BigDecimal getBankHolidayRate() {
    return bankHolidayRate;
  }

  public void setBankHolidayRate(BigDecimal bankHolidayRate) {
    this.bankHolidayRate = bankHolidayRate;
  }

  public Money getSleepInAllowance() {
    return sleepInAllowance;
  }

  public void setSleepInAllowance(Money sleepInAllowance) {
    this.sleepInAllowance = sleepInAllowance;
  }

  public BigDecimal getUsualWeeklyHours() {
    return usualWeeklyHours;
  }

  public void setUsualWeeklyHours(BigDecimal usualWeeklyHours) {
    this.usualWeeklyHours = usualWeeklyHours;
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

  public String getAccountName() {
    return accountName;
  }

  public void setAccountName(String accountName) {
    this.accountName = accountName;
  }

  public LocalDate getRightToWorkChecked() {
    return rightToWorkChecked;
  }

  public void setRightToWorkChecked(LocalDate rightToWorkChecked) {
    this.rightToWorkChecked = rightToWorkChecked;
  }

  public LocalDate getDbsChecked() {
    return dbsChecked;
  }

  public void setDbsChecked(LocalDate dbsChecked) {
    this.dbsChecked = dbsChecked;
  }

  public BigDecimal getHolidayBalanceHours() {
    return holidayBalanceHours;
  }

  public void setHolidayBalanceHours(BigDecimal holidayBalanceHours) {
    this.holidayBalanceHours = holidayBalanceHours;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public void setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
  }

  // ---- issue 14: addresses, VAT, earlier employment, SSP
  @Column(name = "previous_pay")
  private Money previousPay;

  @Column(name = "previous_tax")
  private Money previousTax;

  @Column(name = "previous_tax_year")
  private String previousTaxYear;

  /** The first pay day the previous figures count in the tax calculation; null: from the start. */
  @Column(name = "previous_from")
  private LocalDate previousFrom;

  public LocalDate getPreviousFrom() {
    return previousFrom;
  }

  public void setPreviousFrom(LocalDate previousFrom) {
    this.previousFrom = previousFrom;
  }

  public Money getPreviousPay() {
    return previousPay;
  }

  public void setPreviousPay(Money previousPay) {
    this.previousPay = previousPay;
  }

  public Money getPreviousTax() {
    return previousTax;
  }

  public void setPreviousTax(Money previousTax) {
    this.previousTax = previousTax;
  }

  public String getPreviousTaxYear() {
    return previousTaxYear;
  }

  public void setPreviousTaxYear(String previousTaxYear) {
    this.previousTaxYear = previousTaxYear;
  }

  /** Holiday accrues at 12.07% of hours worked; false: fixed hours, 5.6 weeks pro rata. */
  public boolean isIrregularHours() {
    return irregularHours;
  }

  public void setIrregularHours(boolean irregularHours) {
    this.irregularHours = irregularHours;
  }

  @Column(name = "pension_postponed_until")
  private LocalDate pensionPostponedUntil;

  public LocalDate getPensionPostponedUntil() {
    return pensionPostponedUntil;
  }

  public void setPensionPostponedUntil(LocalDate pensionPostponedUntil) {
    this.pensionPostponedUntil = pensionPostponedUntil;
  }

  @Column(name = "pension_postponement_notice_on")
  private LocalDate pensionPostponementNoticeOn;

  public LocalDate getPensionPostponementNoticeOn() {
    return pensionPostponementNoticeOn;
  }

  public void setPensionPostponementNoticeOn(LocalDate pensionPostponementNoticeOn) {
    this.pensionPostponementNoticeOn = pensionPostponementNoticeOn;
  }

  @Column(name = "pension_refund_due")
  private Money pensionRefundDue;

  public Money getPensionRefundDue() {
    return pensionRefundDue;
  }

  public void setPensionRefundDue(Money pensionRefundDue) {
    this.pensionRefundDue = pensionRefundDue;
  }

  @Column(name = "pension_refund_run_id")
  private Long pensionRefundRunId;

  public Long getPensionRefundRunId() {
    return pensionRefundRunId;
  }

  public void setPensionRefundRunId(Long pensionRefundRunId) {
    this.pensionRefundRunId = pensionRefundRunId;
  }
}
