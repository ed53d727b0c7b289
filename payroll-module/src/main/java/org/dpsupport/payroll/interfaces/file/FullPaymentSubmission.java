package org.dpsupport.payroll.interfaces.file;

import static org.dpsupport.payroll.interfaces.file.RtiEnvelope.shortYear;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.Normalizer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.familypay.FamilyPayType;
import org.dpsupport.payroll.domain.model.pay.PayLine;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * HMRC RTI Full Payment Submission for one employer's pay run: the whole GovTalk message with its
 * IRmark ({@link RtiEnvelope}). Element names and order follow HMRC's FPS schema for the tax year
 * (namespace .../FullPaymentSubmission/YY-YY/1): EmpRefs, RelatedTaxYear, then per PA
 * EmployeeDetails and Employment (Starter, PayId, IrrEmp, LeavingDate, FiguresToDate, Payment,
 * NIlettersAndValues). What HMRC's business rules and guidance add, and this follows:
 *
 * <ul>
 *   <li>Tax codes are written without their regime prefix, with {@code TaxRegime="S"} (Scotland) or
 *       {@code "C"} (Wales), and W1/M1/X as {@code BasisNonCumulative="yes"}.
 *   <li>Statutory family pay is reported as its year-to-date total ({@code SMPYTD}, {@code SPPYTD},
 *       {@code SAPYTD}, {@code ShPPYTD}, {@code SPBPYTD}, {@code SNCPYTD}) once there is some.
 *   <li>{@code StudentLoanRecovered} carries the {@code PlanType} (01, 02, 04, 05) of the plan the
 *       deduction was worked on.
 *   <li>A starter's declaration is the one recorded; with none recorded it is B when a P45 was
 *       received and otherwise C, HMRC's default for a starter with no checklist (with code 0T
 *       W1/M1). A starter's address has at least two lines.
 *   <li>A PA without a National Insurance number is reported with date of birth, gender and at
 *       least two address lines, and no NINO.
 *   <li>{@code HoursWorked} is the band of the hours the PA normally works a week; for a PA with no
 *       fixed hours, the hours actually paid in the period divided by the weeks in it.
 *   <li>{@code LeavingDate} is reported once (unless the PA is paid again after leaving, when it
 *       goes with {@code PmtAfterLeaving}).
 *   <li>A payment reported after its pay day carries a {@code LateReason}.
 *   <li>Names and addresses are written in HMRC's character sets (accents dropped, e.g. Zoë as
 *       Zoe).
 *   <li>The employer's last FPS of the tax year ends with {@code FinalSubmission/ForYear}.
 * </ul>
 */
public final class FullPaymentSubmission {

  /** One PA's payment on the FPS with their figures to date (including this payment). */
  public record Entry(
      EmployeeRecord employee,
      PayResult payment,
      FiguresToDate toDate,
      boolean firstPayment,
      boolean irregular,
      Reporting reporting) {

    public Entry {
      reporting = reporting == null ? Reporting.NONE : reporting;
    }

    /** An entry with nothing special to report (no P45, leaving date not yet reported). */
    public Entry(
        EmployeeRecord employee,
        PayResult payment,
        FiguresToDate toDate,
        boolean firstPayment,
        boolean irregular) {
      this(employee, payment, toDate, firstPayment, irregular, Reporting.NONE);
    }
  }

  /**
   * What the FPS needs beyond the pay record: whether the starter gave a P45 for this tax year,
   * whether the leaving date has already gone to HMRC on an earlier FPS, and the reason to give if
   * the payment is reported after its pay day (none given: G, reasonable excuse).
   */
  public record Reporting(boolean p45Received, boolean leavingDateReported, LateReason lateReason) {
    public static final Reporting NONE = new Reporting(false, false, null);
  }

  /** HMRC's late reporting reasons (RTI "LateReason"). */
  public enum LateReason {
    A("Notional payment: payment to an expat by a third party or overseas employer"),
    B("Notional payment: employment related security"),
    C("Notional payment: other"),
    D("Payment subject to Class 1 NICs but P11D for tax"),
    E("Micro employer using the temporary 'on or before' relaxation"),
    F(
        "No requirement to keep a deductions working sheet, or impractical to report work done on the day"),
    G("Reasonable excuse"),
    H("Correction to an earlier submission");

    private final String description;

    LateReason(String description) {
      this.description = description;
    }

    public String description() {
      return description;
    }
  }

  private FullPaymentSubmission() {}

  public static String namespace(TaxYear year) {
    return RtiEnvelope.namespace("FullPaymentSubmission", year);
  }

  /** The FPS as prepared today. */
  public static String render(EmployerDetails employer, List<Entry> entries) {
    return render(employer, entries, LocalDate.now());
  }

  /**
   * The FPS for a run with at least one PA on it, as prepared on {@code preparedOn} (payments whose
   * pay day is before that are late). A run with nobody on it has no FPS: in a tax month with no
   * payments the employer sends an EPS instead ({@link EmployerPaymentSummary}).
   */
  public static String render(EmployerDetails employer, List<Entry> entries, LocalDate preparedOn) {
    return render(employer, entries, preparedOn, RtiEnvelope.Channel.configured());
  }

  public static String render(
      EmployerDetails employer,
      List<Entry> entries,
      LocalDate preparedOn,
      RtiEnvelope.Channel channel) {
    return render(employer, entries, preparedOn, channel, false);
  }

  /**
   * The FPS, saying whether it is the employer's last of the tax year ({@link
   * org.dpsupport.payroll.domain.model.taxyear.YearEnd#lastPayDayOfTaxYear}): the final one carries
   * {@code FinalSubmission/ForYear} after the employees, where HMRC's schema puts it.
   */
  public static String render(
      EmployerDetails employer, List<Entry> entries, LocalDate preparedOn, boolean finalForYear) {
    return render(employer, entries, preparedOn, RtiEnvelope.Channel.configured(), finalForYear);
  }

  public static String render(
      EmployerDetails employer,
      List<Entry> entries,
      LocalDate preparedOn,
      RtiEnvelope.Channel channel,
      boolean finalForYear) {
    if (entries == null || entries.isEmpty()) {
      throw new IllegalArgumentException(
          "Nobody is on this pay run, so there is no FPS to send. If nobody is paid in the tax"
              + " month, send an EPS saying no payment was made.");
    }
    LocalDate paid = entries.get(0).payment().paymentDate();
    TaxYear year = TaxYear.containing(paid);
    return RtiEnvelope.render(
        "FullPaymentSubmission",
        year,
        employer,
        channel,
        x -> {
          element(x, "RelatedTaxYear", shortYear(year));
          for (Entry e : entries) {
            employee(x, e, year, preparedOn);
          }
          if (finalForYear) {
            // the last FPS of the tax year (RTI data item "Final submission for year")
            x.writeStartElement("FinalSubmission");
            element(x, "ForYear", "yes");
            x.writeEndElement();
          }
        });
  }

  private static void employee(XMLStreamWriter x, Entry e, TaxYear year, LocalDate preparedOn)
      throws XMLStreamException {
    EmployeeRecord pa = e.employee();
    PayResult r = e.payment();
    FiguresToDate td = e.toDate();
    boolean starter = e.firstPayment() && year.contains(pa.startDate());
    List<String> lines = addressLines(pa);
    boolean noNino = pa.niNumber() == null || !pa.niNumber().known();
    if ((noNino || starter) && lines.size() < 2) {
      throw new IllegalArgumentException(
          pa.fullName()
              + " needs at least two lines of address on the FPS ("
              + (noNino
                  ? "HMRC needs them when there is no National Insurance number"
                  : "HMRC needs them for a new starter")
              + "). Add the town as the second line.");
    }
    x.writeStartElement("Employee");
    x.writeStartElement("EmployeeDetails");
    if (!noNino) {
      element(x, "NINO", pa.niNumber().value());
    }
    x.writeStartElement("Name");
    String fore = name(pa.forename());
    if (!fore.isEmpty()) {
      element(x, "Fore", fore);
    }
    element(x, "Sur", name(pa.surname()));
    x.writeEndElement();
    if (!lines.isEmpty() || pa.postcode() != null) {
      x.writeStartElement("Address");
      for (String line : lines) {
        element(x, "Line", line);
      }
      if (pa.postcode() != null && !pa.postcode().isBlank()) {
        element(x, "UKPostcode", pa.postcode().toUpperCase(Locale.ROOT).trim());
      }
      x.writeEndElement();
    }
    element(x, "BirthDate", pa.dateOfBirth().toString());
    element(x, "Gender", pa.gender());
    x.writeEndElement();

    x.writeStartElement("Employment");
    if (starter) {
      x.writeStartElement("Starter");
      element(x, "StartDate", pa.startDate().toString());
      element(x, "StartDec", starterDeclaration(pa, e.reporting()));
      if (pa.studentLoans().stream().anyMatch(p -> !p.isPostgraduate())) {
        element(x, "StudentLoan", "yes");
      }
      if (pa.studentLoans().contains(StudentLoanPlan.POSTGRADUATE)) {
        element(x, "PostgradLoan", "yes");
      }
      x.writeEndElement();
    }
    element(x, "PayId", pa.payId());
    if (e.irregular()) {
      element(x, "IrrEmp", "yes"); // not paid for 3 months or more, e.g. employer in hospital
    }
    boolean paidAfterLeaving =
        pa.leavingDate() != null
            && r.paymentDate().isAfter(pa.leavingDate())
            && r.grossPay().isPositive()
            && e.reporting().leavingDateReported();
    if (paidAfterLeaving || reportLeavingDate(pa, r, e.reporting())) {
      element(x, "LeavingDate", pa.leavingDate().toString());
    }
    x.writeStartElement("FiguresToDate");
    element(x, "TaxablePay", td.taxablePay());
    element(x, "TotalTax", td.tax());
    if (td.studentLoans().isPositive()) {
      element(x, "StudentLoansTD", wholePounds(td.studentLoans()));
    }
    if (td.postgraduateLoans().isPositive()) {
      element(x, "PostgradLoansTD", wholePounds(td.postgraduateLoans()));
    }
    if (td.pensionNetPay().isPositive()) {
      element(x, "EmpeePenContribnsPaidYTD", td.pensionNetPay());
    }
    x.writeEndElement();

    x.writeStartElement("Payment");
    element(x, "PayFreq", payFrequencyCode(r.payFrequency()));
    element(x, "PmtDate", r.paymentDate().toString());
    if (preparedOn != null && preparedOn.isAfter(r.paymentDate())) {
      LateReason why = e.reporting().lateReason();
      element(x, "LateReason", (why == null ? LateReason.G : why).name());
    }
    if (r.payFrequency() == PayFrequency.MONTHLY) {
      element(x, "MonthNo", String.valueOf(year.taxMonthOf(r.paymentDate())));
    } else {
      element(x, "WeekNo", String.valueOf(year.taxWeekOf(r.paymentDate())));
    }
    element(x, "PeriodsCovered", "1");
    if (paidAfterLeaving) {
      element(x, "PmtAfterLeaving", "yes");
    }
    element(x, "HoursWorked", hoursWorked(pa, r));
    ReportedTaxCode code = ReportedTaxCode.of(pa.taxCode(), pa.week1Month1());
    x.writeStartElement("TaxCode");
    if (code.nonCumulative()) {
      x.writeAttribute("BasisNonCumulative", "yes");
    }
    if (code.regime() != null) {
      x.writeAttribute("TaxRegime", code.regime());
    }
    x.writeCharacters(code.code());
    x.writeEndElement();
    element(x, "TaxablePay", r.taxablePay());
    element(x, "PayAfterStatDedns", payAfterStatutoryDeductions(r));
    Money netPayPension = FiguresToDate.netPayPension(r);
    if (netPayPension.isPositive()) {
      element(x, "EmpeePenContribnsPaid", netPayPension);
    }
    if (r.amountOf("student-loan").isPositive()) {
      x.writeStartElement("StudentLoanRecovered");
      x.writeAttribute("PlanType", planType(r));
      x.writeCharacters(wholePounds(r.amountOf("student-loan")));
      x.writeEndElement();
    }
    if (r.amountOf("postgraduate-loan").isPositive()) {
      element(x, "PostgradLoanRecovered", wholePounds(r.amountOf("postgraduate-loan")));
    }
    element(x, "TaxDeductedOrRefunded", r.incomeTax().taxDueInPeriod());
    // statutory family pay in the tax year to date, after OnStrike/UnpaidAbsence in the schema
    for (FamilyPayType t : FamilyPayType.values()) {
      if (td.statutoryPay(t).isPositive()) {
        element(x, t.rtiName() + "YTD", td.statutoryPay(t));
      }
    }
    x.writeEndElement();

    x.writeStartElement("NIlettersAndValues");
    element(x, "NIletter", pa.niCategory());
    element(x, "GrossEarningsForNICsInPd", r.earningsForNi());
    element(x, "GrossEarningsForNICsYTD", td.earningsForNi());
    element(x, "AtLELYTD", wholePounds(td.atLel()));
    element(x, "LELtoPTYTD", td.lelToPt());
    element(x, "PTtoUELYTD", td.ptToUel());
    // RTI guidance: "Total of employer NICs" carries employee and employer contributions together
    element(
        x,
        "TotalEmpNICInPd",
        r.nationalInsurance().employeeNi().plus(r.nationalInsurance().employerNi()));
    element(x, "TotalEmpNICYTD", td.employeeNi().plus(td.employerNi()));
    element(x, "EmpeeContribnsInPd", r.nationalInsurance().employeeNi());
    element(x, "EmpeeContribnsYTD", td.employeeNi());
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndElement();
  }

  /**
   * The starter declaration for the FPS: the one recorded, else B for a P45 from this tax year
   * (another job since 6 April, this is now the only one), else C: HMRC's rule for a starter who
   * gave neither checklist nor P45 (taxed on 0T W1/M1 until HMRC sends a code).
   */
  public static String starterDeclaration(EmployeeRecord pa, Reporting reporting) {
    String recorded = pa.starterDeclaration();
    if (recorded != null && recorded.trim().matches("[ABCabc]")) {
      return recorded.trim().toUpperCase(Locale.ROOT);
    }
    return reporting != null && reporting.p45Received() ? "B" : "C";
  }

  /**
   * Whether this FPS carries the leaving date: a leaving date not yet reported, falling no later
   * than 31 days after this pay day (later dates wait for a later FPS).
   */
  public static boolean reportLeavingDate(EmployeeRecord pa, PayResult r, Reporting reporting) {
    return pa.leavingDate() != null
        && !(reporting != null && reporting.leavingDateReported())
        && !pa.leavingDate().isAfter(r.paymentDate().plusDays(31));
  }

  /** Pay less tax, employee NI and student and postgraduate loans. */
  static Money payAfterStatutoryDeductions(PayResult r) {
    return r.grossPay()
        .minus(r.incomeTax().taxDueInPeriod())
        .minus(r.nationalInsurance().employeeNi())
        .minus(r.amountOf("student-loan"))
        .minus(r.amountOf("postgraduate-loan"));
  }

  /** RTI "PayFreq": W1 weekly, W2 fortnightly, W4 four-weekly, M1 monthly. */
  public static String payFrequencyCode(PayFrequency f) {
    return switch (f) {
      case WEEKLY -> "W1";
      case FORTNIGHTLY -> "W2";
      case FOUR_WEEKLY -> "W4";
      case MONTHLY -> "M1";
    };
  }

  /** RTI "HoursWorked": A up to 15.99, B 16 to 23.99, C 24 to 29.99, D 30 or more, E other. */
  public static String hoursBand(BigDecimal weeklyHours) {
    if (weeklyHours == null) {
      return "E";
    }
    return weeklyHours.compareTo(BigDecimal.valueOf(16)) < 0
        ? "A"
        : weeklyHours.compareTo(BigDecimal.valueOf(24)) < 0
            ? "B"
            : weeklyHours.compareTo(BigDecimal.valueOf(30)) < 0 ? "C" : "D";
  }

  /**
   * The band of the hours the PA normally works a week: their usual weekly hours when they have
   * fixed hours, otherwise the hours paid in this period (time work and paid holiday) over the
   * weeks in the period (52/12 for a month). E (other) when neither is known.
   */
  public static String hoursWorked(EmployeeRecord pa, PayResult r) {
    if (pa.usualWeeklyHours() != null && pa.usualWeeklyHours().signum() > 0) {
      return hoursBand(pa.usualWeeklyHours());
    }
    BigDecimal hours = hoursPaid(r);
    if (hours.signum() == 0) {
      return "E";
    }
    BigDecimal weeks =
        switch (r.payFrequency()) {
          case WEEKLY -> BigDecimal.ONE;
          case FORTNIGHTLY -> BigDecimal.valueOf(2);
          case FOUR_WEEKLY -> BigDecimal.valueOf(4);
          case MONTHLY ->
              BigDecimal.valueOf(52).divide(BigDecimal.valueOf(12), 6, RoundingMode.HALF_UP);
        };
    return hoursBand(hours.divide(weeks, 2, RoundingMode.HALF_UP));
  }

  /** Hours of time work and paid holiday in the period, from the payslip's lines. */
  static BigDecimal hoursPaid(PayResult r) {
    BigDecimal hours = BigDecimal.ZERO;
    for (PayLine line : r.lines()) {
      if (line.section() == PayLine.Section.EARNINGS
          && line.quantity() != null
          && (line.code().endsWith("-hours") || line.code().equals("holiday-pay"))) {
        hours = hours.add(line.quantity());
      }
    }
    return hours;
  }

  /** RTI PlanType of the undergraduate plan the student loan deduction was worked on. */
  static String planType(PayResult r) {
    String description = r.line("student-loan").map(PayLine::description).orElse("");
    for (StudentLoanPlan plan : StudentLoanPlan.values()) {
      if (!plan.isPostgraduate() && description.endsWith(plan.name().replace("PLAN_", "plan "))) {
        return "0" + plan.name().substring("PLAN_".length());
      }
    }
    throw new IllegalStateException("No plan type for the student loan line '" + description + "'");
  }

  /** A tax code as RTI reports it: the code without regime prefix or W1/M1/X, and those apart. */
  public record ReportedTaxCode(String code, String regime, boolean nonCumulative) {
    public static ReportedTaxCode of(String taxCode, boolean week1Month1) {
      String c = taxCode == null ? "" : taxCode.replace(" ", "").toUpperCase(Locale.ROOT);
      boolean nonCumulative = week1Month1;
      for (String suffix : new String[] {"W1", "M1", "X"}) {
        if (c.endsWith(suffix) && c.length() > suffix.length()) {
          c = c.substring(0, c.length() - suffix.length());
          nonCumulative = true;
        }
      }
      String regime = null;
      if (c.length() > 1 && (c.charAt(0) == 'S' || c.charAt(0) == 'C')) {
        regime = String.valueOf(c.charAt(0));
        c = c.substring(1);
      }
      return new ReportedTaxCode(c, regime, nonCumulative);
    }
  }

  /** A name in HMRC's character set D (letters, space, hyphen, apostrophe), accents dropped. */
  static String name(String text) {
    String plain = plain(text).replaceAll("[^A-Za-z '\\-]", "").trim();
    plain = plain.replaceFirst("^[^A-Za-z]+", "");
    return plain.length() > 35 ? plain.substring(0, 35).trim() : plain;
  }

  /** Address lines in HMRC's character set G, at most four of 35 characters. */
  static List<String> addressLines(EmployeeRecord pa) {
    List<String> out = new ArrayList<>();
    for (String line : pa.addressLines()) {
      String g = plain(line).replaceAll("[^A-Za-z0-9 .,\\-()/=!\"%&*;<>'+:?]", "").trim();
      g = g.replaceFirst("^[^A-Za-z0-9]+", "");
      if (!g.isEmpty() && out.size() < 4) {
        out.add(g.length() > 35 ? g.substring(0, 35).trim() : g);
      }
    }
    return out;
  }

  private static String plain(String text) {
    if (text == null) {
      return "";
    }
    return Normalizer.normalize(text, Normalizer.Form.NFD)
        .replaceAll("\\p{M}", "")
        .replace('’', '\'')
        .replace('‘', '\'');
  }

  private static String wholePounds(Money m) {
    return m.amount().setScale(0, RoundingMode.DOWN) + ".00";
  }

  private static void element(XMLStreamWriter x, String name, Money value)
      throws XMLStreamException {
    element(x, name, value.toString());
  }

  private static void element(XMLStreamWriter x, String name, String value)
      throws XMLStreamException {
    RtiEnvelope.element(x, name, value);
  }
}
