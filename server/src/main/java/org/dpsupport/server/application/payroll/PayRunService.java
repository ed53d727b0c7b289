package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.application.RunTotals;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.employer.HmrcPaymentDue;
import org.dpsupport.payroll.domain.model.familypay.FamilyLeave;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.payrun.PayRunStateException;
import org.dpsupport.payroll.domain.model.payrun.PayRunStatus;
import org.dpsupport.payroll.domain.model.pension.AutoEnrolmentAssessment;
import org.dpsupport.payroll.domain.model.remittance.RemittanceKind;
import org.dpsupport.payroll.domain.model.remittance.RunRemittance;
import org.dpsupport.payroll.domain.model.tax.TaxCodeHistory;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.YearEnd;
import org.dpsupport.payroll.domain.model.timesheet.Timesheet;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetEntry;
import org.dpsupport.payroll.domain.service.HolidayAccrual;
import org.dpsupport.payroll.domain.service.HolidayPayReference;
import org.dpsupport.payroll.domain.service.PaymentAfterLeaving;
import org.dpsupport.payroll.interfaces.file.BacsStandard18File;
import org.dpsupport.payroll.interfaces.file.FiguresToDate;
import org.dpsupport.payroll.interfaces.file.FullPaymentSubmission;
import org.dpsupport.payroll.interfaces.file.PayslipPdf;
import org.dpsupport.payroll.interfaces.file.PayslipToDate;
import org.dpsupport.payroll.interfaces.file.PensionContributionCsv;
import org.dpsupport.payroll.interfaces.file.YearEndForms;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.HolidayEntryEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.HolidayRecords;
import org.dpsupport.server.infrastructure.persistence.payroll.LeaverRecords;
import org.dpsupport.server.infrastructure.persistence.payroll.PayRunEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayRunStore;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployeeEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayslipEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.TimesheetEntity;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Pay runs per employer per period: calculate (approved, unpaid timesheets through the engine,
 * payslips and files written), approve, finalise. A finalised run never changes; a late timesheet
 * is paid by the next run. The bureau's batch job calls {@link #payForBureau} per employer, which
 * does nothing for an employer already paid for the period.
 */
@ApplicationScoped
public class PayRunService {

  /** A run as the review page and the API show it. */
  public record RunView(
      long id,
      long accountId,
      String employerName,
      LocalDate periodStart,
      LocalDate periodEnd,
      LocalDate paymentDate,
      String status,
      int payslips,
      BigDecimal grossPay,
      BigDecimal netPay,
      BigDecimal hmrc,
      BigDecimal pensions,
      BigDecimal agencyFee,
      BigDecimal agencyFeeVat,
      BigDecimal totalCost,
      LocalDate hmrcDueDate,
      int nmwFindings,
      Long bureauRunId,
      LocalDate pensionDueDate,
      PaymentView hmrcPayment,
      PaymentView pensionPayment) {}

  /**
   * Whether the run's PAYE and National Insurance (or pension contributions) have been paid over:
   * NOT_FINALISED, NOTHING_TO_PAY, DUE, OVERDUE or PAID, in words, and the payment recorded.
   */
  public record PaymentView(
      String status,
      String inWords,
      BigDecimal amount,
      LocalDate dueBy,
      LocalDate paidOn,
      String reference,
      String recordedBy,
      OffsetDateTime recordedAt) {}

  /** The invoice to the direct-payment account for one run, with the budget in plain language. */
  public record Invoice(
      long runId,
      String accountReference,
      String employerName,
      LocalDate paymentDate,
      BigDecimal netWages,
      BigDecimal incomeTax,
      BigDecimal employeeNi,
      BigDecimal employerNi,
      BigDecimal employmentAllowance,
      BigDecimal studentLoans,
      BigDecimal hmrcTotal,
      LocalDate hmrcDueDate,
      BigDecimal pensionEmployee,
      BigDecimal pensionEmployer,
      BigDecimal pensions,
      BigDecimal agencyFee,
      BigDecimal agencyFeeVat,
      BigDecimal totalCost,
      BigDecimal monthlyBudget,
      BigDecimal budgetRemaining,
      String inPlainWords) {}

  /** A payslip in a list (the PDF is fetched on its own). */
  public record PayslipView(
      long id,
      long payRunId,
      long employmentId,
      String paName,
      String employerName,
      LocalDate paymentDate,
      String taxYear,
      BigDecimal grossPay,
      BigDecimal incomeTax,
      BigDecimal employeeNi,
      BigDecimal netPay,
      BigDecimal holidayBalance,
      BigDecimal employerNi,
      BigDecimal pensionEmployer,
      String warning) {}

  static final GrossToNetCalculator ENGINE = GrossToNetCalculator.withStandardTaxYears();
  private static final PayRunCalculator CALCULATOR = new PayRunCalculator(ENGINE);

  @Inject PayRunStore store;

  @Inject PayrollAccess access;

  @Inject AuditLog audit;

  @Inject HolidayRecords holidays;

  @Inject LeaverRecords leavers;

  @Inject Clock clock;

  @Inject FamilyLeaveService familyLeave;

  @Inject
  jakarta.enterprise.event.Event<org.dpsupport.server.application.PayrollFacts.RunFinalised>
      runFinalised;

  @Transactional
  public RunView calculate(Viewer viewer, long accountId, YearMonth month) {
    access.agencyOf(viewer);
    access.employer(viewer, accountId);
    PayrollEmployerEntity employer = employerOrFail(accountId);
    PayRunEntity run = runFor(accountId, month, employer, null);
    try {
      run.setStatus(run.getStatus().calculate());
    } catch (PayRunStateException e) {
      throw PayrollProblem.conflict(e.getMessage());
    }
    compute(run, employer);
    if (run.getPayslips() == 0) {
      // nothing to pay: no run, FPS or BACS file (the exception rolls the new run back)
      throw PayrollProblem.conflict(
          "There is nothing to pay "
              + employer.getEmployerName()
              + " for this month: no PA has an approved timesheet for it. Approve the timesheets"
              + " first.");
    }
    audit.record(
        viewer.username(),
        "PAY_RUN_CALCULATED",
        "PayRun",
        run.getId(),
        run.getPayslips() + " payslips, total cost " + run.getTotalCost().formatted());
    return view(run, employer);
  }

  @Transactional
  public RunView approve(Viewer viewer, long runId) {
    return approve(viewer, runId, true);
  }

  /**
   * Approves a calculated run. A run with warnings (pay below the minimum wage) is approved only
   * once the person approving says they have read them; the audit says so.
   */
  @Transactional
  public RunView approve(Viewer viewer, long runId, boolean warningsAcknowledged) {
    PayRunEntity run = visibleRun(viewer, runId);
    access.agencyOf(viewer);
    if (run.getNmwFindings() > 0
        && !warningsAcknowledged
        && run.getStatus() == PayRunStatus.CALCULATED) {
      throw PayrollProblem.conflict(
          "This run has "
              + (run.getNmwFindings() == 1 ? "a warning" : run.getNmwFindings() + " warnings")
              + " about pay below the minimum wage. Read each PA's figures and tick that you have"
              + " checked the warnings before approving.");
    }
    step(run, run.getStatus()::approve);
    run.setApprovedBy(viewer.username());
    run.setApprovedAt(OffsetDateTime.now(clock));
    audit.record(
        viewer.username(),
        "PAY_RUN_APPROVED",
        "PayRun",
        runId,
        "reviewed "
            + run.getPayslips()
            + " payslips, net pay "
            + run.getNetPay().formatted()
            + (run.getNmwFindings() > 0
                ? "; minimum wage warnings checked (" + run.getNmwFindings() + ")"
                : ""));
    return view(run, employerOrFail(run.getAccountId()));
  }

  @Transactional
  public RunView finalise(Viewer viewer, long runId) {
    PayRunEntity run = visibleRun(viewer, runId);
    access.agencyOf(viewer);
    step(run, run.getStatus()::finalise);
    run.setFinalisedAt(OffsetDateTime.now(clock));
    auditHoliday(viewer.username(), run, afterFinalising(run));
    issueP45s(viewer.username(), run);
    audit.record(
        viewer.username(),
        "PAY_RUN_FINALISED",
        "PayRun",
        runId,
        "paid on "
            + run.getPaymentDate()
            + "; FPS and BACS file ready; HMRC "
            + run.getIncomeTax().formatted()
            + " tax due by "
            + run.getHmrcDueDate());
    runFinalised.fire(
        new org.dpsupport.server.application.PayrollFacts.RunFinalised(
            runId, run.getAccountId(), viewer.username()));
    return view(run, employerOrFail(run.getAccountId()));
  }

  /**
   * One employer's pay for the bureau run, in the caller's (the batch chunk's) transaction:
   * calculated, approved by the person who started the bureau run, and finalised. Returns false,
   * doing nothing, if the employer's run for the period is already finalised.
   */
  @Transactional
  public boolean payForBureau(Long bureauRunId, String startedBy, long accountId, YearMonth month) {
    PayrollEmployerEntity employer = employerOrFail(accountId);
    PayRunEntity run = runFor(accountId, month, employer, bureauRunId);
    if (run.getStatus().isFinal()) {
      return false;
    }
    run.setBureauRunId(bureauRunId);
    run.setStatus(
        run.getStatus() == PayRunStatus.APPROVED
            ? PayRunStatus.APPROVED
            : run.getStatus().calculate());
    List<HolidayEntryEntity> computed = null;
    if (run.getStatus() != PayRunStatus.APPROVED) {
      run.setDraftPayslips(false);
      computed = compute(run, employer);
      if (run.getPayslips() == 0) {
        // nothing to pay this period: no run, no FPS, no BACS file
        store.remove(run);
        return false;
      }
      run.setStatus(PayRunStatus.CALCULATED.approve());
      run.setApprovedBy(startedBy);
      run.setApprovedAt(OffsetDateTime.now(clock));
    }
    run.setStatus(PayRunStatus.APPROVED.finalise());
    run.setFinalisedAt(OffsetDateTime.now(clock));
    // worked out just now, with final payslips only: nothing to swap, and the holiday entries are
    // in hand (no second read of the run's payslips and entries)
    auditHoliday(startedBy, run, computed != null ? applyHoliday(computed) : afterFinalising(run));
    issueP45s(startedBy, run);
    audit.record(
        startedBy,
        "PAY_RUN_FINALISED",
        "PayRun",
        run.getId(),
        "bureau run "
            + bureauRunId
            + ": "
            + run.getPayslips()
            + " payslips, total cost "
            + run.getTotalCost().formatted());
    runFinalised.fire(
        new org.dpsupport.server.application.PayrollFacts.RunFinalised(
            run.getId(), accountId, startedBy));
    return true;
  }

  private void step(PayRunEntity run, java.util.function.Supplier<PayRunStatus> transition) {
    try {
      run.setStatus(transition.get());
    } catch (PayRunStateException e) {
      throw PayrollProblem.conflict(e.getMessage());
    }
  }

  /**
   * The final payslips replace the DRAFT ones, and each PA's holiday balance becomes the one their
   * holiday entry for this run worked out (audited: who, when, earned, taken, before and after).
   */
  private List<HolidayEntryEntity> afterFinalising(PayRunEntity run) {
    for (PayslipEntity p : store.payslipsOf(run.getId())) {
      if (p.getFinalPdf() != null) {
        p.setPdf(p.getFinalPdf());
        p.setFinalPdf(null);
      }
    }
    return applyHoliday(holidays.ofRun(run.getId()));
  }

  /** Each PA's holiday balance becomes the one their entry for the run worked out. */
  private List<HolidayEntryEntity> applyHoliday(List<HolidayEntryEntity> entries) {
    for (HolidayEntryEntity h : entries) {
      PayrollEmployeeEntity e = store.payrollEmployee(h.getEmploymentId());
      e.setHolidayBalanceHours(h.getBalanceAfter());
    }
    return entries;
  }

  /**
   * The finalised run is the final pay of any leaver it covers: their P45 is issued now (the day
   * recorded once, audited), so a later payment is a payment after leaving and downloading the P45
   * never writes.
   */
  private void issueP45s(String actor, PayRunEntity run) {
    LocalDate today = LocalDate.now(clock);
    for (PaEmploymentEntity m : leavers.p45sDue(run.getAccountId(), run.getPeriodEnd())) {
      if (leavers.markP45Issued(m.getId(), today)) {
        audit.record(
            actor,
            "P45_ISSUED",
            "Employment",
            m.getId(),
            "P45 issued with the final pay (pay run "
                + run.getId()
                + ", paid "
                + run.getPaymentDate()
                + "); a later payment is a payment after leaving, taxed on 0T week 1/month 1, and"
                + " no second P45 is made");
      }
    }
  }

  /**
   * Whether a leaver's final pay (their leaving date in this period) has holiday not taken to pay
   * off: a balance above zero, and not an irregular-hours PA already paid rolled-up holiday pay.
   */
  private static boolean holidayLeftOnLeaving(
      PayrollEmployeeEntity pe, PaEmploymentEntity m, PayPeriod period) {
    return m.getEndDate() != null
        && !m.getEndDate().isBefore(period.start())
        && !m.getEndDate().isAfter(period.end())
        && pe.getNotPaidReason() == null
        && pe.getHolidayBalanceHours() != null
        && pe.getHolidayBalanceHours().signum() > 0
        && !(pe.isIrregularHours() && pe.isRolledUpHolidayPay());
  }

  /** Each PA's holiday recorded by a finalised run, in the audit log: who, earned, taken, after. */
  private void auditHoliday(String actor, PayRunEntity run, List<HolidayEntryEntity> entries) {
    for (HolidayEntryEntity h : entries) {
      audit.record(
          actor,
          "HOLIDAY_RECORDED",
          "PaEmployment",
          h.getEmploymentId(),
          "pay run "
              + run.getId()
              + " paid "
              + run.getPaymentDate()
              + ": earned "
              + h.getAccruedHours().toPlainString()
              + " h ("
              + h.getExplanation()
              + "), took "
              + h.getTakenHours().toPlainString()
              + " h; balance "
              + h.getBalanceBefore().toPlainString()
              + " h -> "
              + h.getBalanceAfter().toPlainString()
              + " h"
              + (h.getPaidAt() == null ? "" : "; paid " + h.getPaidAt()));
    }
  }

  private PayRunEntity runFor(
      long accountId, YearMonth month, PayrollEmployerEntity employer, Long bureauRunId) {
    PayPeriod period = PayPeriod.monthly(month, employer.getPayDay());
    java.util.Optional<PayRunEntity> existing = store.forPeriod(accountId, period.start());
    if (existing.isPresent()) {
      return existing.get();
    }
    PayRunEntity run = new PayRunEntity();
    run.setAccountId(accountId);
    run.setPeriodStart(period.start());
    run.setPeriodEnd(period.end());
    run.setPaymentDate(period.paymentDate());
    run.setStatus(PayRunStatus.DRAFT);
    run.setBureauRunId(bureauRunId);
    Money z = Money.ZERO;
    run.setGrossPay(z);
    run.setNetPay(z);
    run.setIncomeTax(z);
    run.setEmployeeNi(z);
    run.setEmployerNi(z);
    run.setEmploymentAllowance(z);
    run.setStudentLoans(z);
    run.setPensionEmployee(z);
    run.setPensionEmployer(z);
    run.setAgencyFee(z);
    run.setTotalCost(z);
    run.setBudgetBefore(z);
    store.add(run);
    return run;
  }

  /**
   * Works the run out afresh: payslips, totals and files. Each payslip is stored as a DRAFT with
   * its final version beside it, swapped in when the run is finalised; a bureau pay day (finalised
   * in the same transaction, {@code run.isDraftPayslips()} false) makes only the final payslip.
   * Returns the holiday entries it recorded, in the order they were made.
   *
   * <p>Four steps: load (one store call reads everything, before anything is written), calculate
   * (the payroll module's engine; nothing read or written), render (payslip PDFs, FPS, BACS and
   * pension files) and persist (one store call). So the payslips, holiday entries and timesheet
   * updates go to the database together at commit, in JDBC batches (persistence.xml), rather than
   * one statement at a time in a flush forced by a later query.
   */
  List<HolidayEntryEntity> compute(PayRunEntity run, PayrollEmployerEntity employerRow) {
    PayPeriod period =
        new PayPeriod(run.getPeriodStart(), run.getPeriodEnd(), run.getPaymentDate());
    PayRunStore.PayRunInputs in = store.load(run, period);
    String serviceUserNumber =
        in.serviceUserNumber()
            .orElseThrow(
                () ->
                    PayrollProblem.conflict(
                        "The pay run cannot be worked out: the BACS file needs the agency's Bacs"
                            + " service user number, which has not been recorded. Ask the"
                            + " administrator to add it."));
    Map<Long, List<FamilyLeave>> leaves = familyLeave.forPayPeriod(run.getAccountId(), period);
    Calculation calculated = calculate(run, employerRow, period, in, leaves);
    render(run, employerRow, period, serviceUserNumber, calculated);
    store.saveCalculation(
        run,
        calculated.payslips().stream().map(PaidPa::slip).toList(),
        calculated.holidayEntries(),
        calculated.timesheetsPaid());
    return calculated.holidayEntries();
  }

  /** A PA paid by the run: the engine's result, their payslip's figures to date, the payslip. */
  private record PaidPa(EmployeePay pay, PayslipToDate toDate, PayslipEntity slip) {}

  /**
   * What the calculation worked out: the payslips (their PDFs not yet made), holiday entries,
   * timesheets paid, the FPS entries and BACS credits, and each PA's contact for the pension file.
   */
  private record Calculation(
      List<PaidPa> payslips,
      List<EmployeePay> paid,
      List<HolidayEntryEntity> holidayEntries,
      List<TimesheetEntity> timesheetsPaid,
      List<FullPaymentSubmission.Entry> fps,
      List<BacsStandard18File.Credit> credits,
      Map<String, String[]> contacts) {}

  /**
   * The calculation: who is paid what (the payroll module's engine) from what was loaded, with the
   * run's totals and what it changes on each PA's payroll record (tax code in force, pension
   * events, the run that reports their leaving date). Reads and writes nothing.
   */
  private Calculation calculate(
      PayRunEntity run,
      PayrollEmployerEntity employerRow,
      PayPeriod period,
      PayRunStore.PayRunInputs in,
      Map<Long, List<FamilyLeave>> leaves) {
    EmployerDetails employer = PayrollMapping.employer(employerRow);
    TaxYear year = TaxYear.containing(period.paymentDate());
    List<EmployeeToPay> toPay = new ArrayList<>();
    List<EmployeeToPay> unpaid = new ArrayList<>();
    Map<Long, Boolean> notPaid = new HashMap<>();
    Map<Long, PayrollEmployeeEntity> payrollEmployees = new HashMap<>();
    Map<String, Long> employmentByPayId = new HashMap<>();
    Map<String, String[]> contacts = new HashMap<>();
    List<TimesheetEntity> timesheetsPaid = new ArrayList<>();
    for (PayRunStore.Employee row : in.employees()) {
      PayrollEmployeeEntity pe = row.payroll();
      PaEmploymentEntity m = row.employment();
      useTaxCodeInForce(pe, in.taxCodes().get(m.getId()), period.paymentDate());
      notPaid.put(m.getId(), pe.getNotPaidReason() != null);
      payrollEmployees.put(m.getId(), pe);
      List<TimesheetEntity> own = in.timesheetsByEmployment().get(m.getId());
      List<FamilyLeave> onLeave = leaves.getOrDefault(m.getId(), List.of());
      if (own == null && !onLeave.isEmpty()) {
        own = List.of(); // on family leave: paid its family pay with no timesheet
      }
      if (own == null && holidayLeftOnLeaving(pe, m, period)) {
        own = List.of(); // the final pay: holiday not taken is paid even with no timesheet
      }
      if (own == null) {
        // nothing approved to pay this period; still on the FPS, with no pay, if HMRC must hear
        // that they are not being paid (IrrEmp) or that they left in this period
        boolean leftInPeriod = m.getEndDate() != null && !m.getEndDate().isAfter(period.end());
        if (pe.getNotPaidReason() != null || leftInPeriod) {
          EmployeeRecord record = PayrollMapping.employee(pe, m);
          unpaid.add(
              new EmployeeToPay(
                  record, new Timesheet(period.start(), period.end(), List.of()), null));
          employmentByPayId.put(record.payId(), m.getId());
        }
        continue;
      }
      List<TimesheetEntry> entries = new ArrayList<>();
      own.forEach(t -> entries.addAll(in.shiftsByTimesheet().getOrDefault(t.getId(), List.of())));
      PayRunStore.YearToDate ytd = in.yearToDate().get(m.getId());
      // pay and tax in earlier employments (P45 or HMRC's P6) count on a cumulative code only
      YearEndForms.PreviousEmployment earlier =
          PayrollMapping.previousInCalculation(pe, year, period.paymentDate());
      YearToDate engineYtd =
          new YearToDate(
              year.toString(),
              earlier.pay().amount().add(ytd == null ? BigDecimal.ZERO : ytd.taxablePay()),
              earlier.tax().amount().add(ytd == null ? BigDecimal.ZERO : ytd.tax()),
              null,
              pe.getHolidayBalanceHours());
      // paid after leaving, once the P45 is issued: 0T week 1/month 1 (FPS PmtAfterLeaving)
      EmployeeRecord record =
          PaymentAfterLeaving.taxBasis(
              PayrollMapping.employee(pe, m, employerRow.getReEnrolmentDate(), run.getId()),
              pe.getP45IssuedOn(),
              period.paymentDate());
      BigDecimal holidayTaken =
          own.stream()
              .map(t -> t.getHolidayHours() == null ? BigDecimal.ZERO : t.getHolidayHours())
              .reduce(BigDecimal.ZERO, BigDecimal::add);
      toPay.add(
          new EmployeeToPay(
              record,
              new Timesheet(period.start(), period.end(), entries),
              engineYtd,
              pe.isIrregularHours(),
              holidayTaken,
              onLeave,
              HolidayPayReference.forPeriodStarting(
                  period.start(),
                  in.paidPeriods().getOrDefault(m.getId(), List.of()),
                  record.rates().holidayRate()),
              pe.isRolledUpHolidayPay()));
      employmentByPayId.put(record.payId(), m.getId());
      contacts.put(record.payId(), new String[] {null, paEmail(m, in.userNames())});
      timesheetsPaid.addAll(own);
    }
    List<EmployeePay> paid = CALCULATOR.calculate(employer, period, toPay, in.allowanceUsed());

    List<PaidPa> payslips = new ArrayList<>();
    List<HolidayEntryEntity> holidayEntries = new ArrayList<>();
    List<FullPaymentSubmission.Entry> fps = new ArrayList<>();
    List<BacsStandard18File.Credit> credits = new ArrayList<>();
    int nmw = 0;
    for (EmployeePay p : paid) {
      long employmentId = employmentByPayId.get(p.employee().payId());
      PayResult r = p.result();
      keepPensionEvents(payrollEmployees.get(employmentId), r.pension(), run.getId());
      PayRunStore.YearToDate ytd = in.yearToDate().get(employmentId);
      FiguresToDate before = ytd == null ? FiguresToDate.NONE : ytd.figures();
      FiguresToDate after = before.plus(r);
      PayslipToDate slipToDate = (ytd == null ? PayslipToDate.NONE : ytd.payslip()).plus(r);
      PayslipEntity slip = payslip(run, employmentId, r, after);
      slip.setHolidayBalance(p.holiday().balanceAfter());
      payslips.add(new PaidPa(p, slipToDate, slip));
      holidayEntries.add(holidayEntry(run, employmentId, p.holiday(), r));
      if (slip.getNmwFinding() != null) {
        nmw++;
      }
      fps.add(
          fpsEntry(
              run,
              in.reportedLeaving(),
              payrollEmployees.get(employmentId),
              p.employee(),
              r,
              after,
              ytd == null,
              notPaid.get(employmentId)));
      credits.add(
          new BacsStandard18File.Credit(
              p.employee().sortCode(),
              p.employee().accountNumber(),
              p.employee().accountName(),
              r.netPay(),
              BacsStandard18File.wagesReference(period.paymentDate())));
    }
    // PAs on the FPS without a payment: a zero payment (no year-to-date passed in, so no refund is
    // worked out) and their figures to date unchanged
    for (EmployeePay p :
        unpaid.isEmpty()
            ? List.<EmployeePay>of()
            : CALCULATOR.calculate(employer, period, unpaid, BigDecimal.ZERO)) {
      long employmentId = employmentByPayId.get(p.employee().payId());
      PayRunStore.YearToDate ytd = in.yearToDate().get(employmentId);
      FiguresToDate before = ytd == null ? FiguresToDate.NONE : ytd.figures();
      fps.add(
          fpsEntry(
              run,
              in.reportedLeaving(),
              payrollEmployees.get(employmentId),
              p.employee(),
              p.result(),
              before.plus(p.result()),
              false,
              notPaid.get(employmentId)));
    }
    RunTotals totals = RunTotals.of(paid, employer.feePerPayslip(), in.vatOnFee());
    run.setPayslips(totals.payslips());
    run.setGrossPay(totals.grossPay());
    run.setNetPay(totals.netPay());
    run.setIncomeTax(totals.incomeTax());
    run.setEmployeeNi(totals.employeeNi());
    run.setEmployerNi(totals.employerNi());
    run.setEmploymentAllowance(totals.employmentAllowance());
    run.setStudentLoans(totals.studentLoans());
    run.setPensionEmployee(totals.pensionEmployee());
    run.setPensionEmployer(totals.pensionEmployer());
    run.setAgencyFee(totals.agencyFee());
    run.setAgencyFeeVat(totals.agencyFeeVat());
    run.setTotalCost(totals.totalCost());
    run.setBudgetBefore(employerRow.getMonthlyBudget());
    run.setHmrcDueDate(HmrcPaymentDue.dueDate(period.paymentDate(), employerRow.isHmrcQuarterly()));
    run.setNmwFindings(nmw);
    run.setCalculatedAt(OffsetDateTime.now(clock));
    return new Calculation(payslips, paid, holidayEntries, timesheetsPaid, fps, credits, contacts);
  }

  /**
   * The run's documents: each payslip's PDF (a DRAFT first, with the final one beside it, unless
   * the run is finalised at once), the FPS, the BACS file and the pension contributions file.
   */
  private void render(
      PayRunEntity run,
      PayrollEmployerEntity employerRow,
      PayPeriod period,
      String serviceUserNumber,
      Calculation calculated) {
    boolean draftFirst = run.isDraftPayslips();
    EmployerDetails employer = PayrollMapping.employer(employerRow);
    for (PaidPa pa : calculated.payslips()) {
      EmployeePay p = pa.pay();
      byte[] finalPdf = payslipPdf(employer, period, p, pa.toDate(), false);
      pa.slip().setPdf(draftFirst ? payslipPdf(employer, period, p, pa.toDate(), true) : finalPdf);
      pa.slip().setFinalPdf(draftFirst ? finalPdf : null);
    }
    // a run with nobody on it has no FPS (the month's EPS says nobody was paid); a payment reported
    // after its pay day carries a late reason
    try {
      run.setFpsXml(
          calculated.fps().isEmpty()
              ? null
              : FullPaymentSubmission.render(
                  employer,
                  calculated.fps(),
                  LocalDate.now(clock),
                  finalForYear(period, employerRow)));
    } catch (IllegalArgumentException e) {
      throw PayrollProblem.badInput(e);
    }
    run.setBacsFile(bacsFile(serviceUserNumber, employer, period, calculated.credits()));
    run.setPensionCsv(
        PensionContributionCsv.render(
            new PensionContributionCsv.Scheme(employer.payeReference(), null, null),
            period,
            period.paymentDate(),
            calculated.paid(),
            calculated.contacts()));
  }

  private static byte[] payslipPdf(
      EmployerDetails employer,
      PayPeriod period,
      EmployeePay p,
      PayslipToDate toDate,
      boolean draft) {
    return PayslipPdf.render(
        new PayslipPdf.Payslip(
            employer.name(),
            employer.payeReference(),
            p.employee(),
            period,
            p.result(),
            toDate,
            p.holiday(),
            draft));
  }

  /**
   * The run's Bacs Standard 18 file, under the agency's service user number, paying the PAs on the
   * pay day (or the working day before). Refused whole, with what to put right, when the agency has
   * no service user number or any bank details fail Vocalink's modulus check: the transaction rolls
   * back, so no payslip of the run is kept either.
   */
  private String bacsFile(
      String serviceUserNumber,
      EmployerDetails employer,
      PayPeriod period,
      List<BacsStandard18File.Credit> credits) {
    try {
      return BacsStandard18File.render(
          new BacsStandard18File.Originator(
              serviceUserNumber, employer.name(), employer.sortCode(), employer.accountNumber()),
          period.paymentDate(),
          LocalDate.now(clock),
          credits);
    } catch (IllegalArgumentException e) {
      throw PayrollProblem.conflict(
          "The pay run cannot be worked out until the BACS file can be written. " + e.getMessage());
    }
  }

  /**
   * A PA's FPS entry: whether the leaving date already went to HMRC on a finalised run's FPS, and
   * if this FPS reports it, this run is recorded as the one that did (a recalculation of this run
   * reports it again; a later run does not).
   */
  private FullPaymentSubmission.Entry fpsEntry(
      PayRunEntity run,
      Set<Long> reportedLeaving,
      PayrollEmployeeEntity pe,
      EmployeeRecord employee,
      PayResult r,
      FiguresToDate toDate,
      boolean firstPayment,
      boolean irregular) {
    Long reportedBy = pe.getLeavingReportedRunId();
    boolean reported =
        reportedBy != null
            && !reportedBy.equals(run.getId())
            && reportedLeaving.contains(reportedBy);
    FullPaymentSubmission.Reporting reporting =
        new FullPaymentSubmission.Reporting(false, reported, null);
    if (FullPaymentSubmission.reportLeavingDate(employee, r, reporting)) {
      pe.setLeavingReportedRunId(run.getId());
    }
    return new FullPaymentSubmission.Entry(employee, r, toDate, firstPayment, irregular, reporting);
  }

  private PayslipEntity payslip(
      PayRunEntity run, long employmentId, PayResult r, FiguresToDate after) {
    PayslipEntity s = new PayslipEntity();
    s.setPayRunId(run.getId());
    s.setEmploymentId(employmentId);
    s.setPaymentDate(r.paymentDate());
    s.setTaxYear(r.taxYear());
    s.setGrossPay(r.grossPay());
    s.setTaxablePay(r.taxablePay());
    s.setNetPay(r.netPay());
    s.setIncomeTax(r.incomeTax().taxDueInPeriod());
    s.setEmployeeNi(r.nationalInsurance().employeeNi());
    s.setEmployerNi(r.nationalInsurance().employerNi());
    s.setStudentLoans(r.amountOf("student-loan"));
    s.setPostgraduateLoans(r.amountOf("postgraduate-loan"));
    s.setPensionEmployee(r.amountOf("pension-employee"));
    s.setPensionEmployer(r.amountOf("pension-employer"));
    s.setPensionNetPay(
        r.pension() != null && r.pension().deductedBeforeTax()
            ? r.pension().employeeDeduction()
            : Money.ZERO);
    s.setEarningsForNi(r.earningsForNi());
    s.setAtLel(r.nationalInsurance().earningsAtLel());
    s.setLelToPt(r.nationalInsurance().earningsLelToPt());
    s.setPtToUel(r.nationalInsurance().earningsPtToUel());
    s.setYtdTaxablePay(after.taxablePay());
    s.setYtdTax(after.tax());
    s.setHolidayBalance(r.yearToDate().holidayBalanceHours());
    s.setNmwFinding(
        r.minimumWage() != null && r.minimumWage().breached()
            ? r.minimumWage().finding().map(f -> f.message()).orElse("below the minimum wage")
            : null);
    s.setSsp(r.amountOf("ssp"));
    s.setFamilyPay(r::amountOf);
    return s;
  }

  private static HolidayEntryEntity holidayEntry(
      PayRunEntity run, long employmentId, HolidayAccrual h, PayResult r) {
    HolidayEntryEntity e = new HolidayEntryEntity();
    e.setPeriodStart(run.getPeriodStart());
    e.setPeriodEnd(run.getPeriodEnd());
    e.setPayForWork(HolidayPayReference.payForWork(r.lines()));
    e.setPaidAt(
        h.paidAt() == null || h.paidAt().length() <= 400
            ? h.paidAt()
            : h.paidAt().substring(0, 400));
    e.setPayRunId(run.getId());
    e.setEmploymentId(employmentId);
    e.setPaymentDate(run.getPaymentDate());
    e.setBasis(h.basis().name());
    e.setHoursWorked(h.hoursWorked().setScale(2, java.math.RoundingMode.HALF_UP));
    e.setAccruedHours(h.accruedHours());
    e.setTakenHours(h.takenHours());
    e.setBalanceBefore(h.balanceBefore());
    e.setBalanceAfter(h.balanceAfter());
    e.setExplanation(
        h.explanation().length() > 300 ? h.explanation().substring(0, 300) : h.explanation());
    return e;
  }

  // ---- reading

  public RunView run(Viewer viewer, long runId) {
    PayRunEntity run = visibleRun(viewer, runId);
    return view(run, employerOrFail(run.getAccountId()));
  }

  public List<RunView> runsOf(Viewer viewer, long accountId) {
    access.employer(viewer, accountId);
    PayrollEmployerEntity employer = employerOrFail(accountId);
    return store.ofAccount(accountId, 36).stream().map(r -> view(r, employer)).toList();
  }

  public Invoice invoice(Viewer viewer, long runId) {
    PayRunEntity r = visibleRun(viewer, runId);
    PayrollEmployerEntity employer = employerOrFail(r.getAccountId());
    DirectPaymentAccountEntity account = store.account(r.getAccountId());
    BigDecimal hmrc = hmrc(r);
    BigDecimal pensions = r.getPensionEmployee().plus(r.getPensionEmployer()).amount();
    BigDecimal remaining = r.getBudgetBefore().minus(r.getTotalCost()).amount();
    String words =
        "This month's pay run costs "
            + r.getTotalCost().formatted()
            + ": "
            + r.getNetPay().formatted()
            + " to your PAs, "
            + Money.of(hmrc).formatted()
            + " to HMRC by "
            + r.getHmrcDueDate()
            + ", "
            + Money.of(pensions).formatted()
            + " to the pension scheme and "
            + r.getAgencyFee().plus(r.getAgencyFeeVat()).formatted()
            + (r.getAgencyFeeVat().isPositive() ? " (the fee with VAT)" : "")
            + " to the agency. "
            + (remaining.signum() >= 0
                ? "That leaves "
                    + Money.of(remaining).formatted()
                    + " of your monthly budget of "
                    + r.getBudgetBefore().formatted()
                    + "."
                : "That is "
                    + Money.of(remaining.negate()).formatted()
                    + " more than your monthly budget of "
                    + r.getBudgetBefore().formatted()
                    + "; talk to your council.");
    return new Invoice(
        r.getId(),
        account.getReference(),
        employer.getEmployerName(),
        r.getPaymentDate(),
        r.getNetPay().amount(),
        r.getIncomeTax().amount(),
        r.getEmployeeNi().amount(),
        r.getEmployerNi().amount(),
        r.getEmploymentAllowance().amount(),
        r.getStudentLoans().amount(),
        hmrc,
        r.getHmrcDueDate(),
        r.getPensionEmployee().amount(),
        r.getPensionEmployer().amount(),
        pensions,
        r.getAgencyFee().amount(),
        r.getAgencyFeeVat().amount(),
        r.getTotalCost().amount(),
        r.getBudgetBefore().amount(),
        remaining,
        words);
  }

  /**
   * The run's invoice as a document (tagged PDF), made by the same writer as {@code bin/dps
   * payroll-files}; a run that is not finalised gets DRAFT on every page.
   */
  public byte[] invoicePdf(Viewer viewer, long runId) {
    return org.dpsupport.payroll.interfaces.file.InvoiceDocument.pdf(
        invoiceDocument(viewer, runId));
  }

  /** The run's invoice as CSV: a row per PA, then each item and the total. */
  public String invoiceCsv(Viewer viewer, long runId) {
    return org.dpsupport.payroll.interfaces.file.InvoiceDocument.csv(
        invoiceDocument(viewer, runId));
  }

  private org.dpsupport.payroll.interfaces.file.InvoiceDocument.Invoice invoiceDocument(
      Viewer viewer, long runId) {
    PayRunEntity r = visibleRun(viewer, runId);
    if (r.getCalculatedAt() == null) {
      throw PayrollProblem.conflict("Calculate the run first; then its invoice is ready.");
    }
    PayrollEmployerEntity employer = employerOrFail(r.getAccountId());
    DirectPaymentAccountEntity account = store.account(r.getAccountId());
    org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity agency =
        store.agencyOf(account);
    if (agency == null) {
      throw PayrollProblem.conflict("This account has no payroll agency, so there is no invoice.");
    }
    List<org.dpsupport.payroll.interfaces.file.InvoiceDocument.PaLine> lines = new ArrayList<>();
    for (PayslipEntity p : store.payslipsOf(runId)) {
      PaEmploymentEntity m = store.employment(p.getEmploymentId());
      PayrollEmployeeEntity pe = store.payrollEmployee(p.getEmploymentId());
      lines.add(
          new org.dpsupport.payroll.interfaces.file.InvoiceDocument.PaLine(
              pe.getPayId(),
              m.getPaName(),
              p.getGrossPay(),
              p.getNetPay(),
              p.getEmployerNi(),
              p.getPensionEmployer(),
              p.getGrossPay().plus(p.getEmployerNi()).plus(p.getPensionEmployer())));
    }
    RunTotals totals =
        new RunTotals(
            r.getPayslips(),
            r.getGrossPay(),
            r.getNetPay(),
            r.getIncomeTax(),
            r.getEmployeeNi(),
            r.getEmployerNi(),
            r.getEmploymentAllowance(),
            r.getStudentLoans(),
            r.getPensionEmployee(),
            r.getPensionEmployer(),
            r.getAgencyFee(),
            r.getAgencyFeeVat());
    EmployerDetails details = PayrollMapping.employer(employer);
    return new org.dpsupport.payroll.interfaces.file.InvoiceDocument.Invoice(
        String.format("DPS-%06d", r.getId()),
        (r.getFinalisedAt() != null ? r.getFinalisedAt() : r.getCalculatedAt()).toLocalDate(),
        PayrollMapping.agency(agency),
        new org.dpsupport.payroll.interfaces.file.InvoiceDocument.Billed(
            employer.getEmployerName(),
            PayrollMapping.address(employer),
            account.getReference(),
            details.sortCode(),
            details.accountNumber()),
        new PayPeriod(r.getPeriodStart(), r.getPeriodEnd(), r.getPaymentDate()),
        lines,
        totals,
        details.feePerPayslip(),
        r.getHmrcDueDate(),
        RunRemittances.dueBy(r, RemittanceKind.PENSION),
        r.getStatus() != PayRunStatus.FINALISED);
  }

  /** The PA's email address where they have a sign-in (their user name), else null. */
  private static String paEmail(PaEmploymentEntity m, Map<Long, String> userNames) {
    String username = m.getPaUserId() == null ? null : userNames.get(m.getPaUserId());
    return username == null || !username.contains("@") ? null : username;
  }

  /** The run's file: "fps", "bacs" or "pensions"; agency staff and the employer only. */
  public String file(Viewer viewer, long runId, String kind) {
    PayRunEntity r = visibleRun(viewer, runId);
    if (viewer.has(Role.PERSONAL_ASSISTANT) && !viewer.has(Role.PAYROLL_STAFF)) {
      throw new org.dpsupport.server.security.RecordAccessDeniedException(
          "This file is for the employer and agency.");
    }
    String file =
        switch (kind) {
          case "fps" -> r.getFpsXml();
          case "bacs" -> r.getBacsFile();
          case "pensions" -> r.getPensionCsv();
          default ->
              throw PayrollProblem.notFound(
                  "There is no file '" + kind + "'; use fps, bacs or pensions.");
        };
    if (file == null && "fps".equals(kind) && r.getCalculatedAt() != null) {
      throw PayrollProblem.conflict(
          "Nobody was paid or reported in this run, so it has no FPS. If nobody is paid in the"
              + " tax month, send the month's EPS instead.");
    }
    if (file == null) {
      throw PayrollProblem.conflict("Calculate the run first.");
    }
    PayRunStatus status = r.getStatus();
    if (status != PayRunStatus.APPROVED && status != PayRunStatus.FINALISED) {
      throw PayrollProblem.conflict(
          "Approve the run first: the FPS, BACS and pension files are made only for an approved"
              + " run.");
    }
    return file;
  }

  public List<PayslipView> payslipsOfRun(Viewer viewer, long runId) {
    PayRunEntity r = visibleRun(viewer, runId);
    String employer = employerOrFail(r.getAccountId()).getEmployerName();
    return store.payslipsOf(runId).stream().map(p -> payslipView(p, employer)).toList();
  }

  /** The signed-in PA's own payslips, newest first (finalised runs only). */
  public List<PayslipView> myPayslips(Viewer viewer) {
    return store.finalisedPayslipsOfPa(viewer.userId()).stream()
        .map(
            p ->
                payslipView(
                    p,
                    employerOrFail(store.employment(p.getEmploymentId()).getAccountId())
                        .getEmployerName()))
        .toList();
  }

  public PayslipView payslip(Viewer viewer, long payslipId) {
    PayslipEntity p = visiblePayslip(viewer, payslipId);
    return payslipView(
        p, employerOrFail(store.employment(p.getEmploymentId()).getAccountId()).getEmployerName());
  }

  public byte[] payslipPdf(Viewer viewer, long payslipId) {
    return visiblePayslip(viewer, payslipId).getPdf();
  }

  private PayslipEntity visiblePayslip(Viewer viewer, long payslipId) {
    PayslipEntity p =
        store
            .payslip(payslipId)
            .orElseThrow(() -> PayrollProblem.notFound("There is no payslip " + payslipId + "."));
    access.employment(viewer, p.getEmploymentId(), "Payslip");
    return p;
  }

  private PayslipView payslipView(PayslipEntity p, String employerName) {
    PaEmploymentEntity m = store.employment(p.getEmploymentId());
    return new PayslipView(
        p.getId(),
        p.getPayRunId(),
        p.getEmploymentId(),
        m.getPaName(),
        employerName,
        p.getPaymentDate(),
        p.getTaxYear(),
        p.getGrossPay().amount(),
        p.getIncomeTax().amount(),
        p.getEmployeeNi().amount(),
        p.getNetPay().amount(),
        p.getHolidayBalance(),
        p.getEmployerNi().amount(),
        p.getPensionEmployer().amount(),
        p.getNmwFinding());
  }

  private PayRunEntity visibleRun(Viewer viewer, long runId) {
    PayRunEntity run =
        store
            .find(runId)
            .orElseThrow(() -> PayrollProblem.notFound("There is no pay run " + runId + "."));
    access.employer(viewer, run.getAccountId());
    return run;
  }

  PayrollEmployerEntity employerOrFail(long accountId) {
    return store
        .employer(accountId)
        .orElseThrow(() -> PayrollProblem.notFound("This account is not on the payroll yet."));
  }

  static BigDecimal hmrc(PayRunEntity r) {
    return r.getIncomeTax()
        .plus(r.getEmployeeNi())
        .plus(r.getEmployerNi())
        .plus(r.getStudentLoans())
        .minus(r.getEmploymentAllowance())
        .amount();
  }

  private RunView view(PayRunEntity r, PayrollEmployerEntity employer) {
    return new RunView(
        r.getId(),
        r.getAccountId(),
        employer.getEmployerName(),
        r.getPeriodStart(),
        r.getPeriodEnd(),
        r.getPaymentDate(),
        r.getStatus().name(),
        r.getPayslips(),
        r.getGrossPay().amount(),
        r.getNetPay().amount(),
        hmrc(r),
        r.getPensionEmployee().plus(r.getPensionEmployer()).amount(),
        r.getAgencyFee().amount(),
        r.getAgencyFeeVat().amount(),
        r.getTotalCost().amount(),
        r.getHmrcDueDate(),
        r.getNmwFindings(),
        r.getBureauRunId(),
        RunRemittances.dueBy(r, RemittanceKind.PENSION),
        payment(r, RemittanceKind.HMRC),
        payment(r, RemittanceKind.PENSION));
  }

  private PaymentView payment(PayRunEntity r, RemittanceKind kind) {
    LocalDate today = LocalDate.now(clock);
    RunRemittance share = RunRemittances.of(r, kind);
    var paid = share.recorded();
    return new PaymentView(
        share.status(today).name(),
        share.describe(kind, today),
        share.amount().amount(),
        share.dueBy(),
        paid.map(p -> p.paidOn()).orElse(null),
        paid.map(p -> p.reference()).orElse(null),
        paid.map(p -> p.recordedBy()).orElse(null),
        paid.map(p -> p.recordedAt()).orElse(null));
  }

  /**
   * The code HMRC's notices put in use by the pay day (the one issued last; week 1/month 1 dropped
   * at a new tax year, P9X) becomes the PA's code for this run and after. A PA with no recorded
   * notice keeps the code on their record.
   */
  /**
   * Whether this run's FPS is the employer's last of the tax year: the next month's pay day is in
   * the next tax year (HMRC's "Final submission for year", {@link YearEnd}).
   */
  private static boolean finalForYear(PayPeriod period, PayrollEmployerEntity employer) {
    return YearEnd.lastPayDayOfTaxYear(
        period.paymentDate(), period.nextMonth(employer.getPayDay()).paymentDate());
  }

  /**
   * What the run's pension assessment changed on the PA's record: the enrolment date of an
   * enrolment, postponement's end or re-enrolment this period (a re-enrolment ends the opt-out),
   * and the run that pays an opt-out refund, so no later run pays it again.
   */
  private static void keepPensionEvents(
      PayrollEmployeeEntity pe, AutoEnrolmentAssessment a, long runId) {
    if (pe == null || a == null) {
      return;
    }
    if (a.action() == AutoEnrolmentAssessment.Action.ENROLLED_THIS_PERIOD
        && a.enrolledOn() != null
        && !a.enrolledOn().equals(pe.getPensionEnrolledOn())) {
      if (pe.getPensionOptedOutOn() != null) {
        pe.setPensionOptedOutOn(null);
        pe.setPensionRefundDue(null);
        pe.setPensionRefundRunId(null);
      }
      pe.setPensionEnrolledOn(a.enrolledOn());
    }
    if (a.action() == AutoEnrolmentAssessment.Action.OPTED_OUT_REFUNDED) {
      pe.setPensionRefundRunId(runId);
    }
  }

  private static void useTaxCodeInForce(
      PayrollEmployeeEntity pe, TaxCodeHistory history, LocalDate payDay) {
    if (history == null) {
      return;
    }
    history
        .on(payDay)
        .filter(c -> !c.taxCode().equals(pe.getTaxCode()) || c.week1Month1() != pe.isWeek1Month1())
        .ifPresent(
            c -> {
              pe.setTaxCode(c.taxCode());
              pe.setWeek1Month1(c.week1Month1());
            });
  }
}
