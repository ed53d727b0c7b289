package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.dpsupport.payroll.domain.service.HolidayPayReference;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.HolidayRecords;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployeeEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;
import org.dpsupport.server.security.Viewer;

/**
 * A PA's paid holiday per employment, as the finalised pay runs recorded it: the balance left to
 * take, how it is earned, and each run's entry (hours worked, earned, taken, balance after). Pay
 * runs write the entries ({@link PayRunService}); this only reads them.
 */
@ApplicationScoped
public class HolidayService {

  /** One employment's holiday. */
  public record HolidayView(
      long employmentId,
      String employerName,
      boolean irregularHours,
      String howEarned,
      BigDecimal balanceHours,
      BigDecimal hoursWorked,
      BigDecimal accruedHours,
      BigDecimal takenHours,
      List<Entry> entries,
      boolean rolledUpHolidayPay,
      String howPaid,
      LocalDate startDate,
      LocalDate leftOn) {}

  /** One finalised pay run's holiday. */
  public record Entry(
      long payRunId,
      LocalDate paymentDate,
      BigDecimal hoursWorked,
      BigDecimal accruedHours,
      BigDecimal takenHours,
      BigDecimal balanceAfter,
      String explanation,
      String paidAt) {}

  @Inject HolidayRecords records;

  @Inject PayrollAccess access;

  @Inject AuditLog audit;

  @Inject Clock clock;

  /** The signed-in PA's holiday in each of their employments on the payroll. */
  public List<HolidayView> mine(Viewer viewer) {
    return records.employmentsOnPayroll(viewer.userId()).stream().map(this::view).toList();
  }

  /** One employment's holiday, for the PA, their employer or the agency. */
  public HolidayView of(Viewer viewer, long employmentId) {
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Holiday");
    if (records.employee(employmentId) == null) {
      throw PayrollProblem.notFound(
          "This PA is not on the payroll yet, so no holiday has been recorded.");
    }
    return view(m);
  }

  private HolidayView view(PaEmploymentEntity m) {
    PayrollEmployeeEntity p = records.employee(m.getId());
    PayrollEmployerEntity employer = records.employer(m.getAccountId());
    List<Entry> entries =
        records.finalisedOf(m.getId()).stream()
            .map(
                h ->
                    new Entry(
                        h.getPayRunId(),
                        h.getPaymentDate(),
                        h.getHoursWorked(),
                        h.getAccruedHours(),
                        h.getTakenHours(),
                        h.getBalanceAfter(),
                        h.getExplanation(),
                        h.getPaidAt()))
            .toList();
    return new HolidayView(
        m.getId(),
        employer == null ? m.getPaName() : employer.getEmployerName(),
        p.isIrregularHours(),
        p.isIrregularHours()
            ? "12.07% of the hours you work (you work irregular hours)"
            : "5.6 weeks a year of your usual weekly hours, a share each pay day",
        p.getHolidayBalanceHours(),
        entries.stream().map(Entry::hoursWorked).reduce(BigDecimal.ZERO, BigDecimal::add),
        entries.stream().map(Entry::accruedHours).reduce(BigDecimal.ZERO, BigDecimal::add),
        entries.stream().map(Entry::takenHours).reduce(BigDecimal.ZERO, BigDecimal::add),
        entries,
        p.isRolledUpHolidayPay(),
        howPaid(m.getId(), p),
        m.getStartDate(),
        m.getEndDate());
  }

  /** How holiday taken from today is paid, in words. */
  private String howPaid(long employmentId, PayrollEmployeeEntity p) {
    if (p.isRolledUpHolidayPay() && p.isIrregularHours()) {
      return "Holiday pay is rolled up: 12.07% of pay for work is added to each payslip as its"
          + " own line, so holiday taken is not paid again.";
    }
    LocalDate today = LocalDate.now(clock);
    HolidayPayReference r =
        HolidayPayReference.forPeriodStarting(
            today, records.paidPeriodsOf(employmentId, today), p.getHourlyRate());
    return "Holiday taken is paid " + r.explanation() + ".";
  }

  /**
   * Agency staff record the employer's choice of rolled-up holiday pay for one PA, with a reason
   * (audited: who, when, before and after, why). Only for irregular-hours or part-year PAs, in
   * leave years from 1 April 2024 (Working Time Regulations reg 16B); otherwise refused with what
   * to do instead.
   */
  @Transactional
  public HolidayView chooseRolledUp(
      Viewer viewer, long employmentId, boolean rolledUp, String reason) {
    access.agencyOf(viewer);
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Holiday");
    PayrollEmployeeEntity p = records.employee(employmentId);
    if (p == null) {
      throw PayrollProblem.notFound(
          "This PA is not on the payroll yet. Finish their starter checklist first.");
    }
    if (reason == null || reason.isBlank()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Say why the employer chose this (for example: 'employer's letter of 2 December').");
    }
    if (rolledUp && !p.isIrregularHours()) {
      throw PayrollProblem.conflict(
          "Rolled-up holiday pay is only allowed for PAs who work irregular hours or part of the"
              + " year. "
              + m.getPaName()
              + " works fixed hours, so pay their holiday when they take it.");
    }
    boolean changed = records.setRolledUp(employmentId, rolledUp);
    if (changed) {
      audit.record(
          viewer.username(),
          rolledUp ? "HOLIDAY_ROLLED_UP_CHOSEN" : "HOLIDAY_ROLLED_UP_STOPPED",
          "Employment",
          employmentId,
          (rolledUp
                  ? "rolled-up holiday pay from the next pay run (12.07% on its own payslip line)"
                  : "holiday paid when taken, at the 52-paid-week average, from the next pay run")
              + "; reason: "
              + reason.trim());
    }
    return view(m);
  }
}
