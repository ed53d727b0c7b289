package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dpsupport.kernel.Money;

/** A card file imported for a prepaid-card account: kept as sent, with what its rows held. */
@Entity
@Table(name = "mon_card_import")
public class CardImportEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "account_id")
  private long accountId;

  @Column(name = "provider")
  private String provider;

  @Column(name = "card_id")
  private String cardId;

  @Column(name = "file_name")
  private String fileName;

  @Column(name = "sha256")
  private String sha256;

  @Column(name = "size_bytes")
  private long sizeBytes;

  @Basic(fetch = FetchType.LAZY)
  @Column(name = "content")
  private byte[] content;

  @Column(name = "imported_by")
  private String importedBy;

  @Column(name = "imported_at")
  private OffsetDateTime importedAt;

  @Column(name = "transactions")
  private long transactions;

  @Column(name = "first_date")
  private LocalDate firstDate;

  @Column(name = "last_date")
  private LocalDate lastDate;

  @Column(name = "opening_balance")
  private Money openingBalance;

  @Column(name = "closing_balance")
  private Money closingBalance;

  @Column(name = "surplus")
  private Money surplus;

  protected CardImportEntity() {}

  public CardImportEntity(
      long accountId,
      String provider,
      String cardId,
      String fileName,
      String sha256,
      byte[] content,
      String importedBy,
      OffsetDateTime importedAt) {
    this.accountId = accountId;
    this.provider = provider;
    this.cardId = cardId;
    this.fileName = fileName;
    this.sha256 = sha256;
    this.sizeBytes = content.length;
    this.content = content;
    this.importedBy = importedBy;
    this.importedAt = importedAt;
  }

  /** What the file held and what reconciling it left above the contingency. */
  public CardImportEntity setFigures(
      long transactions,
      LocalDate firstDate,
      LocalDate lastDate,
      Money openingBalance,
      Money closingBalance,
      Money surplus) {
    this.transactions = transactions;
    this.firstDate = firstDate;
    this.lastDate = lastDate;
    this.openingBalance = openingBalance;
    this.closingBalance = closingBalance;
    this.surplus = surplus;
    return this;
  }

  public Long getId() {
    return id;
  }

  public long getAccountId() {
    return accountId;
  }

  public String getProvider() {
    return provider;
  }

  public String getCardId() {
    return cardId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getSha256() {
    return sha256;
  }

  public long getSizeBytes() {
    return sizeBytes;
  }

  public byte[] getContent() {
    return content;
  }

  public String getImportedBy() {
    return importedBy;
  }

  public OffsetDateTime getImportedAt() {
    return importedAt;
  }

  public long getTransactions() {
    return transactions;
  }

  public LocalDate getFirstDate() {
    return firstDate;
  }

  public LocalDate getLastDate() {
    return lastDate;
  }

  public Money getOpeningBalance() {
    return openingBalance;
  }

  public Money getClosingBalance() {
    return closingBalance;
  }

  public Money getSurplus() {
    return surplus;
  }
}
