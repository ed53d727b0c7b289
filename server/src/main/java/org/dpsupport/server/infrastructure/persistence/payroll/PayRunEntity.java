package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.payrun.PayRunStatus;

/** One employer's pay run for one period, its totals and its files. */
@Entity
@Table(name = "pay_run")
public class PayRunEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "payment_date")
  private LocalDate paymentDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private PayRunStatus status;

  @Column(name = "bureau_run_id")
  private Long bureauRunId;

  @Column(name = "payslips")
  private int payslips;

  @Column(name = "gross_pay")
  private Money grossPay;

  @Column(name = "net_pay")
  private Money netPay;

  @Column(name = "income_tax")
  private Money incomeTax;

  @Column(name = "employee_ni")
  private Money employeeNi;

  @Column(name = "employer_ni")
  private Money employerNi;

  @Column(name = "employment_allowance")
  private Money employmentAllowance;

  @Column(name = "student_loans")
  private Money studentLoans;

  @Column(name = "pension_employee")
  private Money pensionEmployee;

  @Column(name = "pension_employer")
  private Money pensionEmployer;

  @Column(name = "agency_fee")
  private Money agencyFee;

  /** VAT on the agency's fee (none if the agency is not VAT-registered); in the total cost. */
  @Column(name = "agency_fee_vat")
  private Money agencyFeeVat = Money.ZERO;

  @Column(name = "total_cost")
  private Money totalCost;

  @Column(name = "budget_before")
  private Money budgetBefore;

  @Column(name = "hmrc_due_date")
  private LocalDate hmrcDueDate;

  @Column(name = "hmrc_paid_on")
  private LocalDate hmrcPaidOn;

  @Column(name = "pension_paid_on")
  private LocalDate pensionPaidOn;

  @Column(name = "hmrc_payment_reference")
  private String hmrcPaymentReference;

  @Column(name = "hmrc_recorded_by")
  private String hmrcRecordedBy;

  @Column(name = "hmrc_recorded_at")
  private OffsetDateTime hmrcRecordedAt;

  @Column(name = "pension_payment_reference")
  private String pensionPaymentReference;

  @Column(name = "pension_recorded_by")
  private String pensionRecordedBy;

  @Column(name = "pension_recorded_at")
  private OffsetDateTime pensionRecordedAt;

  @Column(name = "nmw_findings")
  private int nmwFindings;

  @Column(name = "calculated_at")
  private OffsetDateTime calculatedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "finalised_at")
  private OffsetDateTime finalisedAt;

  @Column(name = "fps_xml")
  private String fpsXml;

  @Column(name = "bacs_file")
  private String bacsFile;

  @Column(name = "pension_csv")
  private String pensionCsv;

  public PayRunEntity() {}

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public LocalDate getPaymentDate() {
    return paymentDate;
  }

  public void setPaymentDate(LocalDate paymentDate) {
    this.paymentDate = paymentDate;
  }

  public PayRunStatus getStatus() {
    return status;
  }

  public void setStatus(PayRunStatus status) {
    this.status = status;
  }

  public Long getBureauRunId() {
    return bureauRunId;
  }

  public void setBureauRunId(Long bureauRunId) {
    this.bureauRunId = bureauRunId;
  }

  public int getPayslips() {
    return payslips;
  }

  public void setPayslips(int payslips) {
    this.payslips = payslips;
  }

  public Money getGrossPay() {
    return grossPay;
  }

  public void setGrossPay(Money grossPay) {
    this.grossPay = grossPay;
  }

  public Money getNetPay() {
    return netPay;
  }

  public void setNetPay(Money netPay) {
    this.netPay = netPay;
  }

  public Money getIncomeTax() {
    return incomeTax;
  }

  public void setIncomeTax(Money incomeTax) {
    this.incomeTax = incomeTax;
  }

  public Money getEmployeeNi() {
    return employeeNi;
  }

  public void setEmployeeNi(Money employeeNi) {
    this.employeeNi = employeeNi;
  }

  public Money getEmployerNi() {
    return employerNi;
  }

  public void setEmployerNi(Money employerNi) {
    this.employerNi = employerNi;
  }

  public Money getEmploymentAllowance() {
    return employmentAllowance;
  }

  public void setEmploymentAllowance(Money employmentAllowance) {
    this.employmentAllowance = employmentAllowance;
  }

  public Money getStudentLoans() {
    return studentLoans;
  }

  public void setStudentLoans(Money studentLoans) {
    this.studentLoans = studentLoans;
  }

  public Money getPensionEmployee() {
    return pensionEmployee;
  }

  public void setPensionEmployee(Money pensionEmployee) {
    this.pensionEmployee = pensionEmployee;
  }

  public Money getPensionEmployer() {
    return pensionEmployer;
  }

  public void setPensionEmployer(Money pensionEmployer) {
    this.pensionEmployer = pensionEmployer;
  }

  public Money getAgencyFee() {
    return agencyFee;
  }

  public void setAgencyFee(Money agencyFee) {
    this.agencyFee = agencyFee;
  }

  public Money getAgencyFeeVat() {
    return agencyFeeVat;
  }

  public void setAgencyFeeVat(Money agencyFeeVat) {
    this.agencyFeeVat = agencyFeeVat;
  }

  public Money getTotalCost() {
    return totalCost;
  }

  public void setTotalCost(Money totalCost) {
    this.totalCost = totalCost;
  }

  public Money getBudgetBefore() {
    return budgetBefore;
  }

  public void setBudgetBefore(Money budgetBefore) {
    this.budgetBefore = budgetBefore;
  }

  public LocalDate getHmrcDueDate() {
    return hmrcDueDate;
  }

  public void setHmrcDueDate(LocalDate hmrcDueDate) {
    this.hmrcDueDate = hmrcDueDate;
  }

  public LocalDate getHmrcPaidOn() {
    return hmrcPaidOn;
  }

  public void setHmrcPaidOn(LocalDate hmrcPaidOn) {
    this.hmrcPaidOn = hmrcPaidOn;
  }

  public LocalDate getPensionPaidOn() {
    return pensionPaidOn;
  }

  public void setPensionPaidOn(LocalDate pensionPaidOn) {
    this.pensionPaidOn = pensionPaidOn;
  }

  public String getHmrcPaymentReference() {
    return hmrcPaymentReference;
  }

  public void setHmrcPaymentReference(String hmrcPaymentReference) {
    this.hmrcPaymentReference = hmrcPaymentReference;
  }

  public String getHmrcRecordedBy() {
    return hmrcRecordedBy;
  }

  public void setHmrcRecordedBy(String hmrcRecordedBy) {
    this.hmrcRecordedBy = hmrcRecordedBy;
  }

  public OffsetDateTime getHmrcRecordedAt() {
    return hmrcRecordedAt;
  }

  public void setHmrcRecordedAt(OffsetDateTime hmrcRecordedAt) {
    this.hmrcRecordedAt = hmrcRecordedAt;
  }

  public String getPensionPaymentReference() {
    return pensionPaymentReference;
  }

  public void setPensionPaymentReference(String pensionPaymentReference) {
    this.pensionPaymentReference = pensionPaymentReference;
  }

  public String getPensionRecordedBy() {
    return pensionRecordedBy;
  }

  public void setPensionRecordedBy(String pensionRecordedBy) {
    this.pensionRecordedBy = pensionRecordedBy;
  }

  public OffsetDateTime getPensionRecordedAt() {
    return pensionRecordedAt;
  }

  public void setPensionRecordedAt(OffsetDateTime pensionRecordedAt) {
    this.pensionRecordedAt = pensionRecordedAt;
  }

  public int getNmwFindings() {
    return nmwFindings;
  }

  public void setNmwFindings(int nmwFindings) {
    this.nmwFindings = nmwFindings;
  }

  public OffsetDateTime getCalculatedAt() {
    return calculatedAt;
  }

  public void setCalculatedAt(OffsetDateTime calculatedAt) {
    this.calculatedAt = calculatedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String approvedBy) {
    this.approvedBy = approvedBy;
  }

  public OffsetDateTime getApprovedAt() {
    return approvedAt;
  }

  public void setApprovedAt(OffsetDateTime approvedAt) {
    this.approvedAt = approvedAt;
  }

  public OffsetDateTime getFinalisedAt() {
    return finalisedAt;
  }

  public void setFinalisedAt(OffsetDateTime finalisedAt) {
    this.finalisedAt = finalisedAt;
  }

  public String getFpsXml() {
    return fpsXml;
  }

  public void setFpsXml(String fpsXml) {
    this.fpsXml = fpsXml;
  }

  public String getBacsFile() {
    return bacsFile;
  }

  public void setBacsFile(String bacsFile) {
    this.bacsFile = bacsFile;
  }

  public String getPensionCsv() {
    return pensionCsv;
  }

  public void setPensionCsv(String pensionCsv) {
    this.pensionCsv = pensionCsv;
  }

  /**
   * Whether the run's payslips are made as DRAFTs first (a run calculated for review); false for a
   * bureau pay day, finalised in the same transaction. Not stored.
   */
  @jakarta.persistence.Transient private boolean draftPayslips = true;

  public boolean isDraftPayslips() {
    return draftPayslips;
  }

  public void setDraftPayslips(boolean draftPayslips) {
    this.draftPayslips = draftPayslips;
  }
}
