package org.dpsupport.server.infrastructure.persistence.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.payrun.PayRunStatus;
import org.dpsupport.payroll.domain.model.tax.TaxCodeHistory;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.timesheet.RateType;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetEntry;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetStatus;
import org.dpsupport.payroll.domain.service.HolidayPayReference;
import org.dpsupport.payroll.interfaces.file.FiguresToDate;
import org.dpsupport.payroll.interfaces.file.PayslipToDate;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.PayrollAgencyEntity;

/**
 * The pay run aggregate: an employer's run for a period, its payslips and holiday entries. {@link
 * #load} reads, in a fixed handful of set-based queries, everything working a run out needs; {@link
 * #saveCalculation} stores what it worked out. The reads around a run (its payslips, the runs of an
 * account, a PA's own payslips) are here too.
 */
@ApplicationScoped
public class PayRunStore {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject HolidayRecords holidays;

  @Inject TaxCodeNotices taxCodeNotices;

  @Inject BacsServiceUserNumbers serviceUserNumbers;

  @Inject PayrollAgencies agencies;

  @Inject LeavingDateReports leavingDateReports;

  /** A PA on the employer's payroll: their payroll record and their employment. */
  public record Employee(PayrollEmployeeEntity payroll, PaEmploymentEntity employment) {}

  /**
   * A PA's figures from the tax year's finalised payslips before this pay day: the FPS's figures to
   * date, the taxable pay and tax to date (for a cumulative code) and the payslip's to-date lines.
   */
  public record YearToDate(
      FiguresToDate figures, BigDecimal taxablePay, BigDecimal tax, PayslipToDate payslip) {}

  /**
   * What working out a run needs. {@code serviceUserNumber} empty means the agency has none and
   * nothing else was read (the run cannot be worked out).
   */
  public record PayRunInputs(
      Optional<String> serviceUserNumber,
      boolean vatOnFee,
      List<Employee> employees,
      Map<Long, List<TimesheetEntity>> timesheetsByEmployment,
      Map<Long, List<TimesheetEntry>> shiftsByTimesheet,
      Map<Long, TaxCodeHistory> taxCodes,
      Map<Long, YearToDate> yearToDate,
      Map<Long, List<HolidayPayReference.PaidPeriod>> paidPeriods,
      Set<Long> reportedLeaving,
      Map<Long, String> userNames,
      BigDecimal allowanceUsed) {

    static PayRunInputs none() {
      return new PayRunInputs(
          Optional.empty(),
          false,
          List.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          Map.of(),
          Set.of(),
          Map.of(),
          BigDecimal.ZERO);
    }
  }

  // ---- the run

  public Optional<PayRunEntity> find(long runId) {
    return Optional.ofNullable(em.find(PayRunEntity.class, runId));
  }

  public Optional<PayrollEmployerEntity> employer(long accountId) {
    return Optional.ofNullable(em.find(PayrollEmployerEntity.class, accountId));
  }

  public DirectPaymentAccountEntity account(long accountId) {
    return em.find(DirectPaymentAccountEntity.class, accountId);
  }

  /** The account's payroll agency, or null if it has none. */
  public PayrollAgencyEntity agencyOf(DirectPaymentAccountEntity account) {
    return account.getAgencyId() == null
        ? null
        : em.find(PayrollAgencyEntity.class, account.getAgencyId());
  }

  public PaEmploymentEntity employment(long employmentId) {
    return em.find(PaEmploymentEntity.class, employmentId);
  }

  public PayrollEmployeeEntity payrollEmployee(long employmentId) {
    return em.find(PayrollEmployeeEntity.class, employmentId);
  }

  /** The account's run for the period starting that day, if there is one. */
  public Optional<PayRunEntity> forPeriod(long accountId, LocalDate periodStart) {
    return em
        .createQuery(
            "select r from PayRunEntity r where r.accountId = :a and r.periodStart = :p",
            PayRunEntity.class)
        .setParameter("a", accountId)
        .setParameter("p", periodStart)
        .getResultList()
        .stream()
        .findFirst();
  }

  /** Stores a new run; it has its id afterwards. */
  public void add(PayRunEntity run) {
    em.persist(run);
    em.flush();
  }

  /** Forgets a run that paid nobody. */
  public void remove(PayRunEntity run) {
    em.remove(run);
    em.flush();
  }

  /** The account's runs, newest first (at most {@code max}). */
  public List<PayRunEntity> ofAccount(long accountId, int max) {
    return em.createQuery(
            "select r from PayRunEntity r where r.accountId = :a order by r.periodStart desc",
            PayRunEntity.class)
        .setParameter("a", accountId)
        .setMaxResults(max)
        .getResultList();
  }

  /** The account's finalised runs paid from {@code from} to {@code to}, oldest first. */
  public List<PayRunEntity> finalisedRuns(long accountId, LocalDate from, LocalDate to) {
    return em.createQuery(
            "select r from PayRunEntity r where r.accountId = :a and r.status = :finalised"
                + " and r.paymentDate >= :from and r.paymentDate <= :to order by r.paymentDate",
            PayRunEntity.class)
        .setParameter("a", accountId)
        .setParameter("finalised", PayRunStatus.FINALISED)
        .setParameter("from", from)
        .setParameter("to", to)
        .getResultList();
  }

  // ---- payslips

  public Optional<PayslipEntity> payslip(long payslipId) {
    return Optional.ofNullable(em.find(PayslipEntity.class, payslipId));
  }

  public List<PayslipEntity> payslipsOf(long runId) {
    return em.createQuery(
            "select s from PayslipEntity s where s.payRunId = :r order by s.id",
            PayslipEntity.class)
        .setParameter("r", runId)
        .getResultList();
  }

  /** A payslip's PA and net pay, as monitoring expects the wages to leave the account. */
  public record NetPay(String paName, Money netPay) {}

  public List<NetPay> netPayOf(long runId) {
    return em.createQuery(
            "select new org.dpsupport.server.infrastructure.persistence.payroll.PayRunStore.NetPay("
                + "m.paName, s.netPay) from PayslipEntity s, PaEmploymentEntity m"
                + " where s.employmentId = m.id and s.payRunId = :r order by s.id",
            NetPay.class)
        .setParameter("r", runId)
        .getResultList();
  }

  /** The PA's (by their sign-in) payslips of finalised runs, newest first. */
  public List<PayslipEntity> finalisedPayslipsOfPa(long paUserId) {
    return em.createQuery(
            "select s from PayslipEntity s, PaEmploymentEntity m, PayRunEntity r"
                + " where s.employmentId = m.id and s.payRunId = r.id and r.status = :finalised"
                + " and m.paUserId = :u order by s.paymentDate desc",
            PayslipEntity.class)
        .setParameter("finalised", PayRunStatus.FINALISED)
        .setParameter("u", paUserId)
        .getResultList();
  }

  // ---- working a run out

  /**
   * Everything working out {@code run} needs, read before anything is written: the agency's service
   * user number (if it has none, nothing more is read), the PAs on the payroll in the period or
   * with approved timesheets not yet paid, those timesheets and their shifts, tax code notices,
   * figures to date, paid periods for the holiday reference, the leaving dates already reported,
   * the PAs' sign-in names and the employment allowance used this tax year. A recalculation first
   * forgets the last attempt's payslips, holiday entries and timesheet links.
   */
  public PayRunInputs load(PayRunEntity run, PayPeriod period) {
    long accountId = run.getAccountId();
    Optional<String> serviceUserNumber = serviceUserNumbers.forAccount(accountId);
    if (serviceUserNumber.isEmpty()) {
      return PayRunInputs.none();
    }
    boolean vatOnFee = agencies.chargesVat(accountId);
    if (run.getCalculatedAt() != null) { // a recalculation: forget the last attempt's payslips
      em.createQuery("delete from PayslipEntity p where p.payRunId = :r")
          .setParameter("r", run.getId())
          .executeUpdate();
      holidays.deleteForRun(run.getId());
      em.createQuery("update TimesheetEntity t set t.payRunId = null where t.payRunId = :r")
          .setParameter("r", run.getId())
          .executeUpdate();
    }
    TaxYear year = TaxYear.containing(period.paymentDate());
    List<Employee> employees =
        em
            .createQuery(
                "select p, m from PayrollEmployeeEntity p, PaEmploymentEntity m where"
                    + " p.employmentId = m.id and m.accountId = :a and m.startDate <= :end and"
                    + " (m.endDate is null or m.endDate >= :start or exists (select t.id from"
                    + " TimesheetEntity t where t.employmentId = m.id and t.status = :approved"
                    + " and t.payRunId is null and t.periodEnd <= :end))",
                Object[].class)
            .setParameter("a", accountId)
            .setParameter("start", period.start())
            .setParameter("end", period.end())
            .setParameter("approved", TimesheetStatus.APPROVED)
            .getResultList()
            .stream()
            .map(r -> new Employee((PayrollEmployeeEntity) r[0], (PaEmploymentEntity) r[1]))
            .toList();
    List<TimesheetEntity> sheets =
        em.createQuery(
                "select t from TimesheetEntity t, PaEmploymentEntity m where"
                    + " t.employmentId = m.id and m.accountId = :a and t.status = :approved"
                    + " and t.payRunId is null and t.periodEnd <= :end",
                TimesheetEntity.class)
            .setParameter("a", accountId)
            .setParameter("approved", TimesheetStatus.APPROVED)
            .setParameter("end", period.end())
            .getResultList();
    Map<Long, TaxCodeHistory> taxCodes = taxCodeNotices.ofEmployer(accountId);
    Map<Long, List<TimesheetEntity>> sheetsByEmployment = new HashMap<>();
    sheets.forEach(
        t ->
            sheetsByEmployment.computeIfAbsent(t.getEmploymentId(), k -> new ArrayList<>()).add(t));
    Map<Long, List<TimesheetEntry>> shifts = shifts(sheets);
    Map<Long, YearToDate> toDate = yearToDate(accountId, year, period.paymentDate());
    // each PA's paid periods before this one, for the 52-paid-week holiday pay reference
    Map<Long, List<HolidayPayReference.PaidPeriod>> paidPeriods =
        holidays.paidPeriods(accountId, period.start());
    // finalised runs whose FPS reported a PA's leaving date: those dates are not sent again
    Set<Long> reportedLeaving = leavingDateReports.finalisedRunsThatReported(accountId);
    Map<Long, String> userNames =
        userNames(
            employees.stream()
                .map(e -> e.employment().getPaUserId())
                .filter(java.util.Objects::nonNull)
                .distinct()
                .toList());
    // each finalised run's allowance, added up here: a sum in the query would bypass the Money
    // converter
    BigDecimal allowanceUsed =
        Money.total(
                em
                    .createQuery(
                        "select r.employmentAllowance from PayRunEntity r where r.accountId = :a"
                            + " and r.status = :finalised and r.paymentDate >= :from"
                            + " and r.paymentDate <= :to and r.id <> :run",
                        Money.class)
                    .setParameter("a", accountId)
                    .setParameter("finalised", PayRunStatus.FINALISED)
                    .setParameter("from", year.firstDay())
                    .setParameter("to", year.lastDay())
                    .setParameter("run", run.getId())
                    .getResultList()
                    .stream()
                    .filter(java.util.Objects::nonNull)
                    .toList())
            .amount();
    return new PayRunInputs(
        serviceUserNumber,
        vatOnFee,
        employees,
        sheetsByEmployment,
        shifts,
        taxCodes,
        toDate,
        paidPeriods,
        reportedLeaving,
        userNames,
        allowanceUsed);
  }

  /**
   * Stores what working out the run made: its payslips and holiday entries, and the timesheets it
   * pays linked to it. They go to the database together at commit, in JDBC batches.
   */
  public void saveCalculation(
      PayRunEntity run,
      List<PayslipEntity> payslips,
      List<HolidayEntryEntity> holidayEntries,
      List<TimesheetEntity> timesheetsPaid) {
    timesheetsPaid.forEach(t -> t.setPayRunId(run.getId()));
    holidayEntries.forEach(holidays::add);
    payslips.forEach(em::persist);
  }

  /** The sign-in names of these users, by user id. */
  private Map<Long, String> userNames(List<Long> userIds) {
    Map<Long, String> out = new HashMap<>();
    if (userIds.isEmpty()) {
      return out;
    }
    for (Object[] u :
        em.createQuery(
                "select u.id, u.username from UserAccountEntity u where u.id in :ids",
                Object[].class)
            .setParameter("ids", userIds)
            .getResultList()) {
      out.put(((Number) u[0]).longValue(), (String) u[1]);
    }
    return out;
  }

  private Map<Long, List<TimesheetEntry>> shifts(List<TimesheetEntity> sheets) {
    Map<Long, List<TimesheetEntry>> byTimesheet = new HashMap<>();
    if (sheets.isEmpty()) {
      return byTimesheet;
    }
    List<Long> ids = sheets.stream().map(TimesheetEntity::getId).toList();
    for (TimesheetShiftEntity s :
        em.createQuery(
                "select s from TimesheetShiftEntity s where s.timesheetId in :ids",
                TimesheetShiftEntity.class)
            .setParameter("ids", ids)
            .getResultList()) {
      byTimesheet
          .computeIfAbsent(s.getTimesheetId(), k -> new ArrayList<>())
          .add(
              new TimesheetEntry(
                  s.getStartsAt(), s.getEndsAt(), RateType.valueOf(s.getRateType())));
    }
    return byTimesheet;
  }

  /** Per employment, the figures of its finalised payslips this tax year before {@code before}. */
  private Map<Long, YearToDate> yearToDate(long accountId, TaxYear year, LocalDate before) {
    Map<Long, List<Object[]>> byEmployment = new HashMap<>();
    for (Object[] row :
        em.createQuery(
                "select s.employmentId, s.taxablePay, s.incomeTax, s.studentLoans,"
                    + " s.postgraduateLoans, s.pensionNetPay, s.earningsForNi, s.atLel, s.lelToPt,"
                    + " s.ptToUel, s.employeeNi, s.employerNi, s.grossPay, s.pensionEmployee,"
                    + " s.smp, s.spp, s.sap, s.shpp, s.spbp, s.sncp from PayslipEntity s,"
                    + " PayRunEntity r where s.payRunId = r.id and r.accountId = :a and r.status ="
                    + " :finalised and s.taxYear = :y and s.paymentDate < :before",
                Object[].class)
            .setParameter("a", accountId)
            .setParameter("finalised", PayRunStatus.FINALISED)
            .setParameter("y", year.toString())
            .setParameter("before", before)
            .getResultList()) {
      byEmployment.computeIfAbsent(((Number) row[0]).longValue(), k -> new ArrayList<>()).add(row);
    }
    Map<Long, YearToDate> out = new HashMap<>();
    byEmployment.forEach(
        (employmentId, rows) -> {
          Money[] s = PayslipTotals.columns(rows, 1, 19); // s[k] is the query's column k + 1
          Map<FamilyPayType, Money> family = new EnumMap<>(FamilyPayType.class);
          FamilyPayType[] kinds = FamilyPayType.values(); // smp .. sncp, in the query's order
          for (int k = 0; k < kinds.length; k++) {
            family.put(kinds[k], s[13 + k]);
          }
          FiguresToDate f =
              new FiguresToDate(
                  s[0], s[1], s[2], s[3], s[4], s[5], s[6], s[7], s[8], s[9], s[10], family);
          PayslipToDate slip = new PayslipToDate(s[11], s[0], s[1], s[9], s[12], s[2], s[3]);
          out.put(employmentId, new YearToDate(f, s[0].amount(), s[1].amount(), slip));
        });
    return out;
  }
}
