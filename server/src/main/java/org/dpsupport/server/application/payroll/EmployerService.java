package org.dpsupport.server.application.payroll;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.BankDetails;
import org.dpsupport.payroll.domain.model.employee.NationalInsuranceNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.employer.AccountsOfficeReference;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.remittance.RemittanceKind;
import org.dpsupport.payroll.domain.model.remittance.RemittanceStatus;
import org.dpsupport.payroll.domain.model.remittance.RunRemittance;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.PaEmploymentEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.EmployerListSql;
import org.dpsupport.server.infrastructure.persistence.payroll.PayRunEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployeeEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployerEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.PayrollEmployers;
import org.dpsupport.server.infrastructure.persistence.payroll.TaxCodeChangeEntity;
import org.dpsupport.server.infrastructure.persistence.payroll.TaxCodeNotices;
import org.dpsupport.server.security.Role;
import org.dpsupport.server.security.Viewer;

/**
 * Employers and their PAs on the bureau's books: setting up an employer from a direct-payment
 * account, onboarding a PA from the starter checklist, and the employers list with what needs
 * action.
 */
@ApplicationScoped
public class EmployerService {

  /** What agency staff enter to put a budget holder's account on the payroll. */
  public record EmployerSetup(
      long accountId,
      String employerName,
      String payeReference,
      String accountsOfficeReference,
      boolean careAndSupport,
      String payFrequency,
      int payDay,
      String sortCode,
      String accountNumber,
      BigDecimal feePerPayslip,
      BigDecimal monthlyBudget,
      String insurer,
      String insurancePolicy,
      LocalDate insuranceExpires,
      String actingForName,
      AddressService.Address address) {}

  /** HMRC's starter checklist plus the contract and bank details: everything to pay a new PA. */
  public record StarterChecklist(
      Long employmentId,
      Long paUserId,
      LocalDate startDate,
      String forename,
      String surname,
      String niNumber,
      LocalDate dateOfBirth,
      String gender,
      String addressLine1,
      String addressLine2,
      String postcode,
      String starterDeclaration,
      String taxCode,
      boolean week1Month1,
      String niCategory,
      String studentLoanPlans,
      BigDecimal hourlyRate,
      BigDecimal nightRate,
      BigDecimal weekendRate,
      BigDecimal bankHolidayRate,
      BigDecimal sleepInAllowance,
      BigDecimal usualWeeklyHours,
      String sortCode,
      String accountNumber,
      String accountName,
      LocalDate rightToWorkChecked,
      LocalDate dbsChecked,
      String pensionRelief,
      BigDecimal pensionEmployeePct,
      BigDecimal pensionEmployerPct,
      LocalDate pensionEnrolledOn) {}

  /** An employer as the agency's list shows it, with what needs someone's action. */
  public record EmployerSummary(
      long accountId,
      String reference,
      String employerName,
      String payeReference,
      int payDay,
      long employees,
      long starters,
      long timesheetsToApprove,
      LocalDate insuranceExpires,
      String lastRunStatus,
      List<String> needsAction,
      int urgency) {}

  /** An employer's payroll details as shown back. */
  public record EmployerView(
      long accountId,
      String employerName,
      String payeReference,
      String accountsOfficeReference,
      boolean careAndSupport,
      String payFrequency,
      int payDay,
      BigDecimal feePerPayslip,
      BigDecimal monthlyBudget,
      String insurer,
      String insurancePolicy,
      LocalDate insuranceExpires,
      String actingForName,
      AddressService.Address address) {
    static EmployerView of(PayrollEmployerEntity e) {
      return new EmployerView(
          e.getAccountId(),
          e.getEmployerName(),
          e.getPayeReference(),
          e.getAccountsOfficeReference(),
          e.isCareAndSupport(),
          e.getPayFrequency().name(),
          e.getPayDay(),
          e.getFeePerPayslip().amount(),
          e.getMonthlyBudget().amount(),
          e.getInsurer(),
          e.getInsurancePolicy(),
          e.getInsuranceExpires(),
          e.getActingForName(),
          AddressService.of(e));
    }
  }

  /** A new starter: an employment with no payroll record yet. */
  public record Starter(long employmentId, long accountId, String paName, LocalDate startDate) {}

  /** A PA on an employer's payroll. */
  public record Employee(
      long employmentId,
      String payId,
      String name,
      String taxCode,
      LocalDate startDate,
      LocalDate leavingDate,
      BigDecimal holidayBalanceHours) {}

  @Inject PayrollEmployers books;

  @Inject TaxCodeNotices taxCodeNotices;

  @Inject EmployerListSql list;

  @Inject PayrollAccess access;

  @Inject AuditLog audit;

  @Inject org.dpsupport.server.infrastructure.persistence.payroll.LeaverRecords leavers;

  @Inject Clock clock;

  /**
   * The direct-payment account agency staff are about to put on the payroll: refused (and audited)
   * when it is not one they may see, and a problem when it is not their agency's or is set up
   * already.
   */
  public DirectPaymentAccountEntity accountToSetUp(Viewer viewer, long accountId) {
    long agency = access.agencyOf(viewer);
    DirectPaymentAccountEntity account = access.employer(viewer, accountId);
    if (account.getAgencyId() == null || account.getAgencyId() != agency) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT, "This account is not paid through your agency.");
    }
    if (books.employer(accountId).isPresent()) {
      throw PayrollProblem.conflict(
          "This employer is already on the payroll; change their details instead.");
    }
    return account;
  }

  @Transactional
  public PayrollEmployerEntity setUpEmployer(Viewer viewer, EmployerSetup s) {
    accountToSetUp(viewer, s.accountId());
    EmployerDetails details;
    try {
      details =
          new EmployerDetails(
              s.employerName(),
              s.payeReference(),
              s.accountsOfficeReference(),
              s.careAndSupport(),
              PayFrequency.parse(s.payFrequency() == null ? "Monthly" : s.payFrequency()),
              s.payDay(),
              SortCode.parse(s.sortCode()),
              BankAccountNumber.parse(s.accountNumber()),
              s.feePerPayslip() == null ? Money.ZERO : Money.of(s.feePerPayslip()));
      // the check character (HMRC's modulus 23) and Vocalink's modulus check on the bank details
      AccountsOfficeReference.parse(details.accountsOfficeReference());
      new BankDetails(details.sortCode(), details.accountNumber());
    } catch (IllegalArgumentException | NullPointerException e) {
      throw PayrollProblem.badInput(
          e instanceof NullPointerException
              ? new IllegalArgumentException(e.getMessage())
              : (RuntimeException) e);
    }
    AddressService.Address address = AddressService.checked(s.address(), "the employer's");
    Money budget;
    try {
      budget = Money.of(s.monthlyBudget());
    } catch (IllegalArgumentException | NullPointerException e) {
      budget = null;
    }
    if (budget == null || budget.isNegative()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Give the monthly budget the council pays into the" + " account, in pounds.");
    }
    PayrollEmployerEntity e = new PayrollEmployerEntity();
    e.setAccountId(s.accountId());
    e.setEmployerName(details.name());
    e.setPayeReference(details.payeReference());
    e.setAccountsOfficeReference(details.accountsOfficeReference());
    e.setCareAndSupport(details.careAndSupportEmployer());
    e.setPayFrequency(details.payFrequency());
    e.setPayDay(details.payDay());
    e.setSortCode(details.sortCode().value());
    e.setAccountNumber(details.accountNumber().value());
    e.setFeePerPayslip(details.feePerPayslip());
    e.setMonthlyBudget(budget);
    e.setInsurer(s.insurer());
    e.setInsurancePolicy(s.insurancePolicy());
    e.setInsuranceExpires(s.insuranceExpires());
    e.setActingForName(s.actingForName());
    AddressService.store(e, address);
    e.setCreatedAt(OffsetDateTime.now(clock));
    books.add(e);
    audit.record(
        viewer.username(),
        "PAYROLL_EMPLOYER_SET_UP",
        "PayrollEmployer",
        s.accountId(),
        "PAYE "
            + details.payeReference()
            + ", paid "
            + details.payFrequency().label()
            + " on day "
            + details.payDay());
    return e;
  }

  /**
   * Puts a PA on the payroll from their starter checklist; creates the employment if it is not
   * there yet.
   */
  @Transactional
  public PayrollEmployeeEntity onboard(Viewer viewer, long accountId, StarterChecklist c) {
    access.agencyOf(viewer);
    access.employer(viewer, accountId);
    if (books.employer(accountId).isEmpty()) {
      throw PayrollProblem.conflict("Set up the employer's payroll before adding their PAs.");
    }
    PaEmploymentEntity employment;
    if (c.employmentId() != null) {
      employment = books.employment(c.employmentId()).orElse(null);
      if (employment == null || employment.getAccountId() != accountId) {
        throw PayrollProblem.notFound("This employer has no employment " + c.employmentId() + ".");
      }
      if (books.employee(c.employmentId()).isPresent()) {
        throw PayrollProblem.conflict("This PA is already on the payroll.");
      }
    } else {
      require(c.startDate(), "the start date");
      // coming back: a new employment with a new payroll ID, only once the old one has ended
      String still =
          leavers.stillEmployed(
              accountId,
              c.paUserId(),
              c.niNumber() == null ? null : c.niNumber().replace(" ", "").toUpperCase(Locale.ROOT),
              c.startDate());
      if (still != null) {
        throw PayrollProblem.conflict(
            still
                + " still works for this employer on the start date you gave. To take them on"
                + " again, set the leaving date of their earlier job first, before the new start"
                + " date.");
      }
      employment =
          books.add(
              new PaEmploymentEntity(
                  accountId, c.paUserId(), c.forename() + " " + c.surname(), c.startDate()));
    }
    PayrollEmployeeEntity e = new PayrollEmployeeEntity();
    try {
      e.setEmploymentId(employment.getId());
      e.setForename(require(c.forename(), "the PA's first name"));
      e.setSurname(require(c.surname(), "the PA's last name"));
      // a PA who does not know their NI number yet is reported to HMRC without one, identified by
      // date of birth, gender and address (the FPS business rules need two address lines then)
      e.setNiNumber(
          c.niNumber() == null || c.niNumber().isBlank()
              ? null
              : NationalInsuranceNumber.parse(c.niNumber()).value());
      e.setDateOfBirth(require(c.dateOfBirth(), "the PA's date of birth"));
      e.setGender(
          c.gender() == null ? "X" : c.gender().trim().toUpperCase(Locale.ROOT).substring(0, 1));
      if (!List.of("M", "F").contains(e.getGender())) {
        throw new IllegalArgumentException(
            "HMRC records gender as M or F (as on the PA's NI record).");
      }
      e.setAddressLine1(require(c.addressLine1(), "the first line of the PA's address"));
      e.setAddressLine2(
          require(
              c.addressLine2(),
              "the second line of the PA's address, such as the town: HMRC needs two lines"
                  + " for a new PA"));
      e.setPostcode(require(c.postcode(), "the PA's postcode").toUpperCase(Locale.ROOT));
      String declaration =
          c.starterDeclaration() == null
              ? null
              : c.starterDeclaration().trim().toUpperCase(Locale.ROOT);
      if (declaration != null && !List.of("A", "B", "C").contains(declaration)) {
        throw new IllegalArgumentException("The starter checklist statement is A, B or C.");
      }
      e.setStarterDeclaration(declaration);
      String taxCode =
          c.taxCode() != null && !c.taxCode().isBlank()
              ? c.taxCode().trim().toUpperCase(Locale.ROOT)
              : starterTaxCode(declaration);
      TaxCode.parse(taxCode);
      e.setTaxCode(taxCode);
      e.setWeek1Month1(
          c.taxCode() != null && !c.taxCode().isBlank()
              ? c.week1Month1()
              : !"A".equals(declaration) && !"C".equals(declaration));
      e.setNiCategory(
          c.niCategory() == null || c.niCategory().isBlank()
              ? "A"
              : c.niCategory().trim().toUpperCase());
      PayrollMapping.studentLoans(c.studentLoanPlans());
      e.setStudentLoanPlans(c.studentLoanPlans());
      e.setHourlyRate(require(c.hourlyRate(), "the PA's basic hourly rate"));
      e.setNightRate(c.nightRate());
      e.setWeekendRate(c.weekendRate());
      e.setBankHolidayRate(c.bankHolidayRate());
      e.setSleepInAllowance(c.sleepInAllowance() == null ? null : Money.of(c.sleepInAllowance()));
      e.setUsualWeeklyHours(c.usualWeeklyHours());
      BankDetails bank = BankDetails.of(c.sortCode(), c.accountNumber());
      e.setSortCode(bank.sortCode().value());
      e.setAccountNumber(bank.accountNumber().value());
      e.setAccountName(require(c.accountName(), "the name on the PA's bank account"));
      e.setRightToWorkChecked(c.rightToWorkChecked());
      e.setDbsChecked(c.dbsChecked());
      if (c.pensionRelief() != null && !c.pensionRelief().isBlank()) {
        e.setPensionRelief(
            org.dpsupport.payroll.domain.model.pension.ReliefMethod.valueOf(
                    c.pensionRelief().trim().toUpperCase(Locale.ROOT))
                .name());
        e.setPensionEmployeePct(
            require(c.pensionEmployeePct(), "the PA's pension contribution percentage"));
        e.setPensionEmployerPct(
            require(c.pensionEmployerPct(), "the employer's pension contribution percentage"));
        e.setPensionEnrolledOn(c.pensionEnrolledOn());
      }
    } catch (IllegalArgumentException ex) {
      throw PayrollProblem.badInput(ex);
    }
    long count = books.employeeCount(accountId);
    e.setPayId(String.format("PA%03d", count + 1));
    e.setHolidayBalanceHours(BigDecimal.ZERO);
    e.setCreatedAt(OffsetDateTime.now(clock));
    books.add(e);
    TaxCodeChangeEntity change = new TaxCodeChangeEntity();
    change.setEmploymentId(employment.getId());
    change.setTaxCode(e.getTaxCode());
    change.setWeek1Month1(e.isWeek1Month1());
    change.setEffectiveFrom(employment.getStartDate());
    change.setIssuedOn(employment.getStartDate());
    change.setSource(
        e.getStarterDeclaration() == null
            ? "entered by agency"
            : "starter checklist statement " + e.getStarterDeclaration());
    change.setRecordedBy(viewer.username());
    change.setRecordedAt(OffsetDateTime.now(clock));
    taxCodeNotices.add(change);
    audit.record(
        viewer.username(),
        "PAYROLL_EMPLOYEE_ONBOARDED",
        "PayrollEmployee",
        employment.getId(),
        "starter checklist complete; tax code "
            + e.getTaxCode()
            + (e.isWeek1Month1() ? " W1/M1" : ""));
    return e;
  }

  /**
   * Takes a PA who has left back on with the same employer (agency staff, with a reason; audited).
   * HMRC treats them as a new employee: a new employment with a new payroll ID, the starter details
   * on the next FPS, and a tax code from the new starter checklist statement (none: 0T week 1/month
   * 1). The old employment's pay and tax are not carried; if the PA hands in the P45 of the job
   * they left, agency staff record its figures as a previous employment. Identity, address, bank
   * details and pay rates are copied from the old record; pension membership is not (the new job is
   * assessed afresh).
   */
  @Transactional
  public PayrollEmployeeEntity reEmploy(
      Viewer viewer,
      long oldEmploymentId,
      LocalDate startDate,
      String starterDeclaration,
      String reason) {
    access.agencyOf(viewer);
    PaEmploymentEntity old = access.employment(viewer, oldEmploymentId, "Employment");
    PayrollEmployeeEntity p =
        books
            .employee(oldEmploymentId)
            .orElseThrow(
                () ->
                    PayrollProblem.notFound(
                        "This PA was never on the payroll, so add them as a starter."));
    if (old.getEndDate() == null) {
      throw PayrollProblem.conflict(
          old.getPaName() + " has not left this employer, so they cannot be taken on again.");
    }
    if (startDate == null) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT, "Give the day they start again, like 2026-11-16.");
    }
    if (reason == null || reason.isBlank()) {
      throw new PayrollProblem(
          PayrollProblem.Kind.BAD_INPUT,
          "Say why they are coming back (for example: 'new contract from the employer').");
    }
    PayrollEmployeeEntity again =
        onboard(
            viewer,
            old.getAccountId(),
            new StarterChecklist(
                null,
                old.getPaUserId(),
                startDate,
                p.getForename(),
                p.getSurname(),
                p.getNiNumber(),
                p.getDateOfBirth(),
                p.getGender(),
                p.getAddressLine1(),
                p.getAddressLine2(),
                p.getPostcode(),
                starterDeclaration == null || starterDeclaration.isBlank()
                    ? null
                    : starterDeclaration,
                null,
                false,
                p.getNiCategory(),
                p.getStudentLoanPlans(),
                p.getHourlyRate(),
                p.getNightRate(),
                p.getWeekendRate(),
                p.getBankHolidayRate(),
                p.getSleepInAllowance() == null ? null : p.getSleepInAllowance().amount(),
                p.getUsualWeeklyHours(),
                p.getSortCode(),
                p.getAccountNumber(),
                p.getAccountName(),
                p.getRightToWorkChecked(),
                p.getDbsChecked(),
                null,
                null,
                null,
                null));
    audit.record(
        viewer.username(),
        "PA_RE_EMPLOYED",
        "Employment",
        again.getEmploymentId(),
        "taken on again from "
            + startDate
            + " with payroll ID "
            + again.getPayId()
            + " (left as "
            + p.getPayId()
            + " on "
            + old.getEndDate()
            + "); reason: "
            + reason.trim());
    return again;
  }

  // HMRC starter checklist: A = first job since 6 April, B = only job now, C = another job or
  // pension
  private static String starterTaxCode(String declaration) {
    if (declaration == null) {
      return "0T"; // no checklist: 0T on a week 1/month 1 basis
    }
    return "C".equals(declaration) ? "BR" : "1257L";
  }

  private static <T> T require(T value, String what) {
    if (value == null || (value instanceof String s && s.isBlank())) {
      throw new IllegalArgumentException("Enter " + what + ".");
    }
    return value;
  }

  /** Accounts paid through the viewer's agency that are not on the payroll yet. */
  public List<DirectPaymentAccountEntity> awaitingSetUp(Viewer viewer) {
    long agency = access.agencyOf(viewer);
    return books.awaitingSetUp(agency);
  }

  /** New starters at the viewer's agency's employers whose checklist is still to complete. */
  public List<Starter> starters(Viewer viewer) {
    long agency = access.agencyOf(viewer);
    return books.starters(agency).stream()
        .map(s -> new Starter(s.employmentId(), s.accountId(), s.paName(), s.startDate()))
        .toList();
  }

  public EmployerView employer(Viewer viewer, long accountId) {
    access.employer(viewer, accountId);
    return books
        .employer(accountId)
        .map(EmployerView::of)
        .orElseThrow(() -> PayrollProblem.notFound("This account is not on the payroll yet."));
  }

  public List<Employee> employees(Viewer viewer, long accountId) {
    access.employer(viewer, accountId);
    return books.employees(accountId).stream()
        .map(
            p ->
                new Employee(
                    p.employmentId(),
                    p.payId(),
                    p.name(),
                    p.taxCode(),
                    p.startDate(),
                    p.leavingDate(),
                    p.holidayBalanceHours()))
        .toList();
  }

  /** Employer rows per page of the agency's list. */
  public static final int PAGE_SIZE = 25;

  /** An employer's latest pay run, for the downloads on its row. */
  public record LatestRun(long id, String status, LocalDate paymentDate) {}

  /**
   * One page of the agency's employers, most urgent first, how many there are in all, and each
   * row's latest run (by account id; none for an employer not yet paid).
   */
  public record EmployerPage(
      List<EmployerSummary> rows,
      long total,
      int page,
      int pages,
      Map<Long, LatestRun> latestRuns) {}

  /**
   * Employers the viewer may see (agency staff: their agency's; holders: their own), with what
   * needs action, most urgent first. Read set-based ({@link EmployerListSql}): a fixed number of
   * queries however many employers.
   */
  public List<EmployerSummary> employers(Viewer viewer, LocalDate today) {
    List<Long> ids =
        viewer.has(Role.PAYROLL_STAFF) && viewer.agencyId().isPresent()
            ? list.agencyEmployers(viewer.agencyId().get())
            : list.holderEmployers(viewer.userId());
    List<EmployerSummary> out = new ArrayList<>();
    for (EmployerListSql.Facts f : list.facts(ids, today)) {
      out.add(summary(f, today));
    }
    // most urgent first: unrun pay past its pay day, then HMRC and pensions overdue, then the rest
    out.sort(
        java.util.Comparator.comparingInt(EmployerSummary::urgency)
            .thenComparing(EmployerSummary::employerName));
    return out;
  }

  /**
   * One page of the agency's employers, ranked by urgency in the database and then described: two
   * statements to rank and count, nine to describe the page's rows (their latest runs included).
   */
  public EmployerPage employerPage(Viewer viewer, LocalDate today, int page) {
    long agency = access.agencyOf(viewer);
    int wanted = Math.max(1, page);
    EmployerListSql.Ranked ranked = list.rank(agency, today, (wanted - 1) * PAGE_SIZE, PAGE_SIZE);
    int pages = (int) Math.max(1, (ranked.total() + PAGE_SIZE - 1) / PAGE_SIZE);
    if (wanted > pages) {
      wanted = pages;
      ranked = list.rank(agency, today, (wanted - 1) * PAGE_SIZE, PAGE_SIZE);
    }
    List<EmployerSummary> rows = new ArrayList<>();
    Map<Long, LatestRun> latestRuns = new java.util.HashMap<>();
    for (EmployerListSql.Facts f : list.facts(ranked.accountIds(), today)) {
      rows.add(summary(f, today));
      if (f.lastRunId() != null) {
        latestRuns.put(
            f.employer().getAccountId(),
            new LatestRun(f.lastRunId(), f.lastStatus(), f.lastRunPaymentDate()));
      }
    }
    return new EmployerPage(rows, ranked.total(), wanted, pages, latestRuns);
  }

  /** How urgent a need is (lower first), and its words. */
  private record Need(int urgency, String words) {}

  private static final java.time.format.DateTimeFormatter DAY =
      java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private static final java.time.format.DateTimeFormatter MONTH =
      java.time.format.DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);

  /**
   * The pay day in a month for an employer paid on day {@code payDay} (the last day if shorter).
   */
  static LocalDate payDayIn(java.time.YearMonth month, int payDay) {
    return EmployerListSql.payDayIn(month, payDay);
  }

  /** The latest pay day on or before today. */
  static LocalDate lastPayDay(int payDay, LocalDate today) {
    return EmployerListSql.lastPayDay(payDay, today);
  }

  /**
   * An employer's row: what needs action in words, and its urgency. The ranking in {@link
   * EmployerListSql#rank} says the same in SQL; keep the two in step.
   */
  EmployerSummary summary(EmployerListSql.Facts f, LocalDate today) {
    PayrollEmployerEntity e = f.employer();
    String lastStatus =
        f.lastStatus() == null ? "none yet" : f.lastStatus().toLowerCase(Locale.ROOT);
    List<Need> needs = new ArrayList<>();
    // pay not run although its pay day has passed (only once the employer had PAs to pay then)
    LocalDate lastPayDay = lastPayDay(e.getPayDay(), today);
    boolean paidThen = f.finalisedPaymentDates().contains(lastPayDay);
    long approvedUnpaid =
        f.approvedUnpaidByPeriodEnd().entrySet().stream()
            .filter(t -> !t.getKey().isAfter(lastPayDay))
            .mapToLong(Map.Entry::getValue)
            .sum();
    if (!paidThen && approvedUnpaid > 0) {
      needs.add(
          new Need(
              0,
              "pay for "
                  + MONTH.format(lastPayDay)
                  + " not run: the pay day was "
                  + DAY.format(lastPayDay)
                  + " and "
                  + approvedUnpaid
                  + " approved timesheet"
                  + (approvedUnpaid == 1 ? " is" : "s are")
                  + " waiting"));
    }
    overduePayments(f.runsWithRemittanceOpen(), today).forEach(o -> needs.add(new Need(1, o)));
    if (e.getInsuranceExpires() == null || e.getInsuranceExpires().isBefore(today)) {
      needs.add(new Need(2, "employer's liability insurance has lapsed"));
    } else if (e.getInsuranceExpires().isBefore(today.plusDays(31))) {
      needs.add(
          new Need(
              4,
              "employer's liability insurance expires on " + DAY.format(e.getInsuranceExpires())));
    }
    long starters = f.starters();
    if (starters > 0) {
      needs.add(
          new Need(
              3,
              starters + " new starter checklist" + (starters == 1 ? "" : "s") + " to complete"));
    }
    long toApprove = f.toApprove();
    if (toApprove > 0) {
      needs.add(
          new Need(
              3, toApprove + " timesheet" + (toApprove == 1 ? "" : "s") + " waiting for approval"));
    }
    long missing = f.missing();
    if (missing > 0) {
      needs.add(
          new Need(
              4,
              missing
                  + " timesheet"
                  + (missing == 1 ? "" : "s")
                  + " missing for "
                  + MONTH.format(today)));
    }
    if (f.lastNmwFindings() > 0) {
      needs.add(new Need(4, "last run found pay below the National Minimum Wage"));
    }
    LocalDate nextPayDay = payDayIn(java.time.YearMonth.from(today), e.getPayDay());
    if (!today.isAfter(nextPayDay)
        && nextPayDay.minusDays(7).isBefore(today)
        && !"finalised".equals(lastStatus)) {
      needs.add(new Need(3, "pay run due on " + DAY.format(nextPayDay)));
    }
    needs.sort(java.util.Comparator.comparingInt(Need::urgency));
    return new EmployerSummary(
        e.getAccountId(),
        f.reference(),
        e.getEmployerName(),
        e.getPayeReference(),
        e.getPayDay(),
        f.employees(),
        starters,
        toApprove,
        e.getInsuranceExpires(),
        lastStatus,
        needs.stream().map(Need::words).toList(),
        needs.isEmpty() ? 9 : needs.get(0).urgency());
  }

  /**
   * Payments to HMRC or the pension scheme past their due date and not recorded as paid, for the
   * last year's runs.
   */
  private static List<String> overduePayments(List<PayRunEntity> runs, LocalDate today) {
    List<String> out = new ArrayList<>();
    for (PayRunEntity r : runs) {
      for (RemittanceKind kind : RemittanceKind.values()) {
        RunRemittance share = RunRemittances.of(r, kind);
        if (share.status(today) == RemittanceStatus.OVERDUE) {
          out.add("run of " + DAY.format(r.getPaymentDate()) + ": " + share.describe(kind, today));
        }
      }
    }
    return out;
  }
}
