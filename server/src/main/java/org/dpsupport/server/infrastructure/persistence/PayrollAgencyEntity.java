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

  // ---- issue 14: addresses, VAT, earlier employment, SSP
  @Column(name = "address_line1")
  private String addressLine1;

  @Column(name = "address_line2")
  private String addressLine2;

  @Column(name = "address_town")
  private String addressTown;

  @Column(name = "address_postcode")
  private String addressPostcode;

  @Column(name = "vat_registered")
  private boolean vatRegistered = true;

  @Column(name = "vat_number")
  private String vatNumber;

  @Column(name = "sort_code")
  private String sortCode;

  @Column(name = "account_number")
  private String accountNumber;

  public String getAddressLine1() {
    return addressLine1;
  }

  public void setAddressLine1(String addressLine1) {
    this.addressLine1 = addressLine1;
  }

  public String getAddressLine2() {
    return addressLine2;
  }

  public void setAddressLine2(String addressLine2) {
    this.addressLine2 = addressLine2;
  }

  public String getAddressTown() {
    return addressTown;
  }

  public void setAddressTown(String addressTown) {
    this.addressTown = addressTown;
  }

  public String getAddressPostcode() {
    return addressPostcode;
  }

  public void setAddressPostcode(String addressPostcode) {
    this.addressPostcode = addressPostcode;
  }

  public boolean isVatRegistered() {
    return vatRegistered;
  }

  public void setVatRegistered(boolean vatRegistered) {
    this.vatRegistered = vatRegistered;
  }

  public String getVatNumber() {
    return vatNumber;
  }

  public void setVatNumber(String vatNumber) {
    this.vatNumber = vatNumber;
  }

  public String getSortCode() {
    return sortCode;
  }

  public void setSortCode(String sortCode) {
    this.sortCode = sortCode;
  }

  public String getAccountNumber() {
    return accountNumber;
  }

  public void setAccountNumber(String accountNumber) {
    this.accountNumber = accountNumber;
  }
}
