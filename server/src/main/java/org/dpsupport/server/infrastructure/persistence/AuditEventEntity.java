package org.dpsupport.server.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;

/** One line of the audit trail: who did what to which record, when and why. Never updated. */
@Entity
@Table(name = "audit_event")
public class AuditEventEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "occurred_at", nullable = false)
  private OffsetDateTime occurredAt;

  @Column(nullable = false)
  private String actor;

  @Column(nullable = false)
  private String action;

  @Column(name = "subject_type", nullable = false)
  private String subjectType;

  @Column(name = "subject_id")
  private String subjectId;

  @Column private String reason;

  protected AuditEventEntity() {}

  public AuditEventEntity(
      OffsetDateTime occurredAt,
      String actor,
      String action,
      String subjectType,
      String subjectId,
      String reason) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId;
    this.reason = reason;
  }

  public Long getId() {
    return id;
  }

  public OffsetDateTime getOccurredAt() {
    return occurredAt;
  }

  public String getActor() {
    return actor;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectType() {
    return subjectType;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getReason() {
    return reason;
  }
}
