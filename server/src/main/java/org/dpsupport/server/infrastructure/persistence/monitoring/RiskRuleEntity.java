package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;

/** One council risk rule as stored. */
@Entity
@Table(name = "mon_risk_rule")
public class RiskRuleEntity {
  @Id
  @Column(name = "id")
  private Long id;

  @Column(name = "council_id")
  private Long councilId;

  @Column(name = "code")
  private String code;

  @Column(name = "condition_kind")
  private String conditionKind;

  @Column(name = "threshold")
  private Integer threshold;

  @Column(name = "concern")
  private String concern;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency")
  private ReturnFrequency frequency;

  @Column(name = "reason")
  private String reason;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public RiskRuleEntity setCouncilId(Long councilId) {
    this.councilId = councilId;
    return this;
  }

  public String getCode() {
    return code;
  }

  public RiskRuleEntity setCode(String code) {
    this.code = code;
    return this;
  }

  public String getConditionKind() {
    return conditionKind;
  }

  public RiskRuleEntity setConditionKind(String conditionKind) {
    this.conditionKind = conditionKind;
    return this;
  }

  public Integer getThreshold() {
    return threshold;
  }

  public RiskRuleEntity setThreshold(Integer threshold) {
    this.threshold = threshold;
    return this;
  }

  public String getConcern() {
    return concern;
  }

  public RiskRuleEntity setConcern(String concern) {
    this.concern = concern;
    return this;
  }

  public ReturnFrequency getFrequency() {
    return frequency;
  }

  public RiskRuleEntity setFrequency(ReturnFrequency frequency) {
    this.frequency = frequency;
    return this;
  }

  public String getReason() {
    return reason;
  }

  public RiskRuleEntity setReason(String reason) {
    this.reason = reason;
    return this;
  }
}
