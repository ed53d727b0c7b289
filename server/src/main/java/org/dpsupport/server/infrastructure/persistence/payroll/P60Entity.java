package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import org.dpsupport.kernel.Money;

/** A P60 as given to a PA ({@code payroll_p60}): the PDF and the figures it shows. */
@Entity
@Table(name = "payroll_p60")
public class P60Entity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "pa_employment_id")
  private Long employmentId;

  @Column(name = "tax_year")
  private String taxYear;

  @Column(name = "taxable_pay")
  private Money taxablePay;

  @Column(name = "income_tax")
  private Money incomeTax;

  @Column(name = "pdf")
  private byte[] pdf;

  @Column(name = "made_at")
  private OffsetDateTime madeAt;

  @Column(name = "made_by")
  private String madeBy;

  public P60Entity() {}

  public Long getId() {
    return id;
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long employmentId) {
    this.employmentId = employmentId;
  }

  public String getTaxYear() {
    return taxYear;
  }

  public void setTaxYear(String taxYear) {
    this.taxYear = taxYear;
  }

  public Money getTaxablePay() {
    return taxablePay;
  }

  public void setTaxablePay(Money taxablePay) {
    this.taxablePay = taxablePay;
  }

  public Money getIncomeTax() {
    return incomeTax;
  }

  public void setIncomeTax(Money incomeTax) {
    this.incomeTax = incomeTax;
  }

  public byte[] getPdf() {
    return pdf;
  }

  public void setPdf(byte[] pdf) {
    this.pdf = pdf;
  }

  public OffsetDateTime getMadeAt() {
    return madeAt;
  }

  public void setMadeAt(OffsetDateTime madeAt) {
    this.madeAt = madeAt;
  }

  public String getMadeBy() {
    return madeBy;
  }

  public void setMadeBy(String madeBy) {
    this.madeBy = madeBy;
  }
}
