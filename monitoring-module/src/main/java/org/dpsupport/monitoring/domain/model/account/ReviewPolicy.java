package org.dpsupport.monitoring.domain.model.account;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;

/**
 * A council's rule for reviews an event calls for: due within {@code eventReviewDays} of the event,
 * and which risk concerns, when they open, call for one. Unexplained spending (a cash withdrawal,
 * an unknown payee) is for the return's officer to ask about; it does not call for a review by
 * default, keeping monitoring proportionate.
 */
public record ReviewPolicy(int eventReviewDays, Set<ConcernKind> reviewConcerns) {

  public ReviewPolicy {
    if (eventReviewDays < 0) {
      throw new IllegalArgumentException(
          "A review cannot be due a negative number of days after its event");
    }
    reviewConcerns =
        reviewConcerns.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(reviewConcerns));
  }

  public static ReviewPolicy standard() {
    return new ReviewPolicy(28, EnumSet.complementOf(EnumSet.of(ConcernKind.UNEXPLAINED_SPENDING)));
  }

  /** The review an event on {@code today} calls for. */
  public EventReview review(ReviewEvent event, LocalDate today, String reason) {
    Objects.requireNonNull(today, "today");
    return new EventReview(event, today, today.plusDays(eventReviewDays), reason);
  }

  /**
   * The review called for by concerns that are open now and were not before, if any of them is one
   * the council reviews for; the reason names them in the rules' words.
   */
  public Optional<EventReview> onConcerns(
      Set<ConcernKind> before, Set<ConcernKind> now, LocalDate today) {
    Set<ConcernKind> opened =
        now.stream()
            .filter(c -> !before.contains(c) && reviewConcerns.contains(c))
            .collect(Collectors.toCollection(() -> EnumSet.noneOf(ConcernKind.class)));
    if (opened.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        review(
            ReviewEvent.RISK_CONCERN,
            today,
            opened.stream().map(ConcernKind::describe).collect(Collectors.joining("; ")) + "."));
  }
}
