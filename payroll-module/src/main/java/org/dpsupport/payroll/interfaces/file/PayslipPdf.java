package org.dpsupport.payroll.interfaces.file;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.pay.PayLine.Section;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.pension.ReliefMethod;
import org.dpsupport.payroll.domain.model.tax.TaxCode;
import org.dpsupport.payroll.domain.model.tax.TaxRegime;
import org.dpsupport.payroll.domain.model.taxyear.TaxYearRules;
import org.dpsupport.payroll.domain.service.HolidayAccrual;
import org.dpsupport.payroll.infrastructure.resources.TaxYearResources;

/**
 * A PA's payslip as an accessible (tagged) PDF. It carries what the Employment Rights Act 1996 s.8
 * requires (gross pay, each deduction and what it is for, net pay, and the hours where pay varies
 * with time worked), each deduction explained once in plain words, what the tax code and National
 * Insurance category mean, the holiday earned, taken and left, the tax year to date (gross, taxable
 * pay, tax, NI, pension, student loans) and the employer's costs, in the order a screen reader
 * reads it. Money is always shown to the penny ("£12.90"). A draft payslip (a run not yet
 * finalised) says DRAFT in its title and on every page.
 */
public final class PayslipPdf {

  /**
   * One payslip. {@code toDate} includes this payment; {@code holiday} may be null when the payroll
   * keeps no holiday record for the PA; {@code draft} for a run not yet finalised.
   */
  public record Payslip(
      String employerName,
      String payeReference,
      EmployeeRecord employee,
      PayPeriod period,
      PayResult result,
      PayslipToDate toDate,
      HolidayAccrual holiday,
      boolean draft) {

    public Payslip {
      Objects.requireNonNull(result, "result");
      toDate = toDate == null ? PayslipToDate.NONE.plus(result) : toDate;
    }

    /**
     * A final payslip with this payment alone as the year to date and no holiday record: for a
     * caller that has no stored runs (the command line).
     */
    public Payslip(
        String employerName,
        String payeReference,
        EmployeeRecord employee,
        PayPeriod period,
        PayResult result) {
      this(employerName, payeReference, employee, period, result, null, null, false);
    }
  }

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final float[] PAY_COLUMNS = {0, 300, 380, 495};
  private static final boolean[] PAY_RIGHT = {false, true, true, true};
  private static final float[] AMOUNT_COLUMNS = {0, 495};
  private static final boolean[] AMOUNT_RIGHT = {false, true};
  private static final float[] TO_DATE_COLUMNS = {0, 380, 495};
  private static final boolean[] TO_DATE_RIGHT = {false, true, true};
  private static final Pattern POUNDS =
      Pattern.compile("£((?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?)");

  private PayslipPdf() {}

  /** The document's title; a draft's title starts "DRAFT" (added by the writer). */
  public static String title(Payslip p) {
    return "Payslip for "
        + p.employee().fullName()
        + ", paid "
        + p.period().paymentDate().format(DATE);
  }

  public static byte[] render(Payslip p) {
    PayResult r = p.result();
    EmployeeRecord e = p.employee();
    TaxYearRules rules = TaxYearResources.standardCatalogue().forPaymentDate(r.paymentDate());
    String period = periodWord(r);
    try (TaggedPdfWriter pdf =
        p.draft()
            ? TaggedPdfWriter.draft(title(p), "en-GB")
            : new TaggedPdfWriter(title(p), "en-GB")) {
      pdf.heading("H1", (p.draft() ? "DRAFT payslip for " : "Payslip for ") + rest(p), 16);
      pdf.paragraph(
          "Employer: " + p.employerName() + ", PAYE reference " + p.payeReference() + ".", 10);
      pdf.paragraph(
          "Employee: "
              + e.fullName()
              + ", payroll ID "
              + e.payId()
              + ", National Insurance number "
              + e.niNumber().formatted()
              + ".",
          10);
      pdf.paragraph(
          "Pay period "
              + p.period().start().format(DATE)
              + " to "
              + p.period().end().format(DATE)
              + ", paid "
              + r.payFrequency().label()
              + ". Tax year "
              + r.taxYear()
              + ". Tax code "
              + e.taxCode()
              + (e.week1Month1() ? " W1/M1" : "")
              + ", National Insurance category "
              + e.niCategory()
              + " (both explained below).",
          10);

      pdf.heading("H2", "Pay", 12);
      pdf.table(payRows(r), PAY_COLUMNS, PAY_RIGHT, 10);
      pdf.paragraph("Gross pay: " + r.grossPay().formatted(), 10);

      pdf.heading("H2", "Deductions", 12);
      pdf.table(amountRows(r, Section.DEDUCTION), AMOUNT_COLUMNS, AMOUNT_RIGHT, 10);
      pdf.paragraph("Total deductions: " + r.totalDeductions().formatted(), 10);

      pdf.heading("H2", "Net pay: " + r.netPay().formatted(), 14);
      pdf.paragraph(
          (p.draft() ? "To be paid" : "Paid")
              + " into your bank account on "
              + p.period().paymentDate().format(DATE)
              + ".",
          10);

      pdf.heading("H2", "What each deduction is", 12);
      boolean any = false;
      for (PayLine line : r.lines()) {
        if (line.section() == Section.DEDUCTION) {
          pdf.paragraph(
              line.description()
                  + " ("
                  + line.amount().formatted()
                  + "): "
                  + explain(line, p, rules, period),
              9);
          any = true;
        }
      }
      if (!any) {
        pdf.paragraph("Nothing was taken off your pay this " + period + ".", 9);
      }

      pdf.heading("H2", "Your tax code and National Insurance category", 12);
      pdf.paragraph(taxCodeInWords(e), 9);
      pdf.paragraph(niCategoryInWords(e.niCategory(), rules), 9);

      pdf.heading("H2", "Holiday", 12);
      pdf.paragraph(
          p.holiday() == null
              ? "Your employer's payroll keeps no holiday record for you; ask them how much"
                  + " holiday you have left."
              : p.holiday().inWords(),
          10);

      List<String[]> toDateRows = toDateRows(r, p.toDate());
      pdf.keepTogether(24 + toDateRows.size() * 16 + 3);
      pdf.heading("H2", "This tax year to date (" + r.taxYear() + ")", 12);
      pdf.table(toDateRows, TO_DATE_COLUMNS, TO_DATE_RIGHT, 10);

      List<String[]> employerRows = amountRows(r, Section.EMPLOYER);
      pdf.keepTogether(24 + employerRows.size() * 16 + 3 + 3 * 12);
      pdf.heading("H2", "Paid by your employer on top of your pay", 12);
      pdf.table(employerRows, AMOUNT_COLUMNS, AMOUNT_RIGHT, 10);
      pdf.paragraph(employerInWords(r), 9);
      return pdf.toBytes();
    }
  }

  private static String rest(Payslip p) {
    return p.employee().fullName() + ", paid " + p.period().paymentDate().format(DATE);
  }

  private static List<String[]> payRows(PayResult r) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Item", "Hours", "Rate", "Amount"});
    for (PayLine l : r.lines()) {
      if (l.section() == Section.EARNINGS || l.section() == Section.NON_TAXABLE) {
        rows.add(new String[] {l.description(), quantity(l), rate(l), l.amount().formatted()});
      }
    }
    if (rows.size() == 1) {
      rows.add(new String[] {"No pay this period", "", "", Money.ZERO.formatted()});
    }
    return rows;
  }

  private static List<String[]> amountRows(PayResult r, Section section) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Item", "Amount"});
    for (PayLine l : r.lines()) {
      if (l.section() == section) {
        rows.add(new String[] {l.description(), l.amount().formatted()});
      }
    }
    if (rows.size() == 1) {
      rows.add(new String[] {"None", Money.ZERO.formatted()});
    }
    return rows;
  }

  private static List<String[]> toDateRows(PayResult r, PayslipToDate y) {
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Item", "This payslip", "Tax year to date"});
    rows.add(row("Gross pay", r.grossPay(), y.grossPay()));
    rows.add(row("Taxable pay", r.taxablePay(), y.taxablePay()));
    rows.add(row("Income tax", r.incomeTax().taxDueInPeriod(), y.incomeTax()));
    rows.add(row("National Insurance", r.nationalInsurance().employeeNi(), y.employeeNi()));
    rows.add(row("Workplace pension", r.amountOf("pension-employee"), y.pension()));
    rows.add(row("Student loan", r.amountOf("student-loan"), y.studentLoans()));
    if (y.postgraduateLoans().isPositive()) {
      rows.add(row("Postgraduate loan", r.amountOf("postgraduate-loan"), y.postgraduateLoans()));
    }
    return rows;
  }

  private static String[] row(String label, Money now, Money toDate) {
    return new String[] {label, now.formatted(), toDate.formatted()};
  }

  private static String quantity(PayLine l) {
    if (l.quantity() == null) {
      return "";
    }
    String n = plain(l.quantity());
    return "sleep-in".equals(l.code()) ? n + (n.equals("1") ? " night" : " nights") : n;
  }

  private static String rate(PayLine l) {
    if (l.rate() == null) {
      return "";
    }
    if ("rolled-up-holiday-pay".equals(l.code())) {
      return plain(l.rate()) + "%";
    }
    return Money.of(l.rate(), RoundingMode.HALF_UP).formatted();
  }

  // ---- plain words

  private static String explain(PayLine line, Payslip p, TaxYearRules rules, String period) {
    PayResult r = p.result();
    return switch (line.code()) {
      case "income-tax" -> incomeTaxInWords(line, p.employee(), period);
      case "employee-ni" -> niInWords(line, p.employee().niCategory(), r, rules, period);
      case "pension-employee" -> pensionInWords(p, rules, period);
      case "deduction" -> "taken from your pay after tax, as agreed with your employer.";
      default -> withoutLabel(line.basis().text()) + ".";
    };
  }

  private static String incomeTaxInWords(PayLine line, EmployeeRecord e, String period) {
    TaxCode code = TaxCode.parse(e.taxCode());
    boolean cumulative = !e.week1Month1() && !code.nonCumulative();
    if (code.kind() == TaxCode.Kind.NO_TAX) {
      return "none: your tax code NT means no tax is taken from this job.";
    }
    String basis =
        cumulative
            ? "worked out on all your pay from this job since 6 April, less the tax already taken,"
                + " using your tax code"
            : "worked out on this " + period + "'s pay on its own, using your tax code";
    if (line.amount().isNegative()) {
      return "a refund of tax you overpaid earlier in the tax year; it is "
          + basis
          + ", and added to your pay.";
    }
    if (line.amount().isZero() && code.kind() == TaxCode.Kind.SUFFIX && code.number() > 0) {
      return "none this "
          + period
          + ": your pay so far this tax year is within the tax-free amount your tax code gives"
          + " you. It is "
          + basis
          + ".";
    }
    return basis + ".";
  }

  private static String niInWords(
      PayLine line, String category, PayResult r, TaxYearRules rules, String period) {
    TaxYearRules.NiThresholds t = rules.nationalInsurance().thresholdsFor(r.payFrequency());
    TaxYearRules.NiCategoryRates rates =
        rules.nationalInsurance().categories().get(category == null ? "A" : category);
    if (rates == null || t == null) {
      return withoutLabel(line.basis().text()) + ".";
    }
    if (rates.employeeMainPercent().signum() == 0) {
      return "none: in category "
          + category
          + " you pay no National Insurance (your employer still pays theirs).";
    }
    String starts = money(t.primaryThreshold());
    StringBuilder s = new StringBuilder();
    if (line.amount().isZero()) {
      s.append("none this ")
          .append(period)
          .append(": you earned less than ")
          .append(starts)
          .append(", the amount a ")
          .append(period)
          .append(" you can earn before National Insurance is taken.");
    } else {
      s.append(plain(rates.employeeMainPercent()))
          .append("% of what you earned above ")
          .append(starts)
          .append(" this ")
          .append(period);
      if (r.earningsForNi().amount().compareTo(t.upperEarningsLimit()) > 0) {
        s.append(", and ")
            .append(plain(rates.employeeAboveUelPercent()))
            .append("% of what you earned above ")
            .append(money(t.upperEarningsLimit()));
      }
      s.append('.');
    }
    s.append(" Any ")
        .append(period)
        .append(" you earn at least ")
        .append(money(t.lowerEarningsLimit()))
        .append(" counts towards your State Pension, even when no National Insurance is taken.");
    return s.toString();
  }

  private static String pensionInWords(Payslip p, TaxYearRules rules, String period) {
    var pension = p.result().pension();
    var membership = p.employee().pension();
    if (pension == null || membership == null) {
      return "your contribution to your workplace pension.";
    }
    String share =
        "your "
            + plain(membership.employeePercent())
            + "% contribution to your workplace pension, worked out on "
            + pension.qualifyingEarnings().formatted()
            + " of your pay (what you earned above "
            + money(periodAmount(rules.autoEnrolment().qualifyingEarningsLowerAnnual(), p))
            + " this "
            + period
            + ")";
    return pension.reliefMethod() == ReliefMethod.NET_PAY
        ? share + ". It is taken before tax, so you pay less income tax."
        : share
            + ", less 20% tax relief: the pension scheme claims that 20% from HMRC and adds it to"
            + " your pension.";
  }

  private static BigDecimal periodAmount(BigDecimal annual, Payslip p) {
    return annual.divide(
        BigDecimal.valueOf(p.result().payFrequency().payPeriodsInYear()), 2, RoundingMode.DOWN);
  }

  static String taxCodeInWords(EmployeeRecord e) {
    TaxCode code;
    try {
      code = TaxCode.parse(e.taxCode());
    } catch (RuntimeException ex) {
      return "Your tax code is " + e.taxCode() + ".";
    }
    StringBuilder s = new StringBuilder("Tax code ").append(code.code()).append(": ");
    switch (code.kind()) {
      case SUFFIX -> {
        if (code.number() == 0) {
          s.append("you get no tax-free amount from this job, so all your pay from it is taxed.");
        } else {
          s.append("you can earn ")
              .append(Money.ofPounds(code.number() * 10L).formatted())
              .append(" in the tax year before you pay income tax");
          String letter = code.code().substring(code.code().length() - 1);
          s.append(
              switch (letter) {
                case "M" -> " (M: you receive Marriage Allowance from your partner).";
                case "N" -> " (N: you transfer part of your allowance to your partner).";
                case "T" -> " (T: HMRC has worked out your allowance for other reasons).";
                default -> " (L: the standard tax-free Personal Allowance).";
              });
        }
      }
      case K ->
          s.append("you have income that is not taxed elsewhere, worth ")
              .append(Money.ofPounds(code.number() * 10L).formatted())
              .append(
                  " a year, so tax on it is taken here; never more than half your pay is taken"
                      + " in tax.");
      case FLAT_RATE ->
          s.append(
              "BR".equals(code.flatRateKey())
                  ? "all your pay from this job is taxed at the basic rate (20%), usually because"
                      + " your tax-free amount is used by another job or pension."
                  : "all your pay from this job is taxed at one higher rate, usually because your"
                      + " other income already uses the lower rates.");
      case NO_TAX -> s.append("no income tax is taken from this job.");
    }
    if (code.regime() == TaxRegime.SCOTLAND) {
      s.append(" S: Scottish income tax rates.");
    } else if (code.regime() == TaxRegime.WALES) {
      s.append(" C: Welsh income tax rates.");
    }
    if (e.week1Month1() || code.nonCumulative()) {
      s.append(
          " W1/M1 (emergency basis): each pay day is taxed on its own, without looking back over"
              + " the tax year, until HMRC sends a new code.");
    }
    return s.toString();
  }

  static String niCategoryInWords(String category, TaxYearRules rules) {
    String letter = category == null || category.isBlank() ? "A" : category;
    String words =
        switch (letter) {
          case "A" -> "the usual category for employees aged 21 to State Pension age";
          case "B" -> "a reduced rate for married women and widows who chose it before April 1977";
          case "C" -> "over State Pension age: you pay no National Insurance, your employer does";
          case "H" -> "an apprentice under 25: your employer pays none on most of your pay";
          case "J" -> "you pay a lower rate because you pay full National Insurance in another job";
          case "M" -> "under 21: your employer pays none on most of your pay";
          case "V" -> "a veteran in your first civilian job: your employer pays none on most of it";
          case "Z" -> "under 21 and paying full National Insurance in another job";
          default -> {
            var rates = rules.nationalInsurance().categories().get(letter);
            yield rates == null ? "as HMRC set it" : rates.description();
          }
        };
    return "National Insurance category " + letter + ": " + words + ".";
  }

  private static String employerInWords(PayResult r) {
    StringBuilder s =
        new StringBuilder(
            "These are not taken from your pay. Your employer pays National Insurance for you to"
                + " HMRC");
    if (r.amountOf("pension-employer").isPositive()) {
      s.append(" and adds their own contribution to your workplace pension");
    }
    s.append('.');
    if (!r.employmentAllowanceClaimed().isZero()) {
      s.append(
          " Employment Allowance is a yearly amount HMRC lets employers of care and support"
              + " take off their employer National Insurance.");
    }
    return s.toString();
  }

  /** "month", "week", "fortnight" or "four weeks". */
  private static String periodWord(PayResult r) {
    return switch (r.payFrequency()) {
      case WEEKLY -> "week";
      case FORTNIGHTLY -> "fortnight";
      case FOUR_WEEKLY -> "four weeks";
      case MONTHLY -> "month";
    };
  }

  /**
   * The engine's working without its leading label ("student loan plan 2: 9% of ..." becomes "9% of
   * ..."), with every amount of money to the penny.
   */
  static String withoutLabel(String basis) {
    String text = basis;
    int colon = text.indexOf(": ");
    if (colon > 0 && colon < 40 && !text.substring(0, colon).matches(".*\\d.*")) {
      text = text.substring(colon + 2);
    }
    return pennies(text);
  }

  /** "£1048" and "£2448.755" become "£1,048.00" and "£2,448.76". */
  static String pennies(String text) {
    Matcher m = POUNDS.matcher(text);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String digits = m.group(1).replace(",", "");
      if (digits.endsWith(".")) {
        digits = digits.substring(0, digits.length() - 1);
      }
      m.appendReplacement(
          out,
          Matcher.quoteReplacement(
              Money.of(new BigDecimal(digits), RoundingMode.HALF_UP).formatted()));
    }
    m.appendTail(out);
    return out.toString();
  }

  private static String money(BigDecimal amount) {
    return Money.of(amount, RoundingMode.HALF_UP).formatted();
  }

  private static String plain(BigDecimal quantity) {
    BigDecimal p = quantity.stripTrailingZeros();
    return (p.scale() < 0 ? p.setScale(0) : p).toPlainString();
  }
}
