package org.dpsupport.server.interfaces.scheduling.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.TimeZone;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.quartz.CronExpression;

/**
 * The year-end job fires at 06:30 UK time each morning of April and May: from 6 April, the day
 * after the tax year ends, to 31 May, the day P60s are due by (GOV.UK "Give employees their P60"),
 * and in no other month.
 */
class YearEndP60JobTest {

  private static final ZoneId UK = ZoneId.of("Europe/London");

  private static ZonedDateTime next(String after) throws Exception {
    CronExpression cron = new CronExpression(YearEndP60Job.CRON);
    cron.setTimeZone(TimeZone.getTimeZone(UK));
    Date from = Date.from(ZonedDateTime.parse(after + "[Europe/London]").toInstant());
    return cron.getNextValidTimeAfter(from).toInstant().atZone(UK);
  }

  @Test
  @DisplayName(
      "06:30 on 6 April after the year ends, every morning to 31 May, then not until next April")
  void firesInAprilAndMay() throws Exception {
    assertEquals(
        ZonedDateTime.parse("2026-04-06T06:30+01:00[Europe/London]"),
        next("2026-04-05T07:00+01:00"));
    assertEquals(
        ZonedDateTime.parse("2026-05-31T06:30+01:00[Europe/London]"),
        next("2026-05-30T07:00+01:00"));
    assertEquals(
        ZonedDateTime.parse("2027-04-01T06:30+01:00[Europe/London]"),
        next("2026-05-31T07:00+01:00"));
    // the first days of April belong to a year whose P60s were made last April: the job finds
    // nothing new to make then (making them is idempotent)
    assertEquals(
        ZonedDateTime.parse("2026-04-01T06:30+01:00[Europe/London]"),
        next("2026-03-31T07:00+01:00"));
  }
}
