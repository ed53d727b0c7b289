package org.dpsupport.register.domain.model.vetting;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.VettingStatus;

/**
 * The council policy's verdict on one profile on one day: can budget holders find it, why not, what
 * the PA must renew, and what status the profile should now have.
 *
 * @param paId the profile assessed
 * @param assessedOn the day of the assessment
 * @param searchable true when budget holders may find the profile today
 * @param reasons why it cannot be found (empty when searchable), in plain English
 * @param outstanding the checks missing or expired
 * @param statusAfterReview the status the automatic review gives the profile
 * @param lastValidDay the last day on which every dated check is still valid, if any check is dated
 */
public record VettingAssessment(
    PaId paId,
    LocalDate assessedOn,
    boolean searchable,
    List<String> reasons,
    List<OutstandingItem> outstanding,
    VettingStatus statusAfterReview,
    LocalDate lastValidDay) {

  public VettingAssessment {
    reasons = List.copyOf(reasons);
    outstanding = List.copyOf(outstanding);
  }

  /** The checks the PA had but which ran out: "what to renew". */
  public List<OutstandingItem> toRenew() {
    return outstanding.stream().filter(OutstandingItem::expired).toList();
  }

  /** The checks never provided. */
  public List<OutstandingItem> missing() {
    return outstanding.stream().filter(i -> !i.expired()).toList();
  }

  public Optional<LocalDate> lastValid() {
    return Optional.ofNullable(lastValidDay);
  }

  /** True when the automatic review changes the profile's status. */
  public boolean changesStatus(VettingStatus current) {
    return current != statusAfterReview;
  }

  /**
   * The message to the PA when the profile is suspended, e.g. "Your profile is suspended, so budget
   * holders cannot find it. To make it visible again, please: renew your DBS check (...)." Empty
   * text when nothing is outstanding.
   */
  public String whatToRenewMessage() {
    if (outstanding.isEmpty()) {
      return "";
    }
    List<String> actions = new ArrayList<>();
    for (OutstandingItem item : outstanding) {
      actions.add(item.whatToDo());
    }
    String start =
        statusAfterReview == VettingStatus.SUSPENDED
            ? "Your profile is suspended, so budget holders cannot find it. To make it visible again, please: "
            : "Before your profile can be approved, please: ";
    return start + String.join("; ", actions) + ".";
  }
}
