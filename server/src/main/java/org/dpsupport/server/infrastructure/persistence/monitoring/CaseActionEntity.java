package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.cases.CaseActionKind;
import org.dpsupport.monitoring.domain.model.cases.CaseActionStatus;
import org.dpsupport.monitoring.domain.model.cases.CaseOutcome;

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

  @Enumerated(EnumType.STRING)
  @Column(name = "kind")
  private CaseActionKind kind;

  @Column(name = "actor")
  private String actor;

  @Column(name = "acted_at")
  private OffsetDateTime actedAt;

  @Column(name = "reason")
  private String reason;

  @Column(name = "amount")
  private Money amount;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private CaseActionStatus status;

  @Column(name = "response")
  private String response;

  @Column(name = "responded_by")
  private String respondedBy;

  @Column(name = "responded_at")
  private OffsetDateTime respondedAt;

  /** How a case was closed; null for other actions. */
  @Enumerated(EnumType.STRING)
  @Column(name = "outcome")
  private CaseOutcome outcome;

  /** Why a surplus recovery asks for more than the surplus the case page shows. */
  @Column(name = "over_surplus_reason")
  private String overSurplusReason;

  /** The flags this action answers or asks about. */
  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "mon_case_action_flag", joinColumns = @JoinColumn(name = "action_id"))
  @Column(name = "flag_id")
  private java.util.List<Long> flagIds = new java.util.ArrayList<>();

  public CaseOutcome getOutcome() {
    return outcome;
  }

  public CaseActionEntity setOutcome(CaseOutcome outcome) {
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

  public CaseActionKind getKind() {
    return kind;
  }

  public CaseActionEntity setKind(CaseActionKind kind) {
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

  public Money getAmount() {
    return amount;
  }

  public CaseActionEntity setAmount(Money amount) {
    this.amount = amount;
    return this;
  }

  public CaseActionStatus getStatus() {
    return status;
  }

  public CaseActionEntity setStatus(CaseActionStatus status) {
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
