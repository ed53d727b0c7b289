package org.dpsupport.register.domain.model.profile;

import java.time.DayOfWeek;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Objects;

/**
 * One cell of the weekly grid: a day and a part of the day, e.g. Tuesday evening (17:00-21:00).
 * There are 35 slots in a week.
 */
public record WeeklySlot(DayOfWeek day, PartOfDay part) implements Comparable<WeeklySlot> {
  /** Number of slots in a week: 7 days x 5 parts of the day. */
  public static final int SLOTS_IN_A_WEEK = 7 * 5;

  public WeeklySlot {
    Objects.requireNonNull(day, "day");
    Objects.requireNonNull(part, "part");
  }

  public static WeeklySlot of(DayOfWeek day, PartOfDay part) {
    return new WeeklySlot(day, part);
  }

  /** Position 0..34 in the week, Monday early morning first; used for the bit mask. */
  public int index() {
    return (day.getValue() - 1) * PartOfDay.values().length + part.ordinal();
  }

  static WeeklySlot ofIndex(int index) {
    int parts = PartOfDay.values().length;
    return new WeeklySlot(DayOfWeek.of(index / parts + 1), PartOfDay.values()[index % parts]);
  }

  @Override
  public int compareTo(WeeklySlot other) {
    return Integer.compare(index(), other.index());
  }

  /** "Tuesday evening". */
  @Override
  public String toString() {
    return day.getDisplayName(TextStyle.FULL, Locale.UK) + " " + part.label();
  }
}
