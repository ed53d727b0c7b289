package org.dpsupport.server.infrastructure.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

@Entity
@Table(name = "payroll_agency")
public class PayrollAgencyEntity {
  @Id
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dps_id")
  @SequenceGenerator(name = "dps_id", sequenceName = "dps_id_seq", allocationSize = 50)
  private Long id;

  @Column(nullable = false, unique = true)
  private String name;

  /** The Bacs service user number the agency submits under (six digits), or null if not given. */
  @Column(name = "bacs_service_user_number", length = 6)
  private String bacsServiceUserNumber;

  protected PayrollAgencyEntity() {}

  public PayrollAgencyEntity(String name) {
    this.name = name;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getBacsServiceUserNumber() {
    return bacsServiceUserNumber;
  }

  public void setBacsServiceUserNumber(String bacsServiceUserNumber) {
    this.bacsServiceUserNumber = bacsServiceUserNumber;
  }
}
