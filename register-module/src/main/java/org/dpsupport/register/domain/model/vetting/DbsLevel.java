package org.dpsupport.register.domain.model.vetting;

/** The level of a Disclosure and Barring Service check, lowest first. */
public enum DbsLevel {
  BASIC("basic DBS check"),
  STANDARD("standard DBS check"),
  ENHANCED("enhanced DBS check"),
  /**
   * Enhanced with a check of the adults' barred list: needed for regulated activity with adults.
   */
  ENHANCED_WITH_ADULT_BARRED_LIST("enhanced DBS check with the adults' barred list");

  private final String label;

  DbsLevel(String label) {
    this.label = label;
  }

  public String label() {
    return label;
  }

  public boolean isAtLeast(DbsLevel other) {
    return compareTo(other) >= 0;
  }
}
