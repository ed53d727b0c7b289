package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/** One shift on a timesheet. */
@Entity
@Table(name = "timesheet_shift")
public class TimesheetShiftEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "timesheet_id")
  private Long timesheetId;

  @Column(name = "starts_at")
  private java.time.LocalDateTime startsAt;

  @Column(name = "ends_at")
  private java.time.LocalDateTime endsAt;

  @Column(name = "rate_type")
  private String rateType;

  public TimesheetShiftEntity() {}

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getTimesheetId() {
    return timesheetId;
  }

  public void setTimesheetId(Long timesheetId) {
    this.timesheetId = timesheetId;
  }

  public java.time.LocalDateTime getStartsAt() {
    return startsAt;
  }

  public void setStartsAt(java.time.LocalDateTime startsAt) {
    this.startsAt = startsAt;
  }

  public java.time.LocalDateTime getEndsAt() {
    return endsAt;
  }

  public void setEndsAt(java.time.LocalDateTime endsAt) {
    this.endsAt = endsAt;
  }

  public String getRateType() {
    return rateType;
  }

  public void setRateType(String rateType) {
    this.rateType = rateType;
  }
}
