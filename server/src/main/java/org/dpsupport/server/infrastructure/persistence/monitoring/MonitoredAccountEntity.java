package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.LocalDate;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.MonitoringStatus;
import org.dpsupport.monitoring.domain.model.account.Route;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;

/**
 * The monitoring side of a direct-payment account: agreed terms, risk and where its returns have
 * got to.
 */
@Entity
@Table(name = "mon_account")
public class MonitoredAccountEntity {
  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(name = "route")
  private Route route;

  @Column(name = "annual_budget")
  private Money annualBudget;

  @Column(name = "instalment")
  private Money instalment;

  @Column(name = "payment_schedule")
  private String paymentSchedule;

  @Column(name = "plan_categories")
  private String planCategories;

  @Enumerated(EnumType.STRING)
  @Column(name = "frequency")
  private ReturnFrequency frequency;

  @Enumerated(EnumType.STRING)
  @Column(name = "ruled_frequency")
  private ReturnFrequency ruledFrequency;

  @Column(name = "risk_reasons")
  private String riskReasons;

  @Enumerated(EnumType.STRING)
  @Column(name = "override_frequency")
  private ReturnFrequency overrideFrequency;

  @Column(name = "override_reason")
  private String overrideReason;

  @Column(name = "override_by")
  private String overrideBy;

  @Column(name = "override_on")
  private LocalDate overrideOn;

  @Enumerated(EnumType.STRING)
  @Column(name = "status")
  private MonitoringStatus status;

  @Column(name = "next_period_start")
  private LocalDate nextPeriodStart;

  /** Derived from the start and the frequency, kept so a firing finds the due accounts by index. */
  @Column(name = "next_period_end")
  private LocalDate nextPeriodEnd;

  @Column(name = "last_review")
  private LocalDate lastReview;

  @Column(name = "next_review")
  private LocalDate nextReview;

  @Column(name = "open_concerns")
  private String openConcerns;

  @Column(name = "event_review_due")
  private LocalDate eventReviewDue;

  @Column(name = "event_review_reason")
  private String eventReviewReason;

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  public Route getRoute() {
    return route;
  }

  public MonitoredAccountEntity setRoute(Route route) {
    this.route = route;
    return this;
  }

  public Money annualBudget() {
    return annualBudget;
  }

  public MonitoredAccountEntity setAnnualBudget(Money annualBudget) {
    this.annualBudget = annualBudget;
    return this;
  }

  public Money instalment() {
    return instalment;
  }

  public MonitoredAccountEntity setInstalment(Money instalment) {
    this.instalment = instalment;
    return this;
  }

  public String getPaymentSchedule() {
    return paymentSchedule;
  }

  public MonitoredAccountEntity setPaymentSchedule(String paymentSchedule) {
    this.paymentSchedule = paymentSchedule;
    return this;
  }

  public String getPlanCategories() {
    return planCategories;
  }

  public MonitoredAccountEntity setPlanCategories(String planCategories) {
    this.planCategories = planCategories;
    return this;
  }

  public ReturnFrequency getFrequency() {
    return frequency;
  }

  public MonitoredAccountEntity setFrequency(ReturnFrequency frequency) {
    this.frequency = frequency;
    derivePeriodEnd();
    return this;
  }

  public ReturnFrequency getRuledFrequency() {
    return ruledFrequency;
  }

  public MonitoredAccountEntity setRuledFrequency(ReturnFrequency ruledFrequency) {
    this.ruledFrequency = ruledFrequency;
    return this;
  }

  public String getRiskReasons() {
    return riskReasons;
  }

  public MonitoredAccountEntity setRiskReasons(String riskReasons) {
    this.riskReasons = riskReasons;
    return this;
  }

  public ReturnFrequency getOverrideFrequency() {
    return overrideFrequency;
  }

  public MonitoredAccountEntity setOverrideFrequency(ReturnFrequency overrideFrequency) {
    this.overrideFrequency = overrideFrequency;
    return this;
  }

  public String getOverrideReason() {
    return overrideReason;
  }

  public MonitoredAccountEntity setOverrideReason(String overrideReason) {
    this.overrideReason = overrideReason;
    return this;
  }

  public String getOverrideBy() {
    return overrideBy;
  }

  public MonitoredAccountEntity setOverrideBy(String overrideBy) {
    this.overrideBy = overrideBy;
    return this;
  }

  public LocalDate getOverrideOn() {
    return overrideOn;
  }

  public MonitoredAccountEntity setOverrideOn(LocalDate overrideOn) {
    this.overrideOn = overrideOn;
    return this;
  }

  public MonitoringStatus getStatus() {
    return status;
  }

  public MonitoredAccountEntity setStatus(MonitoringStatus status) {
    this.status = status;
    return this;
  }

  public LocalDate getNextPeriodStart() {
    return nextPeriodStart;
  }

  public MonitoredAccountEntity setNextPeriodStart(LocalDate nextPeriodStart) {
    this.nextPeriodStart = nextPeriodStart;
    derivePeriodEnd();
    return this;
  }

  /** The day after the current period's last day: when its return opens. */
  public LocalDate getNextPeriodEnd() {
    return nextPeriodEnd;
  }

  private void derivePeriodEnd() {
    if (nextPeriodStart != null && frequency != null) {
      nextPeriodEnd = ReturnPeriod.starting(nextPeriodStart, frequency).endExclusive();
    }
  }

  public LocalDate getLastReview() {
    return lastReview;
  }

  public MonitoredAccountEntity setLastReview(LocalDate lastReview) {
    this.lastReview = lastReview;
    return this;
  }

  public LocalDate getNextReview() {
    return nextReview;
  }

  public MonitoredAccountEntity setNextReview(LocalDate nextReview) {
    this.nextReview = nextReview;
    return this;
  }

  public String getOpenConcerns() {
    return openConcerns;
  }

  public MonitoredAccountEntity setOpenConcerns(String openConcerns) {
    this.openConcerns = openConcerns;
    return this;
  }

  public LocalDate getEventReviewDue() {
    return eventReviewDue;
  }

  public MonitoredAccountEntity setEventReviewDue(LocalDate eventReviewDue) {
    this.eventReviewDue = eventReviewDue;
    return this;
  }

  public String getEventReviewReason() {
    return eventReviewReason;
  }

  public MonitoredAccountEntity setEventReviewReason(String eventReviewReason) {
    this.eventReviewReason = eventReviewReason;
    return this;
  }
}
