package org.dpsupport.payroll.interfaces.file;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.money.Money;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * The P60 (end of year certificate, for every PA in post on 5 April) and the P45 (details of an
 * employee leaving work, parts 1A, 2 and 3) as tagged PDFs, written with the payslip's {@link
 * TaggedPdfWriter}. Figures are this employment's, from the finalised runs of the tax year (the
 * caller sums them into {@link FiguresToDate}). Part 1 of the P45 goes to HMRC as the leaving date
 * on the FPS, so it is not printed.
 */
public final class YearEndForms {

  /** A P60 for one PA and tax year; the tax code is the one in use at the end of the year. */
  public record P60(
      TaxYear year,
      String employerName,
      String payeReference,
      EmployeeRecord employee,
      FiguresToDate figures) {
    public P60 {
      Objects.requireNonNull(figures, "The figures for the year are missing.");
      if (!employee.employedOn(year.lastDay())) {
        throw new IllegalArgumentException(
            employee.fullName()
                + " was not employed on "
                + year.lastDay()
                + ", so gets a P45 rather than a P60 for "
                + year
                + ".");
      }
    }
  }

  /** A P45 for a PA who has left: figures to the leaving date, tax code and basis at leaving. */
  public record P45(
      String employerName,
      String payeReference,
      EmployeeRecord employee,
      PayFrequency frequency,
      LocalDate lastPaymentDate,
      FiguresToDate figures) {
    public P45 {
      Objects.requireNonNull(figures, "The figures to date are missing.");
      if (employee.leavingDate() == null) {
        throw new IllegalArgumentException(
            employee.fullName() + " has no leaving date; set it before making a P45.");
      }
    }

    public TaxYear year() {
      return TaxYear.containing(lastPaymentDate == null ? employee.leavingDate() : lastPaymentDate);
    }

    /** The week or month number of the last payment, 0 if nothing was paid in the tax year. */
    public int lastPeriod() {
      if (lastPaymentDate == null || !year().contains(lastPaymentDate)) {
        return 0;
      }
      return frequency == PayFrequency.MONTHLY
          ? year().taxMonthOf(lastPaymentDate)
          : year().taxWeekOf(lastPaymentDate);
    }
  }

  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final float[] COLUMNS = {0, 495};
  private static final boolean[] RIGHT = {false, true};

  private YearEndForms() {}

  public static String title(P60 p) {
    return "P60 End of year certificate for " + p.employee().fullName() + ", tax year " + p.year();
  }

  public static String title(P45 p) {
    return "P45 Details of employee leaving work: "
        + p.employee().fullName()
        + ", left "
        + p.employee().leavingDate().format(DATE);
  }

  public static byte[] render(P60 p) {
    EmployeeRecord e = p.employee();
    FiguresToDate f = p.figures();
    try (TaggedPdfWriter pdf = new TaggedPdfWriter(title(p), "en-GB")) {
      pdf.heading("H1", title(p), 16);
      pdf.paragraph(
          "Tax year to 5 April "
              + p.year().lastDay().getYear()
              + ". Keep this certificate: you need"
              + " it to claim tax back or to show your income.",
          10);
      pdf.paragraph(
          "Employee: "
              + e.fullName()
              + ", National Insurance number "
              + e.niNumber().formatted()
              + ", payroll ID "
              + e.payId()
              + ".",
          10);
      pdf.paragraph(
          "Employer: " + p.employerName() + ", PAYE reference " + p.payeReference() + ".", 10);

      pdf.heading("H2", "Pay and Income Tax details", 12);
      pdf.table(
          List.of(
              new String[] {"In this employment", "Amount"},
              new String[] {"Pay", f.taxablePay().toDisplayString()},
              new String[] {"Tax deducted", f.tax().toDisplayString()}),
          COLUMNS,
          RIGHT,
          10);
      pdf.paragraph(
          "Final tax code: "
              + e.taxCode()
              + (e.week1Month1() ? " (week 1/month 1 basis)" : "")
              + ".",
          10);

      pdf.heading("H2", "National Insurance contributions in this employment", 12);
      pdf.table(
          niRows(e.niCategory(), f),
          new float[] {0, 200, 300, 400, 495},
          new boolean[] {false, true, true, true, true},
          9);

      pdf.heading("H2", "Student loan and postgraduate loan deductions", 12);
      pdf.table(
          List.of(
              new String[] {"Deduction", "Amount"},
              new String[] {
                "Student loan deductions (whole pounds only)", wholePounds(f.studentLoans())
              },
              new String[] {
                "Postgraduate loan deductions (whole pounds only)",
                wholePounds(f.postgraduateLoans())
              }),
          COLUMNS,
          RIGHT,
          10);

      pdf.heading("H2", "Other details", 12);
      pdf.paragraph(
          "Employee pension contributions under a net pay arrangement: "
              + f.pensionNetPay().toDisplayString()
              + ". No statutory maternity, paternity, adoption, shared parental, bereavement or neonatal care pay was"
              + " paid in the year.",
          10);
      pdf.paragraph(
          "Certificate by employer or paying office: this form shows your total pay for Income Tax"
              + " purposes in this employment for the year, and the tax deducted.",
          10);
      return pdf.toBytes();
    }
  }

  public static byte[] render(P45 p) {
    EmployeeRecord e = p.employee();
    FiguresToDate f = p.figures();
    String period = (p.frequency() == PayFrequency.MONTHLY ? "Month " : "Week ") + p.lastPeriod();
    String taxCode =
        e.taxCode()
            + (e.week1Month1() ? " (week 1/month 1 basis: yes)" : " (week 1/month 1 basis: no)");
    List<String[]> details = new ArrayList<>();
    details.add(new String[] {"Item", "Detail"});
    details.add(new String[] {"Employer PAYE reference", p.payeReference()});
    details.add(new String[] {"Employee's National Insurance number", e.niNumber().formatted()});
    details.add(new String[] {"Name", e.fullName()});
    details.add(new String[] {"Leaving date", e.leavingDate().format(DATE)});
    details.add(new String[] {"Tax code at leaving date", taxCode});
    details.add(new String[] {"Last entries made for", period + " of tax year " + p.year()});
    details.add(new String[] {"Total pay to date", f.taxablePay().toDisplayString()});
    details.add(new String[] {"Total tax to date", f.tax().toDisplayString()});
    details.add(
        new String[] {
          "Student loan deductions to continue",
          e.studentLoans().stream().anyMatch(l -> l != StudentLoanPlan.POSTGRADUATE) ? "Yes" : "No"
        });
    details.add(
        new String[] {
          "Postgraduate loan deductions to continue",
          e.studentLoans().contains(StudentLoanPlan.POSTGRADUATE) ? "Yes" : "No"
        });
    try (TaggedPdfWriter pdf = new TaggedPdfWriter(title(p), "en-GB")) {
      pdf.heading("H1", title(p), 16);
      pdf.paragraph(
          "Employer: "
              + p.employerName()
              + ". Payroll ID "
              + e.payId()
              + ". The leaving date has been"
              + " sent to HMRC on the Full Payment Submission, which replaces part 1.",
          10);
      part(
          pdf,
          "Part 1A: for the employee",
          "Keep this part safe; you may need it for a tax return or to claim" + " a tax refund.",
          details,
          f);
      part(
          pdf,
          "Part 2: for the new employer",
          "Give parts 2 and 3 to your new employer, or to Jobcentre Plus if"
              + " you claim benefits.",
          details,
          f);
      part(
          pdf,
          "Part 3: new employee details",
          "The new employer fills in their own details and keeps this part.",
          details,
          f);
      return pdf.toBytes();
    }
  }

  private static void part(
      TaggedPdfWriter pdf, String heading, String help, List<String[]> details, FiguresToDate f) {
    pdf.heading("H2", heading, 12);
    pdf.paragraph(help, 10);
    pdf.table(details, new float[] {0, 495}, RIGHT, 9);
    pdf.paragraph(
        "Pay in this employment "
            + f.taxablePay().toDisplayString()
            + ", tax in this employment "
            + f.tax().toDisplayString()
            + ".",
        9);
  }

  private static List<String[]> niRows(String letter, FiguresToDate f) {
    List<String[]> rows = new ArrayList<>();
    rows.add(
        new String[] {
          "NI category letter", "At or above LEL", "LEL to PT", "PT to UEL", "Employee NICs"
        });
    rows.add(
        new String[] {
          letter,
          wholePounds(f.atLel()),
          wholePounds(f.lelToPt()),
          wholePounds(f.ptToUel()),
          f.employeeNi().toDisplayString()
        });
    return rows;
  }

  /** Earnings bands and loans are reported in whole pounds on the P60. */
  private static String wholePounds(Money m) {
    return m.roundedDownToPounds().toDisplayString();
  }
}
