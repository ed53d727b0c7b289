package org.dpsupport.server.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;

/** A personal assistant's employment by a budget holder, paid from a direct-payment account. */
@Entity
@Table(name = "pa_employment")
public class PaEmploymentEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(name = "account_id", nullable = false)
  private Long accountId;

  @Column(name = "pa_user_id")
  private Long paUserId;

  @Column(name = "pa_name", nullable = false)
  private String paName;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "end_date")
  private LocalDate endDate;

  protected PaEmploymentEntity() {}

  public PaEmploymentEntity(long accountId, Long paUserId, String paName, LocalDate startDate) {
    this.accountId = accountId;
    this.paUserId = paUserId;
    this.paName = paName;
    this.startDate = startDate;
  }

  public Long getId() {
    return id;
  }

  public Long getAccountId() {
    return accountId;
  }

  public Long getPaUserId() {
    return paUserId;
  }

  public String getPaName() {
    return paName;
  }

  public LocalDate getStartDate() {
    return startDate;
  }

  public LocalDate getEndDate() {
    return endDate;
  }
}
