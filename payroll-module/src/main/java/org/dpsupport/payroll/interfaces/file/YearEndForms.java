package org.dpsupport.payroll.interfaces.file;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employer.PostalAddress;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;

/**
 * The P60 (end of year certificate, for every PA in post on 5 April) and the P45 (details of an
 * employee leaving work) as tagged PDFs, laid out as HMRC's forms are, written with the payslip's
 * {@link TaggedPdfWriter}.
 *
 * <p>The P60 has HMRC's three pay and tax rows (in previous employment(s), in this employment,
 * total for year), NI by letter and band, the statutory payments this payroll paid (SSP) and those
 * it does not pay (statutory maternity, paternity, adoption, shared parental, parental bereavement
 * and neonatal care pay: £0.00, each named), loans in whole pounds, and the employer's name,
 * address and PAYE reference. The P45 has part 1A (for the employee), part 2 (for the new employer)
 * and part 3 (for the new employer to fill in), each on its own page, with HMRC's numbered items.
 * Part 1 goes to HMRC as the leaving date on the FPS; the form says truthfully whether that has
 * happened.
 */
public final class YearEndForms {

  /** Pay and tax in earlier employments this tax year (from the starter's P45), or none. */
  public record PreviousEmployment(Money pay, Money tax) {
    public static final PreviousEmployment NONE = new PreviousEmployment(Money.ZERO, Money.ZERO);

    public PreviousEmployment {
      pay = pay == null ? Money.ZERO : pay;
      tax = tax == null ? Money.ZERO : tax;
    }
  }

  /** The employer as the forms name them. */
  public record Employer(String name, String payeReference, PostalAddress address) {
    public Employer {
      Objects.requireNonNull(name, "The employer's name is missing.");
      address = address == null ? PostalAddress.NONE : address;
    }
  }

  /**
   * A P60 for one PA and tax year; the tax code is the one in use at the end of the year. {@code
   * statutorySickPay} is the SSP this payroll paid in the year (included in the pay figures).
   */
  public record P60(
      TaxYear year,
      Employer employer,
      EmployeeRecord employee,
      FiguresToDate figures,
      PreviousEmployment previous,
      Money statutorySickPay) {
    public P60 {
      Objects.requireNonNull(figures, "The figures for the year are missing.");
      previous = previous == null ? PreviousEmployment.NONE : previous;
      statutorySickPay = statutorySickPay == null ? Money.ZERO : statutorySickPay;
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

    /** Without an employer address, earlier employment or SSP. */
    public P60(
        TaxYear year,
        String employerName,
        String payeReference,
        EmployeeRecord employee,
        FiguresToDate figures) {
      this(
          year,
          new Employer(employerName, payeReference, PostalAddress.NONE),
          employee,
          figures,
          PreviousEmployment.NONE,
          Money.ZERO);
    }

    public String employerName() {
      return employer.name();
    }

    public String payeReference() {
      return employer.payeReference();
    }
  }

  /**
   * A P45 for a PA who has left: figures to the leaving date, tax code and basis at leaving. {@code
   * leavingDateOnFpsFor} is the pay day of the Full Payment Submission that carries the leaving
   * date to HMRC, or null if no FPS has carried it yet.
   */
  public record P45(
      Employer employer,
      EmployeeRecord employee,
      PayFrequency frequency,
      LocalDate lastPaymentDate,
      FiguresToDate figures,
      PreviousEmployment previous,
      LocalDate leavingDateOnFpsFor,
      LocalDate issuedOn) {
    public P45 {
      Objects.requireNonNull(figures, "The figures to date are missing.");
      previous = previous == null ? PreviousEmployment.NONE : previous;
      if (employee.leavingDate() == null) {
        throw new IllegalArgumentException(
            employee.fullName() + " has no leaving date; set it before making a P45.");
      }
    }

    /** Without an employer address or earlier employment, not yet on an FPS. */
    public P45(
        String employerName,
        String payeReference,
        EmployeeRecord employee,
        PayFrequency frequency,
        LocalDate lastPaymentDate,
        FiguresToDate figures) {
      this(
          new Employer(employerName, payeReference, PostalAddress.NONE),
          employee,
          frequency,
          lastPaymentDate,
          figures,
          PreviousEmployment.NONE,
          null,
          null);
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
  private static final float[] TWO = {0, 495};
  private static final boolean[] RIGHT = {false, true};
  private static final float[] THREE = {0, 380, 495};
  private static final boolean[] RIGHT2 = {false, true, true};

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
      pdf.wrappedHeading("H1", "P60 End of Year Certificate, tax year to 5 April " + end(p), 16);
      pdf.paragraph(
          "To the employee: keep this certificate in a safe place. You need it if you fill in a tax"
              + " return or claim tax back, and to check that your employer used the right National"
              + " Insurance number and rate. By law you must tell HMRC about any income that is not"
              + " fully taxed, even if you are not sent a tax return.",
          9);

      pdf.heading("H2", "Employee's details", 12);
      pdf.ruledTable(
          List.of(
              new String[] {"Item", "Detail"},
              new String[] {"Surname", e.surname()},
              new String[] {"Forenames", e.forename()},
              new String[] {"National Insurance number", e.niNumber().formatted()},
              new String[] {"Works or payroll number", e.payId()}),
          TWO,
          RIGHT,
          9);

      pdf.heading("H2", "Pay and Income Tax details", 12);
      Money totalPay = p.previous().pay().plus(f.taxablePay());
      Money totalTax = p.previous().tax().plus(f.tax());
      pdf.ruledTable(
          List.of(
              new String[] {"", "Pay", "Tax deducted"},
              new String[] {
                "In previous employment(s)",
                p.previous().pay().formatted(),
                p.previous().tax().formatted()
              },
              new String[] {"In this employment", f.taxablePay().formatted(), f.tax().formatted()},
              new String[] {"Total for year", totalPay.formatted(), totalTax.formatted()}),
          THREE,
          RIGHT2,
          9);
      pdf.paragraph(
          "Final tax code: "
              + e.taxCode()
              + (e.week1Month1() ? " (week 1/month 1 basis)" : "")
              + ".",
          9);

      pdf.heading("H2", "National Insurance contributions in this employment", 12);
      pdf.ruledTable(
          niRows(e.niCategory(), f),
          new float[] {0, 200, 300, 400, 495},
          new boolean[] {false, true, true, true, true},
          8);

      pdf.heading("H2", "Statutory payments included in the pay in this employment", 12);
      pdf.ruledTable(
          List.of(
              new String[] {"Payment", "Amount"},
              new String[] {"Statutory Sick Pay (SSP)", p.statutorySickPay().formatted()},
              new String[] {"Statutory Maternity Pay (SMP)", Money.ZERO.formatted()},
              new String[] {"Statutory Paternity Pay (SPP)", Money.ZERO.formatted()},
              new String[] {"Statutory Adoption Pay (SAP)", Money.ZERO.formatted()},
              new String[] {"Statutory Shared Parental Pay (ShPP)", Money.ZERO.formatted()},
              new String[] {"Statutory Parental Bereavement Pay (SPBP)", Money.ZERO.formatted()},
              new String[] {"Statutory Neonatal Care Pay (SNCP)", Money.ZERO.formatted()}),
          TWO,
          RIGHT,
          9);

      pdf.heading("H2", "Other details", 12);
      pdf.ruledTable(
          List.of(
              new String[] {"Deduction in this employment", "Amount"},
              new String[] {
                "Student loan deductions (whole pounds only)", wholePounds(f.studentLoans())
              },
              new String[] {
                "Postgraduate loan deductions (whole pounds only)",
                wholePounds(f.postgraduateLoans())
              },
              new String[] {
                "Employee pension contributions under a net pay arrangement",
                f.pensionNetPay().formatted()
              }),
          TWO,
          RIGHT,
          9);

      pdf.heading("H2", "Employer", 12);
      pdf.paragraph("Employer's name: " + p.employer().name() + ".", 9);
      pdf.paragraph("Employer's address: " + p.employer().address().oneLine() + ".", 9);
      pdf.paragraph("Employer PAYE reference: " + p.employer().payeReference() + ".", 9);
      pdf.paragraph(
          "Certificate by employer or paying office: this form shows your total pay for Income Tax"
              + " purposes in this employment for the year. Any overtime, bonus, commission,"
              + " Statutory Sick Pay and other statutory pay is included.",
          9);
      return pdf.toBytes();
    }
  }

  public static byte[] render(P45 p) {
    EmployeeRecord e = p.employee();
    try (TaggedPdfWriter pdf = new TaggedPdfWriter(title(p), "en-GB")) {
      // Part 1A: for the employee
      pdf.wrappedHeading("H1", "P45 Details of employee leaving work", 16);
      pdf.heading("H2", "Part 1A: for the employee", 13);
      pdf.paragraph(fpsSentence(p), 9);
      pdf.ruledTable(common(p, true), TWO, RIGHT, 9);
      pdf.paragraph(
          "To the employee: keep this part safe; copies are not available. You may need it for a"
              + " tax return or to claim a tax refund. Give parts 2 and 3 to your new employer, or to"
              + " Jobcentre Plus if you claim benefits.",
          9);
      pdf.paragraph(
          "Certified by the employer: the details in items 1 to 12 are correct. "
              + p.employer().name()
              + ", "
              + p.employer().address().oneLine()
              + (p.issuedOn() == null ? "." : ". Date: " + p.issuedOn().format(DATE) + "."),
          9);

      // Part 2: for the new employer
      pdf.pageBreak();
      pdf.heading("H2", "Part 2: for the new employer", 13);
      pdf.paragraph(
          "P45 details of employee leaving work, copy for the new employer: "
              + e.fullName()
              + ", left "
              + e.leavingDate().format(DATE)
              + ".",
          9);
      pdf.ruledTable(common(p, false), TWO, RIGHT, 9);
      pdf.paragraph(
          "To the new employer: check this form and use the tax code and figures to set up the"
              + " employee on your payroll, following HMRC's guidance for starters. Keep part 2.",
          9);

      // Part 3: new employee details, for the new employer to fill in
      pdf.pageBreak();
      pdf.heading("H2", "Part 3: new employee details", 13);
      pdf.paragraph(
          "For completion by the new employer. Items 1 to 7 are copied from part 2; fill in the"
              + " rest and keep this part with your payroll records. Do not send it to HMRC.",
          9);
      pdf.ruledTable(common(p, false), TWO, RIGHT, 9);
      pdf.heading("H3", "New employer's details", 11);
      float[] half = {0.5f, 0.5f};
      pdf.fillInBoxes(
          new String[] {"8 New employer PAYE reference", "9 Date new employment started"},
          half,
          20,
          9);
      pdf.fillInBoxes(
          new String[] {"10 Works or payroll number", "Department or branch, if any"}, half, 20, 9);
      pdf.fillInBoxes(
          new String[] {"11 Tax code used, if different from item 6", "Week 1/month 1 basis (X)"},
          half,
          20,
          9);
      pdf.fillInBoxes(
          new String[] {"12 Tax figure entered, if different from item 7 (pounds and pence)"},
          new float[] {1f},
          20,
          9);
      pdf.fillInBoxes(
          new String[] {"13 Employee's private address and postcode"}, new float[] {1f}, 44, 9);
      pdf.fillInBoxes(new String[] {"14 New employer's name and address"}, new float[] {1f}, 44, 9);
      pdf.fillInBoxes(
          new String[] {"Signed on behalf of the new employer", "Date"},
          new float[] {0.7f, 0.3f},
          20,
          9);
      return pdf.toBytes();
    }
  }

  /** Whether and where the leaving date went to HMRC, in words that are true either way. */
  static String fpsSentence(P45 p) {
    if (p.leavingDateOnFpsFor() == null) {
      return "Part 1 is not printed: the employer reports this leaving date to HMRC on the Full"
          + " Payment Submission for the next pay day. It has not been reported yet.";
    }
    return "Part 1 is not printed: this leaving date goes to HMRC on the employer's Full Payment"
        + " Submission for the pay day of "
        + p.leavingDateOnFpsFor().format(DATE)
        + ".";
  }

  /** Items 1 to 7 (all three parts), and 8 to 12 on part 1A only. */
  private static List<String[]> common(P45 p, boolean employeeCopy) {
    EmployeeRecord e = p.employee();
    FiguresToDate f = p.figures();
    boolean cumulative = !e.week1Month1();
    String period = (p.frequency() == PayFrequency.MONTHLY ? "Month " : "Week ") + p.lastPeriod();
    Money totalPay = p.previous().pay().plus(f.taxablePay());
    Money totalTax = p.previous().tax().plus(f.tax());
    List<String[]> rows = new ArrayList<>();
    rows.add(new String[] {"Item", "Detail"});
    rows.add(new String[] {"1 Employer PAYE reference", p.employer().payeReference()});
    rows.add(new String[] {"2 Employee's National Insurance number", e.niNumber().formatted()});
    rows.add(new String[] {"3 Name", e.fullName()});
    rows.add(new String[] {"4 Leaving date", e.leavingDate().format(DATE)});
    rows.add(
        new String[] {
          "5 Student loan deductions to continue",
          e.studentLoans().stream().anyMatch(l -> l != StudentLoanPlan.POSTGRADUATE) ? "Yes" : "No"
        });
    rows.add(
        new String[] {
          "   Postgraduate loan deductions to continue",
          e.studentLoans().contains(StudentLoanPlan.POSTGRADUATE) ? "Yes" : "No"
        });
    rows.add(
        new String[] {
          "6 Tax code at leaving date",
          e.taxCode()
              + (e.week1Month1() ? " (week 1/month 1 basis: yes)" : " (week 1/month 1 basis: no)")
        });
    rows.add(
        new String[] {
          "7 Last entries made for",
          cumulative ? period + " of tax year " + p.year() : "not completed: code not cumulative"
        });
    rows.add(
        new String[] {"   Total pay to date", cumulative ? totalPay.formatted() : "not completed"});
    rows.add(
        new String[] {"   Total tax to date", cumulative ? totalTax.formatted() : "not completed"});
    if (employeeCopy) {
      rows.add(new String[] {"8 Pay in this employment", f.taxablePay().formatted()});
      rows.add(new String[] {"   Tax in this employment", f.tax().formatted()});
      rows.add(new String[] {"9 Works or payroll number", e.payId()});
      rows.add(new String[] {"10 Gender", gender(e.gender())});
      rows.add(
          new String[] {
            "11 Date of birth",
            e.dateOfBirth() == null ? "not recorded" : e.dateOfBirth().format(DATE)
          });
      PostalAddress home = new PostalAddress(e.addressLines(), e.postcode());
      List<String> lines = home.allLines();
      rows.add(
          new String[] {
            "12 Employee's private address", lines.isEmpty() ? "not recorded" : lines.get(0)
          });
      for (int i = 1; i < lines.size(); i++) {
        rows.add(new String[] {"", lines.get(i)});
      }
    }
    return rows;
  }

  private static String gender(String g) {
    if (g == null) {
      return "not recorded";
    }
    return switch (g.strip().toUpperCase(Locale.ROOT)) {
      case "F", "FEMALE" -> "Female";
      case "M", "MALE" -> "Male";
      default -> "not recorded";
    };
  }

  private static int end(P60 p) {
    return p.year().lastDay().getYear();
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
          f.employeeNi().formatted()
        });
    return rows;
  }

  /** Earnings bands and loans are reported in whole pounds on the P60. */
  private static String wholePounds(Money m) {
    return m.roundedDownToPounds().formatted();
  }
}
