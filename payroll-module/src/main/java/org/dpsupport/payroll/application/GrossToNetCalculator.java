package org.dpsupport.payroll.application;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayPeriodInput.Amount;
import org.dpsupport.payroll.application.PayPeriodInput.PersonalAssistant;
import org.dpsupport.payroll.application.PayPeriodInput.YearToDate;
import org.dpsupport.payroll.domain.model.familypay.FamilyLeave;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayResult;
import org.dpsupport.payroll.domain.model.minimumwage.MinimumWageCheck;
import org.dpsupport.payroll.domain.model.ni.NiCategory;
import org.dpsupport.payroll.domain.model.ni.NiResult;
import org.dpsupport.payroll.domain.model.pay.Basis;
import org.dpsupport.payroll.domain.model.pay.Finding;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.pay.PayLine.Section;
import org.dpsupport.payroll.domain.model.pension.AutoEnrolmentAssessment;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.sickpay.SickPayResult;
import org.dpsupport.payroll.domain.model.tax.IncomeTaxResult;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.tax.TaxPeriod;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearCatalogue;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.service.AutoEnrolmentCalculator;
import org.dpsupport.payroll.domain.service.EmploymentAllowanceCalculator;
import org.dpsupport.payroll.domain.service.IncomeTaxCalculator;
import org.dpsupport.payroll.domain.service.MinimumWageChecker;
import org.dpsupport.payroll.domain.service.NationalInsuranceCalculator;
import org.dpsupport.payroll.domain.service.PayElementsCalculator;
import org.dpsupport.payroll.domain.service.PayElementsCalculator.PayElements;
import org.dpsupport.payroll.domain.service.StatutoryFamilyPayCalculator;
import org.dpsupport.payroll.domain.service.StatutorySickPayCalculator;
import org.dpsupport.payroll.domain.service.StudentLoanCalculator;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;

/**
 * Gross to net for one PA's pay period: the single entry point the pay run, the CLI and the server
 * call. Order: pay elements, SSP and statutory family pay make gross pay; the pension is assessed
 * on it (a net pay arrangement comes off before tax); income tax on taxable pay to date; Class 1 NI
 * and student loans on earnings for NI; Employment Allowance against employer NI; deductions after
 * tax; expenses added untaxed. Thread-safe and stateless; year-to-date state travels in the input.
 */
public final class GrossToNetCalculator {

  private final TaxYearCatalogue catalogue;
  private final PayElementsCalculator payElements = new PayElementsCalculator();
  private final StatutorySickPayCalculator sickPay = new StatutorySickPayCalculator();
  private final StatutoryFamilyPayCalculator familyPay;
  private final AutoEnrolmentCalculator autoEnrolment = new AutoEnrolmentCalculator();
  private final IncomeTaxCalculator incomeTax = new IncomeTaxCalculator();
  private final NationalInsuranceCalculator nationalInsurance = new NationalInsuranceCalculator();
  private final EmploymentAllowanceCalculator employmentAllowance =
      new EmploymentAllowanceCalculator();
  private final StudentLoanCalculator studentLoans = new StudentLoanCalculator();
  private final MinimumWageChecker minimumWage = new MinimumWageChecker();
  private final Map<String, TaxCode> taxCodes = new ConcurrentHashMap<>();

  public GrossToNetCalculator(TaxYearCatalogue catalogue) {
    this.catalogue = catalogue;
    this.familyPay = new StatutoryFamilyPayCalculator(catalogue);
  }

  /** With the tax years shipped in this module ({@code tax-years/*.json}). */
  public static GrossToNetCalculator withStandardTaxYears() {
    return new GrossToNetCalculator(TaxYearResources.standardCatalogue());
  }

  public PayResult calculate(PayPeriodInput in) {
    LocalDate paid = in.paymentDate();
    PayFrequency frequency = in.payFrequency();
    PersonalAssistant pa = in.personalAssistant();
    TaxYearRules rules = catalogue.forPaymentDate(paid);
    YearToDate ytd =
        rules.taxYear().equals(in.yearToDate().taxYear())
            ? in.yearToDate()
            : new YearToDate(
                rules.taxYear(), null, null, null, in.yearToDate().holidayBalanceHours());
    LocalDate periodEnd = in.periodEnd() != null ? in.periodEnd() : paid;
    LocalDate periodStart =
        in.periodStart() != null
            ? in.periodStart()
            : frequency == PayFrequency.MONTHLY
                ? periodEnd.minusMonths(1).plusDays(1)
                : periodEnd.minusDays(frequency.days() - 1);

    List<PayLine> lines = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();

    // 1. Earnings: the timesheet, holiday, SSP, family pay
    PayElements elements =
        in.rates() == null
            ? null
            : payElements.calculate(
                rules,
                catalogue::isBankHolidayInEnglandAndWales,
                in.rates(),
                in.shifts(),
                in.holidayHoursTaken(),
                pa.irregularHours(),
                pa.rolledUpHolidayPay());
    if (elements != null) {
      lines.addAll(elements.lines());
      findings.addAll(elements.findings());
    }
    if (in.sickness() != null) {
      SickPayResult ssp =
          sickPay.calculate(catalogue::forPaymentDate, in.sickness(), periodStart, periodEnd);
      if (ssp.amount().isPositive()) {
        lines.add(
            new PayLine(
                Section.EARNINGS,
                "ssp",
                "Statutory Sick Pay",
                BigDecimal.valueOf(ssp.paidDays()),
                null,
                ssp.amount(),
                ssp.basis()));
      }
      findings.addAll(ssp.findings());
    }
    for (FamilyLeave leave : in.familyLeave()) {
      FamilyPayResult family = familyPay.payFor(leave, periodStart, periodEnd);
      if (family.amount().isPositive()) {
        lines.add(
            new PayLine(
                Section.EARNINGS,
                leave.type().lineCode(),
                // days, not hours: said in the description so the payslip's Hours column is empty
                leave.type().title()
                    + " ("
                    + family.days()
                    + (family.days() == 1 ? " day)" : " days)"),
                null,
                null,
                family.amount(),
                family.basis()));
      }
      findings.addAll(family.findings());
    }
    holidayOnLeaving(in, lines, findings);
    Money gross = total(lines, Section.EARNINGS);

    // 2. Pension, assessed on the period's earnings
    AutoEnrolmentAssessment pension =
        autoEnrolment.assess(rules, frequency, paid, pa.dateOfBirth(), gross, in.pension());
    findings.addAll(pension.findings());
    Money netPayPension = pension.deductedBeforeTax() ? pension.employeeDeduction() : Money.ZERO;
    Money netPayRefund = Money.ZERO;
    if (pension.optOutRefund().isPositive()) {
      boolean netPay = pension.reliefMethod() == ReliefMethod.NET_PAY;
      // a net-pay refund had tax relief, so it is taxed now; it was never relieved of NI
      netPayRefund = netPay ? pension.optOutRefund() : Money.ZERO;
      lines.add(
          PayLine.of(
              netPay ? Section.EARNINGS : Section.NON_TAXABLE,
              "pension-opt-out-refund",
              "Pension contributions refunded (opted out)",
              pension.optOutRefund(),
              pension.basis()));
      gross = gross.plus(netPayRefund);
    }
    Money taxable = gross.minus(netPayPension);
    Money earningsForNi = gross.minus(netPayRefund);

    // 3. Income tax on taxable pay to date
    TaxCode code = taxCode(pa);
    Money taxablePayToDate = Money.of(ytd.taxablePay()).plus(taxable);
    IncomeTaxResult tax =
        incomeTax.calculate(
            rules,
            code,
            TaxPeriod.ofPaymentDate(frequency, paid),
            taxable,
            taxablePayToDate,
            Money.of(ytd.taxPaid()));
    lines.add(
        PayLine.of(
            Section.DEDUCTION, "income-tax", "Income tax", tax.taxDueInPeriod(), tax.basis()));

    // 4. NI, Employment Allowance, student loans
    NiResult ni =
        nationalInsurance.calculate(
            rules, NiCategory.parse(pa.niCategory()), frequency, earningsForNi);
    lines.add(
        PayLine.of(
            Section.DEDUCTION, "employee-ni", "National Insurance", ni.employeeNi(), ni.basis()));
    lines.addAll(studentLoans.deductions(rules, frequency, pa.studentLoanPlans(), earningsForNi));
    if (pension.employeeDeduction().isPositive()) {
      lines.add(
          PayLine.of(
              Section.DEDUCTION,
              "pension-employee",
              "Workplace pension",
              pension.employeeDeduction(),
              pension.basis()));
    }
    for (Amount d : in.deductionsAfterTax()) {
      Money amount = Money.of(d.amount(), RoundingMode.HALF_UP);
      lines.add(
          PayLine.of(
              Section.DEDUCTION,
              "deduction",
              d.description(),
              amount,
              Basis.lazily(
                  () -> "deduction after tax: " + d.description() + " " + amount.formatted())));
    }
    for (Amount e : in.expenses()) {
      Money amount = Money.of(e.amount(), RoundingMode.HALF_UP);
      lines.add(
          PayLine.of(
              Section.NON_TAXABLE,
              "expense",
              e.description(),
              amount,
              Basis.lazily(
                  () ->
                      "expense reimbursed, not pay: "
                          + e.description()
                          + " "
                          + amount.formatted())));
    }

    EmploymentAllowanceCalculator.Claim allowance =
        employmentAllowance.claim(
            rules,
            in.employer().careAndSupportEmployer(),
            ni.employerNi(),
            Money.of(ytd.employmentAllowanceUsed()));
    lines.add(
        PayLine.of(
            Section.EMPLOYER,
            "employer-ni",
            "Employer National Insurance",
            ni.employerNi(),
            ni.basis()));
    if (allowance.claimedThisPeriod().isPositive()) {
      lines.add(
          PayLine.of(
              Section.EMPLOYER,
              "employment-allowance",
              "Employment Allowance",
              allowance.claimedThisPeriod().negated(),
              allowance.basis()));
    }
    if (pension.employerContribution().isPositive()) {
      lines.add(
          PayLine.of(
              Section.EMPLOYER,
              "pension-employer",
              "Employer pension contribution",
              pension.employerContribution(),
              pension.basis()));
    }
    lines.add(
        PayLine.of(
            Section.INFORMATION,
            "ni-earnings-bands",
            "NI earnings bands",
            Money.ZERO,
            Basis.lazily(
                () ->
                    "NI earnings: at LEL "
                        + ni.earningsAtLel()
                        + ", LEL to PT "
                        + ni.earningsLelToPt()
                        + ", PT to UEL "
                        + ni.earningsPtToUel())));

    // 5. Minimum wage: reported, never silently topped up
    MinimumWageCheck nmw = null;
    if (elements != null && elements.hoursForMinimumWage().signum() > 0) {
      nmw =
          catalogue
              .minimumWageOn(paid)
              .map(
                  rates ->
                      minimumWage.check(
                          rates,
                          paid,
                          pa.dateOfBirth(),
                          pa.apprentice(),
                          elements.hoursForMinimumWage(),
                          elements.payForMinimumWage()))
              .orElse(null);
      if (nmw != null) {
        nmw.finding().ifPresent(findings::add);
      }
    }

    Money deductions = total(lines, Section.DEDUCTION);
    Money net = gross.minus(deductions).plus(total(lines, Section.NON_TAXABLE));
    if (net.isNegative()) {
      findings.add(
          new Finding(
              "NET_PAY_NEGATIVE",
              "Deductions exceed pay by "
                  + net.negated().formatted()
                  + " this period; check the deductions before paying."));
    }
    Money employerCost =
        gross.plus(total(lines, Section.NON_TAXABLE)).plus(total(lines, Section.EMPLOYER));

    BigDecimal holidayBalance = ytd.holidayBalanceHours();
    if (elements != null && pa.irregularHours()) {
      holidayBalance =
          holidayBalance.add(elements.holidayAccruedHours()).subtract(in.holidayHoursTaken());
    }
    YearToDate after =
        new YearToDate(
            rules.taxYear(),
            taxablePayToDate.amount(),
            tax.taxDueToDate().amount(),
            allowance.usedToDate().amount(),
            holidayBalance);
    return new PayResult(
        rules.taxYear(),
        paid,
        frequency,
        tax.basis().text(),
        List.copyOf(lines),
        gross,
        taxable,
        earningsForNi,
        deductions,
        net,
        employerCost,
        tax,
        ni,
        allowance.claimedThisPeriod(),
        pension,
        nmw,
        List.copyOf(findings),
        after);
  }

  /**
   * A leaver's final pay: holiday earned and not taken is paid as its own line at the holiday rate
   * (the 52-paid-week reference where the pay run gives one; WTR reg 14, reg 13A for
   * irregular-hours workers). A balance below zero (more taken than earned) is not deducted: WTR
   * reg 14(4) allows that only where the contract provides for it, so the finding says so.
   */
  private static void holidayOnLeaving(
      PayPeriodInput in, List<PayLine> lines, List<Finding> findings) {
    BigDecimal hours = in.holidayOnLeavingHours();
    if (hours == null || hours.signum() == 0) {
      return;
    }
    String h = hours.abs().stripTrailingZeros().toPlainString();
    if (hours.signum() < 0) {
      findings.add(
          new Finding(
              "HOLIDAY_OVERTAKEN_ON_LEAVING",
              "This PA took "
                  + h
                  + " hours more holiday than they earned before leaving. Nothing was taken back"
                  + " from the final pay: that is only allowed where the contract says so, and"
                  + " then as a deduction the employer agrees separately."));
      return;
    }
    BigDecimal rate = in.rates().holidayRate();
    Money amount = Money.of(hours.multiply(rate), RoundingMode.HALF_UP);
    lines.add(
        new PayLine(
            Section.EARNINGS,
            "holiday-on-leaving",
            "Holiday not taken, paid on leaving",
            hours,
            rate,
            amount,
            Basis.lazily(
                () ->
                    "holiday not taken on leaving: "
                        + h
                        + " h x £"
                        + rate.toPlainString()
                        + " = "
                        + amount.formatted()
                        + " (WTR reg 14)")));
  }

  /** The tax year's rules for a pay day (holiday, thresholds), as the engine uses them. */
  public TaxYearRules rulesFor(java.time.LocalDate paymentDate) {
    return catalogue.forPaymentDate(paymentDate);
  }

  private TaxCode taxCode(PersonalAssistant pa) {
    TaxCode code = taxCodes.computeIfAbsent(pa.taxCode(), TaxCode::parse);
    return pa.week1Month1() ? code.onWeek1Month1Basis() : code;
  }

  private static Money total(List<PayLine> lines, Section section) {
    Money sum = Money.ZERO;
    for (PayLine l : lines) {
      if (l.section() == section) {
        sum = sum.plus(l.amount());
      }
    }
    return sum;
  }
}
