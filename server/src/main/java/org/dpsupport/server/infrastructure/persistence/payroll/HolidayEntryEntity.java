package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.LocalDate;
import org.dpsupport.kernel.Money;

/** A PA's holiday in one pay run: earned, taken and left, and how it was worked out. */
@Entity
@Table(name = "holiday_entry")
public class HolidayEntryEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "pay_run_id")
  private Long payRunId;

  @Column(name = "pa_employment_id")
  private Long employmentId;

  @Column(name = "payment_date")
  private LocalDate paymentDate;

  @Column(name = "basis")
  private String basis;

  @Column(name = "hours_worked")
  private BigDecimal hoursWorked;

  @Column(name = "accrued_hours")
  private BigDecimal accruedHours;

  @Column(name = "taken_hours")
  private BigDecimal takenHours;

  @Column(name = "balance_before")
  private BigDecimal balanceBefore;

  @Column(name = "balance_after")
  private BigDecimal balanceAfter;

  @Column(name = "explanation")
  private String explanation;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end")
  private LocalDate periodEnd;

  /** Pay for work in the period (the 52-paid-week holiday reference); null when not known. */
  @Column(name = "pay_for_work")
  private Money payForWork;

  /** How holiday taken in the period was paid, in words; null when none was taken. */
  @Column(name = "paid_at")
  private String paidAt;

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public void setPeriodStart(LocalDate v) {
    periodStart = v;
  }

  public LocalDate getPeriodEnd() {
    return periodEnd;
  }

  public void setPeriodEnd(LocalDate v) {
    periodEnd = v;
  }

  public Money getPayForWork() {
    return payForWork;
  }

  public void setPayForWork(Money v) {
    payForWork = v;
  }

  public String getPaidAt() {
    return paidAt;
  }

  public void setPaidAt(String v) {
    paidAt = v;
  }

  public HolidayEntryEntity() {}

  public Long getId() {
    return id;
  }

  public Long getPayRunId() {
    return payRunId;
  }

  public void setPayRunId(Long payRunId) {
    this.payRunId = payRunId;
  }

  public Long getEmploymentId() {
    return employmentId;
  }

  public void setEmploymentId(Long employmentId) {
    this.employmentId = employmentId;
  }

  public LocalDate getPaymentDate() {
    return paymentDate;
  }

  public void setPaymentDate(LocalDate paymentDate) {
    this.paymentDate = paymentDate;
  }

  public String getBasis() {
    return basis;
  }

  public void setBasis(String basis) {
    this.basis = basis;
  }

  public BigDecimal getHoursWorked() {
    return hoursWorked;
  }

  public void setHoursWorked(BigDecimal hoursWorked) {
    this.hoursWorked = hoursWorked;
  }

  public BigDecimal getAccruedHours() {
    return accruedHours;
  }

  public void setAccruedHours(BigDecimal accruedHours) {
    this.accruedHours = accruedHours;
  }

  public BigDecimal getTakenHours() {
    return takenHours;
  }

  public void setTakenHours(BigDecimal takenHours) {
    this.takenHours = takenHours;
  }

  public BigDecimal getBalanceBefore() {
    return balanceBefore;
  }

  public void setBalanceBefore(BigDecimal balanceBefore) {
    this.balanceBefore = balanceBefore;
  }

  public BigDecimal getBalanceAfter() {
    return balanceAfter;
  }

  public void setBalanceAfter(BigDecimal balanceAfter) {
    this.balanceAfter = balanceAfter;
  }

  public String getExplanation() {
    return explanation;
  }

  public void setExplanation(String explanation) {
    this.explanation = explanation;
  }
}
