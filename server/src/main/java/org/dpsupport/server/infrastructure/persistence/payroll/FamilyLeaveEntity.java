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
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;

/** A PA's family leave as recorded (table {@code family_leave}, migration V33_1). */
@Entity
@Table(name = "family_leave")
public class FamilyLeaveEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "pa_employment_id")
  private Long employmentId;

  @Enumerated(EnumType.STRING)
  @Column(name = "pay_type")
  private FamilyPayType payType;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Column(name = "matched_on")
  private LocalDate matchedOn;

  @Column(name = "event_date")
  private LocalDate eventDate;

  @Column(name = "pay_start")
  private LocalDate payStart;

  @Column(name = "weeks")
  private int weeks;

  @Column(name = "weeks_before_curtailment")
  private int weeksBeforeCurtailment;

  @Column(name = "average_weekly_earnings")
  private BigDecimal averageWeeklyEarnings;

  @Column(name = "evidence_received")
  private boolean evidenceReceived;

  @Column(name = "work_days")
  private String workDays = "";

  @Column(name = "recorded_by")
  private String recordedBy;

  @Column(name = "recorded_at")
  private LocalDateTime recordedAt;

  public FamilyLeaveEntity() {}

  public Long getId() {
    return id;
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long employmentId) {
    this.employmentId = employmentId;
  }

  public FamilyPayType getPayType() {
    return payType;
  }

  public void setPayType(FamilyPayType payType) {
    this.payType = payType;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public void setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
  }

  public LocalDate getMatchedOn() {
    return matchedOn;
  }

  public void setMatchedOn(LocalDate matchedOn) {
    this.matchedOn = matchedOn;
  }

  public LocalDate getEventDate() {
    return eventDate;
  }

  public void setEventDate(LocalDate eventDate) {
    this.eventDate = eventDate;
  }

  public LocalDate getPayStart() {
    return payStart;
  }

  public void setPayStart(LocalDate payStart) {
    this.payStart = payStart;
  }

  public int getWeeks() {
    return weeks;
  }

  public void setWeeks(int weeks) {
    this.weeks = weeks;
  }

  public int getWeeksBeforeCurtailment() {
    return weeksBeforeCurtailment;
  }

  public void setWeeksBeforeCurtailment(int weeksBeforeCurtailment) {
    this.weeksBeforeCurtailment = weeksBeforeCurtailment;
  }

  public BigDecimal getAverageWeeklyEarnings() {
    return averageWeeklyEarnings;
  }

  public void setAverageWeeklyEarnings(BigDecimal averageWeeklyEarnings) {
    this.averageWeeklyEarnings = averageWeeklyEarnings;
  }

  public boolean isEvidenceReceived() {
    return evidenceReceived;
  }

  public void setEvidenceReceived(boolean evidenceReceived) {
    this.evidenceReceived = evidenceReceived;
  }

  public String getWorkDays() {
    return workDays;
  }

  public void setWorkDays(String workDays) {
    this.workDays = workDays;
  }

  public String getRecordedBy() {
    return recordedBy;
  }

  public void setRecordedBy(String recordedBy) {
    this.recordedBy = recordedBy;
  }

  public LocalDateTime getRecordedAt() {
    return recordedAt;
  }

  public void setRecordedAt(LocalDateTime recordedAt) {
    this.recordedAt = recordedAt;
  }
}
