package org.dpsupport.payroll.domain.model.timesheet;

import org.dpsupport.payroll.domain.model.pay.ShiftKind;

/**
 * The rate a timesheet entry claims. Weekend and bank-holiday rates follow from the date (the
 * engine pays them by date), so an entry claiming one on another day is refused; night and sleep-in
 * are the PA's own account of the shift.
 */
public enum RateType {
  DAY("day", ShiftKind.DAY),
  NIGHT("night", ShiftKind.NIGHT),
  WAKING_NIGHT("waking night", ShiftKind.WAKING_NIGHT),
  WEEKEND("weekend", ShiftKind.DAY),
  BANK_HOLIDAY("bank holiday", ShiftKind.DAY),
  SLEEP_IN("sleep-in", ShiftKind.SLEEP_IN);

  private final String label;
  private final ShiftKind shiftKind;

  RateType(String label, ShiftKind shiftKind) {
    this.label = label;
    this.shiftKind = shiftKind;
  }

  public String label() {
    return label;
  }

  public ShiftKind shiftKind() {
    return shiftKind;
  }

  public static RateType parse(String text) {
    if (text != null) {
      String key =
          text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_').replace(' ', '_');
      for (RateType t : values()) {
        if (t.name().equals(key)) {
          return t;
        }
      }
    }
    throw new IllegalArgumentException(
        "'"
            + text
            + "' is not a rate type; use DAY, NIGHT, WAKING_NIGHT, WEEKEND,"
            + " BANK_HOLIDAY or SLEEP_IN.");
  }
}
