package org.dpsupport.kernel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("DateRange: half-open runs of days")
class DateRangeTest {

  private static final DateRange NOVEMBER =
      DateRange.inclusive(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30));

  @Test
  @DisplayName("November 2026 is 1 to 30 November: 30 days, the 1st in, 1 December out")
  void inclusiveDaysBecomeHalfOpen() {
    assertEquals(LocalDate.of(2026, 12, 1), NOVEMBER.endExclusive());
    assertEquals(LocalDate.of(2026, 11, 30), NOVEMBER.lastDay());
    assertEquals(30, NOVEMBER.lengthInDays());
    assertTrue(NOVEMBER.contains(LocalDate.of(2026, 11, 1)));
    assertTrue(NOVEMBER.contains(LocalDate.of(2026, 11, 30)));
    assertFalse(NOVEMBER.contains(LocalDate.of(2026, 12, 1)));
    assertFalse(NOVEMBER.contains(LocalDate.of(2026, 10, 31)));
  }

  @Test
  @DisplayName("October then November abut; mid-November to mid-December overlaps November")
  void abutsAndOverlaps() {
    DateRange october = DateRange.inclusive(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 10, 31));
    DateRange midMonth =
        DateRange.inclusive(LocalDate.of(2026, 11, 15), LocalDate.of(2026, 12, 14));
    assertTrue(october.abuts(NOVEMBER));
    assertTrue(NOVEMBER.abuts(october));
    assertFalse(october.overlaps(NOVEMBER));
    assertTrue(midMonth.overlaps(NOVEMBER));
    assertFalse(midMonth.abuts(NOVEMBER));
    assertTrue(
        NOVEMBER.encloses(
            DateRange.inclusive(LocalDate.of(2026, 11, 3), LocalDate.of(2026, 11, 30))));
    assertFalse(NOVEMBER.encloses(midMonth));
  }

  @Test
  @DisplayName("a range that ends before it starts, or is empty, is refused")
  void neverEmpty() {
    LocalDate day = LocalDate.of(2026, 11, 1);
    assertThrows(IllegalArgumentException.class, () -> new DateRange(day, day));
    assertThrows(IllegalArgumentException.class, () -> new DateRange(day, day.minusDays(1)));
    assertEquals(1, DateRange.inclusive(day, day).lengthInDays());
  }
}
