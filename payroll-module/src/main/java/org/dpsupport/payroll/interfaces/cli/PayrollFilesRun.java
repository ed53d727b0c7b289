package org.dpsupport.payroll.interfaces.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayPeriodInput;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.RunTotals;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.BankDetails;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employee.NationalInsuranceNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.employer.AccountsOfficeReference;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.employer.HmrcPaymentDue;
import org.dpsupport.payroll.domain.model.employer.PostalAddress;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.ni.NiCategory;
import org.dpsupport.payroll.domain.model.ni.NiResult;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.pay.ShiftKind;
import org.dpsupport.payroll.domain.model.pay.WorkedShift;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.pension.PensionMembership;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.model.taxyear.YearEnd;
import org.dpsupport.payroll.domain.service.NationalInsuranceCalculator;
import org.dpsupport.payroll.domain.service.StatutoryPayRecovery;
import org.dpsupport.payroll.interfaces.file.BacsStandard18File;
import org.dpsupport.payroll.interfaces.file.EmployerPaymentSummary;
import org.dpsupport.payroll.interfaces.file.FiguresToDate;
import org.dpsupport.payroll.interfaces.file.FullPaymentSubmission;
import org.dpsupport.payroll.interfaces.file.InvoiceDocument;
import org.dpsupport.payroll.interfaces.file.PayslipPdf;
import org.dpsupport.payroll.interfaces.file.PensionContributionCsv;
import org.dpsupport.payroll.interfaces.file.YearEndForms;

/**
 * A RUN.json (one employer's pay period) read, checked and run: every problem found is collected as
 * one plain-English line naming the PA and the field; with none, each PA's pay goes through the
 * same {@link GrossToNetCalculator} the service uses (the employer's Employment Allowance carried
 * from one PA to the next in payroll-ID order, as {@code PayRunCalculator} does) and the files are
 * made by the service's writers.
 *
 * <p>Pay elements become the engine's input: BASIC hours are day shifts on the working days of the
 * period the PA was employed (spread evenly, at most 24 hours a day), NIGHT hours night shifts,
 * WEEKEND hours day shifts on Saturdays and Sundays, BANK_HOLIDAY hours day shifts on the period's
 * England and Wales bank holidays, SLEEP_IN units one sleep-in a night, HOLIDAY hours holiday taken
 * at its own rate, OVERTIME hours more day shifts (the engine pays time worked at one hourly rate,
 * so overtime at a different rate from BASIC is refused), EXPENSES an untaxed reimbursement.
 */
final class PayrollFilesRun {

  /** The files by relative path, or the problems that stopped the run. */
  record Outcome(List<String> problems, Map<String, byte[]> files) {}

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Set<String> ELEMENTS =
      Set.of(
          "BASIC",
          "HOLIDAY",
          "SLEEP_IN",
          "OVERTIME",
          "WEEKEND",
          "BANK_HOLIDAY",
          "NIGHT",
          "EXPENSES");

  /** A PA read from the file, ready for the engine. */
  private record Pa(
      EmployeeRecord record,
      String email,
      String title,
      PayPeriodInput input,
      FiguresToDate before,
      YearEndForms.PreviousEmployment previous) {}

  private final List<String> problems = new ArrayList<>();
  private final TaxYearCatalogue catalogue;

  private PayrollFilesRun(TaxYearCatalogue catalogue) {
    this.catalogue = catalogue;
  }

  static Outcome run(byte[] json, TaxYearCatalogue catalogue) {
    return new PayrollFilesRun(catalogue).run(json);
  }

  private Outcome run(byte[] bytes) {
    JsonNode root;
    try {
      root = JSON.readTree(new String(bytes, StandardCharsets.UTF_8));
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      return new Outcome(
          List.of(
              "The run file is not valid JSON ("
                  + e.getOriginalMessage()
                  + "); compare it with example-run.json."),
          Map.of());
    }
    if (root == null || !root.isObject()) {
      return new Outcome(
          List.of("The run file must hold one JSON object, like example-run.json."), Map.of());
    }

    // ---- the period
    PayFrequency frequency = parsed(root, "payFrequency", "", "payFrequency", PayFrequency::parse);
    LocalDate payDate = date(root, "payDate", "", true);
    LocalDate preparedOn = date(root, "preparedOn", "", false);
    String taxYearText = optionalText(root, "taxYear");
    Integer periodNumber = integer(root, "period", "");
    TaxYear year = payDate == null ? null : TaxYear.containing(payDate);
    TaxYearRules rules = null;
    if (year != null) {
      if (taxYearText == null) {
        problems.add("taxYear is missing; give it like 2026-27.");
      } else if (!taxYearText.equals(year.toString())) {
        problems.add(
            "taxYear "
                + taxYearText
                + " does not hold the payDate "
                + payDate
                + ", which is in tax year "
                + year
                + "; check both.");
      }
      rules = catalogue.find(year).orElse(null);
      if (rules == null) {
        problems.add(
            "payDate "
                + payDate
                + " is in tax year "
                + year
                + ", for which this payroll has no rates yet.");
      }
    }
    if (frequency != null && payDate != null && periodNumber != null) {
      int expected = periodOf(frequency, payDate);
      if (periodNumber != expected) {
        problems.add(
            "period "
                + periodNumber
                + " does not match the payDate "
                + payDate
                + ", which is in "
                + (frequency == PayFrequency.MONTHLY ? "tax month " : "pay period ")
                + expected
                + "; check both.");
      }
    }
    PayPeriod period = frequency == null || payDate == null ? null : payPeriod(frequency, payDate);

    // ---- the employer and the bureau
    JsonNode employerNode = object(root, "employer", "");
    JsonNode bureauNode = object(root, "bureau", "");
    String employerName = employerNode == null ? null : required(employerNode, "name", "employer");
    PostalAddress employerAddress = address(employerNode, "employer");
    JsonNode employerBank = employerNode == null ? null : object(employerNode, "bank", "employer");
    SortCode employerSort =
        employerBank == null
            ? null
            : parsed(
                employerBank,
                "sortCode",
                "employer bank",
                "employer bank sortCode",
                SortCode::parse);
    BankAccountNumber employerAccount =
        employerBank == null
            ? null
            : parsed(
                employerBank,
                "accountNumber",
                "employer bank",
                "employer bank accountNumber",
                BankAccountNumber::parse);
    modulusCheck(employerSort, employerAccount, "employer: bank");
    boolean careAndSupport =
        employerNode != null && bool(employerNode, "careAndSupportEmployer", "employer");
    boolean claimsAllowance =
        employerNode != null && bool(employerNode, "claimsEmploymentAllowance", "employer");
    Map<FamilyPayType, Money> statutoryPaid =
        employerNode == null ? Map.of() : statutoryPayToDate(employerNode);
    Boolean smallEmployer =
        employerNode == null || rules == null
            ? null
            : smallEmployer(employerNode, rules, !statutoryPaid.isEmpty());
    String bureauName = bureauNode == null ? null : required(bureauNode, "name", "bureau");
    PostalAddress bureauAddress = address(bureauNode, "bureau");
    String serviceUserNumber =
        bureauNode == null ? null : required(bureauNode, "bacsServiceUserNumber", "bureau");
    if (serviceUserNumber != null && !serviceUserNumber.matches("[0-9]{6}")) {
      problems.add(
          "bureau bacsServiceUserNumber '"
              + serviceUserNumber
              + "' is not a Bacs service user number: it is six numbers, on the bureau's Bacs"
              + " sponsor letter.");
    }
    Money fee = bureauNode == null ? null : money(bureauNode, "feePerPayslip", "bureau", true);
    boolean vatRegistered = bureauNode != null && bool(bureauNode, "vatRegistered", "bureau");
    EmployerDetails employer = null;
    if (employerNode != null
        && employerName != null
        && frequency != null
        && payDate != null
        && employerSort != null
        && employerAccount != null) {
      String paye = required(employerNode, "payeReference", "employer");
      String aor = required(employerNode, "accountsOfficeReference", "employer");
      boolean aorValid = aor != null && AccountsOfficeReference.isValid(aor);
      if (aor != null && !aorValid) {
        read("employer", () -> AccountsOfficeReference.parse(aor), "employer");
      }
      if (paye != null && aorValid) { // a refused reference is reported once, above
        final Money feeValue = fee;
        employer =
            read(
                "employer",
                () ->
                    new EmployerDetails(
                        employerName,
                        paye,
                        aor,
                        careAndSupport && claimsAllowance,
                        frequency,
                        payDate.getDayOfMonth(),
                        employerSort,
                        employerAccount,
                        feeValue),
                "employer");
      }
    }

    // ---- the PAs
    JsonNode employees = root.get("employees");
    List<Pa> pas = new ArrayList<>();
    if (employees == null || !employees.isArray()) {
      problems.add("employees is missing: give a list of the employer's PAs (it may be empty).");
    } else {
      Set<String> ids = new HashSet<>();
      for (int i = 0; i < employees.size(); i++) {
        JsonNode e = employees.get(i);
        String id = optionalText(e, "payrollId");
        String who = id == null ? "PA number " + (i + 1) + " in employees" : id;
        if (id == null) {
          problems.add(who + ": payrollId is missing; give the PA's payroll ID, like PA-0001.");
        } else if (!ids.add(id)) {
          problems.add(who + ": payrollId is used twice; each PA needs their own.");
        }
        Pa pa =
            period == null || rules == null
                ? null
                : pa(e, who, id, period, frequency, year, rules, careAndSupport && claimsAllowance);
        if (pa != null) {
          pas.add(pa);
        }
      }
    }
    if (!problems.isEmpty() || employer == null || period == null) {
      if (problems.isEmpty()) {
        problems.add("The run file is incomplete; compare it with example-run.json.");
      }
      return new Outcome(List.copyOf(problems), Map.of());
    }

    // ---- the engine, PA by PA in payroll-ID order, Employment Allowance carried on
    GrossToNetCalculator engine = new GrossToNetCalculator(catalogue);
    pas.sort(java.util.Comparator.comparing(p -> p.record().payId()));
    BigDecimal allowanceUsed = BigDecimal.ZERO;
    if (careAndSupport && claimsAllowance) {
      for (Pa p : pas) {
        allowanceUsed = allowanceUsed.add(p.before().employerNi().amount());
      }
      allowanceUsed = allowanceUsed.min(rules.employmentAllowance().annualAmount());
    }
    List<EmployeePay> paid = new ArrayList<>();
    Map<String, Pa> byId = new HashMap<>();
    for (Pa p : pas) {
      PayPeriodInput in = withAllowance(p.input(), allowanceUsed);
      PayResult r;
      try {
        r = engine.calculate(in);
      } catch (RuntimeException ex) {
        problems.add(p.record().payId() + ": " + ex.getMessage());
        continue;
      }
      allowanceUsed = r.yearToDate().employmentAllowanceUsed();
      paid.add(new EmployeePay(p.record(), null, in, r));
      byId.put(p.record().payId(), p);
    }
    if (!problems.isEmpty()) {
      return new Outcome(List.copyOf(problems), Map.of());
    }

    // ---- the files, each by the service's writer
    Map<String, byte[]> files = new LinkedHashMap<>();
    List<FullPaymentSubmission.Entry> fps = new ArrayList<>();
    List<BacsStandard18File.Credit> credits = new ArrayList<>();
    YearEndForms.Employer formsEmployer =
        new YearEndForms.Employer(employer.name(), employer.payeReference(), employerAddress);
    Map<String, String[]> contacts = new HashMap<>();
    for (EmployeePay p : paid) {
      Pa pa = byId.get(p.employee().payId());
      PayResult r = p.result();
      FiguresToDate after = pa.before().plus(r);
      boolean first =
          pa.before().taxablePay().isZero() && year.contains(p.employee().startDate())
              || !p.employee().startDate().isBefore(period.start());
      fps.add(new FullPaymentSubmission.Entry(p.employee(), r, after, first, false));
      credits.add(
          new BacsStandard18File.Credit(
              p.employee().sortCode(),
              p.employee().accountNumber(),
              p.employee().accountName(),
              r.netPay(),
              BacsStandard18File.wagesReference(period.paymentDate())));
      files.put(
          "payslips/" + p.employee().payId() + ".pdf",
          PayslipPdf.render(
              new PayslipPdf.Payslip(
                  employer.name(),
                  employer.payeReference(),
                  p.employee(),
                  period,
                  r,
                  null,
                  null,
                  false)));
      contacts.put(p.employee().payId(), new String[] {pa.title(), pa.email()});
      LocalDate left = p.employee().leavingDate();
      if (left != null && !left.isAfter(period.end())) {
        files.put(
            "p45/" + p.employee().payId() + ".pdf",
            YearEndForms.render(
                new YearEndForms.P45(
                    formsEmployer,
                    p.employee(),
                    frequency,
                    period.paymentDate(),
                    after,
                    pa.previous(),
                    period.paymentDate(),
                    preparedOn == null ? period.paymentDate() : preparedOn)));
      }
    }
    // the run's FPS is the year's last when the next pay day (same day next month, or one pay
    // period on) is in the next tax year; then the EPS does not say the year is complete
    boolean finalFps =
        !paid.isEmpty() && YearEnd.lastPayDayOfTaxYear(payDate, nextPayDay(frequency, period));
    if (!paid.isEmpty()) {
      files.put(
          "fps.xml",
          FullPaymentSubmission.render(
                  employer, fps, preparedOn == null ? payDate : preparedOn, finalFps)
              .getBytes(StandardCharsets.UTF_8));
    }
    int taxMonth = year.taxMonthOf(payDate);
    boolean anyPaid = paid.stream().anyMatch(p -> p.result().grossPay().isPositive());
    // family pay recovered to date, as the service's EPS works it (StatutoryPayRecovery)
    Map<EmployerPaymentSummary.StatutoryPayment, EmployerPaymentSummary.Recovered> recovered =
        statutoryPaid.isEmpty()
            ? Map.of()
            : EmployerPaymentSummary.recovered(
                StatutoryPayRecovery.recoverAll(
                    rules.statutoryFamilyPay(), statutoryPaid, Boolean.TRUE.equals(smallEmployer)));
    if (employer.careAndSupportEmployer() || !anyPaid || !recovered.isEmpty()) {
      files.put(
          "eps.xml",
          EmployerPaymentSummary.render(
                  employer,
                  new EmployerPaymentSummary.Month(
                      year,
                      taxMonth,
                      anyPaid,
                      recovered,
                      YearEnd.finalSubmissionOnEps(taxMonth, finalFps)))
              .getBytes(StandardCharsets.UTF_8));
    }
    files.put(
        "bacs.txt",
        BacsStandard18File.render(
                new BacsStandard18File.Originator(
                    serviceUserNumber,
                    employer.name(),
                    employer.sortCode(),
                    employer.accountNumber()),
                period.paymentDate(),
                preparedOn == null ? payDate : preparedOn,
                credits)
            .getBytes(StandardCharsets.US_ASCII));
    RunTotals totals = RunTotals.of(paid, employer.feePerPayslip(), vatRegistered);
    InvoiceDocument.Invoice invoice =
        new InvoiceDocument.Invoice(
            invoiceNumber(employer, year, frequency, periodNumber),
            preparedOn == null ? payDate : preparedOn,
            new InvoiceDocument.Agency(
                bureauName,
                bureauAddress,
                vatRegistered,
                optionalText(bureauNode, "vatNumber"),
                null,
                null),
            new InvoiceDocument.Billed(
                employer.name(),
                employerAddress,
                null,
                employer.sortCode(),
                employer.accountNumber()),
            period,
            paid.stream().map(InvoiceDocument.PaLine::of).toList(),
            totals,
            employer.feePerPayslip(),
            HmrcPaymentDue.dueDate(period.paymentDate(), false),
            period.paymentDate().withDayOfMonth(1).plusMonths(1).withDayOfMonth(22),
            false);
    files.put("invoice.pdf", InvoiceDocument.pdf(invoice));
    files.put("invoice.csv", InvoiceDocument.csv(invoice).getBytes(StandardCharsets.UTF_8));
    files.put(
        "pension.csv",
        PensionContributionCsv.render(
                new PensionContributionCsv.Scheme(employer.payeReference(), null, null),
                period,
                period.paymentDate(),
                paid,
                contacts)
            .getBytes(StandardCharsets.UTF_8));
    return new Outcome(List.of(), files);
  }

  private Pa pa(
      JsonNode e,
      String who,
      String id,
      PayPeriod period,
      PayFrequency frequency,
      TaxYear year,
      TaxYearRules rules,
      boolean claimsAllowance) {
    int before = problems.size();
    List<String> forenames = new ArrayList<>();
    JsonNode fn = e.get("forenames");
    if (fn == null || !fn.isArray() || fn.isEmpty()) {
      problems.add(who + ": forenames is missing; give the PA's first name(s) as a list.");
    } else {
      fn.forEach(n -> forenames.add(n.asText()));
    }
    String surname = required(e, "surname", who);
    NationalInsuranceNumber nino =
        parsed(e, "niNumber", who, who + ": niNumber", NationalInsuranceNumber::parse);
    LocalDate dob = date(e, "dateOfBirth", who, true);
    String gender = required(e, "gender", who);
    if (gender != null && !gender.matches("[MF]")) {
      problems.add(
          who
              + ": gender '"
              + gender
              + "' is not one HMRC takes; give M or F as on HMRC's records.");
    }
    PostalAddress home = address(e, who);
    LocalDate start = date(e, "startDate", who, true);
    LocalDate leaving = date(e, "leavingDate", who, false);
    if (start != null && leaving != null && leaving.isBefore(start)) {
      problems.add(
          who
              + ": leavingDate "
              + leaving
              + " is before the startDate "
              + start
              + "; check both dates.");
    }
    String declaration = optionalText(e, "starterDeclaration");
    if (declaration != null && !declaration.matches("[ABC]")) {
      problems.add(
          who
              + ": starterDeclaration '"
              + declaration
              + "' must be A, B or C (the starter checklist statement), or null.");
    }
    String taxCode = required(e, "taxCode", who);
    if (taxCode != null) {
      read(who + ": taxCode", () -> TaxCode.parse(taxCode), who);
    }
    boolean w1m1 = bool(e, "week1Month1", who);
    String niCategory = required(e, "niCategory", who);
    if (niCategory != null) {
      read(who + ": niCategory", () -> NiCategory.parse(niCategory), who);
      if (rules.nationalInsurance().categories().get(niCategory.toUpperCase(Locale.ROOT)) == null) {
        problems.add(
            who
                + ": niCategory '"
                + niCategory
                + "' is not a National Insurance category letter this payroll knows for "
                + year
                + ".");
      }
    }
    List<StudentLoanPlan> loans = new ArrayList<>();
    JsonNode plans = e.get("studentLoanPlans");
    if (plans != null && plans.isArray()) {
      for (JsonNode plan : plans) {
        StudentLoanPlan p =
            read(who + ": studentLoanPlans", () -> StudentLoanPlan.parse(plan.asText()), who);
        if (p == StudentLoanPlan.POSTGRADUATE) {
          problems.add(
              who
                  + ": studentLoanPlans lists a postgraduate loan; say postgraduateLoan: true"
                  + " instead.");
        } else if (p != null) {
          loans.add(p);
        }
      }
    }
    if (bool(e, "postgraduateLoan", who)) {
      loans.add(StudentLoanPlan.POSTGRADUATE);
    }
    JsonNode bank = object(e, "bank", who);
    SortCode sort =
        bank == null
            ? null
            : parsed(bank, "sortCode", who + ": bank", who + ": bank sortCode", SortCode::parse);
    BankAccountNumber account =
        bank == null
            ? null
            : parsed(
                bank,
                "accountNumber",
                who + ": bank",
                who + ": bank accountNumber",
                BankAccountNumber::parse);
    String accountName = bank == null ? null : required(bank, "accountName", who + ": bank");
    modulusCheck(sort, account, who + ": bank");

    // pay elements
    BigDecimal basicRate = null, nightRate = null, weekendRate = null, bankHolidayRate = null;
    BigDecimal sleepInRate = null, holidayRate = null;
    BigDecimal basicHours = BigDecimal.ZERO, nightHours = BigDecimal.ZERO;
    BigDecimal weekendHours = BigDecimal.ZERO, bankHolidayHours = BigDecimal.ZERO;
    BigDecimal overtimeHours = BigDecimal.ZERO, overtimeRate = null;
    BigDecimal holidayHours = BigDecimal.ZERO;
    int sleepIns = 0;
    List<PayPeriodInput.Amount> expenses = new ArrayList<>();
    JsonNode pay = e.get("pay");
    if (pay == null || !pay.isArray()) {
      problems.add(who + ": pay is missing; give the period's pay elements (it may be empty).");
    } else {
      for (JsonNode el : pay) {
        String element = optionalText(el, "element");
        String where = who + ": pay element " + (element == null ? "(unnamed)" : element);
        if (element == null || !ELEMENTS.contains(element)) {
          problems.add(
              where
                  + " is not one this payroll knows; use BASIC, HOLIDAY, SLEEP_IN, OVERTIME,"
                  + " WEEKEND, BANK_HOLIDAY, NIGHT or EXPENSES.");
          continue;
        }
        BigDecimal rate = decimal(el, "rate", where, !element.equals("EXPENSES"));
        BigDecimal hours = decimal(el, "hours", where, false);
        BigDecimal units = decimal(el, "units", where, false);
        if (element.equals("EXPENSES")) {
          BigDecimal amount = decimal(el, "amount", where, false);
          if (amount == null && units != null && rate != null) {
            amount = units.multiply(rate).setScale(2, RoundingMode.HALF_UP);
          }
          if (amount == null || amount.signum() < 0) {
            problems.add(where + ": give the amount in pounds (or units and rate).");
          } else {
            expenses.add(new PayPeriodInput.Amount("Expenses", amount));
          }
          continue;
        }
        if (rate == null) {
          continue;
        }
        if (rate.signum() <= 0) {
          problems.add(where + ": rate must be more than £0.");
          continue;
        }
        if (element.equals("SLEEP_IN")) {
          if (units == null || units.signum() < 0 || units.stripTrailingZeros().scale() > 0) {
            problems.add(where + ": give units as the whole number of sleep-ins.");
            continue;
          }
          sleepIns += units.intValueExact();
          sleepInRate = rate;
          continue;
        }
        if (hours == null || hours.signum() < 0) {
          problems.add(where + ": give hours as a number of hours, like \"66\" or \"7.5\".");
          continue;
        }
        switch (element) {
          case "BASIC" -> {
            basicRate = rate;
            basicHours = basicHours.add(hours);
          }
          case "NIGHT" -> {
            nightRate = rate;
            nightHours = nightHours.add(hours);
          }
          case "WEEKEND" -> {
            weekendRate = rate;
            weekendHours = weekendHours.add(hours);
          }
          case "BANK_HOLIDAY" -> {
            bankHolidayRate = rate;
            bankHolidayHours = bankHolidayHours.add(hours);
          }
          case "HOLIDAY" -> {
            holidayRate = rate;
            holidayHours = holidayHours.add(hours);
          }
          case "OVERTIME" -> {
            overtimeRate = rate;
            overtimeHours = overtimeHours.add(hours);
          }
          default -> throw new IllegalStateException(element);
        }
      }
    }
    if (overtimeRate != null && basicRate != null && overtimeRate.compareTo(basicRate) != 0) {
      problems.add(
          who
              + ": pay element OVERTIME is at £"
              + overtimeRate.toPlainString()
              + " but BASIC at £"
              + basicRate.toPlainString()
              + "; this payroll pays overtime at the basic rate, so give both the same rate or"
              + " add the difference another way.");
    }
    if (basicRate == null) {
      basicRate =
          overtimeRate != null
              ? overtimeRate
              : holidayRate != null
                  ? holidayRate
                  : nightRate != null ? nightRate : weekendRate != null ? weekendRate : null;
    }

    // pension
    PensionMembership pension = null;
    JsonNode pn = object(e, "pension", who);
    if (pn != null && start != null) {
      String status = required(pn, "status", who + ": pension");
      String basis = optionalText(pn, "earningsBasis");
      if (basis != null && !basis.equals("QUALIFYING")) {
        problems.add(
            who
                + ": pension earningsBasis '"
                + basis
                + "' is not one this payroll works out; it uses QUALIFYING earnings.");
      }
      ReliefMethod relief =
          read(
              who + ": pension reliefMethod",
              () ->
                  ReliefMethod.valueOf(
                      pn.hasNonNull("reliefMethod")
                          ? pn.get("reliefMethod").asText()
                          : "RELIEF_AT_SOURCE"),
              who);
      if (status != null && relief != null) {
        switch (status) {
          case "ENROLLED", "POSTPONED", "OPTED_OUT", "NOT_ENROLLED" -> {
            BigDecimal ee = decimal(pn, "employeePercent", who + ": pension", true);
            BigDecimal er = decimal(pn, "employerPercent", who + ": pension", true);
            LocalDate enrolled = date(pn, "enrolledOn", who + ": pension", false);
            if (status.equals("ENROLLED") && enrolled == null) {
              enrolled = start; // enrolled from the start unless the file says when
            }
            LocalDate postponed = date(pn, "postponedUntil", who + ": pension", false);
            LocalDate optedOut = date(pn, "optedOutOn", who + ": pension", false);
            if (ee != null && er != null) {
              pension =
                  new PensionMembership(relief, ee, er, start, enrolled, postponed, optedOut, null);
            }
          }
          case "NOT_ELIGIBLE" ->
              // assessed each period all the same; no contributions unless the engine finds a duty
              pension =
                  new PensionMembership(
                      relief, BigDecimal.ZERO, BigDecimal.ZERO, start, null, null, null, null);
          default ->
              problems.add(
                  who
                      + ": pension status '"
                      + status
                      + "' is not known; use ENROLLED, NOT_ENROLLED, POSTPONED, OPTED_OUT or"
                      + " NOT_ELIGIBLE.");
        }
      }
    }

    // figures to date before this period
    JsonNode td = object(e, "toDate", who);
    String tdWho = who + ": toDate";
    Money tdGross = td == null ? null : money(td, "grossPay", tdWho, true);
    Money tdTaxable = td == null ? null : money(td, "taxablePay", tdWho, true);
    Money tdTax = td == null ? null : money(td, "tax", tdWho, true);
    Money tdEeNi = td == null ? null : money(td, "employeeNic", tdWho, true);
    Money tdErNi = td == null ? null : money(td, "employerNic", tdWho, true);
    Money tdLoan = td == null ? null : money(td, "studentLoan", tdWho, true);
    Money tdPgl = td == null ? null : money(td, "postgraduateLoan", tdWho, true);
    Money tdEePension = td == null ? null : money(td, "employeePension", tdWho, true);
    money(td == null ? JSON.createObjectNode() : td, "employerPension", tdWho, td != null);
    YearEndForms.PreviousEmployment previous = YearEndForms.PreviousEmployment.NONE;
    JsonNode prev = e.get("previousEmployment");
    if (prev != null && prev.isObject()) {
      previous =
          new YearEndForms.PreviousEmployment(
              money(prev, "pay", who + ": previousEmployment", true),
              money(prev, "tax", who + ": previousEmployment", true));
    }

    if (problems.size() > before
        || nino == null
        || dob == null
        || start == null
        || sort == null
        || account == null
        || tdGross == null) {
      return null;
    }
    if (basicRate == null
        && (sleepIns > 0 || holidayHours.signum() > 0 || basicHours.signum() > 0)) {
      basicRate = sleepInRate; // only sleep-ins: the engine needs some hourly rate to hold
    }
    PayRates rates =
        basicRate == null
            ? null
            : new PayRates(
                basicRate, nightRate, weekendRate, bankHolidayRate, null, sleepInRate, holidayRate);

    // the days they could work this period
    LocalDate from = start.isAfter(period.start()) ? start : period.start();
    LocalDate to = leaving != null && leaving.isBefore(period.end()) ? leaving : period.end();
    List<LocalDate> weekdays = new ArrayList<>();
    List<LocalDate> weekends = new ArrayList<>();
    List<LocalDate> bankHolidays = new ArrayList<>();
    List<LocalDate> all = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
      all.add(d);
      boolean weekend =
          d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY;
      if (catalogue.isBankHolidayInEnglandAndWales(d)) {
        bankHolidays.add(d);
      } else if (weekend) {
        weekends.add(d);
      } else {
        weekdays.add(d);
      }
    }
    List<WorkedShift> shifts = new ArrayList<>();
    spread(
        shifts, basicHours.add(overtimeHours), weekdays, ShiftKind.DAY, who, "BASIC and OVERTIME");
    spread(shifts, nightHours, weekdays, ShiftKind.NIGHT, who, "NIGHT");
    spread(shifts, weekendHours, weekends, ShiftKind.DAY, who, "WEEKEND");
    spread(shifts, bankHolidayHours, bankHolidays, ShiftKind.DAY, who, "BANK_HOLIDAY");
    if (sleepIns > all.size()) {
      problems.add(
          who
              + ": pay element SLEEP_IN has "
              + sleepIns
              + " sleep-ins but the PA could work only "
              + all.size()
              + " nights this period.");
    } else {
      for (int i = 0; i < sleepIns; i++) {
        shifts.add(new WorkedShift(all.get(i), ShiftKind.SLEEP_IN, BigDecimal.ZERO));
      }
    }
    if (problems.size() > before) {
      return null;
    }

    String forename = String.join(" ", forenames);
    EmployeeRecord record =
        new EmployeeRecord(
            id,
            forename,
            surname,
            nino,
            dob,
            gender,
            home.lines(),
            home.postcode(),
            taxCode,
            w1m1,
            niCategory.toUpperCase(Locale.ROOT),
            loans,
            pension,
            rates,
            null,
            start,
            leaving,
            declaration,
            sort,
            account,
            accountName);
    boolean netPay = pension != null && pension.reliefMethod() == ReliefMethod.NET_PAY;
    Money earningsForNi =
        td.hasNonNull("earningsForNi") ? money(td, "earningsForNi", tdWho, true) : tdGross;
    Money[] bands =
        bandsBefore(td, tdWho, rules, frequency, niCategory, earningsForNi, start, year, period);
    FiguresToDate beforeFigures =
        new FiguresToDate(
            tdTaxable,
            tdTax,
            tdLoan,
            tdPgl,
            netPay ? tdEePension : Money.ZERO,
            earningsForNi,
            bands[0],
            bands[1],
            bands[2],
            tdEeNi,
            tdErNi);
    PayPeriodInput input =
        new PayPeriodInput(
            period.paymentDate(),
            frequency,
            period.start(),
            period.end(),
            new PayPeriodInput.PersonalAssistant(
                id, dob, taxCode, w1m1, niCategory, loans, false, false, false),
            new PayPeriodInput.Employer(null, claimsAllowance),
            rates,
            shifts,
            holidayHours,
            null,
            null,
            expenses,
            List.of(),
            pension,
            new YearToDate(
                year.toString(),
                previous.pay().plus(tdTaxable).amount(),
                previous.tax().plus(tdTax).amount(),
                BigDecimal.ZERO,
                BigDecimal.ZERO));
    String title = optionalText(e, "title");
    return new Pa(record, optionalText(e, "email"), title, input, beforeFigures, previous);
  }

  /**
   * The NI earnings bands to date: from the file when it gives them (earningsAtLel,
   * earningsLelToPt, earningsPtToUel), otherwise worked out as if the earnings for NI to date had
   * been paid evenly over the earlier periods of this employment in the tax year.
   */
  private Money[] bandsBefore(
      JsonNode td,
      String who,
      TaxYearRules rules,
      PayFrequency frequency,
      String category,
      Money earnings,
      LocalDate start,
      TaxYear year,
      PayPeriod period) {
    if (td.hasNonNull("earningsAtLel")) {
      return new Money[] {
        money(td, "earningsAtLel", who, true),
        money(td, "earningsLelToPt", who, true),
        money(td, "earningsPtToUel", who, true)
      };
    }
    int first = year.contains(start) ? periodOf(frequency, start) : 1;
    int earlier = periodOf(frequency, period.paymentDate()) - first;
    if (earlier <= 0 || !earnings.isPositive()) {
      return new Money[] {Money.ZERO, Money.ZERO, Money.ZERO};
    }
    Money each =
        earnings.multipliedBy(
            BigDecimal.ONE.divide(BigDecimal.valueOf(earlier), 10, RoundingMode.HALF_UP),
            RoundingMode.HALF_UP);
    NiResult r =
        new NationalInsuranceCalculator()
            .calculate(rules, NiCategory.parse(category), frequency, each);
    BigDecimal n = BigDecimal.valueOf(earlier);
    return new Money[] {
      r.earningsAtLel().multipliedBy(n, RoundingMode.HALF_UP),
      r.earningsLelToPt().multipliedBy(n, RoundingMode.HALF_UP),
      r.earningsPtToUel().multipliedBy(n, RoundingMode.HALF_UP)
    };
  }

  private void spread(
      List<WorkedShift> shifts,
      BigDecimal hours,
      List<LocalDate> days,
      ShiftKind kind,
      String who,
      String what) {
    if (hours.signum() == 0) {
      return;
    }
    if (days.isEmpty()) {
      problems.add(
          who
              + ": pay element "
              + what
              + " has hours but there is no such day in the period the PA was employed.");
      return;
    }
    BigDecimal max = BigDecimal.valueOf(24L * days.size());
    if (hours.compareTo(max) > 0) {
      problems.add(
          who
              + ": pay element "
              + what
              + " has "
              + hours.toPlainString()
              + " hours, more than the "
              + max
              + " hours in the days the PA could work them; check the hours.");
      return;
    }
    BigDecimal each = hours.divide(BigDecimal.valueOf(days.size()), 2, RoundingMode.DOWN);
    BigDecimal left = hours;
    for (int i = 0; i < days.size() && left.signum() > 0; i++) {
      BigDecimal h = i == days.size() - 1 ? left : each.min(left);
      if (h.compareTo(BigDecimal.valueOf(24)) > 0) {
        // the last day takes the remainder; move what does not fit back onto the earlier days
        h = BigDecimal.valueOf(24);
      }
      if (h.signum() > 0) {
        shifts.add(new WorkedShift(days.get(i), kind, h));
      }
      left = left.subtract(h);
    }
    for (int i = 0; left.signum() > 0 && i < days.size(); i++) {
      WorkedShift s = shifts.get(shifts.size() - days.size() + i);
      BigDecimal room = BigDecimal.valueOf(24).subtract(s.hours()).min(left);
      shifts.set(
          shifts.size() - days.size() + i, new WorkedShift(s.date(), kind, s.hours().add(room)));
      left = left.subtract(room);
    }
  }

  private static PayPeriodInput withAllowance(PayPeriodInput in, BigDecimal used) {
    YearToDate y = in.yearToDate();
    return new PayPeriodInput(
        in.paymentDate(),
        in.payFrequency(),
        in.periodStart(),
        in.periodEnd(),
        in.personalAssistant(),
        in.employer(),
        in.rates(),
        in.shifts(),
        in.holidayHoursTaken(),
        in.sickness(),
        in.familyLeave(),
        in.expenses(),
        in.deductionsAfterTax(),
        in.pension(),
        new YearToDate(y.taxYear(), y.taxablePay(), y.taxPaid(), used, y.holidayBalanceHours()));
  }

  /** Invoice numbers: the PAYE reference's own part, the tax year and the period. */
  private static String invoiceNumber(
      EmployerDetails e, TaxYear year, PayFrequency f, Integer period) {
    return e.taxOfficeReference()
        + "-"
        + year
        + "-"
        + (f == PayFrequency.MONTHLY ? "M" : "W")
        + String.format("%02d", period);
  }

  /** The pay period number the pay day falls in, for the frequency. */
  static int periodOf(PayFrequency f, LocalDate date) {
    TaxYear year = TaxYear.containing(date);
    return switch (f) {
      case MONTHLY -> year.taxMonthOf(date);
      case WEEKLY -> year.taxWeekOf(date);
      case FORTNIGHTLY -> (year.taxWeekOf(date) + 1) / 2;
      case FOUR_WEEKLY -> (year.taxWeekOf(date) + 3) / 4;
    };
  }

  /** Monthly: the calendar month paid on its pay day, as the service's runs; else ending on it. */
  /** The pay day after this run's: the same day next month, or one pay period on. */
  static LocalDate nextPayDay(PayFrequency f, PayPeriod period) {
    return f == PayFrequency.MONTHLY
        ? period.nextMonth(period.paymentDate().getDayOfMonth()).paymentDate()
        : period.paymentDate().plusDays(f.days());
  }

  static PayPeriod payPeriod(PayFrequency f, LocalDate payDate) {
    if (f == PayFrequency.MONTHLY) {
      return PayPeriod.monthly(YearMonth.from(payDate), payDate.getDayOfMonth());
    }
    return new PayPeriod(payDate.minusDays(f.days() - 1L), payDate, payDate);
  }

  // ---- reading fields, each problem one line

  /** Vocalink's modulus check on a sort code and account number that each parsed. */
  private void modulusCheck(SortCode sort, BankAccountNumber account, String who) {
    if (sort != null && account != null && !BankDetails.acceptable(sort, account)) {
      problems.add(who + ": " + BankDetails.refusal(sort, account));
    }
  }

  private <T> T read(String field, Supplier<T> value, String who) {
    try {
      return value.get();
    } catch (RuntimeException e) {
      String message = e.getMessage() == null ? "is not valid." : e.getMessage();
      if (field.equals("employer")) { // name the reference EmployerDetails refused
        field =
            message.contains("Accounts Office")
                ? "employer: accountsOfficeReference"
                : message.contains("PAYE reference") ? "employer: payeReference" : "employer";
      }
      problems.add(field + ": " + message);
      return null;
    }
  }

  private String required(JsonNode node, String field, String who) {
    String v = optionalText(node, field);
    if (v == null) {
      problems.add(prefix(who) + field + " is missing; see example-run.json for its form.");
    }
    return v;
  }

  /** A required text field parsed by a domain type, whose own message says what is wrong. */
  private <T> T parsed(
      JsonNode node, String field, String who, String label, Function<String, T> parser) {
    String v = required(node, field, who);
    return v == null ? null : read(label, () -> parser.apply(v), who);
  }

  private static String optionalText(JsonNode node, String field) {
    if (node == null) {
      return null;
    }
    JsonNode v = node.get(field);
    return v == null || v.isNull() || v.asText().isBlank() ? null : v.asText().strip();
  }

  private JsonNode object(JsonNode node, String field, String who) {
    JsonNode v = node.get(field);
    if (v == null || !v.isObject()) {
      problems.add(prefix(who) + field + " is missing; see example-run.json for its form.");
      return null;
    }
    return v;
  }

  private boolean bool(JsonNode node, String field, String who) {
    JsonNode v = node.get(field);
    if (v == null || v.isNull()) {
      return false;
    }
    if (!v.isBoolean()) {
      problems.add(prefix(who) + field + " must be true or false.");
      return false;
    }
    return v.asBoolean();
  }

  /**
   * employer.statutoryPayToDate: the statutory family pay (SMP, SPP, SAP, ShPP, SPBP, SNCP) the
   * employer has paid in the tax year up to and including this pay day, by kind; kinds with nothing
   * paid are left out.
   */
  private Map<FamilyPayType, Money> statutoryPayToDate(JsonNode employerNode) {
    JsonNode node = employerNode.get("statutoryPayToDate");
    if (node == null || node.isNull()) {
      return Map.of();
    }
    String who = "employer: statutoryPayToDate";
    if (!node.isObject()) {
      problems.add(
          who + " must be an object of amounts by kind of pay, like {\"SMP\": \"1840.50\"}.");
      return Map.of();
    }
    Map<FamilyPayType, Money> out = new java.util.EnumMap<>(FamilyPayType.class);
    node.fieldNames()
        .forEachRemaining(
            kind -> {
              FamilyPayType type;
              try {
                type = FamilyPayType.parse(kind);
              } catch (IllegalArgumentException e) {
                problems.add(who + " '" + kind + "': " + e.getMessage());
                return;
              }
              Money paid = money(node, kind, who, true);
              if (paid == null) {
                return;
              }
              if (paid.isNegative()) {
                problems.add(
                    who
                        + " "
                        + kind
                        + " '"
                        + paid.amount().toPlainString()
                        + "' is below nothing; give what was paid this tax year to date.");
              } else if (paid.isPositive()) {
                out.put(type, paid);
              }
            });
    return out;
  }

  /**
   * Whether the employer qualifies for Small Employers' Relief: employer.smallEmployersRelief (true
   * or false), or employer.class1NicsLastYear (the Class 1 NICs, employee's and employer's, of the
   * last complete tax year) set against the year's threshold. One of them is needed when statutory
   * pay is recovered; both at once are refused.
   */
  private Boolean smallEmployer(JsonNode employerNode, TaxYearRules rules, boolean needed) {
    String who = "employer";
    boolean flagGiven = employerNode.hasNonNull("smallEmployersRelief");
    boolean nicsGiven = employerNode.hasNonNull("class1NicsLastYear");
    if (flagGiven && nicsGiven) {
      problems.add(
          "employer: give smallEmployersRelief or class1NicsLastYear, not both; the relief"
              + " follows from last year's Class 1 NICs.");
      return null;
    }
    if (flagGiven) {
      return bool(employerNode, "smallEmployersRelief", who);
    }
    if (nicsGiven) {
      Money nics = money(employerNode, "class1NicsLastYear", who, true);
      if (nics == null) {
        return null;
      }
      if (nics.isNegative()) {
        problems.add(
            "employer: class1NicsLastYear '"
                + nics.amount().toPlainString()
                + "' is below nothing; give the Class 1 NICs (employee's and employer's) of the"
                + " last tax year.");
        return null;
      }
      return StatutoryPayRecovery.smallEmployer(rules.statutoryFamilyPay(), nics);
    }
    if (needed) {
      problems.add(
          "employer: statutoryPayToDate is given, so say whether Small Employers' Relief applies:"
              + " smallEmployersRelief true or false, or class1NicsLastYear (the Class 1 NICs of"
              + " the last tax year).");
    }
    return null;
  }

  private Integer integer(JsonNode node, String field, String who) {
    JsonNode v = node.get(field);
    if (v == null || !v.canConvertToInt()) {
      problems.add(prefix(who) + field + " is missing; give it as a whole number.");
      return null;
    }
    return v.asInt();
  }

  private LocalDate date(JsonNode node, String field, String who, boolean required) {
    String v = optionalText(node, field);
    if (v == null) {
      if (required) {
        problems.add(prefix(who) + field + " is missing; give the date like 2026-11-25.");
      }
      return null;
    }
    try {
      return LocalDate.parse(v);
    } catch (DateTimeParseException e) {
      problems.add(prefix(who) + field + " '" + v + "' is not a date; write it like 2026-11-25.");
      return null;
    }
  }

  private BigDecimal decimal(JsonNode node, String field, String who, boolean required) {
    String v = optionalText(node, field);
    if (v == null) {
      if (required) {
        problems.add(
            prefix(who) + field + " is missing; give it as a number in a string, like \"12.90\".");
      }
      return null;
    }
    try {
      return new BigDecimal(v);
    } catch (NumberFormatException e) {
      problems.add(prefix(who) + field + " '" + v + "' is not a number; write it like \"12.90\".");
      return null;
    }
  }

  private Money money(JsonNode node, String field, String who, boolean required) {
    BigDecimal v = decimal(node, field, who, required);
    if (v == null) {
      return required ? null : Money.ZERO;
    }
    if (v.scale() > 2) {
      problems.add(
          prefix(who)
              + field
              + " '"
              + v.toPlainString()
              + "' has more than two decimal places; give pounds and pence.");
      return null;
    }
    return Money.of(v);
  }

  private PostalAddress address(JsonNode node, String who) {
    if (node == null) {
      return PostalAddress.NONE;
    }
    JsonNode a = object(node, "address", who);
    if (a == null) {
      return PostalAddress.NONE;
    }
    List<String> lines = new ArrayList<>();
    JsonNode l = a.get("lines");
    if (l == null || !l.isArray() || l.isEmpty()) {
      problems.add(prefix(who) + "address lines are missing; give at least the street and town.");
    } else {
      l.forEach(n -> lines.add(n.asText()));
    }
    String postcode = optionalText(a, "postcode");
    if (postcode == null) {
      problems.add(prefix(who) + "address postcode is missing.");
    } else if (!postcode
        .toUpperCase(Locale.ROOT)
        .matches("[A-Z]{1,2}[0-9][0-9A-Z]? ?[0-9][A-Z]{2}")) {
      problems.add(
          prefix(who) + "address postcode '" + postcode + "' is not a UK postcode, like RM10 8AB.");
    }
    return new PostalAddress(lines, postcode);
  }

  private static String prefix(String who) {
    return who == null || who.isEmpty() ? "" : who + ": ";
  }
}
