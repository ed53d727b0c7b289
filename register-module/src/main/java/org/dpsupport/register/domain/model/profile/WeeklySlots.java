package org.dpsupport.register.domain.model.profile;

import java.time.DayOfWeek;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * A set of weekly slots: a PA's availability grid, or the hours a need asks for. Held as a 35-bit
 * mask so "how many of your slots can this PA do" is one AND and a bit count, which keeps matching
 * over 100,000 profiles fast.
 */
public final class WeeklySlots {
  private static final long ALL = (1L << WeeklySlot.SLOTS_IN_A_WEEK) - 1;
  private static final WeeklySlots NONE = new WeeklySlots(0L);

  private final long mask;

  private WeeklySlots(long mask) {
    this.mask = mask & ALL;
  }

  public static WeeklySlots none() {
    return NONE;
  }

  public static WeeklySlots of(WeeklySlot... slots) {
    return of(List.of(slots));
  }

  public static WeeklySlots of(Collection<WeeklySlot> slots) {
    long mask = 0;
    for (WeeklySlot slot : slots) {
      mask |= 1L << slot.index();
    }
    return new WeeklySlots(mask);
  }

  /** The same parts of the day on each of the given days, e.g. mornings Monday to Friday. */
  public static WeeklySlots every(Collection<DayOfWeek> days, PartOfDay... parts) {
    List<WeeklySlot> slots = new ArrayList<>();
    for (DayOfWeek day : days) {
      for (PartOfDay part : parts) {
        slots.add(WeeklySlot.of(day, part));
      }
    }
    return of(slots);
  }

  /** The slots stored as {@link #asMask()}; for persistence. */
  public static WeeklySlots ofMask(long mask) {
    if ((mask & ~ALL) != 0) {
      throw new IllegalArgumentException(
          "A weekly slot mask uses only the lowest 35 bits: " + mask);
    }
    return new WeeklySlots(mask);
  }

  /** The 35-bit mask (bit {@link WeeklySlot#index()} set for each slot); for persistence. */
  public long asMask() {
    return mask;
  }

  public boolean contains(WeeklySlot slot) {
    return (mask & (1L << slot.index())) != 0;
  }

  public boolean isEmpty() {
    return mask == 0;
  }

  public int size() {
    return Long.bitCount(mask);
  }

  /** The slots in both sets: the part of a need this availability covers. */
  public WeeklySlots intersection(WeeklySlots other) {
    return new WeeklySlots(mask & other.mask);
  }

  /** How many of the other set's slots are also in this set. */
  public int countCommon(WeeklySlots other) {
    return Long.bitCount(mask & other.mask);
  }

  public WeeklySlots plus(WeeklySlots other) {
    return new WeeklySlots(mask | other.mask);
  }

  public WeeklySlots minus(WeeklySlots other) {
    return new WeeklySlots(mask & ~other.mask);
  }

  /** The slots in week order, Monday early morning first. */
  public List<WeeklySlot> slots() {
    List<WeeklySlot> slots = new ArrayList<>(size());
    for (int i = 0; i < WeeklySlot.SLOTS_IN_A_WEEK; i++) {
      if ((mask & (1L << i)) != 0) {
        slots.add(WeeklySlot.ofIndex(i));
      }
    }
    return slots;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof WeeklySlots w && w.mask == mask;
  }

  @Override
  public int hashCode() {
    return Long.hashCode(mask);
  }

  @Override
  public String toString() {
    return slots().toString();
  }
}
