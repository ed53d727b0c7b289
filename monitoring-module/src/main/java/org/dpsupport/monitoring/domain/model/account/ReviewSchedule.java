package org.dpsupport.monitoring.domain.model.account;

import java.time.LocalDate;
import java.util.Optional;

/**
 * When the direct payment must next be reviewed. Care and Support (Direct Payments) Regulations
 * 2014 reg 7 and the statutory guidance: first review within 6 months of the start, then at
 * least every 12 months; an event (a concern, a change of needs) can bring one forward.
 */
public final class ReviewSchedule {

  private ReviewSchedule() {}

  /** The next review due date after the last one (or the first, when there has been none). */
  public static LocalDate nextReview(
      LocalDate startDate, Optional<LocalDate> lastReview, Optional<LocalDate> eventReview) {
    LocalDate scheduled = lastReview.map(d -> d.plusMonths(12)).orElse(startDate.plusMonths(6));
    return eventReview.filter(event -> event.isBefore(scheduled)).orElse(scheduled);
  }
}
