package org.dpsupport.payroll.interfaces.file;

import static org.dpsupport.payroll.application.BureauFixtures.NOVEMBER;
import static org.dpsupport.payroll.application.BureauFixtures.anEmployer;
import static org.dpsupport.payroll.application.BureauFixtures.priya;
import static org.dpsupport.payroll.application.BureauFixtures.tom;
import static org.dpsupport.payroll.application.BureauFixtures.weekdays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.application.RunTotals;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employer.PostalAddress;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.taxyear.TaxYear;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("P60 and P45 to HMRC's layouts, the invoice as a document, the PAPDIS schedule")
class YearEndInvoicePensionTest {

  private static final List<EmployeePay> RUN =
      new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears())
          .calculate(
              anEmployer(),
              NOVEMBER,
              List.of(
                  new EmployeeToPay(priya(), weekdays(priya(), 8), null),
                  new EmployeeToPay(tom(), weekdays(tom(), 3), null)),
              BigDecimal.ZERO);

  private static final YearEndForms.Employer EMPLOYER =
      new YearEndForms.Employer(
          "Margaret Okafor",
          "123/AB45678",
          PostalAddress.of("RM10 8AB", "12 Elm Road", "Dagenham"));

  /** Writes the PDF where a reviewer can turn it into PNGs (target/review). */
  private static void keep(String name, byte[] pdf) throws Exception {
    Path dir = Path.of("target", "review");
    Files.createDirectories(dir);
    Files.write(dir.resolve(name), pdf);
  }

  private static String text(PDDocument doc, int page) throws Exception {
    PDFTextStripper s = new PDFTextStripper();
    s.setStartPage(page);
    s.setEndPage(page);
    return s.getText(doc);
  }

  @Test
  @DisplayName(
      "P60: previous employment, this employment and total for year; SSP paid and the other statutory payments at £0.00; employer's address")
  void p60() throws Exception {
    FiguresToDate year = FiguresToDate.NONE.plus(RUN.get(0).result());
    byte[] pdf =
        YearEndForms.render(
            new YearEndForms.P60(
                new TaxYear(2026),
                EMPLOYER,
                priya(),
                year,
                new YearEndForms.PreviousEmployment(Money.of("4200.00"), Money.of("310.40")),
                Money.of("123.25")));
    keep("p60.pdf", pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("In previous employment(s) £4,200.00 £310.40"), text);
      assertTrue(
          text.contains(
              "In this employment " + year.taxablePay().formatted() + " " + year.tax().formatted()),
          text);
      assertTrue(
          text.contains(
              "Total for year "
                  + Money.of("4200.00").plus(year.taxablePay()).formatted()
                  + " "
                  + Money.of("310.40").plus(year.tax()).formatted()),
          text);
      assertTrue(text.contains("Statutory Sick Pay (SSP) £123.25"), text);
      assertTrue(text.contains("Statutory Maternity Pay (SMP) £0.00"), text);
      assertTrue(text.contains("Statutory Neonatal Care Pay (SNCP) £0.00"), text);
      assertTrue(text.contains("12 Elm Road, Dagenham, RM10 8AB"), text);
      assertFalse(text.contains("none paid"), text);
    }
  }

  @Test
  @DisplayName(
      "P45: three pages (1A, 2, 3), previous employment in the totals to date, part 3 has blanks for the new employer, truthful about the FPS")
  void p45() throws Exception {
    EmployeeRecord leaver = leaver(LocalDate.of(2026, 11, 20));
    FiguresToDate toDate = FiguresToDate.NONE.plus(RUN.get(0).result());
    YearEndForms.PreviousEmployment previous =
        new YearEndForms.PreviousEmployment(Money.of("1000.00"), Money.of("50.00"));
    var notYet =
        new YearEndForms.P45(
            EMPLOYER,
            leaver,
            PayFrequency.MONTHLY,
            NOVEMBER.paymentDate(),
            toDate,
            previous,
            null,
            LocalDate.of(2026, 11, 21));
    byte[] pdf = YearEndForms.render(notYet);
    keep("p45.pdf", pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertEquals(3, doc.getNumberOfPages());
      String one = text(doc, 1);
      String two = text(doc, 2);
      String three = text(doc, 3);
      assertTrue(one.contains("Part 1A: for the employee") && !one.contains("Part 2"), one);
      assertTrue(two.contains("Part 2: for the new employer") && !two.contains("Part 3"), two);
      assertTrue(three.contains("Part 3: new employee details"), three);
      assertTrue(one.contains("It has not been reported yet."), one);
      assertTrue(
          one.contains(
              "Total pay to date " + Money.of("1000.00").plus(toDate.taxablePay()).formatted()),
          one);
      assertTrue(one.contains("8 Pay in this employment " + toDate.taxablePay().formatted()), one);
      assertTrue(one.contains("11 Date of birth"), one);
      assertTrue(
          one.contains("Margaret Okafor, 12 Elm Road") && one.contains("RM10 8AB"),
          "employer's name and address: " + one);
      for (String blank :
          List.of(
              "8 New employer PAYE reference",
              "9 Date new employment started",
              "10 Works or payroll number",
              "14 New employer's name and address")) {
        assertTrue(three.contains(blank), blank);
      }
      assertFalse(one.contains("has been sent"), one);
    }
    var onFps =
        new YearEndForms.P45(
            EMPLOYER,
            leaver,
            PayFrequency.MONTHLY,
            NOVEMBER.paymentDate(),
            toDate,
            previous,
            NOVEMBER.paymentDate(),
            null);
    assertTrue(
        YearEndForms.fpsSentence(onFps)
            .contains(
                "goes to HMRC on the employer's Full Payment Submission for the pay day of 28"));
  }

  @Test
  @DisplayName(
      "Invoice: VAT at 20% on the fee when registered, none and why when not; DRAFT on every page of a draft")
  void invoice() throws Exception {
    RunTotals noVat = RunTotals.of(RUN, Money.of("13.20"), false);
    RunTotals totals = RunTotals.of(RUN, Money.of("13.20"), true);
    InvoiceDocument.Invoice registered = invoice(true, false, totals);
    assertEquals(Money.of("5.28"), registered.vat());
    // the run's cost (budget pages, monitoring) is the invoice's total: the fee's VAT included
    assertEquals(noVat.totalCost().plus(Money.of("5.28")), totals.totalCost());
    assertEquals(totals.totalCost(), registered.total());
    assertEquals(Money.of("31.68"), registered.feeWithVat());
    String text = pdfText(InvoiceDocument.pdf(registered));
    assertTrue(
        text.contains("standard-rated for VAT at 20% (VAT registration number GB123456789)"));
    assertTrue(text.contains("Agency fee: 2 payslips at £13.20 £26.40"), text);
    assertTrue(text.contains("Total " + registered.total().formatted()), text);
    assertTrue(text.contains("Priya Shah (PA001)"), text);
    assertTrue(text.contains("sort code 40-47-84, account 70872490"), text);

    InvoiceDocument.Invoice unregistered = invoice(false, false, noVat);
    assertEquals(noVat.totalCost(), unregistered.total());
    // totals and agency must agree on VAT
    assertThrows(IllegalArgumentException.class, () -> invoice(false, false, totals));
    assertThrows(IllegalArgumentException.class, () -> invoice(true, false, noVat));
    assertEquals(Money.ZERO, unregistered.vat());
    assertTrue(pdfText(InvoiceDocument.pdf(unregistered)).contains("No VAT is charged: Eastbrook"));
    assertTrue(InvoiceDocument.csv(unregistered).contains("No VAT: not VAT-registered"));

    // a draft long enough to run onto a second page
    List<InvoiceDocument.PaLine> many = new java.util.ArrayList<>();
    for (int i = 0; i < 40; i++) {
      many.add(InvoiceDocument.PaLine.of(RUN.get(i % 2)));
    }
    InvoiceDocument.Invoice draft =
        new InvoiceDocument.Invoice(
            "DPS-000042",
            LocalDate.of(2026, 11, 19),
            registered.agency(),
            registered.employer(),
            NOVEMBER,
            many,
            totals,
            Money.of("13.20"),
            LocalDate.of(2026, 12, 22),
            LocalDate.of(2026, 12, 22),
            true);
    byte[] pdf = InvoiceDocument.pdf(draft);
    keep("invoice-draft.pdf", pdf);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getNumberOfPages() >= 2);
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        assertTrue(
            text(doc, p).contains("DRAFT - not final - page " + p + " of "),
            "page " + p + " carries the one DRAFT mark every draft document has");
      }
      assertEquals("DRAFT", doc.getDocumentInformation().getSubject());
      assertTrue(text(doc, 1).contains("do not pay from this invoice"));
      assertTrue(doc.getDocumentInformation().getTitle().startsWith("DRAFT: Invoice DPS-000042"));
    }
    assertTrue(InvoiceDocument.csv(draft).contains(",DRAFT,"));
  }

  private static InvoiceDocument.Invoice invoice(boolean vat, boolean draft, RunTotals totals) {
    return new InvoiceDocument.Invoice(
        "DPS-000042",
        LocalDate.of(2026, 11, 19),
        new InvoiceDocument.Agency(
            "Eastbrook Payroll Services",
            PostalAddress.of("IG11 7BT", "Unit 4, Riverside Court", "Barking"),
            vat,
            vat ? "GB123456789" : null,
            org.dpsupport.payroll.domain.model.employee.SortCode.parse("40-47-84"),
            org.dpsupport.payroll.domain.model.employee.BankAccountNumber.parse("70872490")),
        new InvoiceDocument.Billed(
            "Margaret Okafor",
            PostalAddress.of("RM10 8AB", "12 Elm Road", "Dagenham"),
            "DP-BDG-0001",
            anEmployer().sortCode(),
            anEmployer().accountNumber()),
        NOVEMBER,
        RUN.stream().map(InvoiceDocument.PaLine::of).toList(),
        totals,
        Money.of("13.20"),
        LocalDate.of(2026, 12, 22),
        LocalDate.of(2026, 12, 22),
        draft);
  }

  @Test
  @DisplayName(
      "PAPDIS: a cell starting =, +, -, @, tab or CR is escaped against spreadsheet formulas; emails and titles go in")
  void papdisEscapesFormulas() {
    EmployeeRecord p = priya();
    EmployeeRecord hostile =
        new EmployeeRecord(
            p.payId(),
            "=HYPERLINK(\"http://x\")",
            "+Shah",
            p.niNumber(),
            p.dateOfBirth(),
            p.gender(),
            List.of("@home", "\tTab Street", "-Town", "\rCR"),
            p.postcode(),
            p.taxCode(),
            false,
            "A",
            List.of(),
            p.pension(),
            p.rates(),
            p.usualWeeklyHours(),
            p.startDate(),
            null,
            null,
            p.sortCode(),
            p.accountNumber(),
            p.accountName());
    EmployeePay pay =
        new EmployeePay(hostile, RUN.get(0).timesheet(), RUN.get(0).input(), RUN.get(0).result());
    String csv =
        PensionContributionCsv.render(
            new PensionContributionCsv.Scheme("EMP1", "NEST-1", null),
            NOVEMBER,
            NOVEMBER.paymentDate(),
            List.of(pay),
            Map.of(p.payId(), new String[] {"Ms", "priya@example.org"}));
    String row = csv.split("\r\n", 2)[1];
    assertTrue(row.contains("\"'=HYPERLINK(\"\"http://x\"\")\""), row);
    assertTrue(row.contains(",'+Shah,"), row);
    assertTrue(row.contains(",'@home,'\tTab Street,'-Town,\"'\rCR\","), row);
    assertTrue(row.contains(",priya@example.org,"), row);
    assertTrue(row.startsWith("PAP11,NEST-1,EMP1,Workers,"), row);
  }

  private static EmployeeRecord leaver(LocalDate left) {
    EmployeeRecord p = priya();
    return new EmployeeRecord(
        p.payId(),
        p.forename(),
        p.surname(),
        p.niNumber(),
        p.dateOfBirth(),
        "F",
        p.addressLines(),
        p.postcode(),
        p.taxCode(),
        false,
        p.niCategory(),
        p.studentLoans(),
        p.pension(),
        p.rates(),
        p.usualWeeklyHours(),
        p.startDate(),
        left,
        p.starterDeclaration(),
        p.sortCode(),
        p.accountNumber(),
        p.accountName());
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
