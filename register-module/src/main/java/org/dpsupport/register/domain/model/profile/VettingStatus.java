package org.dpsupport.register.domain.model.profile;

/**
 * Where a profile stands in vetting. Only {@link #APPROVED} profiles can be found by budget
 * holders.
 *
 * <pre>
 * DRAFT -> SUBMITTED -> APPROVED (register staff) | REJECTED (register staff)
 * REJECTED -> SUBMITTED (the PA tries again)
 * APPROVED -> SUSPENDED (automatic, when a required item expires)
 * SUSPENDED -> APPROVED (automatic, when every expired item is renewed)
 * APPROVED | SUSPENDED -> SUSPENDED_BY_STAFF (register staff, e.g. a safeguarding concern; the daily review leaves it)
 * SUSPENDED_BY_STAFF -> APPROVED | SUSPENDED (register staff lift it; SUSPENDED while checks are still out of date)
 * </pre>
 */
public enum VettingStatus {
  DRAFT("draft, not yet sent for vetting"),
  SUBMITTED("waiting for register staff to check"),
  APPROVED("approved"),
  REJECTED("not approved"),
  SUSPENDED("suspended until expired checks are renewed"),
  SUSPENDED_BY_STAFF("suspended by register staff");

  private final String description;

  VettingStatus(String description) {
    this.description = description;
  }

  public String description() {
    return description;
  }
}
