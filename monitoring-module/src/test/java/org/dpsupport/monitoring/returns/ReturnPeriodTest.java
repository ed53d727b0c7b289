package org.dpsupport.monitoring.returns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Optional;
import org.dpsupport.monitoring.domain.model.account.ReviewSchedule;
import org.dpsupport.monitoring.domain.model.returns.ReturnDeadlines;
import org.dpsupport.monitoring.domain.model.returns.ReturnPeriod;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

class ReturnPeriodTest {

  @Test
  @DisplayName(
      "Quarters follow each other with no gap and no overlap; then the account moves to annual")
  void periodsAbut() {
    ReturnPeriod q1 = ReturnPeriod.starting(LocalDate.of(2026, 4, 1), ReturnFrequency.QUARTERLY);
    assertEquals("1 April 2026 to 30 June 2026", q1.describe());
    ReturnPeriod q2 = q1.next(ReturnFrequency.QUARTERLY);
    assertEquals(LocalDate.of(2026, 7, 1), q2.start());
    assertFalse(q1.overlaps(q2));
    assertTrue(q1.contains(LocalDate.of(2026, 6, 30)));
    assertFalse(q1.contains(LocalDate.of(2026, 7, 1)));
    ReturnPeriod year = q2.next(ReturnFrequency.ANNUAL);
    assertEquals("1 October 2026 to 30 September 2027", year.describe());
  }

  @Test
  @DisplayName("A return for April to June is due 28 days after, with a reminder a week before")
  void deadlines() {
    ReturnDeadlines deadlines = new ReturnDeadlines(28, 7);
    ReturnPeriod q1 = ReturnPeriod.starting(LocalDate.of(2026, 4, 1), ReturnFrequency.QUARTERLY);
    assertEquals(LocalDate.of(2026, 7, 28), deadlines.dueDate(q1));
    assertEquals(LocalDate.of(2026, 7, 21), deadlines.reminderDate(q1));
    assertFalse(deadlines.overdue(q1, LocalDate.of(2026, 7, 28)));
    assertTrue(deadlines.overdue(q1, LocalDate.of(2026, 7, 29)));
  }

  @Test
  @DisplayName(
      "First review within 6 months of the start, then 12 months apart; an event brings it forward")
  void reviews() {
    LocalDate start = LocalDate.of(2026, 1, 10);
    assertEquals(
        LocalDate.of(2026, 7, 10),
        ReviewSchedule.nextReview(start, Optional.empty(), Optional.empty()));
    assertEquals(
        LocalDate.of(2027, 7, 1),
        ReviewSchedule.nextReview(start, Optional.of(LocalDate.of(2026, 7, 1)), Optional.empty()));
    assertEquals(
        LocalDate.of(2026, 9, 1),
        ReviewSchedule.nextReview(
            start, Optional.of(LocalDate.of(2026, 7, 1)), Optional.of(LocalDate.of(2026, 9, 1))));
  }
}
