package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetStatus;

/**
 * A PA's timesheet for one pay period: submitted, then approved; paid once, by the run named in
 * payRunId.
 */
@Entity
@Table(name = "timesheet")
public class TimesheetEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "pa_employment_id")
  private Long employmentId;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private TimesheetStatus status;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "approved_by")
  private String approvedBy;

  @Column(name = "approved_at")
  private OffsetDateTime approvedAt;

  @Column(name = "approval_reason")
  private String approvalReason;

  @Column(name = "pay_run_id")
  private Long payRunId;

  @Column(name = "holiday_hours")
  private java.math.BigDecimal holidayHours = java.math.BigDecimal.ZERO;

  public TimesheetEntity() {}

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long employmentId) {
    this.employmentId = employmentId;
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

  public TimesheetStatus getStatus() {
    return status;
  }

  public void setStatus(TimesheetStatus status) {
    this.status = status;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public void setSubmittedBy(String submittedBy) {
    this.submittedBy = submittedBy;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public void setSubmittedAt(OffsetDateTime submittedAt) {
    this.submittedAt = submittedAt;
  }

  public String getApprovedBy() {
    return approvedBy;
  }

  public void setApprovedBy(String approvedBy) {
    this.approvedBy = approvedBy;
  }

  public OffsetDateTime getApprovedAt() {
    return approvedAt;
  }

  public void setApprovedAt(OffsetDateTime approvedAt) {
    this.approvedAt = approvedAt;
  }

  public String getApprovalReason() {
    return approvalReason;
  }

  public void setApprovalReason(String approvalReason) {
    this.approvalReason = approvalReason;
  }

  public Long getPayRunId() {
    return payRunId;
  }

  public void setPayRunId(Long payRunId) {
    this.payRunId = payRunId;
  }

  /** Holiday hours taken in the period (paid at the holiday rate, off the balance). */
  public java.math.BigDecimal getHolidayHours() {
    return holidayHours;
  }

  public void setHolidayHours(java.math.BigDecimal holidayHours) {
    this.holidayHours = holidayHours;
  }
}
