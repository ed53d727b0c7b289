package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.familypay.EarningsPaid;
import org.dpsupport.payroll.domain.model.familypay.FamilyLeave;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayDecision;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.service.StatutoryFamilyPayCalculator;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.FamilyLeaveEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.FamilyLeaveRecords;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;
import org.dpsupport.server.security.Viewer;

/**
 * Statutory family pay as staff record it: a PA's maternity, paternity, adoption, shared parental,
 * bereavement or neonatal care leave. The PA's average weekly earnings are worked out from their
 * finalised payslips over the relevant period; where the payslips here do not reach back that far
 * (the payroll came from elsewhere), staff give the figure from the earlier records. The leave is
 * stored even when the pay is not due, so the refusal is on record; the pay run pays what is due.
 * Every recording is audited.
 */
@ApplicationScoped
public class FamilyLeaveService {

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  /** What staff enter; {@code averageWeeklyEarnings} only where the payslips do not reach back. */
  public record LeaveRequest(
      String type,
      LocalDate dueDate,
      LocalDate matchedOn,
      LocalDate eventDate,
      LocalDate payStart,
      Integer weeks,
      Integer weeksBeforeCurtailment,
      Boolean evidenceReceived,
      List<LocalDate> workDays,
      BigDecimal averageWeeklyEarnings) {}

  /** A recorded leave with what the rules make of it. */
  public record LeaveView(
      long id,
      long employmentId,
      String type,
      String title,
      LocalDate payStart,
      LocalDate payEnd,
      int weeks,
      BigDecimal averageWeeklyEarnings,
      boolean eligible,
      boolean payable,
      List<String> refusals,
      List<String> warnings,
      BigDecimal firstWeeklyRate,
      BigDecimal total,
      String inPlainWords) {}

  static final StatutoryFamilyPayCalculator CALCULATOR =
      new StatutoryFamilyPayCalculator(
          org.dpsupport.payroll.infrastructure.resources.TaxYearResources.standardCatalogue());

  @Inject FamilyLeaveRecords records;

  @Inject PayrollAccess access;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Transactional
  public LeaveView record(Viewer viewer, long employmentId, LeaveRequest request) {
    access.agencyOf(viewer);
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Employment");
    if (request == null) {
      throw new PayrollProblem(PayrollProblem.Kind.BAD_INPUT, "Say which family pay to record.");
    }
    FamilyPayType type;
    try {
      type = FamilyPayType.parse(request.type());
    } catch (IllegalArgumentException e) {
      throw PayrollProblem.badInput(e);
    }
    PayrollEmployerEntity employer = records.employer(m.getAccountId());
    if (employer == null) {
      throw PayrollProblem.conflict("This employer is not on the payroll yet.");
    }
    FamilyLeave leave;
    try {
      FamilyLeave dates = leave(type, request, m, BigDecimal.ZERO);
      BigDecimal awe = averageWeeklyEarnings(m, employer, dates, request.averageWeeklyEarnings());
      leave = leave(type, request, m, awe);
    } catch (IllegalArgumentException e) {
      throw PayrollProblem.badInput(e);
    }
    FamilyPayDecision decision = CALCULATOR.decide(leave);
    FamilyLeaveEntity row = new FamilyLeaveEntity();
    row.setEmploymentId(employmentId);
    row.setPayType(type);
    row.setDueDate(leave.dueDate());
    row.setMatchedOn(leave.matchedOn());
    row.setEventDate(leave.eventDate());
    row.setPayStart(leave.payStart());
    row.setWeeks(leave.weeks());
    row.setWeeksBeforeCurtailment(leave.weeksBeforeCurtailment());
    row.setAverageWeeklyEarnings(leave.averageWeeklyEarnings());
    row.setEvidenceReceived(leave.evidenceReceived());
    row.setWorkDays(
        leave.workDays().stream().map(LocalDate::toString).collect(Collectors.joining(",")));
    row.setRecordedBy(viewer.username());
    row.setRecordedAt(LocalDateTime.now(clock));
    records.add(row);
    LeaveView view = view(row, leave, decision);
    audit.record(
        viewer.username(),
        "FAMILY_LEAVE_RECORDED",
        "Employment",
        employmentId,
        view.inPlainWords());
    return view;
  }

  /**
   * Withdraws a leave recorded by mistake (agency staff, with a reason, audited). Refused once a
   * finalised payslip has paid family pay in its span: what was paid and reported to HMRC stays.
   */
  @Transactional
  public void withdraw(Viewer viewer, long employmentId, long leaveId, String reason) {
    access.agencyOf(viewer);
    access.employment(viewer, employmentId, "Employment");
    FamilyLeaveEntity row = records.find(leaveId);
    if (row == null || row.getEmploymentId() != employmentId) {
      throw PayrollProblem.notFound("This PA has no such family leave.");
    }
    if (reason == null || reason.isBlank()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Say why the leave is withdrawn (for example: 'recorded for the wrong PA').");
    }
    if (records.finalisedWithFamilyPay(employmentId, row.getPayStart()) > 0) {
      throw PayrollProblem.conflict(
          "Family pay from this leave is on a finalised payslip, so it cannot be withdrawn;"
              + " correct it on the next pay run.");
    }
    records.remove(row);
    audit.record(
        viewer.username(),
        "FAMILY_LEAVE_WITHDRAWN",
        "Employment",
        employmentId,
        row.getPayType().title()
            + " from "
            + row.getPayStart().format(DAY)
            + " withdrawn: "
            + reason.strip());
  }

  /** The PA's name, for the page heading (agency staff only). */
  public String paName(Viewer viewer, long employmentId) {
    access.agencyOf(viewer);
    return access.employment(viewer, employmentId, "Employment").getPaName();
  }

  public List<LeaveView> leavesOf(Viewer viewer, long employmentId) {
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Employment");
    List<LeaveView> out = new ArrayList<>();
    for (FamilyLeaveEntity row : records.of(employmentId)) {
      FamilyLeave leave = domain(row, m);
      out.add(view(row, leave, CALCULATOR.decide(leave)));
    }
    return out;
  }

  /**
   * The signed-in PA's own family leave, newest first, read only: what the agency recorded for them
   * in every job they have on the payroll, with what the rules make of it.
   */
  public List<LeaveView> myLeaves(Viewer viewer) {
    List<LeaveView> out = new ArrayList<>();
    for (FamilyLeaveRecords.LeaveInEmployment r : records.ofPa(viewer.userId())) {
      FamilyLeave leave = domain(r.leave(), r.employment());
      out.add(view(r.leave(), leave, CALCULATOR.decide(leave)));
    }
    return out;
  }

  /** Each employment's leaves whose pay overlaps the pay period, for the pay run. */
  Map<Long, List<FamilyLeave>> forPayPeriod(long accountId, PayPeriod period) {
    Map<Long, List<FamilyLeave>> out = new HashMap<>();
    for (FamilyLeaveRecords.LeaveInEmployment r :
        records.ofEmployerStartingBy(accountId, period.end())) {
      FamilyLeave leave = domain(r.leave(), r.employment());
      if (!leave.payEnd().isBefore(period.start())) {
        out.computeIfAbsent(r.employment().getId(), k -> new ArrayList<>()).add(leave);
      }
    }
    return out;
  }

  private static FamilyLeave domain(FamilyLeaveEntity row, PaEmploymentEntity m) {
    List<LocalDate> days =
        row.getWorkDays() == null || row.getWorkDays().isBlank()
            ? List.of()
            : Arrays.stream(row.getWorkDays().split(",")).map(LocalDate::parse).toList();
    return new FamilyLeave(
        row.getPayType(),
        row.getDueDate(),
        row.getMatchedOn(),
        row.getEventDate(),
        m.getStartDate(),
        m.getEndDate(),
        row.getPayStart(),
        row.getWeeks(),
        row.getWeeksBeforeCurtailment(),
        row.getAverageWeeklyEarnings(),
        row.isEvidenceReceived(),
        days);
  }

  private static FamilyLeave leave(
      FamilyPayType type, LeaveRequest r, PaEmploymentEntity m, BigDecimal awe) {
    return new FamilyLeave(
        type,
        r.dueDate(),
        r.matchedOn(),
        r.eventDate(),
        m.getStartDate(),
        m.getEndDate(),
        r.payStart(),
        r.weeks() == null ? 0 : r.weeks(),
        r.weeksBeforeCurtailment() == null ? 0 : r.weeksBeforeCurtailment(),
        awe,
        Boolean.TRUE.equals(r.evidenceReceived()),
        r.workDays());
  }

  /**
   * From the PA's finalised payslips when they cover the relevant period (a pay day at least 8
   * weeks before the last one on or before the qualifying week's Saturday, or the PA's first pay
   * here); otherwise the figure staff gave, refused if they gave none.
   */
  private BigDecimal averageWeeklyEarnings(
      PaEmploymentEntity m, PayrollEmployerEntity employer, FamilyLeave dates, BigDecimal given) {
    LocalDate saturday = dates.qualifyingWeek().lastDay();
    List<EarningsPaid> payments =
        records.earningsPaid(m.getId(), saturday).stream()
            .map(p -> new EarningsPaid(p.paidOn(), p.earningsForNi()))
            .toList();
    boolean covered = false;
    if (!payments.isEmpty()) {
      LocalDate first = payments.get(0).paidOn();
      LocalDate last = payments.get(payments.size() - 1).paidOn();
      // a pay day 8 weeks before the last, or the first pay here within a month of starting
      covered =
          !first.isAfter(last.minusWeeks(8)) || !first.isAfter(m.getStartDate().plusMonths(1));
    }
    if (covered) {
      return StatutoryFamilyPayCalculator.averageWeeklyEarnings(
              employer.getPayFrequency(), payments, dates.qualifyingWeek(), m.getStartDate())
          .setScale(4, RoundingMode.DOWN);
    }
    if (given == null) {
      throw new IllegalArgumentException(
          "The PA's payslips here do not cover the 8 weeks up to the qualifying week ("
              + dates.qualifyingWeek().start().format(DAY)
              + " to "
              + saturday.format(DAY)
              + "). Enter their average weekly earnings from the earlier payroll records.");
    }
    if (given.signum() < 0 || given.scale() > 2 && given.stripTrailingZeros().scale() > 2) {
      throw new IllegalArgumentException(
          "Enter the average weekly earnings in pounds and pence, for example 450.00.");
    }
    return given;
  }

  private static LeaveView view(FamilyLeaveEntity row, FamilyLeave leave, FamilyPayDecision d) {
    FamilyPayType type = leave.type();
    String words =
        type.title()
            + " from "
            + leave.payStart().format(DAY)
            + " for "
            + leave.weeks()
            + (leave.weeks() == 1 ? " week" : " weeks")
            + ", average weekly earnings "
            + Money.of(leave.averageWeeklyEarnings(), RoundingMode.DOWN).formatted()
            + ": "
            + (d.eligible()
                ? (d.payable() ? "due, " : "due but held, ") + d.total().formatted() + " in all"
                : "not due");
    return new LeaveView(
        row.getId(),
        row.getEmploymentId(),
        type.rtiName(),
        type.title(),
        leave.payStart(),
        leave.payEnd(),
        leave.weeks(),
        leave.averageWeeklyEarnings().setScale(2, RoundingMode.DOWN),
        d.eligible(),
        d.payable(),
        d.refusals(),
        d.warnings(),
        d.weeks().isEmpty() ? null : d.weeks().get(0).rate().amount(),
        d.total().amount(),
        words);
  }
}
