package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagStatus;

/** A finding on a return or account, with its evidence line and how it was resolved. */
@Entity
@Table(name = "mon_flag")
public class FlagEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "return_id")
  private Long returnId;

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private FlagKind kind;

  @Column(name = "severity")
  private Integer severity;

  @Column(name = "message")
  private String message;

  @Column(name = "evidence_upload_id")
  private Long evidenceUploadId;

  @Column(name = "evidence_line_no")
  private Integer evidenceLineNo;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private FlagStatus status = FlagStatus.OPEN;

  @Column(name = "raised_at")
  private OffsetDateTime raisedAt;

  @Column(name = "resolved_at")
  private OffsetDateTime resolvedAt;

  @Column(name = "resolved_by")
  private String resolvedBy;

  @Column(name = "resolution")
  private String resolution;

  @Column(name = "evidence_receipt_id")
  private Long evidenceReceiptId;

  @Column(name = "evidence_card_import_id")
  private Long evidenceCardImportId;

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public FlagEntity setAccountId(Long accountId) {
    this.accountId = accountId;
    return this;
  }

  public Long getReturnId() {
    return returnId;
  }

  public FlagEntity setReturnId(Long returnId) {
    this.returnId = returnId;
    return this;
  }

  public FlagKind getKind() {
    return kind;
  }

  public FlagEntity setKind(FlagKind kind) {
    this.kind = kind;
    return this;
  }

  public Integer getSeverity() {
    return severity;
  }

  public FlagEntity setSeverity(Integer severity) {
    this.severity = severity;
    return this;
  }

  public String getMessage() {
    return message;
  }

  public FlagEntity setMessage(String message) {
    this.message = message;
    return this;
  }

  public Long getEvidenceUploadId() {
    return evidenceUploadId;
  }

  public FlagEntity setEvidenceUploadId(Long evidenceUploadId) {
    this.evidenceUploadId = evidenceUploadId;
    return this;
  }

  public Integer getEvidenceLineNo() {
    return evidenceLineNo;
  }

  public FlagEntity setEvidenceLineNo(Integer evidenceLineNo) {
    this.evidenceLineNo = evidenceLineNo;
    return this;
  }

  public FlagStatus getStatus() {
    return status;
  }

  public FlagEntity setStatus(FlagStatus status) {
    this.status = status;
    return this;
  }

  public boolean isOpen() {
    return status == FlagStatus.OPEN;
  }

  public OffsetDateTime getRaisedAt() {
    return raisedAt;
  }

  public FlagEntity setRaisedAt(OffsetDateTime raisedAt) {
    this.raisedAt = raisedAt;
    return this;
  }

  public OffsetDateTime getResolvedAt() {
    return resolvedAt;
  }

  public FlagEntity setResolvedAt(OffsetDateTime resolvedAt) {
    this.resolvedAt = resolvedAt;
    return this;
  }

  public String getResolvedBy() {
    return resolvedBy;
  }

  public FlagEntity setResolvedBy(String resolvedBy) {
    this.resolvedBy = resolvedBy;
    return this;
  }

  public String getResolution() {
    return resolution;
  }

  public FlagEntity setResolution(String resolution) {
    this.resolution = resolution;
    return this;
  }

  public Long getEvidenceReceiptId() {
    return evidenceReceiptId;
  }

  public FlagEntity setEvidenceReceiptId(Long evidenceReceiptId) {
    this.evidenceReceiptId = evidenceReceiptId;
    return this;
  }

  public Long getEvidenceCardImportId() {
    return evidenceCardImportId;
  }

  public FlagEntity setEvidenceCardImportId(Long evidenceCardImportId) {
    this.evidenceCardImportId = evidenceCardImportId;
    return this;
  }
}
