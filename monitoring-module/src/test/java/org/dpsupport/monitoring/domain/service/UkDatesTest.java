package org.dpsupport.monitoring.domain.service;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.LocalDate;
import java.util.Optional;
import org.dpsupport.monitoring.domain.service.UkDates.YearContext;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@DisplayName("UK date styles on statements")
class UkDatesTest {

  private static final Optional<YearContext> DEC_TO_JAN =
      Optional.of(new YearContext(LocalDate.of(2025, 12, 15), LocalDate.of(2026, 1, 14)));

  @ParameterizedTest(name = "\"{0}\" is {1}")
  @CsvSource({
    "03 Apr 2026, 2026-04-03",
    "3 April 2026, 2026-04-03",
    "3rd April 2026, 2026-04-03",
    "03 Apr 26, 2026-04-03",
    "03/04/2026, 2026-04-03",
    "03/04/26, 2026-04-03",
    "03-04-26, 2026-04-03",
    "03.04.2026, 2026-04-03",
    "2026-04-03, 2026-04-03",
    "30 Sept 2026, 2026-09-30",
    "03-Apr-2026, 2026-04-03",
    "03APR26, 2026-04-03",
    "03Apr2026, 2026-04-03",
    "03 APRIL 2026, 2026-04-03",
    "Fri 03 Apr 2026, 2026-04-03",
    "'Friday, 3 April 2026', 2026-04-03",
    "Fri 03/04/2026, 2026-04-03",
    "'Apr 3, 2026', 2026-04-03",
    "April 3rd 2026, 2026-04-03"
  })
  @DisplayName("dates with a year, day before month")
  void withYear(String printed, LocalDate expected) {
    assertEquals(Optional.of(expected), UkDates.readFull(printed));
  }

  @Test
  @DisplayName(
      "'19 Dec' and '3 Jan' in a 15 Dec 2025 – 14 Jan 2026 statement roll into the new year")
  void yearRoll() {
    assertEquals(
        Optional.of(LocalDate.of(2025, 12, 19)),
        UkDates.read("19 Dec").orElseThrow().resolve(DEC_TO_JAN));
    assertEquals(
        Optional.of(LocalDate.of(2026, 1, 3)),
        UkDates.read("3 Jan").orElseThrow().resolve(DEC_TO_JAN));
  }

  @Test
  @DisplayName("a yearless date with no statement period cannot be placed")
  void yearlessWithoutPeriod() {
    assertEquals(Optional.empty(), UkDates.read("3 Jan").orElseThrow().resolve(Optional.empty()));
  }

  @ParameterizedTest(name = "\"{0}\" is not a date")
  @CsvSource({"31/02/2026", "13/13/2026", "3 Foo 2026", "PAYMENT", "45.67", "12345678"})
  void notDates(String text) {
    assertEquals(Optional.empty(), UkDates.readFull(text));
  }
}
