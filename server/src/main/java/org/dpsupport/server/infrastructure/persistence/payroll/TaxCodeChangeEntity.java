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
import org.dpsupport.payroll.domain.model.tax.TaxCodeNotice;

/** One tax code a PA has had, and where it came from. */
@Entity
@Table(name = "payroll_tax_code_change")
public class TaxCodeChangeEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "pa_employment_id")
  private Long employmentId;

  @Column(name = "tax_code")
  private String taxCode;

  @Column(name = "week1_month1")
  private boolean week1Month1;

  @Column(name = "effective_from")
  private LocalDate effectiveFrom;

  @Enumerated(EnumType.STRING)
  @Column(name = "notice_kind")
  private TaxCodeNotice.Kind kind = TaxCodeNotice.Kind.STARTER;

  @Column(name = "issued_on")
  private LocalDate issuedOn;

  @Column(name = "source")
  private String source;

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private OffsetDateTime recordedAt;

  public TaxCodeChangeEntity() {}

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long employmentId) {
    this.employmentId = employmentId;
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

  public LocalDate getEffectiveFrom() {
    return effectiveFrom;
  }

  public void setEffectiveFrom(LocalDate effectiveFrom) {
    this.effectiveFrom = effectiveFrom;
  }

  public String getSource() {
    return source;
  }

  public void setSource(String source) {
    this.source = source;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public OffsetDateTime getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(OffsetDateTime recordedAt) {
    this.recordedAt = recordedAt;
  }

  public TaxCodeNotice.Kind getKind() {
    return kind;
  }

  public void setKind(TaxCodeNotice.Kind kind) {
    this.kind = kind;
  }

  public LocalDate getIssuedOn() {
    return issuedOn;
  }

  public void setIssuedOn(LocalDate issuedOn) {
    this.issuedOn = issuedOn;
  }

  /** The notice as the domain reads it. */
  public TaxCodeNotice toNotice() {
    return new TaxCodeNotice(kind, taxCode, week1Month1, issuedOn, effectiveFrom);
  }
}
