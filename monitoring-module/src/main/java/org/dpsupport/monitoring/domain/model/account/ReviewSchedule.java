package org.dpsupport.monitoring.domain.model.account;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/**
 * When the direct payment must next be reviewed. Care and Support (Direct Payments) Regulations
 * 2014 reg 7 and the statutory guidance: first review within 6 months of the start, then at least
 * every 12 months; an event (a concern, a change of needs) can bring one forward.
 */
public final class ReviewSchedule {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private ReviewSchedule() {}

  /** Why the scheduled review falls when it does, as an officer reads it. */
  public static String describeScheduled(LocalDate startDate, Optional<LocalDate> lastReview) {
    return lastReview
        .map(
            last ->
                "Reviews are at most 12 months apart; the last was on " + SHOWN.format(last) + ".")
        .orElse(
            "The first review is due within 6 months of the start on "
                + SHOWN.format(startDate)
                + ".");
  }

  /** The next review due date after the last one (or the first, when there has been none). */
  public static LocalDate nextReview(
      LocalDate startDate, Optional<LocalDate> lastReview, Optional<LocalDate> eventReview) {
    LocalDate scheduled = lastReview.map(d -> d.plusMonths(12)).orElse(startDate.plusMonths(6));
    return eventReview.filter(event -> event.isBefore(scheduled)).orElse(scheduled);
  }

  /**
   * The new review date when the event's review is due before the one already set; empty when the
   * review already set comes first (an event never puts a review off).
   */
  public static Optional<LocalDate> bringForward(LocalDate currentNextReview, EventReview event) {
    return event.dueBy().isBefore(currentNextReview)
        ? Optional.of(event.dueBy())
        : Optional.empty();
  }
}
