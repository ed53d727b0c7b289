package org.dpsupport.payroll.interfaces.file;

import static org.dpsupport.payroll.application.BureauFixtures.NOVEMBER;
import static org.dpsupport.payroll.application.BureauFixtures.anEmployer;
import static org.dpsupport.payroll.application.BureauFixtures.priya;
import static org.dpsupport.payroll.application.BureauFixtures.tom;
import static org.dpsupport.payroll.application.BureauFixtures.weekdays;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureElement;
import org.apache.pdfbox.pdmodel.documentinterchange.logicalstructure.PDStructureNode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Element;

class PayrollFilesTest {

  private static final List<EmployeePay> RUN =
      new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears())
          .calculate(
              anEmployer(),
              NOVEMBER,
              List.of(
                  new EmployeeToPay(priya(), weekdays(priya(), 8), null),
                  new EmployeeToPay(tom(), weekdays(tom(), 3), null)),
              BigDecimal.ZERO);

  @Test
  @DisplayName(
      "The payslip is a tagged PDF in English with a title, a heading first and every figure in the text")
  void taggedPayslip() throws Exception {
    EmployeePay p = RUN.get(0);
    byte[] pdf =
        PayslipPdf.render(
            new PayslipPdf.Payslip(
                "Margaret Okafor",
                "123/AB45678",
                p.employee(),
                NOVEMBER,
                p.result(),
                PayslipToDate.NONE.plus(p.result()),
                p.holiday(),
                false));
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      assertEquals(
          "Payslip for Priya Shah, paid 28 November 2026", doc.getDocumentInformation().getTitle());
      assertTrue(doc.getDocumentCatalog().getViewerPreferences().displayDocTitle());
      PDStructureNode document =
          (PDStructureNode) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      List<String> types = new ArrayList<>();
      for (Object kid : document.getKids()) {
        types.add(((PDStructureElement) kid).getStructureType());
      }
      assertEquals("H1", types.get(0));
      assertTrue(
          types.contains("Table") && types.contains("H2") && types.contains("P"), types.toString());
      assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot().getParentTree());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Net pay: " + p.result().netPay().formatted()), text);
      assertTrue(text.contains("Basic hours"), text);
      assertTrue(text.contains(p.result().amountOf("income-tax").formatted()));
      assertTrue(text.contains("JK 12 34 56 C"));
      assertTrue(
          text.indexOf("Pay\n") < text.indexOf("Deductions"), "reading order follows the page");
    }
  }

  @Test
  @DisplayName(
      "FPS: envelope, employer references and every field of each PA's payment, in HMRC's order")
  void fullPaymentSubmission() throws Exception {
    List<FullPaymentSubmission.Entry> entries =
        RUN.stream()
            .map(
                p ->
                    new FullPaymentSubmission.Entry(
                        p.employee(),
                        p.result(),
                        FiguresToDate.NONE.plus(p.result()),
                        p.employee().payId().equals("PA002"),
                        false))
            .toList();
    String xml = FullPaymentSubmission.render(anEmployer(), entries, NOVEMBER.paymentDate());
    Element root = parse(xml);
    assertEquals(
        "http://www.govtalk.gov.uk/taxation/PAYE/RTI/FullPaymentSubmission/26-27/1",
        root.getNamespaceURI());
    assertEquals(List.of("IRheader", "FullPaymentSubmission"), childNames(root));
    Element header = child(root, "IRheader");
    assertEquals(
        List.of("Keys", "PeriodEnd", "DefaultCurrency", "IRmark", "Sender"), childNames(header));
    assertEquals("2027-04-05", text(header, "PeriodEnd"));
    Element fps = child(root, "FullPaymentSubmission");
    assertEquals(List.of("EmpRefs", "RelatedTaxYear", "Employee", "Employee"), childNames(fps));
    Element refs = child(fps, "EmpRefs");
    assertEquals("123", text(refs, "OfficeNo"));
    assertEquals("AB45678", text(refs, "PayeRef"));
    assertEquals("123PA00045678", text(refs, "AORef"));
    assertEquals("26-27", text(fps, "RelatedTaxYear"));

    Element priya = (Element) fps.getElementsByTagNameNS("*", "Employee").item(0);
    PayResult r = RUN.get(0).result();
    Element details = child(priya, "EmployeeDetails");
    assertEquals(List.of("NINO", "Name", "Address", "BirthDate", "Gender"), childNames(details));
    assertEquals("JK123456C", text(details, "NINO"));
    assertEquals("Priya", text(child(details, "Name"), "Fore"));
    assertEquals("Shah", text(child(details, "Name"), "Sur"));
    assertEquals(List.of("Line", "Line", "UKPostcode"), childNames(child(details, "Address")));
    assertEquals("IG11 7PB", text(child(details, "Address"), "UKPostcode"));
    assertEquals("1990-03-14", text(details, "BirthDate"));
    assertEquals("F", text(details, "Gender"));
    Element employment = child(priya, "Employment");
    assertEquals(
        List.of("PayId", "FiguresToDate", "Payment", "NIlettersAndValues"),
        childNames(employment),
        "no Starter: started in an earlier tax year");
    assertEquals("PA001", text(employment, "PayId"));
    Element toDate = child(employment, "FiguresToDate");
    assertEquals(r.taxablePay().toString(), text(toDate, "TaxablePay"));
    assertEquals(r.incomeTax().taxDueInPeriod().toString(), text(toDate, "TotalTax"));
    Element payment = child(employment, "Payment");
    assertEquals(
        List.of(
            "PayFreq",
            "PmtDate",
            "MonthNo",
            "PeriodsCovered",
            "HoursWorked",
            "TaxCode",
            "TaxablePay",
            "PayAfterStatDedns",
            "TaxDeductedOrRefunded"),
        childNames(payment));
    assertEquals("M1", text(payment, "PayFreq"));
    assertEquals("2026-11-28", text(payment, "PmtDate"));
    assertEquals("8", text(payment, "MonthNo"));
    assertEquals("1", text(payment, "PeriodsCovered"));
    assertEquals("D", text(payment, "HoursWorked"));
    assertEquals("1257L", text(payment, "TaxCode"));
    assertFalse(child(payment, "TaxCode").hasAttribute("BasisNonCumulative"));
    assertEquals(r.taxablePay().toString(), text(payment, "TaxablePay"));
    assertEquals(
        r.grossPay()
            .minus(r.incomeTax().taxDueInPeriod())
            .minus(r.nationalInsurance().employeeNi())
            .toString(),
        text(payment, "PayAfterStatDedns"));
    assertEquals(r.incomeTax().taxDueInPeriod().toString(), text(payment, "TaxDeductedOrRefunded"));
    Element ni = child(employment, "NIlettersAndValues");
    assertEquals(
        List.of(
            "NIletter",
            "GrossEarningsForNICsInPd",
            "GrossEarningsForNICsYTD",
            "AtLELYTD",
            "LELtoPTYTD",
            "PTtoUELYTD",
            "TotalEmpNICInPd",
            "TotalEmpNICYTD",
            "EmpeeContribnsInPd",
            "EmpeeContribnsYTD"),
        childNames(ni));
    assertEquals("A", text(ni, "NIletter"));
    assertEquals(r.earningsForNi().toString(), text(ni, "GrossEarningsForNICsInPd"));
    assertEquals(r.nationalInsurance().earningsAtLel().toString(), text(ni, "AtLELYTD"));
    assertEquals(r.nationalInsurance().earningsLelToPt().toString(), text(ni, "LELtoPTYTD"));
    assertEquals(r.nationalInsurance().earningsPtToUel().toString(), text(ni, "PTtoUELYTD"));
    assertEquals(
        r.nationalInsurance().employeeNi().plus(r.nationalInsurance().employerNi()).toString(),
        text(ni, "TotalEmpNICInPd"));
    assertEquals(r.nationalInsurance().employeeNi().toString(), text(ni, "EmpeeContribnsInPd"));

    Element tom = (Element) fps.getElementsByTagNameNS("*", "Employee").item(1);
    Element tomEmployment = child(tom, "Employment");
    assertEquals(
        "Starter", childNames(tomEmployment).get(0), "first payment in the tax year he started");
    assertEquals("2026-10-19", text(child(tomEmployment, "Starter"), "StartDate"));
    assertEquals("B", text(child(tomEmployment, "Starter"), "StartDec"));
    assertEquals(
        "yes",
        child(child(tomEmployment, "Payment"), "TaxCode").getAttribute("BasisNonCumulative"));
    assertEquals("A", text(child(tomEmployment, "Payment"), "HoursWorked"));
  }

  @Test
  @DisplayName(
      "Pension schedule in PAPDIS: a row per PA, Priya an eligible jobholder contributing, Tom assessed (codes, not enum names)")
  void pensionCsv() {
    String csv = PensionContributionCsv.render("123/AB45678", NOVEMBER, RUN);
    String[] lines = csv.split("\r\n");
    assertEquals(3, lines.length, csv);
    assertTrue(lines[0].startsWith("PAPDISVersion,PensionProviderID,EmployerID,Group"), lines[0]);
    assertTrue(
        lines[1].startsWith(
            "PAP11,,123/AB45678,Workers,2026-11-01,2026-11-30,2026-11-28,M1,8,PA001,"),
        lines[1]);
    assertTrue(lines[1].contains(",JK123456C,"), lines[1]);
    assertTrue(
        lines[1].contains("," + RUN.get(0).result().amountOf("pension-employer") + ","), lines[1]);
    assertTrue(!csv.contains("JOBHOLDER") && !csv.contains("NOT_ENROLLED"), csv);
  }

  @Test
  @DisplayName(
      "EPS for a paid month: employer references, Employment Allowance claimed, recoverable amounts to date, in HMRC's order")
  void employerPaymentSummaryForAPaidMonth() throws Exception {
    var recovered =
        java.util.Map.of(
            EmployerPaymentSummary.StatutoryPayment.SMP,
            new EmployerPaymentSummary.Recovered(Money.of("1840.50"), Money.of("156.44")));
    String xml =
        EmployerPaymentSummary.render(
            anEmployer(),
            new EmployerPaymentSummary.Month(
                new org.dpsupport.payroll.domain.model.taxyear.TaxYear(2026), 8, true, recovered));
    Element root = parse(xml);
    assertEquals(
        "http://www.govtalk.gov.uk/taxation/PAYE/RTI/EmployerPaymentSummary/26-27/1",
        root.getNamespaceURI());
    assertEquals(List.of("IRheader", "EmployerPaymentSummary"), childNames(root));
    Element header = child(root, "IRheader");
    assertEquals(
        List.of("Keys", "PeriodEnd", "DefaultCurrency", "IRmark", "Sender"), childNames(header));
    assertEquals("2027-04-05", text(header, "PeriodEnd"));
    assertEquals("GBP", text(header, "DefaultCurrency"));
    Element keys = child(header, "Keys");
    assertEquals("TaxOfficeNumber", ((Element) keys.getFirstChild()).getAttribute("Type"));
    assertEquals("123", keys.getFirstChild().getTextContent());
    assertEquals("AB45678", keys.getLastChild().getTextContent());
    Element eps = child(root, "EmployerPaymentSummary");
    assertEquals(
        List.of(
            "EmpRefs",
            "EmpAllceInd",
            "DeMinimisStateAid",
            "RecoverableAmountsYTD",
            "RelatedTaxYear"),
        childNames(eps));
    assertEquals(List.of("OfficeNo", "PayeRef", "AORef"), childNames(child(eps, "EmpRefs")));
    assertEquals("123", text(child(eps, "EmpRefs"), "OfficeNo"));
    assertEquals("AB45678", text(child(eps, "EmpRefs"), "PayeRef"));
    assertEquals("123PA00045678", text(child(eps, "EmpRefs"), "AORef"));
    assertEquals("yes", text(eps, "EmpAllceInd"));
    assertEquals(List.of("NA"), childNames(child(eps, "DeMinimisStateAid")));
    assertEquals("yes", text(child(eps, "DeMinimisStateAid"), "NA"));
    Element ytd = child(eps, "RecoverableAmountsYTD");
    assertEquals(
        List.of(
            "TaxMonth",
            "SMPRecovered",
            "SPPRecovered",
            "SAPRecovered",
            "ShPPRecovered",
            "SPBPRecovered",
            "SNCPRecovered",
            "NICCompensationOnSMP",
            "NICCompensationOnSPP",
            "NICCompensationOnSAP",
            "NICCompensationOnShPP",
            "NICCompensationOnSPBP",
            "NICCompensationOnSNCP"),
        childNames(ytd));
    assertEquals("8", text(ytd, "TaxMonth"));
    assertEquals("1840.50", text(ytd, "SMPRecovered"));
    assertEquals("156.44", text(ytd, "NICCompensationOnSMP"));
    assertEquals("0.00", text(ytd, "SPPRecovered"));
    assertEquals("26-27", text(eps, "RelatedTaxYear"));
  }

  @Test
  @DisplayName(
      "EPS for a month nobody was paid: the indicator and the tax month's dates; month 12 is the final submission")
  void employerPaymentSummaryNoPayment() throws Exception {
    var notCareEmployer =
        new org.dpsupport.payroll.domain.model.employer.EmployerDetails(
            "Ann Lee",
            "123/AB45678",
            "123PA00045678",
            false,
            org.dpsupport.payroll.domain.model.taxyear.PayFrequency.MONTHLY,
            28,
            null,
            null,
            null);
    Element eps =
        child(
            parse(
                EmployerPaymentSummary.render(
                    notCareEmployer,
                    new EmployerPaymentSummary.Month(
                        new org.dpsupport.payroll.domain.model.taxyear.TaxYear(2026),
                        12,
                        false,
                        null))),
            "EmployerPaymentSummary");
    assertEquals(
        List.of(
            "EmpRefs", "NoPaymentForPeriod", "NoPaymentDates", "RelatedTaxYear", "FinalSubmission"),
        childNames(eps));
    assertEquals("yes", text(eps, "NoPaymentForPeriod"));
    assertEquals(List.of("From", "To"), childNames(child(eps, "NoPaymentDates")));
    assertEquals("2027-03-06", text(child(eps, "NoPaymentDates"), "From"));
    assertEquals("2027-04-05", text(child(eps, "NoPaymentDates"), "To"));
    assertEquals("yes", text(child(eps, "FinalSubmission"), "ForYear"));
    var month8 =
        new EmployerPaymentSummary.Month(
            new org.dpsupport.payroll.domain.model.taxyear.TaxYear(2026), 8, false, null);
    assertEquals(java.time.LocalDate.of(2026, 11, 6), month8.firstDay());
    assertEquals(java.time.LocalDate.of(2026, 12, 5), month8.lastDay());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () ->
            new EmployerPaymentSummary.Month(
                new org.dpsupport.payroll.domain.model.taxyear.TaxYear(2026), 13, true, null));
  }

  @Test
  @DisplayName(
      "FPS for a PA not paid while their employer is in hospital: IrrEmp set, zero payment, figures to date kept")
  void irregularPaymentIndicator() throws Exception {
    EmployeePay p = RUN.get(0);
    FiguresToDate toDate = FiguresToDate.NONE.plus(p.result());
    EmployeePay unpaid =
        new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears())
            .calculate(
                anEmployer(),
                NOVEMBER,
                List.of(
                    new EmployeeToPay(
                        priya(),
                        org.dpsupport.payroll.domain.model.timesheet.Timesheet.of(
                            NOVEMBER.start(),
                            NOVEMBER.end(),
                            priya().startDate(),
                            null,
                            x -> false,
                            List.of()),
                        null)),
                BigDecimal.ZERO)
            .get(0);
    assertTrue(unpaid.result().grossPay().isZero());
    String xml =
        FullPaymentSubmission.render(
            anEmployer(),
            List.of(
                new FullPaymentSubmission.Entry(p.employee(), unpaid.result(), toDate, false, true),
                new FullPaymentSubmission.Entry(
                    tom(),
                    RUN.get(1).result(),
                    FiguresToDate.NONE.plus(RUN.get(1).result()),
                    false,
                    false)),
            NOVEMBER.paymentDate());
    Element fps = child(parse(xml), "FullPaymentSubmission");
    Element first = (Element) fps.getElementsByTagNameNS("*", "Employment").item(0);
    assertEquals(
        List.of("PayId", "IrrEmp", "FiguresToDate", "Payment", "NIlettersAndValues"),
        childNames(first));
    assertEquals("yes", text(first, "IrrEmp"));
    assertEquals("0.00", text(child(first, "Payment"), "TaxablePay"));
    assertEquals(toDate.taxablePay().toString(), text(child(first, "FiguresToDate"), "TaxablePay"));
    Element second = (Element) fps.getElementsByTagNameNS("*", "Employment").item(1);
    assertFalse(childNames(second).contains("IrrEmp"));
  }

  @Test
  @DisplayName(
      "P60: tagged PDF with pay and tax, NI by letter and band, student loans, final tax code")
  void p60() throws Exception {
    EmployeePay p = RUN.get(0);
    FiguresToDate year = FiguresToDate.NONE.plus(p.result()).plus(p.result());
    var tax = new org.dpsupport.payroll.domain.model.taxyear.TaxYear(2026);
    byte[] pdf =
        YearEndForms.render(
            new YearEndForms.P60(tax, "Margaret Okafor", "123/AB45678", p.employee(), year));
    String text = taggedText(pdf, "P60 End of year certificate for Priya Shah, tax year 2026-27");
    assertTrue(text.contains(year.taxablePay().formatted()), text);
    assertTrue(text.contains(year.tax().formatted()), text);
    assertTrue(text.contains(year.employeeNi().formatted()), text);
    assertTrue(text.contains(year.ptToUel().roundedDownToPounds().formatted()), text);
    assertTrue(text.contains("Final tax code: 1257L"), text);
    assertTrue(text.contains("JK 12 34 56 C") && text.contains("123/AB45678"), text);
    assertTrue(text.contains("Student loan deductions (whole pounds only)"), text);
    var leaver =
        new org.dpsupport.payroll.domain.model.employee.EmployeeRecord(
            tom().payId(),
            "Tom",
            "Baker",
            tom().niNumber(),
            tom().dateOfBirth(),
            "M",
            tom().addressLines(),
            tom().postcode(),
            "1257L",
            true,
            "A",
            List.of(org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan.POSTGRADUATE),
            null,
            tom().rates(),
            tom().usualWeeklyHours(),
            tom().startDate(),
            java.time.LocalDate.of(2027, 1, 31),
            "B",
            tom().sortCode(),
            tom().accountNumber(),
            tom().accountName());
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () -> new YearEndForms.P60(tax, "Margaret Okafor", "123/AB45678", leaver, year));
  }

  @Test
  @DisplayName(
      "P45: parts 1A, 2 and 3 with leaving date, tax code and week 1/month 1, last period, pay and tax to date")
  void p45() throws Exception {
    EmployeePay p = RUN.get(1);
    FiguresToDate toDate = FiguresToDate.NONE.plus(p.result());
    var leaver =
        new org.dpsupport.payroll.domain.model.employee.EmployeeRecord(
            tom().payId(),
            "Tom",
            "Baker",
            tom().niNumber(),
            tom().dateOfBirth(),
            "M",
            tom().addressLines(),
            tom().postcode(),
            "1257L",
            true,
            "A",
            List.of(org.dpsupport.payroll.domain.model.studentloan.StudentLoanPlan.POSTGRADUATE),
            null,
            tom().rates(),
            tom().usualWeeklyHours(),
            tom().startDate(),
            java.time.LocalDate.of(2026, 12, 3),
            "B",
            tom().sortCode(),
            tom().accountNumber(),
            tom().accountName());
    var form =
        new YearEndForms.P45(
            "Margaret Okafor",
            "123/AB45678",
            leaver,
            org.dpsupport.payroll.domain.model.taxyear.PayFrequency.MONTHLY,
            NOVEMBER.paymentDate(),
            toDate);
    assertEquals(8, form.lastPeriod());
    String text =
        taggedText(
            YearEndForms.render(form),
            "P45 Details of employee leaving work: Tom Baker, left 3 December 2026");
    assertTrue(
        text.contains("Part 1A: for the employee")
            && text.contains("Part 2: for the new employer")
            && text.contains("Part 3: new employee details"),
        text);
    assertTrue(text.contains("3 December 2026"), text);
    assertTrue(text.contains("1257L (week 1/month 1 basis: yes)"), text);
    // week 1/month 1: HMRC's item 7 (figures to date) is left blank, item 8 carries this
    // employment's
    assertTrue(text.contains("not completed: code not cumulative"), text);
    assertTrue(text.contains("8 Pay in this employment"), text);
    assertTrue(text.contains(toDate.taxablePay().formatted()), text);
    assertTrue(text.contains(toDate.tax().formatted()), text);
    assertTrue(
        text.indexOf("Part 1A") < text.indexOf("Part 2")
            && text.indexOf("Part 2") < text.indexOf("Part 3"));
    org.junit.jupiter.api.Assertions.assertThrows(
        IllegalArgumentException.class,
        () ->
            new YearEndForms.P45(
                "Margaret Okafor",
                "123/AB45678",
                tom(),
                org.dpsupport.payroll.domain.model.taxyear.PayFrequency.MONTHLY,
                NOVEMBER.paymentDate(),
                toDate));
  }

  private static String taggedText(byte[] pdf, String title) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked());
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      assertEquals(title, doc.getDocumentInformation().getTitle());
      PDStructureNode document =
          (PDStructureNode) doc.getDocumentCatalog().getStructureTreeRoot().getKids().get(0);
      assertEquals("H1", ((PDStructureElement) document.getKids().get(0)).getStructureType());
      return new PDFTextStripper().getText(doc);
    }
  }

  /** The IRenvelope inside an RTI message's GovTalk Body. */
  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element message =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
            .getDocumentElement();
    assertEquals("GovTalkMessage", message.getLocalName());
    return child(child(message, "Body"), "IRenvelope");
  }

  private static List<String> childNames(Element e) {
    List<String> names = new ArrayList<>();
    for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el) {
        names.add(el.getLocalName());
      }
    }
    return names;
  }

  private static Element child(Element e, String name) {
    for (var n = e.getFirstChild(); n != null; n = n.getNextSibling()) {
      if (n instanceof Element el && el.getLocalName().equals(name)) {
        return el;
      }
    }
    throw new AssertionError("No " + name + " in " + e.getLocalName());
  }

  private static String text(Element e, String name) {
    return child(e, name).getTextContent();
  }
}
