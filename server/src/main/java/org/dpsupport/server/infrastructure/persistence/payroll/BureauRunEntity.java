package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;

/** A bureau-wide pay day for one agency, run as a batch job. */
@Entity
@Table(name = "bureau_run")
public class BureauRunEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Column(name = "batch_execution_id")
  private Long batchExecutionId;

  /** The server running the current execution (its cluster id), so others can tell if it died. */
  @Column(name = "batch_server")
  private String batchServer;

  @Column(name = "employers_due")
  private int employersDue;

  @Column(name = "started_by")
  private String startedBy;

  @Column(name = "started_at")
  private OffsetDateTime startedAt;

  public BureauRunEntity() {}

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public void setAgencyId(Long agencyId) {
    this.agencyId = agencyId;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate periodEnd) {
    this.periodEnd = periodEnd;
  }

  public Long getBatchExecutionId() {
    return batchExecutionId;
  }

  public void setBatchExecutionId(Long batchExecutionId) {
    this.batchExecutionId = batchExecutionId;
  }

  public int getEmployersDue() {
    return employersDue;
  }

  public void setEmployersDue(int employersDue) {
    this.employersDue = employersDue;
  }

  public String getStartedBy() {
    return startedBy;
  }

  public void setStartedBy(String startedBy) {
    this.startedBy = startedBy;
  }

  public OffsetDateTime getStartedAt() {
    return startedAt;
  }

  public void setStartedAt(OffsetDateTime startedAt) {
    this.startedAt = startedAt;
  }

  public String getBatchServer() {
    return batchServer;
  }

  public void setBatchServer(String batchServer) {
    this.batchServer = batchServer;
  }
}
