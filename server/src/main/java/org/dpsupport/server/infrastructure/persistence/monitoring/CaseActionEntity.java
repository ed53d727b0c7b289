package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.math.BigDecimal;
import java.time.OffsetDateTime;

/** An officer's action on a case (who, when, why) and the budget holder's response. */
@Entity
@Table(name = "mon_case_action")
public class CaseActionEntity {
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

  @Column(name = "actor")
  private String actor;

  @Column(name = "acted_at")
  private OffsetDateTime actedAt;

  @Column(name = "reason")
  private String reason;

  @Column(name = "amount")
  private BigDecimal amount;

  @Column(name = "status")
  private String status;

  @Column(name = "response")
  private String response;

  @Column(name = "responded_by")
  private String respondedBy;

  @Column(name = "responded_at")
  private OffsetDateTime respondedAt;

  /** How a case was closed (ACCEPTED, RECOVERY, REFERRED); null for other actions. */
  @Column(name = "outcome")
  private String outcome;

  /** Why a surplus recovery asks for more than the surplus the case page shows. */
  @Column(name = "over_surplus_reason")
  private String overSurplusReason;

  /** The flags this action answers or asks about. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mon_case_action_flag", joinColumns = @JoinColumn(name = "action_id"))
  @Column(name = "flag_id")
  private java.util.List<Long> flagIds = new java.util.ArrayList<>();

  public String getOutcome() {
    return outcome;
  }

  public CaseActionEntity setOutcome(String outcome) {
    this.outcome = outcome;
    return this;
  }

  public String getOverSurplusReason() {
    return overSurplusReason;
  }

  public CaseActionEntity setOverSurplusReason(String overSurplusReason) {
    this.overSurplusReason = overSurplusReason;
    return this;
  }

  public java.util.List<Long> getFlagIds() {
    return flagIds;
  }

  public CaseActionEntity setFlagIds(java.util.List<Long> flagIds) {
    this.flagIds = new java.util.ArrayList<>(flagIds);
    return this;
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public CaseActionEntity setAccountId(Long accountId) {
    this.accountId = accountId;
    return this;
  }

  public Long getReturnId() {
    return returnId;
  }

  public CaseActionEntity setReturnId(Long returnId) {
    this.returnId = returnId;
    return this;
  }

  public String getKind() {
    return kind;
  }

  public CaseActionEntity setKind(String kind) {
    this.kind = kind;
    return this;
  }

  public String getActor() {
    return actor;
  }

  public CaseActionEntity setActor(String actor) {
    this.actor = actor;
    return this;
  }

  public OffsetDateTime getActedAt() {
    return actedAt;
  }

  public CaseActionEntity setActedAt(OffsetDateTime actedAt) {
    this.actedAt = actedAt;
    return this;
  }

  public String getReason() {
    return reason;
  }

  public CaseActionEntity setReason(String reason) {
    this.reason = reason;
    return this;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public CaseActionEntity setAmount(BigDecimal amount) {
    this.amount = amount;
    return this;
  }

  public String getStatus() {
    return status;
  }

  public CaseActionEntity setStatus(String status) {
    this.status = status;
    return this;
  }

  public String getResponse() {
    return response;
  }

  public CaseActionEntity setResponse(String response) {
    this.response = response;
    return this;
  }

  public String getRespondedBy() {
    return respondedBy;
  }

  public CaseActionEntity setRespondedBy(String respondedBy) {
    this.respondedBy = respondedBy;
    return this;
  }

  public OffsetDateTime getRespondedAt() {
    return respondedAt;
  }

  public CaseActionEntity setRespondedAt(OffsetDateTime respondedAt) {
    this.respondedAt = respondedAt;
    return this;
  }
}
