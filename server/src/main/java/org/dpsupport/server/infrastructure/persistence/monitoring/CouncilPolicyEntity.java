package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.math.BigDecimal;
import org.dpsupport.kernel.Money;

/**
 * A council's monitoring policy: contingency, return deadlines, how declared spending and receipts
 * are reconciled, and reviews an event brings forward.
 */
@Entity
@Table(name = "mon_council_policy")
public class CouncilPolicyEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "council_id")
  private Long councilId;

  @Column(name = "contingency_weeks")
  private Integer contingencyWeeks;

  @Column(name = "days_to_submit")
  private Integer daysToSubmit;

  @Column(name = "reminder_days_before")
  private Integer reminderDaysBefore;

  @Column(name = "declared_tolerance_amount")
  private Money declaredToleranceAmount;

  @Column(name = "declared_tolerance_percent")
  private BigDecimal declaredTolerancePercent;

  @Column(name = "payroll_category")
  private String payrollCategory;

  @Column(name = "receipt_required_above")
  private Money receiptRequiredAbove;

  @Column(name = "receipt_days")
  private Integer receiptDays;

  @Column(name = "invoice_days")
  private Integer invoiceDays;

  @Column(name = "event_review_days")
  private Integer eventReviewDays;

  @Column(name = "review_concerns")
  private String reviewConcerns;

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public CouncilPolicyEntity setCouncilId(Long councilId) {
    this.councilId = councilId;
    return this;
  }

  public Integer getContingencyWeeks() {
    return contingencyWeeks;
  }

  public CouncilPolicyEntity setContingencyWeeks(Integer contingencyWeeks) {
    this.contingencyWeeks = contingencyWeeks;
    return this;
  }

  public Integer getDaysToSubmit() {
    return daysToSubmit;
  }

  public CouncilPolicyEntity setDaysToSubmit(Integer daysToSubmit) {
    this.daysToSubmit = daysToSubmit;
    return this;
  }

  public Integer getReminderDaysBefore() {
    return reminderDaysBefore;
  }

  public CouncilPolicyEntity setReminderDaysBefore(Integer reminderDaysBefore) {
    this.reminderDaysBefore = reminderDaysBefore;
    return this;
  }

  public Money getDeclaredToleranceAmount() {
    return declaredToleranceAmount;
  }

  public CouncilPolicyEntity setDeclaredToleranceAmount(Money declaredToleranceAmount) {
    this.declaredToleranceAmount = declaredToleranceAmount;
    return this;
  }

  public BigDecimal getDeclaredTolerancePercent() {
    return declaredTolerancePercent;
  }

  public CouncilPolicyEntity setDeclaredTolerancePercent(BigDecimal declaredTolerancePercent) {
    this.declaredTolerancePercent = declaredTolerancePercent;
    return this;
  }

  public String getPayrollCategory() {
    return payrollCategory;
  }

  public CouncilPolicyEntity setPayrollCategory(String payrollCategory) {
    this.payrollCategory = payrollCategory;
    return this;
  }

  public Money getReceiptRequiredAbove() {
    return receiptRequiredAbove;
  }

  public CouncilPolicyEntity setReceiptRequiredAbove(Money receiptRequiredAbove) {
    this.receiptRequiredAbove = receiptRequiredAbove;
    return this;
  }

  public Integer getReceiptDays() {
    return receiptDays;
  }

  public CouncilPolicyEntity setReceiptDays(Integer receiptDays) {
    this.receiptDays = receiptDays;
    return this;
  }

  public Integer getInvoiceDays() {
    return invoiceDays;
  }

  public CouncilPolicyEntity setInvoiceDays(Integer invoiceDays) {
    this.invoiceDays = invoiceDays;
    return this;
  }

  public Integer getEventReviewDays() {
    return eventReviewDays;
  }

  public CouncilPolicyEntity setEventReviewDays(Integer eventReviewDays) {
    this.eventReviewDays = eventReviewDays;
    return this;
  }

  public String getReviewConcerns() {
    return reviewConcerns;
  }

  public CouncilPolicyEntity setReviewConcerns(String reviewConcerns) {
    this.reviewConcerns = reviewConcerns;
    return this;
  }
}
