package org.dpsupport.payroll.domain.model.bank;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.dpsupport.payroll.infrastructure.resources.BankHolidayResources;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BacsCalendarTest {

  private static final BacsCalendar CALENDAR = BankHolidayResources.standardCalendar();

  @Test
  @DisplayName("The data file covers 2025 to 2028: eight bank holidays a year, all on weekdays")
  void dataFile() {
    assertEquals(2025, CALENDAR.firstYear());
    assertEquals(2028, CALENDAR.lastYear());
    Map<Integer, Integer> perYear = new TreeMap<>();
    for (LocalDate d : CALENDAR.bankHolidays()) {
      perYear.merge(d.getYear(), 1, Integer::sum);
      assertNotEquals(DayOfWeek.SATURDAY, d.getDayOfWeek(), d.toString());
      assertNotEquals(DayOfWeek.SUNDAY, d.getDayOfWeek(), d.toString());
    }
    assertEquals(Map.of(2025, 8, 2026, 8, 2027, 8, 2028, 8), perYear);
    // Good Friday is two days before Easter Sunday, Easter Monday the day after
    for (String goodFriday :
        new String[] {"2025-04-18", "2026-04-03", "2027-03-26", "2028-04-14"}) {
      LocalDate gf = LocalDate.parse(goodFriday);
      assertTrue(CALENDAR.isBankHoliday(gf));
      assertTrue(CALENDAR.isBankHoliday(gf.plusDays(3)));
    }
  }

  @ParameterizedTest(name = "pay day {0} ({4}): credited {1}, processed {2}, sent {3}")
  @CsvSource({
    // an ordinary Friday
    "2026-10-30, 2026-10-30, 2026-10-29, 2026-10-28, ordinary Friday",
    // a Monday: processed the Friday before
    "2026-09-28, 2026-09-28, 2026-09-25, 2026-09-24, Monday",
    // a Saturday: paid the Friday
    "2026-11-28, 2026-11-27, 2026-11-26, 2026-11-25, Saturday",
    // a Sunday: paid the Friday
    "2026-10-25, 2026-10-23, 2026-10-22, 2026-10-21, Sunday",
    // Christmas Day 2026 (Friday): paid Thursday 24th
    "2026-12-25, 2026-12-24, 2026-12-23, 2026-12-22, Christmas Day",
    // the Boxing Day substitute, Monday 28 December 2026: paid Thursday 24th
    "2026-12-28, 2026-12-24, 2026-12-23, 2026-12-22, Boxing Day substitute",
    // Tuesday 29 December 2026: processed Thursday 24th across the holidays
    "2026-12-29, 2026-12-29, 2026-12-24, 2026-12-23, after Christmas",
    // Easter Monday 2027: Good Friday too, so paid Thursday 25 March
    "2027-03-29, 2027-03-25, 2027-03-24, 2027-03-23, Easter Monday",
    // Tuesday after Easter 2027: processed Thursday 25 March
    "2027-03-30, 2027-03-30, 2027-03-25, 2027-03-24, after Easter",
    // early May bank holiday 2026
    "2026-05-04, 2026-05-01, 2026-04-30, 2026-04-29, early May bank holiday",
    // New Year's Day substitute 2028 (Monday 3 January)
    "2028-01-03, 2027-12-31, 2027-12-30, 2027-12-29, New Year substitute"
  })
  void payDays(
      LocalDate payDay, LocalDate credit, LocalDate processing, LocalDate input, String what) {
    BacsDates d = CALENDAR.datesFor(payDay);
    assertEquals(credit, d.creditDay(), "credit");
    assertEquals(processing, d.processingDay(), "processing");
    assertEquals(input, d.inputDay(), "input");
    assertEquals(!credit.equals(payDay), d.payDayMoved());
  }

  @Test
  @DisplayName("A year outside the list is refused, saying which file to extend")
  void outsideTheList() {
    IllegalArgumentException e =
        assertThrows(
            IllegalArgumentException.class, () -> CALENDAR.datesFor(LocalDate.of(2029, 1, 31)));
    assertTrue(
        e.getMessage().contains("known for 2025 to 2028 only, not for 2029"), e.getMessage());
    assertTrue(e.getMessage().contains("bank-holidays-england-and-wales.txt"), e.getMessage());
  }

  @Test
  @DisplayName(
      "A list from another file: the 'covers' line bounds it, comments and descriptions ignored")
  void otherFile() throws Exception {
    BacsCalendar c =
        BankHolidayResources.read(
            new StringReader("# test\ncovers 2030 2030\n2030-01-01 New Year's Day\n"), "test");
    assertFalse(c.isWorkingDay(LocalDate.of(2030, 1, 1)));
    assertTrue(c.isWorkingDay(LocalDate.of(2030, 1, 2)));
    assertThrows(
        IllegalStateException.class,
        () -> BankHolidayResources.read(new StringReader("2030-01-01\n"), "test"));
    assertThrows(
        IllegalStateException.class,
        () -> BankHolidayResources.read(new StringReader("covers 2030 2030\n1 Jan\n"), "test"));
  }
}
