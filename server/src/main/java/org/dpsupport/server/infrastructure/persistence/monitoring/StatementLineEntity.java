package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.reconciliation.LineCategory;

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
  private Money amount;

  @Column(name = "balance")
  private Money balance;

  @Column(name = "category")
  private String category;

  @Enumerated(EnumType.STRING)
  @Column(name = "source")
  private LineCategory.Source source;

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

  public Money getAmount() {
    return amount;
  }

  public StatementLineEntity setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public Money getBalance() {
    return balance;
  }

  public StatementLineEntity setBalance(Money balance) {
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

  public LineCategory.Source getSource() {
    return source;
  }

  public StatementLineEntity setSource(LineCategory.Source source) {
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
