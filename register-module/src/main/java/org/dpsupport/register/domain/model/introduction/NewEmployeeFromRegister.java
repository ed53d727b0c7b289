package org.dpsupport.register.domain.model.introduction;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.register.domain.model.need.NeedId;
import org.dpsupport.register.domain.model.people.PostalAddress;
import org.dpsupport.register.domain.model.profile.HourlyRate;
import org.dpsupport.register.domain.model.profile.PaId;
import org.dpsupport.register.domain.model.profile.WeeklySlots;

/**
 * A PA hired through the register, as the server hands them to payroll to become an employee of the
 * budget holder. Payroll still needs the starter details the register never collects (the starter
 * checklist, NI number, bank details), listed in {@link #starterChecklistStillToComplete()}.
 *
 * @param fromProfile the register profile the PA came from
 * @param fromNeed the need they were hired for
 * @param employerReference the budget holder who becomes the employer
 * @param fullName the PA's full name
 * @param email the PA's email address, if any
 * @param telephone the PA's telephone number, if any
 * @param address the PA's postal address, if the register holds it
 * @param dateOfBirth the PA's date of birth, if known
 * @param agreedRate the hourly rate agreed
 * @param startDate the first day of work
 * @param weeklySlots the weekly slots agreed
 * @param starterChecklistStillToComplete what payroll and the employer must still collect or do
 */
public record NewEmployeeFromRegister(
    PaId fromProfile,
    NeedId fromNeed,
    String employerReference,
    String fullName,
    Optional<String> email,
    Optional<String> telephone,
    Optional<PostalAddress> address,
    Optional<LocalDate> dateOfBirth,
    HourlyRate agreedRate,
    LocalDate startDate,
    WeeklySlots weeklySlots,
    List<String> starterChecklistStillToComplete) {

  /**
   * What payroll and the employer must still do for every PA hired from the register: the register
   * vets PAs for the council, it does not do the employer's statutory tasks.
   */
  public static final List<String> STARTER_CHECKLIST =
      List.of(
          "HMRC starter checklist (statement A, B or C, student and postgraduate loans)",
          "National Insurance number",
          "bank details for wages",
          "written statement of employment particulars (contract) on or before the first day",
          "right-to-work check by the employer (the register's check does not count as the employer's)",
          "employer's liability insurance covering the new PA",
          "workplace pension assessment (auto-enrolment)");

  public NewEmployeeFromRegister {
    Objects.requireNonNull(fromProfile, "fromProfile");
    Objects.requireNonNull(fromNeed, "fromNeed");
    Objects.requireNonNull(employerReference, "employerReference");
    Objects.requireNonNull(fullName, "fullName");
    Objects.requireNonNull(agreedRate, "agreedRate");
    Objects.requireNonNull(startDate, "startDate");
    Objects.requireNonNull(weeklySlots, "weeklySlots");
    starterChecklistStillToComplete = List.copyOf(starterChecklistStillToComplete);
  }

  @Override
  public String toString() {
    return "NewEmployeeFromRegister["
        + fromProfile
        + " for "
        + employerReference
        + " from "
        + startDate
        + ", contact hidden]";
  }
}
