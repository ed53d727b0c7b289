package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.util.List;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.domain.model.timesheet.RateType;
import org.dpsupport.payroll.domain.model.timesheet.Timesheet;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetEntry;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetStatus;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.TimesheetEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.TimesheetStore;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Timesheets: entered by the PA, the budget holder or the agency; refused when they cannot be true;
 * approved by the budget holder or nominee, or by agency staff on their behalf with a reason.
 */
@ApplicationScoped
public class TimesheetService {

  /** One shift as entered. */
  public record ShiftEntry(LocalDateTime start, LocalDateTime end, String rateType) {}

  /** A timesheet as shown back. */
  public record TimesheetView(
      long id,
      long employmentId,
      String paName,
      LocalDate periodStart,
      LocalDate periodEnd,
      String status,
      java.math.BigDecimal hours,
      int shifts,
      String approvedBy,
      String approvalReason,
      Long payRunId,
      java.math.BigDecimal holidayHours,
      OffsetDateTime approvedAt) {}

  private static final TaxYearCatalogue CATALOGUE = TaxYearResources.standardCatalogue();

  @Inject TimesheetStore timesheets;

  @Inject PayrollAccess access;

  @Inject AuditLog audit;

  @Inject org.dpsupport.server.infrastructure.persistence.payroll.HolidayRecords holidayRecords;

  @Inject Clock clock;

  /**
   * A timesheet with the holiday hours the PA took in the period (paid at their holiday rate and
   * taken off their holiday balance when the run is finalised); null or zero for none.
   */
  @Transactional
  public TimesheetView submit(
      Viewer viewer,
      long employmentId,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<ShiftEntry> shifts,
      java.math.BigDecimal holidayHours) {
    java.math.BigDecimal holiday = holidayHours == null ? java.math.BigDecimal.ZERO : holidayHours;
    if (holiday.signum() < 0 || holiday.compareTo(new java.math.BigDecimal("400")) > 0) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Give the holiday hours taken in this period as a number from 0 to 400, for example 7.5.");
    }
    if (holiday.scale() > 2) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Give the holiday hours taken to at most two decimal places, for example 7.25.");
    }
    TimesheetView v = submit(viewer, employmentId, periodStart, periodEnd, shifts);
    if (holiday.signum() == 0) {
      return v;
    }
    holidayRecords.setHolidayHours(v.id(), holiday);
    audit.record(
        viewer.username(),
        "TIMESHEET_HOLIDAY_TAKEN",
        "Timesheet",
        v.id(),
        holiday.toPlainString() + " hours' holiday taken, " + periodStart + " to " + periodEnd);
    return new TimesheetView(
        v.id(),
        v.employmentId(),
        v.paName(),
        v.periodStart(),
        v.periodEnd(),
        v.status(),
        v.hours(),
        v.shifts(),
        v.approvedBy(),
        v.approvalReason(),
        v.payRunId(),
        holiday,
        v.approvedAt());
  }

  @Transactional
  public TimesheetView submit(
      Viewer viewer,
      long employmentId,
      LocalDate periodStart,
      LocalDate periodEnd,
      List<ShiftEntry> shifts) {
    PaEmploymentEntity employment = access.employment(viewer, employmentId, "Timesheet");
    if (viewer.has(Role.MONITORING_OFFICER) && !viewer.has(Role.ADMIN)) {
      throw new org.dpsupport.server.security.RecordAccessDeniedException(
          "Officers can read timesheets but not enter them.");
    }
    if (!timesheets.onPayroll(employmentId)) {
      throw PayrollProblem.conflict(
          "This PA's starter checklist is not complete yet, so they cannot be paid."
              + " Ask the payroll agency to finish it.");
    }
    if (periodStart == null || periodEnd == null || shifts == null || shifts.isEmpty()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Give the period's first and last day and at least" + " one shift.");
    }
    if (periodStart.isAfter(LocalDate.now(clock).plusYears(1))) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "A timesheet is for work done or planned this year, but this period starts "
              + periodStart
              + ". Check the year.");
    }
    Timesheet timesheet;
    try {
      List<TimesheetEntry> entries =
          shifts.stream()
              .map(s -> new TimesheetEntry(s.start(), s.end(), RateType.parse(s.rateType())))
              .toList();
      timesheet =
          Timesheet.of(
              periodStart,
              periodEnd,
              employment.getStartDate(),
              employment.getEndDate(),
              d -> CATALOGUE.isBankHolidayInEnglandAndWales(d),
              entries);
    } catch (IllegalArgumentException | NullPointerException e) {
      throw new PayrollProblem(PayrollProblem.Kind.BAD_INPUT, e.getMessage());
    }
    TimesheetEntity old = timesheets.forPeriod(employmentId, periodStart).orElse(null);
    if (old != null) {
      if (old.getStatus() != TimesheetStatus.SUBMITTED) {
        throw PayrollProblem.conflict(
            "The timesheet for this period has already been approved. Put any"
                + " missing hours on next period's timesheet.");
      }
      timesheets.remove(old);
    }
    TimesheetEntity t = new TimesheetEntity();
    t.setEmploymentId(employmentId);
    t.setPeriodStart(periodStart);
    t.setPeriodEnd(periodEnd);
    t.setStatus(TimesheetStatus.SUBMITTED);
    t.setSubmittedBy(viewer.username());
    t.setSubmittedAt(OffsetDateTime.now(clock));
    timesheets.add(t, timesheet.entries());
    audit.record(
        viewer.username(),
        "TIMESHEET_SUBMITTED",
        "Timesheet",
        t.getId(),
        timesheet.entries().size()
            + " shifts, "
            + timesheet.hoursWorked()
            + " hours, "
            + periodStart
            + " to "
            + periodEnd);
    return view(t, employment, timesheet);
  }

  @Transactional
  public TimesheetView approve(Viewer viewer, long timesheetId, String reason) {
    TimesheetEntity t = timesheetOrFail(timesheetId);
    PaEmploymentEntity employment = timesheets.employment(t.getEmploymentId());
    DirectPaymentAccountEntity account = timesheets.account(employment.getAccountId());
    access.checkCanApprove(viewer, account, timesheetId, reason);
    if (t.getStatus() != TimesheetStatus.SUBMITTED) {
      throw PayrollProblem.conflict("This timesheet has already been approved.");
    }
    t.setStatus(TimesheetStatus.APPROVED);
    t.setApprovedBy(viewer.username());
    t.setApprovedAt(OffsetDateTime.now(clock));
    t.setApprovalReason(reason == null || reason.isBlank() ? null : reason.trim());
    audit.record(
        viewer.username(),
        "TIMESHEET_APPROVED",
        "Timesheet",
        timesheetId,
        reason == null || reason.isBlank()
            ? "approved by the employer"
            : "on the employer's behalf: " + reason);
    return view(t, employment, timesheets.timesheet(t));
  }

  private TimesheetEntity timesheetOrFail(long timesheetId) {
    return timesheets
        .find(timesheetId)
        .orElseThrow(() -> PayrollProblem.notFound("There is no timesheet " + timesheetId + "."));
  }

  public TimesheetView timesheet(Viewer viewer, long timesheetId) {
    TimesheetEntity t = timesheetOrFail(timesheetId);
    PaEmploymentEntity employment = access.employment(viewer, t.getEmploymentId(), "Timesheet");
    return view(t, employment, timesheets.timesheet(t));
  }

  @Inject org.dpsupport.server.infrastructure.persistence.payroll.TimesheetShifts shiftStore;

  /** A timesheet's shifts, for someone who may see the timesheet (to check before approving). */
  public List<ShiftEntry> shifts(Viewer viewer, long timesheetId) {
    timesheet(viewer, timesheetId);
    return shiftStore.of(timesheetId).stream()
        .map(s -> new ShiftEntry(s.getStartsAt(), s.getEndsAt(), s.getRateType()))
        .toList();
  }

  /** Timesheets of one employer, newest first. */
  public List<TimesheetView> forEmployer(Viewer viewer, long accountId) {
    access.employer(viewer, accountId);
    return timesheets.ofEmployer(accountId, 200).stream()
        .map(
            t -> {
              PaEmploymentEntity m = timesheets.employment(t.getEmploymentId());
              return view(t, m, timesheets.timesheet(t));
            })
        .toList();
  }

  private static TimesheetView view(TimesheetEntity t, PaEmploymentEntity m, Timesheet sheet) {
    return new TimesheetView(
        t.getId(),
        m.getId(),
        m.getPaName(),
        t.getPeriodStart(),
        t.getPeriodEnd(),
        t.getStatus().name(),
        sheet.hoursWorked(),
        sheet.entries().size(),
        t.getApprovedBy(),
        t.getApprovalReason(),
        t.getPayRunId(),
        t.getHolidayHours(),
        t.getApprovedAt());
  }
}
