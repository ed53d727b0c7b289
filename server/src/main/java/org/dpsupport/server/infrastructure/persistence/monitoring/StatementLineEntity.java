package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.LocalDate;

/** One line read from an uploaded statement, with the category reconciliation gave it. */
@Entity
@Table(name = "mon_statement_line")
public class StatementLineEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "upload_id")
  private Long uploadId;

  @Column(name = "line_no")
  private Integer lineNo;

  @Column(name = "line_date")
  private LocalDate lineDate;

  @Column(name = "description")
  private String description;

  @Column(name = "amount")
  private BigDecimal amount;

  @Column(name = "balance")
  private BigDecimal balance;

  @Column(name = "category")
  private String category;

  @Column(name = "source")
  private String source;

  @Column(name = "receipt_upload_id")
  private Long receiptUploadId;

  public Long getId() {
    return id;
  }

  public Long getUploadId() {
    return uploadId;
  }

  public StatementLineEntity setUploadId(Long uploadId) {
    this.uploadId = uploadId;
    return this;
  }

  public Integer getLineNo() {
    return lineNo;
  }

  public StatementLineEntity setLineNo(Integer lineNo) {
    this.lineNo = lineNo;
    return this;
  }

  public LocalDate getLineDate() {
    return lineDate;
  }

  public StatementLineEntity setLineDate(LocalDate lineDate) {
    this.lineDate = lineDate;
    return this;
  }

  public String getDescription() {
    return description;
  }

  public StatementLineEntity setDescription(String description) {
    this.description = description;
    return this;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public StatementLineEntity setAmount(BigDecimal amount) {
    this.amount = amount;
    return this;
  }

  public BigDecimal getBalance() {
    return balance;
  }

  public StatementLineEntity setBalance(BigDecimal balance) {
    this.balance = balance;
    return this;
  }

  public String getCategory() {
    return category;
  }

  public StatementLineEntity setCategory(String category) {
    this.category = category;
    return this;
  }

  public String getSource() {
    return source;
  }

  public StatementLineEntity setSource(String source) {
    this.source = source;
    return this;
  }

  public Long getReceiptUploadId() {
    return receiptUploadId;
  }

  public StatementLineEntity setReceiptUploadId(Long receiptUploadId) {
    this.receiptUploadId = receiptUploadId;
    return this;
  }
}
