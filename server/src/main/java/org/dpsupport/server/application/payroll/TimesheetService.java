package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
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
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployeeEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.TimesheetEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.TimesheetShiftEntity;
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

  @PersistenceContext(unitName = "dps")
  EntityManager em;

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
    if (em.find(PayrollEmployeeEntity.class, employmentId) == null) {
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
    List<TimesheetEntity> existing =
        em.createQuery(
                "select t from TimesheetEntity t where t.employmentId = :e"
                    + " and t.periodStart = :p",
                TimesheetEntity.class)
            .setParameter("e", employmentId)
            .setParameter("p", periodStart)
            .getResultList();
    if (!existing.isEmpty()) {
      TimesheetEntity old = existing.get(0);
      if (!"SUBMITTED".equals(old.getStatus())) {
        throw PayrollProblem.conflict(
            "The timesheet for this period has already been approved. Put any"
                + " missing hours on next period's timesheet.");
      }
      em.createQuery("delete from TimesheetShiftEntity s where s.timesheetId = :t")
          .setParameter("t", old.getId())
          .executeUpdate();
      em.remove(old);
      em.flush();
    }
    TimesheetEntity t = new TimesheetEntity();
    t.setEmploymentId(employmentId);
    t.setPeriodStart(periodStart);
    t.setPeriodEnd(periodEnd);
    t.setStatus("SUBMITTED");
    t.setSubmittedBy(viewer.username());
    t.setSubmittedAt(OffsetDateTime.now(clock));
    em.persist(t);
    em.flush();
    for (TimesheetEntry e : timesheet.entries()) {
      TimesheetShiftEntity s = new TimesheetShiftEntity();
      s.setTimesheetId(t.getId());
      s.setStartsAt(e.start());
      s.setEndsAt(e.end());
      s.setRateType(e.rateType().name());
      em.persist(s);
    }
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
    TimesheetEntity t = em.find(TimesheetEntity.class, timesheetId);
    if (t == null) {
      throw PayrollProblem.notFound("There is no timesheet " + timesheetId + ".");
    }
    PaEmploymentEntity employment = em.find(PaEmploymentEntity.class, t.getEmploymentId());
    DirectPaymentAccountEntity account =
        em.find(DirectPaymentAccountEntity.class, employment.getAccountId());
    access.checkCanApprove(viewer, account, timesheetId, reason);
    if (!"SUBMITTED".equals(t.getStatus())) {
      throw PayrollProblem.conflict("This timesheet has already been approved.");
    }
    t.setStatus("APPROVED");
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
    return view(t, employment, load(t, employment));
  }

  public TimesheetView timesheet(Viewer viewer, long timesheetId) {
    TimesheetEntity t = em.find(TimesheetEntity.class, timesheetId);
    if (t == null) {
      throw PayrollProblem.notFound("There is no timesheet " + timesheetId + ".");
    }
    PaEmploymentEntity employment = access.employment(viewer, t.getEmploymentId(), "Timesheet");
    return view(t, employment, load(t, employment));
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
    List<TimesheetEntity> sheets =
        em.createQuery(
                "select t from TimesheetEntity t, PaEmploymentEntity m where"
                    + " t.employmentId = m.id and m.accountId = :a order by t.periodStart desc, t.id",
                TimesheetEntity.class)
            .setParameter("a", accountId)
            .setMaxResults(200)
            .getResultList();
    return sheets.stream()
        .map(
            t -> {
              PaEmploymentEntity m = em.find(PaEmploymentEntity.class, t.getEmploymentId());
              return view(t, m, load(t, m));
            })
        .toList();
  }

  Timesheet load(TimesheetEntity t, PaEmploymentEntity employment) {
    List<TimesheetEntry> entries =
        em
            .createQuery(
                "select s from TimesheetShiftEntity s where s.timesheetId = :t",
                TimesheetShiftEntity.class)
            .setParameter("t", t.getId())
            .getResultList()
            .stream()
            .map(
                s ->
                    new TimesheetEntry(
                        s.getStartsAt(), s.getEndsAt(), RateType.valueOf(s.getRateType())))
            .toList();
    return new Timesheet(t.getPeriodStart(), t.getPeriodEnd(), entries);
  }

  private static TimesheetView view(TimesheetEntity t, PaEmploymentEntity m, Timesheet sheet) {
    return new TimesheetView(
        t.getId(),
        m.getId(),
        m.getPaName(),
        t.getPeriodStart(),
        t.getPeriodEnd(),
        t.getStatus(),
        sheet.hoursWorked(),
        sheet.entries().size(),
        t.getApprovedBy(),
        t.getApprovalReason(),
        t.getPayRunId(),
        t.getHolidayHours(),
        t.getApprovedAt());
  }
}
