package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.OffsetDateTime;

/** An e-mail sent (or that failed) to a budget holder about a return. */
@Entity
@Table(name = "mon_notification")
public class NotificationEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "return_id")
  private Long returnId;

  @Column(name = "kind")
  private String kind;

  @Column(name = "recipient")
  private String recipient;

  @Column(name = "subject")
  private String subject;

  @Column(name = "body")
  private String body;

  @Column(name = "claimed_at")
  private OffsetDateTime claimedAt;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private NotificationStatus status;

  @Column(name = "detail")
  private String detail;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public NotificationEntity setAccountId(Long accountId) {
    this.accountId = accountId;
    return this;
  }

  public Long getReturnId() {
    return returnId;
  }

  public NotificationEntity setReturnId(Long returnId) {
    this.returnId = returnId;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public NotificationEntity setKind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getRecipient() {
    return recipient;
  }

  public NotificationEntity setRecipient(String recipient) {
    this.recipient = recipient;
    return this;
  }

  public String getSubject() {
    return subject;
  }

  public NotificationEntity setSubject(String subject) {
    this.subject = subject;
    return this;
  }

  public NotificationStatus getStatus() {
    return status;
  }

  public NotificationEntity setStatus(NotificationStatus status) {
    this.status = status;
    return this;
  }

  public String getDetail() {
    return detail;
  }

  public NotificationEntity setDetail(String detail) {
    this.detail = detail;
    return this;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public NotificationEntity setCreatedAt(OffsetDateTime createdAt) {
    this.createdAt = createdAt;
    return this;
  }

  public String getBody() {
    return body;
  }

  public NotificationEntity setBody(String body) {
    this.body = body;
    return this;
  }

  public OffsetDateTime getClaimedAt() {
    return claimedAt;
  }

  public NotificationEntity setClaimedAt(OffsetDateTime claimedAt) {
    this.claimedAt = claimedAt;
    return this;
  }
}
