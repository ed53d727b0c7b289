package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.persistence.*;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.returns.ReturnState;

/** A return: one account's accounting for one period. */
@Entity
@Table(name = "mon_return")
public class ReturnEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  @Column(name = "id")
  private Long id;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "period_start")
  private LocalDate periodStart;

  @Column(name = "period_end_excl")
  private LocalDate periodEndExcl;

  @Column(name = "due_date")
  private LocalDate dueDate;

  @Enumerated(EnumType.STRING)
  @Column(name = "state")
  private ReturnState returnState;

  @Column(name = "opened_at")
  private OffsetDateTime openedAt;

  @Column(name = "submitted_at")
  private OffsetDateTime submittedAt;

  @Column(name = "submitted_by")
  private String submittedBy;

  @Column(name = "declaration")
  private String declaration;

  @Column(name = "reminder_sent_at")
  private OffsetDateTime reminderSentAt;

  @Column(name = "overdue_at")
  private OffsetDateTime overdueAt;

  @Column(name = "closing_balance")
  private Money closingBalance;

  @Column(name = "surplus")
  private Money surplus;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "decided_by")
  private String decidedBy;

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public ReturnEntity setAccountId(Long accountId) {
    this.accountId = accountId;
    return this;
  }

  public LocalDate getPeriodStart() {
    return periodStart;
  }

  public ReturnEntity setPeriodStart(LocalDate periodStart) {
    this.periodStart = periodStart;
    return this;
  }

  public LocalDate getPeriodEndExcl() {
    return periodEndExcl;
  }

  public ReturnEntity setPeriodEndExcl(LocalDate periodEndExcl) {
    this.periodEndExcl = periodEndExcl;
    return this;
  }

  public LocalDate getDueDate() {
    return dueDate;
  }

  public ReturnEntity setDueDate(LocalDate dueDate) {
    this.dueDate = dueDate;
    return this;
  }

  public ReturnState state() {
    return returnState;
  }

  public ReturnEntity state(ReturnState state) {
    this.returnState = state;
    return this;
  }

  public OffsetDateTime getOpenedAt() {
    return openedAt;
  }

  public ReturnEntity setOpenedAt(OffsetDateTime openedAt) {
    this.openedAt = openedAt;
    return this;
  }

  public OffsetDateTime getSubmittedAt() {
    return submittedAt;
  }

  public ReturnEntity setSubmittedAt(OffsetDateTime submittedAt) {
    this.submittedAt = submittedAt;
    return this;
  }

  public String getSubmittedBy() {
    return submittedBy;
  }

  public ReturnEntity setSubmittedBy(String submittedBy) {
    this.submittedBy = submittedBy;
    return this;
  }

  public String getDeclaration() {
    return declaration;
  }

  public ReturnEntity setDeclaration(String declaration) {
    this.declaration = declaration;
    return this;
  }

  public OffsetDateTime getReminderSentAt() {
    return reminderSentAt;
  }

  public ReturnEntity setReminderSentAt(OffsetDateTime reminderSentAt) {
    this.reminderSentAt = reminderSentAt;
    return this;
  }

  public OffsetDateTime getOverdueAt() {
    return overdueAt;
  }

  public ReturnEntity setOverdueAt(OffsetDateTime overdueAt) {
    this.overdueAt = overdueAt;
    return this;
  }

  public Money getClosingBalance() {
    return closingBalance;
  }

  public ReturnEntity setClosingBalance(Money closingBalance) {
    this.closingBalance = closingBalance;
    return this;
  }

  public Money getSurplus() {
    return surplus;
  }

  public ReturnEntity setSurplus(Money surplus) {
    this.surplus = surplus;
    return this;
  }

  public OffsetDateTime getDecidedAt() {
    return decidedAt;
  }

  public ReturnEntity setDecidedAt(OffsetDateTime decidedAt) {
    this.decidedAt = decidedAt;
    return this;
  }

  public String getDecidedBy() {
    return decidedBy;
  }

  public ReturnEntity setDecidedBy(String decidedBy) {
    this.decidedBy = decidedBy;
    return this;
  }
}
