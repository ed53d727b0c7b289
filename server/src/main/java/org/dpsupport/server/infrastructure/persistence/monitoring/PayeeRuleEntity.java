package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.OffsetDateTime;

/** A payee category an officer decided, used to categorise later lines. */
@Entity
@Table(name = "mon_payee_rule")
public class PayeeRuleEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "council_id")
  private Long councilId;

  @Column(name = "payee")
  private String payee;

  @Column(name = "category")
  private String category;

  @Column(name = "decided_by")
  private String decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  public Long getId() {
    return id;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public PayeeRuleEntity setCouncilId(Long councilId) {
    this.councilId = councilId;
    return this;
  }

  public String getPayee() {
    return payee;
  }

  public PayeeRuleEntity setPayee(String payee) {
    this.payee = payee;
    return this;
  }

  public String getCategory() {
    return category;
  }

  public PayeeRuleEntity setCategory(String category) {
    this.category = category;
    return this;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public PayeeRuleEntity setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
    return this;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public PayeeRuleEntity setDecidedAt(OffsetDateTime decidedAt) {
    this.decidedAt = decidedAt;
    return this;
  }
}
