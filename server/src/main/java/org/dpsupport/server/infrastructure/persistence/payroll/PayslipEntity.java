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
import org.dpsupport.kernel.Money;

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
  private Money grossPay;

  @Column(name = "taxable_pay")
  private Money taxablePay;

  @Column(name = "net_pay")
  private Money netPay;

  @Column(name = "income_tax")
  private Money incomeTax;

  @Column(name = "employee_ni")
  private Money employeeNi;

  @Column(name = "employer_ni")
  private Money employerNi;

  @Column(name = "student_loans")
  private Money studentLoans;

  @Column(name = "postgraduate_loans")
  private Money postgraduateLoans;

  @Column(name = "pension_employee")
  private Money pensionEmployee;

  @Column(name = "pension_employer")
  private Money pensionEmployer;

  @Column(name = "pension_net_pay")
  private Money pensionNetPay;

  @Column(name = "earnings_for_ni")
  private Money earningsForNi;

  @Column(name = "at_lel")
  private Money atLel;

  @Column(name = "lel_to_pt")
  private Money lelToPt;

  @Column(name = "pt_to_uel")
  private Money ptToUel;

  @Column(name = "ytd_taxable_pay")
  private Money ytdTaxablePay;

  @Column(name = "ytd_tax")
  private Money ytdTax;

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

  public Money getGrossPay() {
    return grossPay;
  }

  public void setGrossPay(Money grossPay) {
    this.grossPay = grossPay;
  }

  public Money getTaxablePay() {
    return taxablePay;
  }

  public void setTaxablePay(Money taxablePay) {
    this.taxablePay = taxablePay;
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

  public Money getStudentLoans() {
    return studentLoans;
  }

  public void setStudentLoans(Money studentLoans) {
    this.studentLoans = studentLoans;
  }

  public Money getPostgraduateLoans() {
    return postgraduateLoans;
  }

  public void setPostgraduateLoans(Money postgraduateLoans) {
    this.postgraduateLoans = postgraduateLoans;
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

  public Money getPensionNetPay() {
    return pensionNetPay;
  }

  public void setPensionNetPay(Money pensionNetPay) {
    this.pensionNetPay = pensionNetPay;
  }

  public Money getEarningsForNi() {
    return earningsForNi;
  }

  public void setEarningsForNi(Money earningsForNi) {
    this.earningsForNi = earningsForNi;
  }

  public Money getAtLel() {
    return atLel;
  }

  public void setAtLel(Money atLel) {
    this.atLel = atLel;
  }

  public Money getLelToPt() {
    return lelToPt;
  }

  public void setLelToPt(Money lelToPt) {
    this.lelToPt = lelToPt;
  }

  public Money getPtToUel() {
    return ptToUel;
  }

  public void setPtToUel(Money ptToUel) {
    this.ptToUel = ptToUel;
  }

  public Money getYtdTaxablePay() {
    return ytdTaxablePay;
  }

  public void setYtdTaxablePay(Money ytdTaxablePay) {
    this.ytdTaxablePay = ytdTaxablePay;
  }

  public Money getYtdTax() {
    return ytdTax;
  }

  public void setYtdTax(Money ytdTax) {
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
  private Money ssp = Money.ZERO;

  public Money getSsp() {
    return ssp;
  }

  public void setSsp(Money ssp) {
    this.ssp = ssp;
  }

  // ---- issue 18: statutory family pay by kind, for the FPS's SMPYTD .. SNCPYTD and the EPS
  @Column(name = "smp")
  private Money smp = Money.ZERO;

  @Column(name = "spp")
  private Money spp = Money.ZERO;

  @Column(name = "sap")
  private Money sap = Money.ZERO;

  @Column(name = "shpp")
  private Money shpp = Money.ZERO;

  @Column(name = "spbp")
  private Money spbp = Money.ZERO;

  @Column(name = "sncp")
  private Money sncp = Money.ZERO;

  /** Sets each kind of family pay from the payslip's lines (smp, spp, sap, shpp, spbp, sncp). */
  public void setFamilyPay(java.util.function.Function<String, Money> byLineCode) {
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
