package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;

/** A PA's payslip in a pay run: the figures RTI and the PA need, and the PDF. */
@Entity
@Table(name = "payslip")
public class PayslipEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "pay_run_id")
  private Long payRunId;

  @Column(name = "pa_employment_id")
  private Long employmentId;

  @Column(name = "payment_date")
  private LocalDate paymentDate;

  @Column(name = "tax_year")
  private String taxYear;

  @Column(name = "gross_pay")
  private BigDecimal grossPay;

  @Column(name = "taxable_pay")
  private BigDecimal taxablePay;

  @Column(name = "net_pay")
  private BigDecimal netPay;

  @Column(name = "income_tax")
  private BigDecimal incomeTax;

  @Column(name = "employee_ni")
  private BigDecimal employeeNi;

  @Column(name = "employer_ni")
  private BigDecimal employerNi;

  @Column(name = "student_loans")
  private BigDecimal studentLoans;

  @Column(name = "postgraduate_loans")
  private BigDecimal postgraduateLoans;

  @Column(name = "pension_employee")
  private BigDecimal pensionEmployee;

  @Column(name = "pension_employer")
  private BigDecimal pensionEmployer;

  @Column(name = "pension_net_pay")
  private BigDecimal pensionNetPay;

  @Column(name = "earnings_for_ni")
  private BigDecimal earningsForNi;

  @Column(name = "at_lel")
  private BigDecimal atLel;

  @Column(name = "lel_to_pt")
  private BigDecimal lelToPt;

  @Column(name = "pt_to_uel")
  private BigDecimal ptToUel;

  @Column(name = "ytd_taxable_pay")
  private BigDecimal ytdTaxablePay;

  @Column(name = "ytd_tax")
  private BigDecimal ytdTax;

  @Column(name = "holiday_balance")
  private BigDecimal holidayBalance;

  @Column(name = "nmw_finding")
  private String nmwFinding;

  @Column(name = "pdf")
  private byte[] pdf;

  @Column(name = "final_pdf")
  private byte[] finalPdf;

  public PayslipEntity() {}

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getPayRunId() {
    return payRunId;
  }

  public void setPayRunId(Long payRunId) {
    this.payRunId = payRunId;
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long employmentId) {
    this.employmentId = employmentId;
  }

  public LocalDate getPaymentDate() {
    return paymentDate;
  }

  public void setPaymentDate(LocalDate paymentDate) {
    this.paymentDate = paymentDate;
  }

  public String getTaxYear() {
    return taxYear;
  }

  public void setTaxYear(String taxYear) {
    this.taxYear = taxYear;
  }

  public BigDecimal getGrossPay() {
    return grossPay;
  }

  public void setGrossPay(BigDecimal grossPay) {
    this.grossPay = grossPay;
  }

  public BigDecimal getTaxablePay() {
    return taxablePay;
  }

  public void setTaxablePay(BigDecimal taxablePay) {
    this.taxablePay = taxablePay;
  }

  public BigDecimal getNetPay() {
    return netPay;
  }

  public void setNetPay(BigDecimal netPay) {
    this.netPay = netPay;
  }

  public BigDecimal getIncomeTax() {
    return incomeTax;
  }

  public void setIncomeTax(BigDecimal incomeTax) {
    this.incomeTax = incomeTax;
  }

  public BigDecimal getEmployeeNi() {
    return employeeNi;
  }

  public void setEmployeeNi(BigDecimal employeeNi) {
    this.employeeNi = employeeNi;
  }

  public BigDecimal getEmployerNi() {
    return employerNi;
  }

  public void setEmployerNi(BigDecimal employerNi) {
    this.employerNi = employerNi;
  }

  public BigDecimal getStudentLoans() {
    return studentLoans;
  }

  public void setStudentLoans(BigDecimal studentLoans) {
    this.studentLoans = studentLoans;
  }

  public BigDecimal getPostgraduateLoans() {
    return postgraduateLoans;
  }

  public void setPostgraduateLoans(BigDecimal postgraduateLoans) {
    this.postgraduateLoans = postgraduateLoans;
  }

  public BigDecimal getPensionEmployee() {
    return pensionEmployee;
  }

  public void setPensionEmployee(BigDecimal pensionEmployee) {
    this.pensionEmployee = pensionEmployee;
  }

  public BigDecimal getPensionEmployer() {
    return pensionEmployer;
  }

  public void setPensionEmployer(BigDecimal pensionEmployer) {
    this.pensionEmployer = pensionEmployer;
  }

  public BigDecimal getPensionNetPay() {
    return pensionNetPay;
  }

  public void setPensionNetPay(BigDecimal pensionNetPay) {
    this.pensionNetPay = pensionNetPay;
  }

  public BigDecimal getEarningsForNi() {
    return earningsForNi;
  }

  public void setEarningsForNi(BigDecimal earningsForNi) {
    this.earningsForNi = earningsForNi;
  }

  public BigDecimal getAtLel() {
    return atLel;
  }

  public void setAtLel(BigDecimal atLel) {
    this.atLel = atLel;
  }

  public BigDecimal getLelToPt() {
    return lelToPt;
  }

  public void setLelToPt(BigDecimal lelToPt) {
    this.lelToPt = lelToPt;
  }

  public BigDecimal getPtToUel() {
    return ptToUel;
  }

  public void setPtToUel(BigDecimal ptToUel) {
    this.ptToUel = ptToUel;
  }

  public BigDecimal getYtdTaxablePay() {
    return ytdTaxablePay;
  }

  public void setYtdTaxablePay(BigDecimal ytdTaxablePay) {
    this.ytdTaxablePay = ytdTaxablePay;
  }

  public BigDecimal getYtdTax() {
    return ytdTax;
  }

  public void setYtdTax(BigDecimal ytdTax) {
    this.ytdTax = ytdTax;
  }

  public BigDecimal getHolidayBalance() {
    return holidayBalance;
  }

  public void setHolidayBalance(BigDecimal holidayBalance) {
    this.holidayBalance = holidayBalance;
  }

  public String getNmwFinding() {
    return nmwFinding;
  }

  public void setNmwFinding(String nmwFinding) {
    this.nmwFinding = nmwFinding;
  }

  public byte[] getPdf() {
    return pdf;
  }

  public void setPdf(byte[] pdf) {
    this.pdf = pdf;
  }

  // ---- issue 14: addresses, VAT, earlier employment, SSP
  @Column(name = "ssp")
  private java.math.BigDecimal ssp = java.math.BigDecimal.ZERO;

  public java.math.BigDecimal getSsp() {
    return ssp;
  }

  public void setSsp(java.math.BigDecimal ssp) {
    this.ssp = ssp;
  }

  // ---- issue 18: statutory family pay by kind, for the FPS's SMPYTD .. SNCPYTD and the EPS
  @Column(name = "smp")
  private java.math.BigDecimal smp = java.math.BigDecimal.ZERO;

  @Column(name = "spp")
  private java.math.BigDecimal spp = java.math.BigDecimal.ZERO;

  @Column(name = "sap")
  private java.math.BigDecimal sap = java.math.BigDecimal.ZERO;

  @Column(name = "shpp")
  private java.math.BigDecimal shpp = java.math.BigDecimal.ZERO;

  @Column(name = "spbp")
  private java.math.BigDecimal spbp = java.math.BigDecimal.ZERO;

  @Column(name = "sncp")
  private java.math.BigDecimal sncp = java.math.BigDecimal.ZERO;

  /** Sets each kind of family pay from the payslip's lines (smp, spp, sap, shpp, spbp, sncp). */
  public void setFamilyPay(java.util.function.Function<String, java.math.BigDecimal> byLineCode) {
    smp = byLineCode.apply("smp");
    spp = byLineCode.apply("spp");
    sap = byLineCode.apply("sap");
    shpp = byLineCode.apply("shpp");
    spbp = byLineCode.apply("spbp");
    sncp = byLineCode.apply("sncp");
  }

  /** The final payslip while the run is not yet finalised ({@code pdf} is then the DRAFT). */
  public byte[] getFinalPdf() {
    return finalPdf;
  }

  public void setFinalPdf(byte[] finalPdf) {
    this.finalPdf = finalPdf;
  }
}
