package org.dpsupport.register.domain.model.privacy;

import java.util.Objects;

/**
 * One record the register keeps after a PA deletes their profile, read from the council's retention
 * policy file.
 *
 * @param record what is kept, in plain English
 * @param reason why it must be kept
 * @param keepForMonths how long after the deletion it is kept
 * @param when in which case it applies
 */
public record RetentionRule(String record, String reason, int keepForMonths, Applies when) {
  /** The cases in which a record exists to keep. */
  public enum Applies {
    ALWAYS,
    /** The profile was approved at some time (approved or suspended now). */
    EVER_APPROVED,
    /** The PA took part in at least one introduction. */
    EVER_INTRODUCED,
    /** The PA was hired through the register. */
    HIRED
  }

  public RetentionRule {
    Objects.requireNonNull(record, "record");
    Objects.requireNonNull(reason, "reason");
    Objects.requireNonNull(when, "when");
    if (keepForMonths < 1) {
      throw new IllegalArgumentException(
          "A retention period must be at least one month: " + record);
    }
  }
}
