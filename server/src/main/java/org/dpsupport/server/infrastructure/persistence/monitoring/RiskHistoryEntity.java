package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.OffsetDateTime;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;

/** A change of an account's return frequency, with its reasons. */
@Entity
@Table(name = "mon_risk_history")
public class RiskHistoryEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "account_id")
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency")
  private ReturnFrequency frequency;

  @Column(name = "reasons")
  private String reasons;

  @Column(name = "changed_by")
  private String changedBy;

  @Column(name = "changed_at")
  private OffsetDateTime changedAt;

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public RiskHistoryEntity setAccountId(Long accountId) {
    this.accountId = accountId;
    return this;
  }

  public ReturnFrequency getFrequency() {
    return frequency;
  }

  public RiskHistoryEntity setFrequency(ReturnFrequency frequency) {
    this.frequency = frequency;
    return this;
  }

  public String getReasons() {
    return reasons;
  }

  public RiskHistoryEntity setReasons(String reasons) {
    this.reasons = reasons;
    return this;
  }

  public String getChangedBy() {
    return changedBy;
  }

  public RiskHistoryEntity setChangedBy(String changedBy) {
    this.changedBy = changedBy;
    return this;
  }

  public OffsetDateTime getChangedAt() {
    return changedAt;
  }

  public RiskHistoryEntity setChangedAt(OffsetDateTime changedAt) {
    this.changedAt = changedAt;
    return this;
  }
}
