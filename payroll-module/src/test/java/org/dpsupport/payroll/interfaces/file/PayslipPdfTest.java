package org.dpsupport.payroll.interfaces.file;

import static org.dpsupport.payroll.application.BureauFixtures.anEmployer;
import static org.dpsupport.payroll.application.BureauFixtures.priya;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.geom.Point2D;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.PDFGraphicsStreamEngine;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan;
import org.dpsupport.payroll.domain.model.timesheet.RateType;
import org.dpsupport.payroll.domain.model.timesheet.Timesheet;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetEntry;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * The payslip read back as a PA would: its text through PDFBox's text extraction, and its drawing
 * (where the table rules are) through PDFBox's graphics engine.
 */
class PayslipPdfTest {

  private static final PayPeriod OCTOBER = PayPeriod.monthly(YearMonth.of(2026, 10), 28);
  private static final PayPeriod NOVEMBER = PayPeriod.monthly(YearMonth.of(2026, 11), 28);
  private static final PayRunCalculator RUN =
      new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears());

  /** Priya at £12.90 an hour with a plan 2 student loan, irregular hours, paid Oct and Nov. */
  private static EmployeeRecord pa() {
    EmployeeRecord p = priya();
    return new EmployeeRecord(
        p.payId(),
        p.forename(),
        p.surname(),
        p.niNumber(),
        p.dateOfBirth(),
        p.gender(),
        p.addressLines(),
        p.postcode(),
        p.taxCode(),
        p.week1Month1(),
        p.niCategory(),
        List.of(StudentLoanPlan.PLAN_2),
        p.pension(),
        PayRates.hourly(new BigDecimal("12.90")),
        p.usualWeeklyHours(),
        p.startDate(),
        p.leavingDate(),
        p.starterDeclaration(),
        p.sortCode(),
        p.accountNumber(),
        p.accountName());
  }

  private static Timesheet weekdays(PayPeriod period, int hours) {
    List<TimesheetEntry> entries = new ArrayList<>();
    for (LocalDate d = period.start(); !d.isAfter(period.end()); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        LocalDateTime start = d.atTime(9, 0);
        entries.add(new TimesheetEntry(start, start.plusHours(hours), RateType.DAY));
      }
    }
    return Timesheet.of(period.start(), period.end(), pa().startDate(), null, x -> false, entries);
  }

  private static EmployeePay october() {
    return RUN.calculate(
            anEmployer(),
            OCTOBER,
            List.of(new EmployeeToPay(pa(), weekdays(OCTOBER, 9), null, true, BigDecimal.ZERO)),
            BigDecimal.ZERO)
        .get(0);
  }

  private static EmployeePay november(EmployeePay october) {
    return RUN.calculate(
            anEmployer(),
            NOVEMBER,
            List.of(
                new EmployeeToPay(
                    pa(),
                    weekdays(NOVEMBER, 9),
                    october.result().yearToDate(),
                    true,
                    new BigDecimal("7.5"))),
            october.result().yearToDate().employmentAllowanceUsed())
        .get(0);
  }

  private static byte[] payslip(EmployeePay p, PayPeriod period, PayslipToDate toDate, boolean d) {
    return PayslipPdf.render(
        new PayslipPdf.Payslip(
            "Margaret Okafor",
            "123/AB45678",
            p.employee(),
            period,
            p.result(),
            toDate,
            p.holiday(),
            d));
  }

  private static String text(byte[] pdf) throws IOException {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  @Test
  @DisplayName(
      "Money is always to the penny (the rate is £12.90, never £12.9), everywhere on the payslip")
  void moneyToThePenny() throws Exception {
    EmployeePay oct = october();
    String text = text(payslip(oct, OCTOBER, PayslipToDate.NONE.plus(oct.result()), false));
    assertTrue(text.contains("£12.90"), text);
    assertFalse(text.contains("£12.9 "), text);
    Matcher m = Pattern.compile("£[\\d,]+(\\.\\d+)?").matcher(text);
    int amounts = 0;
    while (m.find()) {
      amounts++;
      assertTrue(
          m.group(1) != null && m.group(1).length() == 3,
          "'" + m.group() + "' is not to the penny in:\n" + text);
    }
    assertTrue(amounts > 20, "the payslip shows its figures: " + amounts);
  }

  @Test
  @DisplayName(
      "Year to date shows gross, taxable pay, tax, NI, pension and student loan, summed over the"
          + " stored periods")
  void yearToDate() throws Exception {
    EmployeePay oct = october();
    EmployeePay nov = november(oct);
    PayslipToDate toDate = PayslipToDate.NONE.plus(oct.result()).plus(nov.result());
    String text = text(payslip(nov, NOVEMBER, toDate, false));
    String ytd = text.substring(text.indexOf("This tax year to date"));
    for (String label :
        List.of(
            "Gross pay",
            "Taxable pay",
            "Income tax",
            "National Insurance",
            "Workplace pension",
            "Student loan")) {
      assertTrue(ytd.contains(label + " "), label + " in the year to date:\n" + ytd);
    }
    Money gross = oct.result().grossPay().plus(nov.result().grossPay());
    Money loan = oct.result().amountOf("student-loan").plus(nov.result().amountOf("student-loan"));
    assertTrue(loan.isPositive(), "a plan 2 loan is repaid at this pay");
    assertTrue(
        ytd.contains("Gross pay " + nov.result().grossPay().formatted() + " " + gross.formatted()),
        ytd);
    assertTrue(
        ytd.contains(
            "Student loan "
                + nov.result().amountOf("student-loan").formatted()
                + " "
                + loan.formatted()),
        ytd);
    assertTrue(
        ytd.contains(
            "Income tax "
                + nov.result().incomeTax().taxDueInPeriod().formatted()
                + " "
                + toDate.incomeTax().formatted()),
        ytd);
    assertEquals(
        nov.result().yearToDate().taxPaid(),
        toDate.incomeTax().amount(),
        "the summed tax agrees with the engine's tax to date");
  }

  @Test
  @DisplayName(
      "No label is repeated, each deduction is explained once in plain words, no LEL/PT/UEL"
          + " jargon, and the tax code and NI category are explained")
  void plainWords() throws Exception {
    EmployeePay oct = october();
    EmployeePay nov = november(oct);
    String text =
        text(
            payslip(
                nov, NOVEMBER, PayslipToDate.NONE.plus(oct.result()).plus(nov.result()), false));
    Matcher repeated = Pattern.compile("(?i)\\b([a-z][a-z ]{2,40}): \\1:").matcher(text);
    assertFalse(repeated.find(), () -> "repeated label '" + repeated.group() + "' in\n" + text);
    assertFalse(text.toLowerCase().contains("basic hours: basic hours"), text);
    for (String jargon : List.of("LEL", "UEL", " PT ", "PT to", "primary threshold", " h x ")) {
      assertFalse(text.contains(jargon), "'" + jargon + "' on the payslip:\n" + text);
    }
    for (String deduction :
        List.of("Income tax (", "National Insurance (", "Workplace pension (", "Student loan")) {
      assertTrue(text.contains(deduction), deduction + "\n" + text);
    }
    String explained = text.substring(text.indexOf("What each deduction is"));
    explained = explained.substring(0, explained.indexOf("Your tax code and"));
    assertEquals(1, count(explained, "Income tax ("), explained);
    assertEquals(1, count(explained, "National Insurance ("), explained);
    assertEquals(1, count(explained, "Workplace pension ("), explained);
    assertEquals(1, count(explained, "Student loan"), explained);
    assertTrue(
        text.contains("Tax code 1257L: you can earn £12,570.00 in the tax year before you pay"),
        text);
    assertTrue(
        text.contains("National Insurance category A: the usual category for employees"), text);
    assertTrue(
        text.contains("counts towards your State Pension"),
        "the lower earnings limit in plain words: " + text);
    assertTrue(text.contains("You earned "), "holiday earned: " + text);
    assertTrue(
        text.contains(nov.holiday().balanceAfter().stripTrailingZeros().toPlainString() + " hours"),
        "holiday left: " + text);
  }

  @Test
  @DisplayName(
      "No table rule runs through text: the rule is drawn under the header row, above the first"
          + " row")
  void rulesStrikeThroughNothing() throws Exception {
    EmployeePay oct = october();
    byte[] pdf = payslip(oct, OCTOBER, PayslipToDate.NONE.plus(oct.result()), false);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      int rulesChecked = 0;
      for (int i = 0; i < doc.getNumberOfPages(); i++) {
        PDPage page = doc.getPage(i);
        List<Float> rules = new Rules(page).ys();
        List<TextPosition> glyphs = glyphs(doc, i + 1);
        float height = page.getMediaBox().getHeight();
        for (float rule : rules) {
          float fromTop = height - rule;
          for (TextPosition g : glyphs) {
            if (g.getUnicode().isBlank()) {
              continue;
            }
            float baseline = g.getYDirAdj();
            float top = baseline - g.getHeightDir();
            assertFalse(
                fromTop > top - 0.5f && fromTop < baseline + 1.5f,
                "a rule at "
                    + fromTop
                    + " runs through '"
                    + g.getUnicode()
                    + "' ("
                    + top
                    + " to "
                    + baseline
                    + ") on page "
                    + (i + 1));
          }
          rulesChecked++;
        }
      }
      assertTrue(rulesChecked >= 4, "each table has a rule under its header: " + rulesChecked);
    }
  }

  @Test
  @DisplayName(
      "A draft payslip says DRAFT in its title, first in its structure and on every page, and is"
          + " not the final one")
  void draft() throws Exception {
    EmployeePay oct = october();
    byte[] draft = payslip(oct, OCTOBER, PayslipToDate.NONE.plus(oct.result()), true);
    byte[] fin = payslip(oct, OCTOBER, PayslipToDate.NONE.plus(oct.result()), false);
    assertFalse(java.util.Arrays.equals(draft, fin));
    try (PDDocument doc = Loader.loadPDF(draft)) {
      assertTrue(doc.getNumberOfPages() >= 2, "a payslip runs to two pages");
      assertTrue(
          doc.getDocumentInformation().getTitle().startsWith("DRAFT: Payslip for Priya Shah"),
          doc.getDocumentInformation().getTitle());
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      PDStructureNode root =
          (PDStructureNode) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      assertTrue(((PDStructureElement) root).getTitle().startsWith("DRAFT"));
      PDStructureElement first = (PDStructureElement) root.getKids().get(0);
      assertEquals("P", first.getStructureType(), "the draft notice is read first");
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        String text = stripper.getText(doc);
        assertTrue(text.contains("DRAFT"), "page " + page + ": " + text);
      }
      stripper.setStartPage(1);
      stripper.setEndPage(1);
      assertTrue(stripper.getText(doc).contains(TaggedPdfWriter.DRAFT_NOTICE));
    }
    String finalText = text(fin);
    assertFalse(finalText.contains("DRAFT"), finalText);
    assertTrue(finalText.contains("Paid into your bank account"), finalText);
    assertTrue(text(draft).contains("To be paid into your bank account"));
  }

  private static int count(String text, String part) {
    int n = 0;
    for (int i = text.indexOf(part); i >= 0; i = text.indexOf(part, i + 1)) {
      n++;
    }
    return n;
  }

  private static List<TextPosition> glyphs(PDDocument doc, int page) throws IOException {
    List<TextPosition> out = new ArrayList<>();
    PDFTextStripper stripper =
        new PDFTextStripper() {
          @Override
          protected void writeString(String text, List<TextPosition> positions) {
            out.addAll(positions);
          }
        };
    stripper.setStartPage(page);
    stripper.setEndPage(page);
    stripper.getText(doc);
    return out;
  }

  /** The y of every horizontal line stroked on a page, in PDF user space. */
  private static final class Rules extends PDFGraphicsStreamEngine {
    private final List<Float> ys = new ArrayList<>();
    private Point2D start;
    private Point2D end;

    Rules(PDPage page) throws IOException {
      super(page);
      processPage(page);
    }

    List<Float> ys() {
      return ys;
    }

    @Override
    public void moveTo(float x, float y) {
      start = new Point2D.Float(x, y);
    }

    @Override
    public void lineTo(float x, float y) {
      end = new Point2D.Float(x, y);
    }

    @Override
    public void strokePath() {
      if (start != null && end != null && Math.abs(start.getY() - end.getY()) < 0.01) {
        ys.add((float) start.getY());
      }
      start = null;
      end = null;
    }

    @Override
    public void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {}

    @Override
    public void drawImage(PDImage pdImage) {}

    @Override
    public void clip(int windingRule) {}

    @Override
    public void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {}

    @Override
    public Point2D getCurrentPoint() {
      return end == null ? new Point2D.Float() : end;
    }

    @Override
    public void closePath() {}

    @Override
    public void endPath() {
      start = null;
      end = null;
    }

    @Override
    public void fillPath(int windingRule) {}

    @Override
    public void fillAndStrokePath(int windingRule) {
      strokePath();
    }

    @Override
    public void shadingFill(org.apache.pdfbox.cos.COSName shadingName) {}
  }
}
