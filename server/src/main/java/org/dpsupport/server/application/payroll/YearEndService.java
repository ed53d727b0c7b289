package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.tax.TaxCodeHistory;
import org.dpsupport.payroll.domain.model.taxyear.IssuedP60;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules.StatutoryFamilyPayRules;
import org.dpsupport.payroll.domain.model.taxyear.YearEnd;
import org.dpsupport.payroll.domain.service.StatutoryPayRecovery;
import org.dpsupport.payroll.interfaces.file.EmployerPaymentSummary;
import org.dpsupport.payroll.interfaces.file.FiguresToDate;
import org.dpsupport.payroll.interfaces.file.YearEndForms;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.FamilyLeaveRecords;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployeeEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployers;
import org.dpsupport.server.infrastructure.persistence.payroll.TaxCodeNotices;
import org.dpsupport.server.infrastructure.persistence.payroll.YearEndRecords;
import org.dpsupport.server.security.RecordAccessDeniedException;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * HMRC's monthly EPS per employer, and the year-end and leaver forms per PA: P60 for a tax year
 * that has ended (PA in post on 5 April), P45 once a leaving date is set. Figures come from the
 * finalised runs only. Also the leaving date and the "not being paid" mark (FPS IrrEmp), both set
 * by agency staff and audited.
 */
@ApplicationScoped
public class YearEndService {

  /**
   * A P60 given to a PA, as they and the agency see it: the tax year (as 2025-26 and in words), the
   * day it was made and where to download it.
   */
  public record P60Available(
      long employmentId,
      String employerName,
      String taxYear,
      String taxYearInWords,
      LocalDate madeOn,
      String link) {
    static P60Available of(IssuedP60 p, String employerName) {
      return new P60Available(
          p.employmentId(),
          employerName,
          p.taxYear().toString(),
          inWords(p.taxYear()),
          p.madeAt().atZoneSameInstant(UK).toLocalDate(),
          "/api/v1/payroll/employments/" + p.employmentId() + "/p60?year=" + p.taxYear());
    }
  }

  /** What making an employer's P60s for a tax year did. */
  public record P60sMade(String taxYear, int made, int madeAgain, int unchanged) {}

  /** A PA's leaving or not-paid state after a change. */
  public record EmploymentState(
      long employmentId,
      String paName,
      LocalDate leavingDate,
      String notPaidReason,
      LocalDate notPaidSince,
      String p45Link,
      String taxCode,
      String taxCodeComing,
      String taxCodeNextYear,
      List<P60Available> p60s,
      String p45Waiting,
      java.math.BigDecimal holidayBalanceHours,
      boolean irregularHours,
      boolean rolledUpHolidayPay,
      String payId,
      LocalDate startDate,
      LocalDate p45IssuedOn) {}

  private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK);

  /** "6 April 2025 to 5 April 2026". */
  static String inWords(TaxYear year) {
    return DAY.format(year.firstDay()) + " to " + DAY.format(year.lastDay());
  }

  @Inject PayrollEmployers books;

  @Inject PayrollAccess access;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject FamilyLeaveRecords familyLeaveRecords;

  @Inject TaxCodeNotices taxCodeNotices;

  @Inject YearEndRecords yearEndRecords;

  @Inject org.dpsupport.server.infrastructure.persistence.payroll.LeaverRecords leavers;

  /** The EPS for the tax month holding the employer's pay day in the given calendar month. */
  public String eps(Viewer viewer, long accountId, YearMonth month) {
    access.employer(viewer, accountId);
    notForPa(viewer);
    PayrollEmployerEntity row = employer(accountId);
    EmployerDetails employer = PayrollMapping.employer(row);
    LocalDate payDay = PayPeriod.monthly(month, row.getPayDay()).paymentDate();
    TaxYear year = TaxYear.containing(payDay);
    int taxMonth = year.taxMonthOf(payDay);
    EmployerPaymentSummary.Month m = new EmployerPaymentSummary.Month(year, taxMonth, false, null);
    boolean paid = yearEndRecords.paidBetween(accountId, m.firstDay(), m.lastDay());
    try {
      return EmployerPaymentSummary.render(
          employer,
          new EmployerPaymentSummary.Month(
              year,
              taxMonth,
              paid,
              recoveredToDate(accountId, year, m.lastDay()),
              YearEnd.finalSubmissionOnEps(
                  taxMonth, yearEndRecords.finalFpsSent(accountId, year))));
    } catch (IllegalArgumentException e) {
      throw PayrollProblem.conflict(e.getMessage());
    }
  }

  /**
   * Family pay recovered in the tax year up to the end of the tax month: the finalised payslips'
   * SMP .. SNCP, at 92% or, under Small Employers' Relief, 100% plus the NIC compensation. The
   * employer qualifies when the Class 1 NICs (employee's and employer's) on its finalised payslips
   * in the previous tax year came to no more than the threshold: a PA's employer nearly always.
   */
  private Map<EmployerPaymentSummary.StatutoryPayment, EmployerPaymentSummary.Recovered>
      recoveredToDate(long accountId, TaxYear year, LocalDate upTo) {
    Map<FamilyPayType, Money> paid =
        familyLeaveRecords.familyPayPaid(accountId, year.firstDay(), upTo);
    if (paid.isEmpty()) {
      return Map.of();
    }
    Money nicsLastYear =
        familyLeaveRecords.class1Nics(accountId, year.firstDay().minusYears(1), year.firstDay());
    StatutoryFamilyPayRules rules = PayRunService.ENGINE.rulesFor(upTo).statutoryFamilyPay();
    boolean small = StatutoryPayRecovery.smallEmployer(rules, nicsLastYear);
    return EmployerPaymentSummary.recovered(StatutoryPayRecovery.recoverAll(rules, paid, small));
  }

  /**
   * The P60 given to the PA for an ended tax year, as it was stored. If none has been made yet (the
   * year-end job has not reached this employer, or its last run was finalised late) or a late run
   * has changed the year's pay or tax since, it is made now, kept and audited.
   */
  @Transactional
  public byte[] p60(Viewer viewer, long employmentId, String taxYear) {
    PaEmploymentEntity m = access.employment(viewer, employmentId, "P60");
    TaxYear year;
    try {
      year = TaxYear.parse(taxYear);
    } catch (RuntimeException e) {
      throw new PayrollProblem(PayrollProblem.Kind.BAD_INPUT, "Give the tax year like 2025-26.");
    }
    if (!LocalDate.now(clock).isAfter(year.lastDay())) {
      throw PayrollProblem.conflict(
          "The P60 for " + year + " is made after the year ends on " + year.lastDay() + ".");
    }
    if (!YearEnd.inPostOnLastDay(m.getStartDate(), m.getEndDate(), year)) {
      throw PayrollProblem.notFound(
          "A P60 is for someone working for the employer on 5 April "
              + year.lastDay().getYear()
              + ". This PA "
              + (m.getStartDate().isAfter(year.lastDay())
                  ? "started after that"
                  : "left before that, so their P45 shows their pay and tax instead")
              + ".");
    }
    String actor = viewer.username();
    return keepP60(m, year, actor)
        .orElseThrow(
            () ->
                PayrollProblem.notFound(
                    "Nothing was paid in this employment in " + year + ", so there is no P60."));
  }

  /**
   * Makes the P60s owed for an ended tax year to one employer's PAs (each in post on 5 April and
   * paid in the year): agency staff, or the year-end job. Running it again makes no second P60; a
   * P60 whose figures a late run changed is made again in its place. Each is audited.
   */
  @Transactional
  public P60sMade makeP60s(Viewer viewer, long accountId, String taxYear) {
    access.agencyOf(viewer);
    access.employer(viewer, accountId);
    TaxYear year;
    try {
      year = TaxYear.parse(taxYear);
    } catch (RuntimeException e) {
      throw new PayrollProblem(PayrollProblem.Kind.BAD_INPUT, "Give the tax year like 2025-26.");
    }
    if (!LocalDate.now(clock).isAfter(year.lastDay())) {
      throw PayrollProblem.conflict(
          "P60s for "
              + year
              + " are made once the tax year has ended, on or after 6 April "
              + year.lastDay().getYear()
              + ".");
    }
    if (yearEndRecords.runStillOpen(accountId, year)) {
      throw PayrollProblem.conflict(
          "A pay run in "
              + year
              + " is not finalised yet. Finalise it first, so the P60s show the whole year.");
    }
    return makeP60s(viewer.username(), accountId, year);
  }

  /** The employers whose P60s for the tax year can be made now (for the year-end job). */
  public List<Long> employersReadyForP60s(TaxYear year) {
    return yearEndRecords.employersReadyForP60s(year);
  }

  /** The year-end job's part: one employer's P60s, in a transaction of its own. */
  @Transactional
  public P60sMade makeP60s(String actor, long accountId, TaxYear year) {
    int made = 0;
    int again = 0;
    int unchanged = 0;
    for (PaEmploymentEntity m : yearEndRecords.employmentsOwedP60(accountId, year)) {
      long employmentId = m.getId();
      Optional<IssuedP60> before = yearEndRecords.p60(employmentId, year);
      keepP60(m, year, actor);
      Optional<IssuedP60> after = yearEndRecords.p60(employmentId, year);
      if (before.isEmpty() && after.isPresent()) {
        made++;
      } else if (before.isPresent() && !before.get().madeAt().equals(after.get().madeAt())) {
        again++;
      } else {
        unchanged++;
      }
    }
    return new P60sMade(year.toString(), made, again, unchanged);
  }

  /**
   * The PA's stored P60 for the year, made (or made again, if the year's pay or tax has changed
   * since) and audited first; empty if nothing was paid in the year.
   */
  private Optional<byte[]> keepP60(PaEmploymentEntity m, TaxYear year, String actor) {
    long employmentId = m.getId();
    Optional<FiguresToDate> paid = yearEndRecords.figures(employmentId, year, year.lastDay());
    if (paid.isEmpty()) {
      return Optional.empty();
    }
    FiguresToDate figures = paid.get();
    Optional<IssuedP60> stored = yearEndRecords.p60(employmentId, year);
    if (stored.isPresent() && stored.get().shows(figures.taxablePay(), figures.tax())) {
      return yearEndRecords.p60Pdf(employmentId, year);
    }
    PayrollEmployerEntity employer = employer(m.getAccountId());
    PayrollEmployeeEntity pe = payrollEmployee(employmentId);
    EmployeeRecord record = PayrollMapping.employee(pe, m);
    byte[] pdf;
    try {
      pdf =
          YearEndForms.render(
              new YearEndForms.P60(
                  year,
                  PayrollMapping.formsEmployer(employer),
                  record,
                  figures,
                  PayrollMapping.previous(pe, year),
                  yearEndRecords.statutorySickPay(employmentId, year)));
    } catch (IllegalArgumentException e) {
      throw PayrollProblem.conflict(e.getMessage());
    }
    IssuedP60 issued =
        new IssuedP60(
            employmentId,
            year,
            figures.taxablePay(),
            figures.tax(),
            OffsetDateTime.now(clock),
            actor);
    yearEndRecords.keep(issued, pdf);
    String shows =
        "P60 for "
            + year
            + ": pay "
            + figures.taxablePay().formatted()
            + ", tax "
            + figures.tax().formatted();
    audit.record(
        actor,
        stored.isPresent() ? "P60_MADE_AGAIN" : "P60_MADE",
        "Employment",
        employmentId,
        stored.isPresent()
            ? shows
                + "; the one made on "
                + stored.get().madeAt().atZoneSameInstant(UK).toLocalDate()
                + " showed pay "
                + stored.get().taxablePay().formatted()
                + ", tax "
                + stored.get().tax().formatted()
                + " (a late run changed the year)"
            : shows);
    return Optional.of(pdf);
  }

  /** The P60s the signed-in PA has been given, newest tax year first. */
  public List<P60Available> myP60s(Viewer viewer) {
    return yearEndRecords.p60sOfPa(viewer.userId()).stream()
        .map(p -> P60Available.of(p.p60(), p.employerName()))
        .toList();
  }

  public byte[] p45(Viewer viewer, long employmentId) {
    PaEmploymentEntity m = access.employment(viewer, employmentId, "P45");
    if (m.getEndDate() == null) {
      throw PayrollProblem.conflict(
          "This PA has no leaving date, so there is no P45. Agency staff set the"
              + " leaving date first.");
    }
    String waiting = leavers.finalPayWaiting(m);
    if (waiting != null) {
      throw PayrollProblem.conflict(waiting);
    }
    // read only: the P45 was issued (its day recorded) when the final pay's run was finalised
    TaxYear year = TaxYear.containing(m.getEndDate());
    LocalDate lastPaid = leavers.lastPaid(employmentId);
    // the P45 stops at the final pay: a payment after leaving is reported on the FPS, never on a
    // second or changed P45 (HMRC)
    LocalDate finalPayDay = leavers.finalPayDay(m);
    if (lastPaid != null && lastPaid.isAfter(finalPayDay)) {
      lastPaid = leavers.lastPaidBy(employmentId, finalPayDay);
    }
    if (lastPaid != null && lastPaid.isAfter(year.lastDay())) {
      year = TaxYear.containing(lastPaid); // final pay after leaving, in the next tax year
    }
    FiguresToDate figures =
        yearEndRecords
            .figures(
                employmentId,
                year,
                finalPayDay.isBefore(year.lastDay()) ? finalPayDay : year.lastDay())
            .orElse(FiguresToDate.NONE);
    PayrollEmployerEntity employer = employer(m.getAccountId());
    PayrollEmployeeEntity pe = payrollEmployee(employmentId);
    EmployeeRecord record = PayrollMapping.employee(pe, m);
    return YearEndForms.render(
        new YearEndForms.P45(
            PayrollMapping.formsEmployer(employer),
            record,
            PayrollMapping.employer(employer).payFrequency(),
            lastPaid != null && year.contains(lastPaid) ? lastPaid : null,
            figures,
            PayrollMapping.previous(pe, year),
            leavers.leavingDateOnFps(m, record.payId()),
            LocalDate.now(clock)));
  }

  /**
   * Agency staff record that the PA leaves on this date; the P45 is then ready and the next FPS
   * carries it.
   */
  @Transactional
  public EmploymentState setLeavingDate(
      Viewer viewer, long employmentId, LocalDate leavingDate, String reason) {
    access.agencyOf(viewer);
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Employment");
    if (leavingDate == null) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT, "Give the leaving date, like 2026-12-03.");
    }
    if (leavingDate.isBefore(m.getStartDate())) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "The leaving date "
              + leavingDate
              + " is before the PA started on "
              + m.getStartDate()
              + "; check the date.");
    }
    if (reason == null || reason.isBlank()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Say why the PA is leaving (for example:" + " 'resigned, letter of 1 December').");
    }
    LocalDate lastPaid = leavers.lastPaid(employmentId);
    if (leavers.paidForWorkAfter(employmentId, leavingDate)) {
      throw PayrollProblem.conflict(
          "This PA has been paid for work after " + leavingDate + "; check the leaving date.");
    }
    leavers.setLeavingDate(m, leavingDate);
    audit.record(
        viewer.username(),
        "PA_LEAVING_DATE_SET",
        "Employment",
        employmentId,
        "leaves on "
            + leavingDate
            + (lastPaid == null ? "" : ", last paid " + lastPaid)
            + ": "
            + reason.strip());
    return state(m);
  }

  /** Pay and tax in a starter's earlier employments this tax year, as shown back. */
  public record PreviousEmployment(
      long employmentId, String taxYear, BigDecimal pay, BigDecimal tax) {}

  /**
   * Agency staff record the pay and tax to date from the P45 a starter brought (items 7 of their
   * old employer's P45): printed in the P60's "in previous employment(s)" row and carried into the
   * P45's totals to date. Money changes are audited with the reason.
   */
  @Transactional
  public PreviousEmployment setPreviousEmployment(
      Viewer viewer,
      long employmentId,
      String taxYear,
      BigDecimal pay,
      BigDecimal tax,
      String reason) {
    access.agencyOf(viewer);
    access.employment(viewer, employmentId, "Employment");
    TaxYear year;
    try {
      year = TaxYear.parse(taxYear);
    } catch (RuntimeException e) {
      throw new PayrollProblem(PayrollProblem.Kind.BAD_INPUT, "Give the tax year like 2026-27.");
    }
    if (pay == null || pay.signum() < 0 || tax == null || pay.scale() > 2 || tax.scale() > 2) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Give the total pay and total tax to date from the P45 in pounds and pence, like"
              + " 4200.00 and 310.40 (tax may be negative after a refund).");
    }
    if (reason == null || reason.isBlank()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Say where the figures come from (for example: 'P45 from Care Co, left 30 June').");
    }
    return recordPrevious(
        viewer.username(), employmentId, year, Money.of(pay), Money.of(tax), null, reason.strip());
  }

  /**
   * Keeps a PA's pay and tax in earlier employments this tax year (from their P45, or from HMRC's
   * P6 notice), used in the cumulative tax calculation from {@code from} (null: from their first
   * pay day) and printed on the P60; audited with what it was before and where it comes from.
   */
  PreviousEmployment recordPrevious(
      String who,
      long employmentId,
      TaxYear year,
      Money pay,
      Money tax,
      LocalDate from,
      String reason) {
    PayrollEmployeeEntity e = payrollEmployee(employmentId);
    String before =
        e.getPreviousPay() == null
            ? "none"
            : e.getPreviousTaxYear()
                + " pay "
                + e.getPreviousPay().formatted()
                + ", tax "
                + e.getPreviousTax().formatted();
    e.setPreviousTaxYear(year.toString());
    e.setPreviousPay(pay);
    e.setPreviousTax(tax);
    e.setPreviousFrom(from);
    audit.record(
        who,
        "PA_PREVIOUS_EMPLOYMENT_SET",
        "Employment",
        employmentId,
        "was "
            + before
            + "; now "
            + year
            + " pay "
            + pay.formatted()
            + ", tax "
            + tax.formatted()
            + (from == null ? "" : ", used from " + DAY.format(from))
            + ": "
            + reason);
    return new PreviousEmployment(employmentId, year.toString(), pay.amount(), tax.amount());
  }

  /** Agency staff mark the PA as not being paid for a stated reason; the FPS then sets IrrEmp. */
  @Transactional
  public EmploymentState markNotPaid(Viewer viewer, long employmentId, String reason) {
    access.agencyOf(viewer);
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Employment");
    if (reason == null || reason.isBlank()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Say why the PA is not being paid (for example:"
              + " 'Employer in hospital from 2 October; no care needed at home').");
    }
    PayrollEmployeeEntity e = payrollEmployee(employmentId);
    e.setNotPaidReason(reason.strip());
    e.setNotPaidSince(LocalDate.now(clock));
    audit.record(
        viewer.username(), "PA_NOT_PAID_MARKED", "Employment", employmentId, reason.strip());
    return state(m);
  }

  @Transactional
  public EmploymentState clearNotPaid(Viewer viewer, long employmentId, String reason) {
    access.agencyOf(viewer);
    PaEmploymentEntity m = access.employment(viewer, employmentId, "Employment");
    PayrollEmployeeEntity e = payrollEmployee(employmentId);
    if (e.getNotPaidReason() == null) {
      throw PayrollProblem.conflict("This PA is not marked as not being paid.");
    }
    audit.record(
        viewer.username(),
        "PA_NOT_PAID_CLEARED",
        "Employment",
        employmentId,
        "was: "
            + e.getNotPaidReason()
            + (reason == null || reason.isBlank() ? "" : "; " + reason.strip()));
    e.setNotPaidReason(null);
    e.setNotPaidSince(null);
    return state(m);
  }

  /** The employer's PAs with their leaving date and not-paid mark, for the agency's page. */
  public List<EmploymentState> employmentStates(Viewer viewer, long accountId) {
    access.agencyOf(viewer);
    access.employer(viewer, accountId);
    Map<Long, TaxCodeHistory> codes = taxCodeNotices.ofEmployer(accountId);
    Map<Long, List<IssuedP60>> p60s = yearEndRecords.p60sOfEmployer(accountId);
    String employerName = employer(accountId).getEmployerName();
    return books.employmentsOnPayroll(accountId).stream()
        .map(
            m ->
                state(
                    m,
                    codes.get(m.getId()),
                    p60s.getOrDefault(m.getId(), List.of()).stream()
                        .map(p -> P60Available.of(p, employerName))
                        .toList()))
        .toList();
  }

  private EmploymentState state(PaEmploymentEntity m) {
    return state(m, taxCodeNotices.of(m.getId()), List.of());
  }

  private EmploymentState state(
      PaEmploymentEntity m, TaxCodeHistory codes, List<P60Available> p60s) {
    PayrollEmployeeEntity e = payrollEmployee(m.getId());
    LocalDate today = LocalDate.now(clock);
    String code =
        codes == null
            ? null
            : codes.on(today).map(TaxCodeHistory.InForce::codeInWords).orElse(null);
    if (code == null) {
      code =
          org.dpsupport.payroll.domain.model.tax.TaxCodeNotice.inWords(
              e.getTaxCode(), e.isWeek1Month1());
    }
    String coming =
        codes == null
            ? null
            : codes.comingAfter(today).stream()
                .map(n -> TaxCodeService.NoticeView.of(n).description())
                .reduce((a, b) -> a + "; " + b)
                .orElse(null);
    // the code the next tax year starts on: a notice in use by 6 April, or the code carried over
    // without a week 1/month 1 basis (P9X)
    TaxYear next = new TaxYear(TaxYear.containing(today).startYear() + 1);
    String nextYear =
        codes == null
            ? null
            : codes
                .on(next.firstDay())
                .map(c -> "Tax code from " + DAY.format(next.firstDay()) + ": " + c.codeInWords())
                .orElse(null);
    if (nextYear == null) {
      nextYear =
          "Tax code from "
              + DAY.format(next.firstDay())
              + ": "
              + org.dpsupport.payroll.domain.model.tax.TaxCodeNotice.inWords(e.getTaxCode(), false);
    }
    String p45Waiting = m.getEndDate() == null ? null : leavers.finalPayWaiting(m);
    return new EmploymentState(
        m.getId(),
        m.getPaName(),
        m.getEndDate(),
        e.getNotPaidReason(),
        e.getNotPaidSince(),
        m.getEndDate() == null || p45Waiting != null
            ? null
            : "/api/v1/payroll/employments/" + m.getId() + "/p45",
        code,
        coming,
        nextYear,
        p60s,
        p45Waiting,
        e.getHolidayBalanceHours(),
        e.isIrregularHours(),
        e.isRolledUpHolidayPay(),
        e.getPayId(),
        m.getStartDate(),
        e.getP45IssuedOn());
  }

  private static void notForPa(Viewer viewer) {
    if (viewer.has(Role.PERSONAL_ASSISTANT) && !viewer.has(Role.PAYROLL_STAFF)) {
      throw new RecordAccessDeniedException("This file is for the employer and agency.");
    }
  }

  private PayrollEmployerEntity employer(long accountId) {
    return books
        .employer(accountId)
        .orElseThrow(() -> PayrollProblem.notFound("This account is not on the payroll yet."));
  }

  private PayrollEmployeeEntity payrollEmployee(long employmentId) {
    return books
        .employee(employmentId)
        .orElseThrow(
            () ->
                PayrollProblem.notFound(
                    "This PA's starter checklist is not complete, so they are not on the"
                        + " payroll."));
  }
}
