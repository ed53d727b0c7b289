package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.receipt.Confidence;

/** A file uploaded with a return, kept exactly as sent, and what reading it found. */
@Entity
@Table(name = "mon_upload")
public class UploadEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "return_id")
  private Long returnId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private UploadKind kind;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "sha256")
  private String sha256;

  @Column(name = "size_bytes")
  private Long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content")
  private byte[] content;

  @Column(name = "uploaded_by")
  private String uploadedBy;

  @Column(name = "uploaded_at")
  private OffsetDateTime uploadedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private UploadOutcome outcome;

  @Column(name = "message")
  private String message;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end_excl")
  private LocalDate periodEndExcl;

  @Column(name = "opening_balance")
  private Money openingBalance;

  @Column(name = "closing_balance")
  private Money closingBalance;

  @Column(name = "verified")
  private Boolean verified;

  @Column(name = "statement_holder")
  private String statementHolder;

  @Column(name = "receipt_supplier")
  private String receiptSupplier;

  @Column(name = "receipt_date")
  private LocalDate receiptDate;

  @Column(name = "receipt_total")
  private Money receiptTotal;

  @Enumerated(EnumType.STRING)
  @Column(name = "receipt_confidence")
  private Confidence receiptConfidence;

  public Long getId() {
    return id;
  }

  public Long getReturnId() {
    return returnId;
  }

  public UploadEntity setReturnId(Long returnId) {
    this.returnId = returnId;
    return this;
  }

  public UploadKind kind() {
    return kind;
  }

  /** The kind's stored name, for views that still take it as a string. */
  public String getKind() {
    return kind == null ? null : kind.name();
  }

  public UploadEntity setKind(UploadKind kind) {
    this.kind = kind;
    return this;
  }

  public String getFileName() {
    return fileName;
  }

  public UploadEntity setFileName(String fileName) {
    this.fileName = fileName;
    return this;
  }

  public String getSha256() {
    return sha256;
  }

  public UploadEntity setSha256(String sha256) {
    this.sha256 = sha256;
    return this;
  }

  public Long getSizeBytes() {
    return sizeBytes;
  }

  public UploadEntity setSizeBytes(Long sizeBytes) {
    this.sizeBytes = sizeBytes;
    return this;
  }

  public byte[] getContent() {
    return content;
  }

  public UploadEntity setContent(byte[] content) {
    this.content = content;
    return this;
  }

  public String getUploadedBy() {
    return uploadedBy;
  }

  public UploadEntity setUploadedBy(String uploadedBy) {
    this.uploadedBy = uploadedBy;
    return this;
  }

  public OffsetDateTime getUploadedAt() {
    return uploadedAt;
  }

  public UploadEntity setUploadedAt(OffsetDateTime uploadedAt) {
    this.uploadedAt = uploadedAt;
    return this;
  }

  public UploadOutcome outcome() {
    return outcome;
  }

  /** The outcome's stored name, for views that still take it as a string. */
  public String getOutcome() {
    return outcome == null ? null : outcome.name();
  }

  public UploadEntity setOutcome(UploadOutcome outcome) {
    this.outcome = outcome;
    return this;
  }

  public String getMessage() {
    return message;
  }

  public UploadEntity setMessage(String message) {
    this.message = message;
    return this;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public UploadEntity setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
    return this;
  }

  public LocalDate getPeriodEndExcl() {
    return periodEndExcl;
  }

  public UploadEntity setPeriodEndExcl(LocalDate periodEndExcl) {
    this.periodEndExcl = periodEndExcl;
    return this;
  }

  public Money getOpeningBalance() {
    return openingBalance;
  }

  public UploadEntity setOpeningBalance(Money openingBalance) {
    this.openingBalance = openingBalance;
    return this;
  }

  public Money getClosingBalance() {
    return closingBalance;
  }

  public UploadEntity setClosingBalance(Money closingBalance) {
    this.closingBalance = closingBalance;
    return this;
  }

  public Boolean getVerified() {
    return verified;
  }

  public UploadEntity setVerified(Boolean verified) {
    this.verified = verified;
    return this;
  }

  public String getReceiptSupplier() {
    return receiptSupplier;
  }

  public UploadEntity setReceiptSupplier(String receiptSupplier) {
    this.receiptSupplier = receiptSupplier;
    return this;
  }

  public LocalDate getReceiptDate() {
    return receiptDate;
  }

  public UploadEntity setReceiptDate(LocalDate receiptDate) {
    this.receiptDate = receiptDate;
    return this;
  }

  public Money getReceiptTotal() {
    return receiptTotal;
  }

  public UploadEntity setReceiptTotal(Money receiptTotal) {
    this.receiptTotal = receiptTotal;
    return this;
  }

  public Confidence getReceiptConfidence() {
    return receiptConfidence;
  }

  public UploadEntity setReceiptConfidence(Confidence receiptConfidence) {
    this.receiptConfidence = receiptConfidence;
    return this;
  }

  public String getStatementHolder() {
    return statementHolder;
  }

  public UploadEntity setStatementHolder(String statementHolder) {
    this.statementHolder = statementHolder;
    return this;
  }
}
