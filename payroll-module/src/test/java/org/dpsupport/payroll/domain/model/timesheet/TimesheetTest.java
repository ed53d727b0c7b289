package org.dpsupport.payroll.domain.model.timesheet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.dpsupport.payroll.domain.model.pay.ShiftKind;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class TimesheetTest {

  private static final LocalDate NOV_1 = LocalDate.of(2026, 11, 1);
  private static final LocalDate NOV_30 = LocalDate.of(2026, 11, 30);

  private static TimesheetEntry shift(String start, String end, RateType type) {
    return new TimesheetEntry(LocalDateTime.parse(start), LocalDateTime.parse(end), type);
  }

  private static Timesheet november(TimesheetEntry... entries) {
    return Timesheet.of(
        NOV_1,
        NOV_30,
        LocalDate.of(2025, 1, 6),
        null,
        d -> d.equals(LocalDate.of(2026, 12, 25)),
        List.of(entries));
  }

  @Test
  @DisplayName("Day, night, weekend and sleep-in shifts become the engine's worked shifts")
  void validTimesheet() {
    Timesheet t =
        november(
            shift("2026-11-02T08:00", "2026-11-02T16:30", RateType.DAY),
            shift("2026-11-02T22:00", "2026-11-03T07:00", RateType.SLEEP_IN),
            shift("2026-11-07T09:00", "2026-11-07T13:00", RateType.WEEKEND),
            shift("2026-11-10T20:00", "2026-11-11T06:00", RateType.NIGHT));
    assertEquals(
        new BigDecimal("22.50"), t.hoursWorked(), "8.5 + 4 + 10; the sleep-in is not hours worked");
    assertEquals(ShiftKind.SLEEP_IN, t.shifts().get(1).kind());
    assertEquals(new BigDecimal("10.00"), t.shifts().get(3).hours());
  }

  @Test
  @DisplayName("Overlapping shifts are refused, naming both")
  void overlap() {
    var e =
        assertThrows(
            InvalidTimesheetException.class,
            () ->
                november(
                    shift("2026-11-02T08:00", "2026-11-02T16:00", RateType.DAY),
                    shift("2026-11-02T15:00", "2026-11-02T18:00", RateType.DAY)));
    assertTrue(
        e.getMessage().contains("overlaps the one starting 2026-11-02T08:00"), e.getMessage());
  }

  @Test
  @DisplayName("More than 24 hours in one day is refused")
  void moreThan24Hours() {
    var e =
        assertThrows(
            InvalidTimesheetException.class,
            () ->
                new TimesheetEntry(
                    LocalDateTime.parse("2026-11-02T00:00"),
                    LocalDateTime.parse("2026-11-03T01:00"),
                    RateType.DAY));
    assertTrue(e.getMessage().contains("longer than 24 hours"));
    var perDay =
        assertThrows(
            InvalidTimesheetException.class,
            () ->
                november(
                    shift("2026-11-02T08:00", "2026-11-02T20:00", RateType.DAY),
                    shift("2026-11-02T21:00", "2026-11-03T10:00", RateType.NIGHT)));
    assertTrue(
        perDay
            .getMessage()
            .contains("The shifts starting on 2026-11-02 add up to more than 24 hours"),
        perDay.getMessage());
  }

  @Test
  @DisplayName("Shifts before the PA started or after they left are refused")
  void outsideEmployment() {
    var e =
        assertThrows(
            InvalidTimesheetException.class,
            () ->
                Timesheet.of(
                    NOV_1,
                    NOV_30,
                    LocalDate.of(2026, 11, 10),
                    LocalDate.of(2026, 11, 20),
                    d -> false,
                    List.of(shift("2026-11-05T08:00", "2026-11-05T12:00", RateType.DAY))));
    assertTrue(e.getMessage().contains("outside the employment"), e.getMessage());
    assertThrows(
        InvalidTimesheetException.class,
        () ->
            Timesheet.of(
                NOV_1,
                NOV_30,
                LocalDate.of(2026, 11, 10),
                LocalDate.of(2026, 11, 20),
                d -> false,
                List.of(shift("2026-11-21T08:00", "2026-11-21T12:00", RateType.WEEKEND))));
  }

  @Test
  @DisplayName("A weekend rate on a weekday, or a bank holiday rate on an ordinary day, is refused")
  void wrongRateForDay() {
    var weekend =
        assertThrows(
            InvalidTimesheetException.class,
            () -> november(shift("2026-11-03T08:00", "2026-11-03T12:00", RateType.WEEKEND)));
    assertTrue(weekend.getMessage().contains("that day is a Tuesday"), weekend.getMessage());
    assertThrows(
        InvalidTimesheetException.class,
        () -> november(shift("2026-11-03T08:00", "2026-11-03T12:00", RateType.BANK_HOLIDAY)));
  }

  @Test
  @DisplayName(
      "A period of a century, one ending before it starts or outside the employment is refused")
  void periodsThatCannotBe() {
    var employed = LocalDate.of(2025, 1, 6);
    var century =
        assertThrows(
            InvalidTimesheetException.class,
            () ->
                Timesheet.of(
                    LocalDate.of(2000, 1, 1),
                    LocalDate.of(2100, 1, 1),
                    employed,
                    null,
                    d -> false,
                    List.of(shift("2026-11-02T08:00", "2026-11-02T16:00", RateType.DAY))));
    assertTrue(century.getMessage().contains("at most a month"), century.getMessage());
    var backwards =
        assertThrows(
            InvalidTimesheetException.class,
            () -> Timesheet.of(NOV_30, NOV_1, employed, null, d -> false, List.of()));
    assertTrue(backwards.getMessage().contains("before it starts"), backwards.getMessage());
    var before =
        assertThrows(
            InvalidTimesheetException.class,
            () ->
                Timesheet.of(
                    LocalDate.of(2024, 11, 1),
                    LocalDate.of(2024, 11, 30),
                    employed,
                    null,
                    d -> false,
                    List.of()));
    assertTrue(before.getMessage().contains("outside the employment"), before.getMessage());
  }

  @Test
  @DisplayName("96 quarter-hour shifts a day, or 115 hours a week, are refused as implausible")
  void implausibleHours() {
    List<TimesheetEntry> quarterHours = new java.util.ArrayList<>();
    LocalDateTime t = LocalDateTime.parse("2026-11-02T00:00");
    for (int i = 0; i < 96; i++) {
      quarterHours.add(new TimesheetEntry(t, t.plusMinutes(15), RateType.DAY));
      t = t.plusMinutes(15);
    }
    var many =
        assertThrows(
            InvalidTimesheetException.class,
            () -> november(quarterHours.toArray(TimesheetEntry[]::new)));
    assertTrue(many.getMessage().contains("More than 12 shifts start on"), many.getMessage());

    List<TimesheetEntry> longWeek = new java.util.ArrayList<>();
    for (int day = 2; day <= 8; day++) {
      LocalDateTime start = LocalDateTime.of(2026, 11, day, 6, 0);
      longWeek.add(new TimesheetEntry(start, start.plusHours(16).plusMinutes(30), RateType.DAY));
    }
    var week =
        assertThrows(
            InvalidTimesheetException.class,
            () -> november(longWeek.toArray(TimesheetEntry[]::new)));
    assertTrue(week.getMessage().contains("more than 98 hours"), week.getMessage());
    // 14 hours every day of the week is still accepted
    List<TimesheetEntry> fullWeek = new java.util.ArrayList<>();
    for (int day = 2; day <= 8; day++) {
      LocalDateTime start = LocalDateTime.of(2026, 11, day, 7, 0);
      fullWeek.add(
          new TimesheetEntry(
              start, start.plusHours(14), day >= 7 ? RateType.WEEKEND : RateType.DAY));
    }
    assertEquals(
        new BigDecimal("98.00"), november(fullWeek.toArray(TimesheetEntry[]::new)).hoursWorked());
  }
}
