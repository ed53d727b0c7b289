package org.dpsupport.payroll.domain.model.taxyear;

import java.util.Locale;

/**
 * How often a PA is paid. Fortnightly and four-weekly pay use HMRC's weekly tables: pay period n is
 * tax week 2n or 4n (PAYE spec, employees paid at other than weekly or monthly intervals).
 */
public enum PayFrequency {
  WEEKLY("Weekly", 52, 1, 52),
  FORTNIGHTLY("Fortnightly", 52, 2, 26),
  FOUR_WEEKLY("FourWeekly", 52, 4, 13),
  MONTHLY("Monthly", 12, 1, 12);

  private final String displayName;
  private final int tablePeriodsInYear;
  private final int tablePeriodsPerPayPeriod;
  private final int payPeriodsInYear;
  private final String label;

  PayFrequency(
      String displayName,
      int tablePeriodsInYear,
      int tablePeriodsPerPayPeriod,
      int payPeriodsInYear) {
    this.displayName = displayName;
    this.tablePeriodsInYear = tablePeriodsInYear;
    this.tablePeriodsPerPayPeriod = tablePeriodsPerPayPeriod;
    this.payPeriodsInYear = payPeriodsInYear;
    this.label =
        displayName.equals("FourWeekly") ? "four-weekly" : displayName.toLowerCase(Locale.ROOT);
  }

  /** "Weekly", "Fortnightly", "FourWeekly" or "Monthly" (also the enum names, any case). */
  public static PayFrequency parse(String text) {
    if (text != null) {
      String key =
          text.trim().replace("-", "").replace("_", "").replace(" ", "").toUpperCase(Locale.ROOT);
      for (PayFrequency f : values()) {
        if (f.name().replace("_", "").equals(key)) {
          return f;
        }
      }
    }
    throw new IllegalArgumentException(
        "'" + text + "' is not a pay frequency; use Weekly, Fortnightly, FourWeekly or Monthly.");
  }

  public String displayName() {
    return displayName;
  }

  /** Lower case, for basis texts: "weekly", "fourweekly" is written "four-weekly". */
  public String label() {
    return label;
  }

  /** 52 for the weekly tables, 12 for the monthly tables. */
  public int tablePeriodsInYear() {
    return tablePeriodsInYear;
  }

  /** Tax weeks (or months) in one pay period: 1, 2, 4 or 1. */
  public int tablePeriodsPerPayPeriod() {
    return tablePeriodsPerPayPeriod;
  }

  public int payPeriodsInYear() {
    return payPeriodsInYear;
  }

  public boolean usesWeeklyTables() {
    return tablePeriodsInYear == 52;
  }

  /** Days in a pay period for weekly-based frequencies. */
  public int days() {
    return 7 * tablePeriodsPerPayPeriod;
  }
}
