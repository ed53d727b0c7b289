package org.dpsupport.monitoring.domain.model.account;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Objects;

/** A review an event calls for: what happened, when, the date the review is due by, and why. */
public record EventReview(ReviewEvent event, LocalDate raisedOn, LocalDate dueBy, String reason) {

  private static final DateTimeFormatter SHOWN =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  public EventReview {
    Objects.requireNonNull(event, "event");
    Objects.requireNonNull(raisedOn, "raisedOn");
    Objects.requireNonNull(dueBy, "dueBy");
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("Say why the review is needed.");
    }
    reason = reason.strip();
    if (dueBy.isBefore(raisedOn)) {
      throw new IllegalArgumentException(
          "A review cannot be due before the event that calls for it");
    }
  }

  /**
   * "Review due by 1 December 2026 because it was referred to safeguarding on 3 November 2026: ..."
   */
  public String describe() {
    return "Review due by "
        + SHOWN.format(dueBy)
        + " because "
        + event.describe()
        + " on "
        + SHOWN.format(raisedOn)
        + ": "
        + reason;
  }
}
