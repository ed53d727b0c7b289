package org.dpsupport.server.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.dpsupport.server.security.AccountOwnership;

/** A direct-payment account: the council pays the person's budget into it. */
@Entity
@Table(name = "dp_account")
public class DirectPaymentAccountEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String reference;

  @Column(name = "council_id", nullable = false)
  private Long councilId;

  @Column(name = "holder_user_id", nullable = false)
  private Long holderUserId;

  @Column(name = "nominee_user_id")
  private Long nomineeUserId;

  @Column(name = "agency_id")
  private Long agencyId;

  @Column(name = "recipient_name", nullable = false)
  private String recipientName;

  @Column(name = "start_date", nullable = false)
  private LocalDate startDate;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected DirectPaymentAccountEntity() {}

  public DirectPaymentAccountEntity(
      String reference,
      long councilId,
      long holderUserId,
      Long agencyId,
      String recipientName,
      LocalDate startDate,
      OffsetDateTime createdAt) {
    this.reference = reference;
    this.councilId = councilId;
    this.holderUserId = holderUserId;
    this.agencyId = agencyId;
    this.recipientName = recipientName;
    this.startDate = startDate;
    this.createdAt = createdAt;
  }

  public AccountOwnership ownership() {
    return new AccountOwnership(
        holderUserId, Optional.ofNullable(nomineeUserId), councilId, Optional.ofNullable(agencyId));
  }

  public Long getId() {
    return id;
  }

  public String getReference() {
    return reference;
  }

  public Long getCouncilId() {
    return councilId;
  }

  public Long getHolderUserId() {
    return holderUserId;
  }

  public Long getAgencyId() {
    return agencyId;
  }

  public String getRecipientName() {
    return recipientName;
  }

  public LocalDate getStartDate() {
    return startDate;
  }
}
