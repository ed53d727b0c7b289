package org.dpsupport.register.domain.model.vetting;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * A DBS certificate seen by register staff. The register records the facts of the check, not a copy
 * of the certificate (DBS Code of Practice: certificate information is not kept longer than
 * needed).
 *
 * @param level the level of the check
 * @param issuedOn the date printed on the certificate
 * @param updateService what the Update Service says
 * @param statusCheckedOn when staff last ran an Update Service status check, if ever
 */
public record DbsCheck(
    DbsLevel level,
    LocalDate issuedOn,
    UpdateServiceStatus updateService,
    LocalDate statusCheckedOn) {
  public DbsCheck {
    Objects.requireNonNull(level, "level");
    Objects.requireNonNull(issuedOn, "issuedOn");
    updateService = updateService == null ? UpdateServiceStatus.NOT_SUBSCRIBED : updateService;
    if (statusCheckedOn != null && statusCheckedOn.isBefore(issuedOn)) {
      throw new org.dpsupport.register.domain.model.InvalidDetailException(
          "The Update Service status check cannot be before the certificate was issued.");
    }
  }

  /** A certificate without an Update Service subscription. */
  public static DbsCheck issued(DbsLevel level, LocalDate issuedOn) {
    return new DbsCheck(level, issuedOn, UpdateServiceStatus.NOT_SUBSCRIBED, null);
  }

  /**
   * A certificate on the Update Service whose status was checked on the given day and is unchanged.
   */
  public static DbsCheck onUpdateService(
      DbsLevel level, LocalDate issuedOn, LocalDate statusCheckedOn) {
    return new DbsCheck(
        level, issuedOn, UpdateServiceStatus.SUBSCRIBED_NO_NEW_INFORMATION, statusCheckedOn);
  }

  public Optional<LocalDate> statusChecked() {
    return Optional.ofNullable(statusCheckedOn);
  }
}
