package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.application.GrossToNetCalculator;
import org.dpsupport.payroll.application.PayResult;
import org.dpsupport.payroll.application.PayRunCalculator;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeePay;
import org.dpsupport.payroll.application.PayRunCalculator.EmployeeToPay;
import org.dpsupport.payroll.application.RunTotals;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.EmployeeRecord;
import org.dpsupport.payroll.domain.model.employee.NationalInsuranceNumber;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.payroll.domain.model.employer.EmployerDetails;
import org.dpsupport.payroll.domain.model.pay.PayRates;
import org.dpsupport.payroll.domain.model.payrun.PayPeriod;
import org.dpsupport.payroll.domain.model.taxyear.PayFrequency;
import org.dpsupport.payroll.domain.model.timesheet.RateType;
import org.dpsupport.payroll.domain.model.timesheet.Timesheet;
import org.dpsupport.payroll.domain.model.timesheet.TimesheetEntry;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.PayrollDemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.w3c.dom.Element;

/**
 * One employer with two PAs through a month: set up, onboarding, timesheets entered and approved,
 * the run calculated, approved and finalised; payslips, invoice, FPS and BACS file checked against
 * the engine's own figures for the same input.
 */
@ExtendWith(ArquillianExtension.class)
class PayrollMonthIT {

  private static final java.time.ZoneId UK = java.time.ZoneId.of("Europe/London");
  private static final YearMonth SEPTEMBER = YearMonth.of(2026, 9);
  private static final PayPeriod PERIOD = PayPeriod.monthly(SEPTEMBER, 28);

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName(
      "An employer and two PAs through September: every figure and every FPS field matches the engine")
  void oneEmployerThroughAMonth() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    JsonNode client = agency.awaitingClient("DP-BDG-0105");
    long accountId = client.get("id").asLong();
    String holderUsername = PayrollApi.holderOf(client);

    Map<String, Object> setup =
        PayrollApi.employerSetUp(
            accountId,
            "Hilda Marsh",
            "475/HM12345",
            "475PN00012345",
            28,
            "3200.00",
            "EL-99812",
            "2027-03-31");
    Map<String, Object> badPaye = new LinkedHashMap<>(setup);
    badPaye.put("payeReference", "475-HM12345");
    HttpResponseCheck.badRequest(
        agency.post("/payroll/employers", badPaye), "is not an employer PAYE reference");
    Map<String, Object> badAccountsOffice = new LinkedHashMap<>(setup);
    badAccountsOffice.put("accountsOfficeReference", "475PH00012345");
    HttpResponseCheck.badRequest(
        agency.post("/payroll/employers", badAccountsOffice),
        "its fifth character (the check letter) does not match the rest");
    Map<String, Object> badBank = new LinkedHashMap<>(setup);
    badBank.put("accountNumber", "70872491");
    HttpResponseCheck.badRequest(
        agency.post("/payroll/employers", badBank),
        "The account number 70872491 cannot belong to sort code 40-47-84");
    assertEquals(201, agency.post("/payroll/employers", setup).statusCode());

    long ada =
        onboard(
            agency,
            accountId,
            "Ada",
            "Nwosu",
            "CE482913B",
            "1988-05-17",
            "F",
            "2026-06-01",
            "A",
            "13.20",
            "37.5",
            "20-45-77",
            "44332253");
    long ben =
        onboard(
            agency,
            accountId,
            "Ben",
            "Lowry",
            "JT903114D",
            "2003-02-09",
            "M",
            "2026-09-07",
            "B",
            "12.80",
            "12",
            "09-01-28",
            "1234568");

    PayrollApi holder = new PayrollApi(holderUsername);
    List<Map<String, Object>> adaShifts = weekdayShifts(LocalDate.of(2026, 9, 1), 8);
    List<Map<String, Object>> benShifts = weekdayShifts(LocalDate.of(2026, 9, 7), 3);
    long adaSheet =
        holder.send("/payroll/timesheets", timesheet(ada, adaShifts)).get("id").asLong();
    long benSheet =
        holder.send("/payroll/timesheets", timesheet(ben, benShifts)).get("id").asLong();
    // an impossible timesheet is refused, and says why
    List<Map<String, Object>> overlapping = new ArrayList<>(benShifts);
    overlapping.add(shift("2026-09-07T10:00", "2026-09-07T14:00", "DAY"));
    HttpResponseCheck.badRequest(
        holder.post("/payroll/timesheets", timesheet(ben, overlapping)), "overlaps");
    assertEquals(
        "APPROVED",
        holder
            .send("/payroll/timesheets/" + adaSheet + "/approve", Map.of())
            .get("status")
            .asText());
    HttpResponseCheck.badRequest(
        agency.post("/payroll/timesheets/" + benSheet + "/approve", Map.of()), "say why");
    JsonNode approvedForEmployer =
        agency.send(
            "/payroll/timesheets/" + benSheet + "/approve",
            Map.of("reason", "Employer in hospital; hours confirmed by phone"));
    assertEquals("APPROVED", approvedForEmployer.get("status").asText());
    assertEquals(
        "Employer in hospital; hours confirmed by phone",
        approvedForEmployer.get("approvalReason").asText());

    JsonNode run =
        agency.send("/payroll/employers/" + accountId + "/runs", Map.of("month", "2026-09"));
    long runId = run.get("id").asLong();
    assertEquals("CALCULATED", run.get("status").asText());
    assertEquals(
        409,
        agency.post("/payroll/runs/" + runId + "/finalise", Map.of()).statusCode(),
        "approve first");
    HttpResponseCheck.status(
        agency.post(
            "/payroll/runs/" + runId + "/payments", Map.of("kind", "HMRC", "paidOn", "2026-10-20")),
        409,
        "This pay run is not finalised yet, so nothing is owed to HMRC");
    assertEquals(
        "APPROVED",
        agency.send("/payroll/runs/" + runId + "/approve", Map.of()).get("status").asText());
    assertEquals(
        "FINALISED",
        agency.send("/payroll/runs/" + runId + "/finalise", Map.of()).get("status").asText());
    assertEquals(
        409,
        agency
            .post("/payroll/employers/" + accountId + "/runs", Map.of("month", "2026-09"))
            .statusCode(),
        "a finalised run never changes");

    // the engine's figures for the same input
    EmployerDetails employer =
        new EmployerDetails(
            "Hilda Marsh",
            "475/HM12345",
            "475PN00012345",
            true,
            PayFrequency.MONTHLY,
            28,
            SortCode.parse("40-47-84"),
            BankAccountNumber.parse("70872490"),
            Money.of("12.50"));
    EmployeeRecord adaRecord =
        record(
            "PA001",
            "Ada",
            "Nwosu",
            "CE482913B",
            "1988-05-17",
            "F",
            "2026-06-01",
            "A",
            "1257L",
            false,
            "13.20",
            "37.5",
            "20-45-77",
            "44332253");
    EmployeeRecord benRecord =
        record(
            "PA002",
            "Ben",
            "Lowry",
            "JT903114D",
            "2003-02-09",
            "M",
            "2026-09-07",
            "B",
            "1257L",
            true,
            "12.80",
            "12",
            "09-01-28",
            "01234568");
    List<EmployeePay> expected =
        new PayRunCalculator(GrossToNetCalculator.withStandardTaxYears())
            .calculate(
                employer,
                PERIOD,
                List.of(
                    new EmployeeToPay(adaRecord, sheet(adaRecord, adaShifts), null),
                    new EmployeeToPay(benRecord, sheet(benRecord, benShifts), null)),
                BigDecimal.ZERO);
    // the demo agency is VAT-registered: the run costs the fee with its VAT
    RunTotals totals = RunTotals.of(expected, employer.feePerPayslip(), true);

    JsonNode payslips = agency.json("/payroll/runs/" + runId + "/payslips");
    assertEquals(2, payslips.size());
    for (int i = 0; i < 2; i++) {
      PayResult r = expected.get(i).result();
      JsonNode slip = payslips.get(i);
      assertMoney(r.grossPay().amount(), slip, "grossPay");
      assertMoney(r.incomeTax().taxDueInPeriod().amount(), slip, "incomeTax");
      assertMoney(r.nationalInsurance().employeeNi().amount(), slip, "employeeNi");
      assertMoney(r.netPay().amount(), slip, "netPay");
      var pdf = agency.bytes("/payroll/payslips/" + slip.get("id").asLong() + "/pdf");
      assertEquals(200, pdf.statusCode());
      try (PDDocument doc = Loader.loadPDF(pdf.body())) {
        assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
        assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      }
    }
    assertEquals(
        Money.of("2323.20"), expected.get(0).result().grossPay(), "22 weekdays x 8 h x £13.20");

    JsonNode invoice = agency.json("/payroll/runs/" + runId + "/invoice");
    assertMoney(totals.netPay().amount(), invoice, "netWages");
    assertMoney(totals.hmrc().amount(), invoice, "hmrcTotal");
    assertMoney(totals.employmentAllowance().amount(), invoice, "employmentAllowance");
    assertMoney(totals.pensions().amount(), invoice, "pensions");
    assertMoney(new BigDecimal("25.00"), invoice, "agencyFee");
    assertMoney(new BigDecimal("5.00"), invoice, "agencyFeeVat");
    assertMoney(totals.totalCost().amount(), invoice, "totalCost");
    assertMoney(
        new BigDecimal("3200.00").subtract(totals.totalCost().amount()),
        invoice,
        "budgetRemaining");
    assertEquals("2026-10-22", invoice.get("hmrcDueDate").asText());
    assertTrue(
        invoice
            .get("inPlainWords")
            .asText()
            .startsWith("This month's pay run costs " + totals.totalCost().formatted()),
        invoice.get("inPlainWords").asText());
    // the holder sees the same invoice
    assertMoney(
        totals.totalCost().amount(),
        holder.json("/payroll/runs/" + runId + "/invoice"),
        "totalCost");

    paymentsOver(agency, holder, runId, totals);
    checkFps(agency.get("/payroll/runs/" + runId + "/fps").body(), expected);
    checkBacs(agency.get("/payroll/runs/" + runId + "/bacs").body(), expected);
    yearEndAndLeavers(agency, holder, accountId, ada, ben, expected);
  }

  /**
   * September's PAYE and NI (due to HMRC by 22 October) recorded as paid by the agency, with its
   * refusals: nobody but the employer's own agency, no date in the future or before the pay day, no
   * pension payment when the run deducted none, and no second recording without a reason.
   */
  private static void paymentsOver(
      PayrollApi agency, PayrollApi holder, long runId, RunTotals totals) throws Exception {
    String payments = "/payroll/runs/" + runId + "/payments";
    JsonNode run = agency.json("/payroll/runs/" + runId);
    assertEquals("2026-10-22", run.get("hmrcPayment").get("dueBy").asText());
    assertEquals(
        LocalDate.now(UK).isAfter(LocalDate.of(2026, 10, 22)) ? "OVERDUE" : "DUE",
        run.get("hmrcPayment").get("status").asText(),
        run.toString());
    assertTrue(
        totals.pensions().isZero(), "neither PA is in a pension scheme: " + totals.pensions());
    assertEquals(
        "NOTHING_TO_PAY", run.get("pensionPayment").get("status").asText(), run.toString());

    HttpResponseCheck.status(
        holder.post(payments, Map.of("kind", "HMRC", "paidOn", "2026-10-20")),
        403,
        "Only the staff of this employer's payroll agency");
    HttpResponseCheck.status(
        new PayrollApi(PayrollDemoData.SECOND_AGENCY_STAFF)
            .post(payments, Map.of("kind", "HMRC", "paidOn", "2026-10-20")),
        403,
        "not one you look after");
    HttpResponseCheck.badRequest(
        agency.post(payments, Map.of("kind", "VAT", "paidOn", "2026-10-20")), "Say what was paid");
    HttpResponseCheck.badRequest(
        agency.post(payments, Map.of("kind", "HMRC", "paidOn", "20/10/2026")), "year-month-day");
    HttpResponseCheck.badRequest(
        agency.post(payments, Map.of("kind", "HMRC")),
        "Enter the date the PAYE and" + " National Insurance were paid to HMRC");
    HttpResponseCheck.badRequest(
        agency.post(
            payments, Map.of("kind", "HMRC", "paidOn", LocalDate.now(UK).plusDays(2).toString())),
        "is in the future");
    HttpResponseCheck.badRequest(
        agency.post(payments, Map.of("kind", "HMRC", "paidOn", "2026-09-27")),
        "The date paid, 27 September 2026, is before the pay day of 28 September 2026");
    HttpResponseCheck.status(
        agency.post(payments, Map.of("kind", "PENSION", "paidOn", "2026-10-20")),
        409,
        "This pay run owes nothing to the pension scheme");

    JsonNode recorded =
        agency.send(
            payments,
            Map.of("kind", "HMRC", "paidOn", "2026-10-20", "reference", "475PN000123452706"));
    assertEquals(List.of(runId), List.of(recorded.get("runIds").get(0).asLong()));
    assertEquals(1, recorded.get("runIds").size());
    assertMoney(totals.hmrc().amount(), recorded, "amount");
    JsonNode paid = agency.json("/payroll/runs/" + runId).get("hmrcPayment");
    assertEquals("PAID", paid.get("status").asText(), paid.toString());
    assertEquals("2026-10-20", paid.get("paidOn").asText());
    assertEquals("475PN000123452706", paid.get("reference").asText());
    assertEquals(DemoUsers.PAYROLL.username(), paid.get("recordedBy").asText());
    assertEquals(
        totals.hmrc().formatted()
            + " paid to HMRC on 20 October 2026 (reference 475PN000123452706)",
        paid.get("inWords").asText());
    assertEquals(
        "PAID",
        holder.json("/payroll/runs/" + runId).get("hmrcPayment").get("status").asText(),
        "the employer sees it paid");

    HttpResponseCheck.status(
        agency.post(payments, Map.of("kind", "HMRC", "paidOn", "2026-10-21")),
        409,
        "already recorded: paid on 20 October 2026 (reference 475PN000123452706), recorded by "
            + DemoUsers.PAYROLL.username());
    JsonNode corrected =
        agency.send(
            payments,
            Map.of(
                "kind",
                "HMRC",
                "paidOn",
                "2026-10-21",
                "reference",
                "475PN000123452706",
                "reason",
                "Bank statement shows it left on the 21st"));
    assertTrue(corrected.get("corrected").asBoolean(), corrected.toString());
    assertEquals("2026-10-21", corrected.get("run").get("hmrcPayment").get("paidOn").asText());
  }

  /**
   * The same employer on: the EPS for a paid and an unpaid tax month; a third PA paid in March 2026
   * gets a P60 for 2025-26; in October Ben leaves (P45, LeavingDate on the FPS) and the third PA is
   * not paid while the employer is in hospital (IrrEmp on the FPS).
   */
  private static void yearEndAndLeavers(
      PayrollApi agency,
      PayrollApi holder,
      long accountId,
      long ada,
      long ben,
      List<EmployeePay> september)
      throws Exception {
    PayrollApi priya = new PayrollApi(DemoUsers.PA.username());
    // EPS: September's tax month (6 Sep to 5 Oct) was paid; the Employment Allowance is claimed
    Element eps =
        Xml.child(
            parse(agency.get("/payroll/employers/" + accountId + "/eps?month=2026-09").body()),
            "EmployerPaymentSummary");
    assertEquals(
        List.of("EmpRefs", "EmpAllceInd", "DeMinimisStateAid", "RelatedTaxYear"),
        Xml.names(eps),
        "nothing recovered, so no recoverable amounts");
    assertEquals("475", Xml.text(Xml.child(eps, "EmpRefs"), "OfficeNo"));
    assertEquals("HM12345", Xml.text(Xml.child(eps, "EmpRefs"), "PayeRef"));
    assertEquals("475PN00012345", Xml.text(Xml.child(eps, "EmpRefs"), "AORef"));
    assertEquals("yes", Xml.text(eps, "EmpAllceInd"));
    assertEquals("26-27", Xml.text(eps, "RelatedTaxYear"));
    // August's tax month (6 Aug to 5 Sep): nobody was paid
    Element august =
        Xml.child(
            parse(agency.get("/payroll/employers/" + accountId + "/eps?month=2026-08").body()),
            "EmployerPaymentSummary");
    assertEquals("yes", Xml.text(august, "NoPaymentForPeriod"));
    assertEquals("2026-08-06", Xml.text(Xml.child(august, "NoPaymentDates"), "From"));
    assertEquals("2026-09-05", Xml.text(Xml.child(august, "NoPaymentDates"), "To"));
    assertEquals(
        403, priya.get("/payroll/employers/" + accountId + "/eps?month=2026-09").statusCode());

    // Cara, with the employer since January, paid for March 2026: a P60 for 2025-26
    long cara =
        onboard(
            agency,
            accountId,
            "Cara",
            "Mills",
            "NH551203A",
            "1979-11-30",
            "F",
            "2026-01-05",
            "A",
            "13.50",
            "20",
            "20-45-77",
            "55667852");
    List<Map<String, Object>> march =
        List.of(
            shift("2026-03-02T09:00", "2026-03-02T17:00", "DAY"),
            shift("2026-03-03T09:00", "2026-03-03T17:00", "DAY"));
    long caraSheet =
        holder
            .send(
                "/payroll/timesheets",
                Map.of(
                    "employmentId",
                    cara,
                    "periodStart",
                    "2026-03-01",
                    "periodEnd",
                    "2026-03-31",
                    "shifts",
                    march))
            .get("id")
            .asLong();
    holder.send("/payroll/timesheets/" + caraSheet + "/approve", Map.of());
    long marchRun = agency.finalisedRun(accountId, "2026-03");
    JsonNode caraSlip = agency.json("/payroll/runs/" + marchRun + "/payslips").get(0);
    assertMoney(new BigDecimal("216.00"), caraSlip, "grossPay");
    String p60 =
        pdfText(
            agency.bytes("/payroll/employments/" + cara + "/p60?year=2025-26"),
            "P60 End of year certificate for Cara Mills, tax year 2025-26");
    assertTrue(
        p60.contains("£216.00") && p60.contains("NH 55 12 03 A") && p60.contains("475/HM12345"),
        p60);
    assertTrue(p60.contains(Money.of(caraSlip.get("incomeTax").decimalValue()).formatted()), p60);
    HttpResponseCheck.status(
        agency.get("/payroll/employments/" + cara + "/p60?year=2026-27"),
        409,
        "made after the year ends");
    HttpResponseCheck.status(
        priya.get("/payroll/employments/" + cara + "/p60?year=2025-26"),
        403,
        "another person's p60");

    // October: Cara not paid while the employer is in hospital; Ben leaves on 16 October; Ada works
    // one day
    HttpResponseCheck.badRequest(
        agency.post("/payroll/employments/" + cara + "/not-paid", Map.of()), "Say why");
    assertEquals(
        "Employer in hospital",
        agency
            .send(
                "/payroll/employments/" + cara + "/not-paid",
                Map.of("reason", "Employer in hospital"))
            .get("notPaidReason")
            .asText());
    HttpResponseCheck.badRequest(
        agency.post(
            "/payroll/employments/" + ben + "/leaving", Map.of("leavingDate", "2026-10-16")),
        "Say why");
    JsonNode left =
        agency.send(
            "/payroll/employments/" + ben + "/leaving",
            Map.of("leavingDate", "2026-10-16", "reason", "Resigned, letter of 2 October"));
    assertEquals("2026-10-16", left.get("leavingDate").asText());
    long adaSheet =
        holder
            .send(
                "/payroll/timesheets",
                Map.of(
                    "employmentId",
                    ada,
                    "periodStart",
                    "2026-10-01",
                    "periodEnd",
                    "2026-10-31",
                    "shifts",
                    List.of(shift("2026-10-05T09:00", "2026-10-05T17:00", "DAY"))))
            .get("id")
            .asLong();
    holder.send("/payroll/timesheets/" + adaSheet + "/approve", Map.of());
    long octoberRun = agency.finalisedRun(accountId, "2026-10");
    Element fps =
        Xml.child(
            parse(agency.get("/payroll/runs/" + octoberRun + "/fps").body()),
            "FullPaymentSubmission");
    Map<String, Element> byNino = new LinkedHashMap<>();
    for (Element e : Xml.children(fps, "Employee")) {
      byNino.put(Xml.text(Xml.child(e, "EmployeeDetails"), "NINO"), Xml.child(e, "Employment"));
    }
    assertEquals(
        List.of("CE482913B", "JT903114D", "NH551203A"),
        new ArrayList<>(new java.util.TreeSet<>(byNino.keySet())));
    assertFalse(Xml.names(byNino.get("CE482913B")).contains("IrrEmp"));
    Element benFps = byNino.get("JT903114D");
    assertEquals(
        List.of("PayId", "LeavingDate", "FiguresToDate", "Payment", "NIlettersAndValues"),
        Xml.names(benFps));
    assertEquals("2026-10-16", Xml.text(benFps, "LeavingDate"));
    // Ben's final pay, with no October timesheet: the holiday he earned and did not take is paid
    // on its own line (WTR reg 14), and his balance after it is nothing
    JsonNode benOctober = null;
    for (JsonNode slip : agency.json("/payroll/runs/" + octoberRun + "/payslips")) {
      if (slip.get("employmentId").asLong() == ben) {
        benOctober = slip;
      }
    }
    assertNotNull(benOctober, "Ben's final pay is on the October run");
    Money benHoliday = Money.of(benOctober.get("grossPay").decimalValue());
    assertTrue(benHoliday.isPositive(), benOctober.toString());
    assertEquals(0, benOctober.get("holidayBalance").decimalValue().signum());
    JsonNode benEntry =
        agency.json("/payroll/employments/" + ben + "/holiday").get("entries").get(0);
    assertTrue(
        benEntry.get("paidAt").asText().contains("not taken, paid on leaving"),
        benEntry.toString());
    assertEquals(benHoliday.toString(), Xml.text(Xml.child(benFps, "Payment"), "TaxablePay"));
    Money benToDate = september.get(1).result().taxablePay().plus(benHoliday);
    Money benTaxToDate =
        september
            .get(1)
            .result()
            .incomeTax()
            .taxDueInPeriod()
            .plus(Money.of(benOctober.get("incomeTax").decimalValue()));
    assertEquals(benToDate.toString(), Xml.text(Xml.child(benFps, "FiguresToDate"), "TaxablePay"));
    Element caraFps = byNino.get("NH551203A");
    assertEquals(
        List.of("PayId", "IrrEmp", "FiguresToDate", "Payment", "NIlettersAndValues"),
        Xml.names(caraFps));
    assertEquals("yes", Xml.text(caraFps, "IrrEmp"));
    assertEquals("0.00", Xml.text(Xml.child(caraFps, "Payment"), "TaxablePay"));

    // Ben's P45: parts 1A, 2 and 3 with the leaving date, tax code basis, last month and pay and
    // tax to date
    String p45 =
        pdfText(
            agency.bytes("/payroll/employments/" + ben + "/p45"),
            "P45 Details of employee leaving work: Ben Lowry, left 16 October 2026");
    assertTrue(
        p45.contains("Part 1A: for the employee")
            && p45.contains("Part 2: for the new employer")
            && p45.contains("Part 3: new employee details"),
        p45);
    assertTrue(p45.contains("1257L (week 1/month 1 basis: yes)"), p45);
    // week 1/month 1: item 7 is left blank as on HMRC's form; item 8 has this employment's figures
    assertTrue(p45.contains("not completed: code not cumulative"), p45);
    // the October run's FPS carried the leaving date, and the P45 says so (no earlier claim)
    assertTrue(p45.contains("goes to HMRC on the employer's Full Payment Submission"), p45);
    // the P45's pay and tax to date include the final pay's holiday not taken
    assertTrue(p45.contains(benToDate.formatted()), p45);
    assertTrue(p45.contains(benTaxToDate.formatted()), p45);
    HttpResponseCheck.status(
        agency.get("/payroll/employments/" + ada + "/p45"), 409, "no leaving date");
    assertEquals(403, priya.bytes("/payroll/employments/" + ben + "/p45").statusCode());
  }

  /**
   * An RTI download: a whole GovTalk message whose IRmark is right; returns the IRenvelope in its
   * Body.
   */
  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element message =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    assertEquals("GovTalkMessage", message.getLocalName());
    assertEquals(
        org.dpsupport.payroll.interfaces.file.IrMark.of(xml),
        org.dpsupport.payroll.interfaces.file.IrMark.carried(xml),
        "the IRmark");
    return Xml.child(Xml.child(message, "Body"), "IRenvelope");
  }

  private static String pdfText(java.net.http.HttpResponse<byte[]> response, String title)
      throws Exception {
    assertEquals(200, response.statusCode(), new String(response.body(), StandardCharsets.UTF_8));
    try (PDDocument doc = Loader.loadPDF(response.body())) {
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      assertEquals(title, doc.getDocumentInformation().getTitle());
      return new org.apache.pdfbox.text.PDFTextStripper().getText(doc);
    }
  }

  private static void assertMoney(BigDecimal expected, JsonNode node, String field) {
    BigDecimal actual = node.get(field).decimalValue();
    assertEquals(
        0, expected.compareTo(actual), field + ": expected " + expected + " but was " + actual);
  }

  private static void checkFps(String xml, List<EmployeePay> expected) throws Exception {
    Element root = parse(xml);
    assertEquals("IRenvelope", root.getLocalName());
    assertEquals(
        "http://www.govtalk.gov.uk/taxation/PAYE/RTI/FullPaymentSubmission/26-27/1",
        root.getNamespaceURI());
    Element header = Xml.child(root, "IRheader");
    assertEquals(
        List.of("Keys", "PeriodEnd", "DefaultCurrency", "IRmark", "Sender"), Xml.names(header));
    assertEquals(List.of("475", "HM12345"), Xml.texts(Xml.child(header, "Keys"), "Key"));
    assertEquals(
        "TaxOfficeNumber", Xml.child(Xml.child(header, "Keys"), "Key").getAttribute("Type"));
    assertEquals("2027-04-05", Xml.text(header, "PeriodEnd"));
    assertEquals("GBP", Xml.text(header, "DefaultCurrency"));
    assertEquals("Agent", Xml.text(header, "Sender"));
    Element fps = Xml.child(root, "FullPaymentSubmission");
    assertEquals(List.of("EmpRefs", "RelatedTaxYear", "Employee", "Employee"), Xml.names(fps));
    Element refs = Xml.child(fps, "EmpRefs");
    assertEquals(List.of("OfficeNo", "PayeRef", "AORef"), Xml.names(refs));
    assertEquals("475", Xml.text(refs, "OfficeNo"));
    assertEquals("HM12345", Xml.text(refs, "PayeRef"));
    assertEquals("475PN00012345", Xml.text(refs, "AORef"));
    assertEquals("26-27", Xml.text(fps, "RelatedTaxYear"));
    List<Element> employees = Xml.children(fps, "Employee");
    String[][] people = {
      {"CE482913B", "Ada", "Nwosu", "1988-05-17", "F", "2026-06-01", "A", "D", "1257L"},
      {"JT903114D", "Ben", "Lowry", "2003-02-09", "M", "2026-09-07", "B", "A", "1257L"}
    };
    for (int i = 0; i < 2; i++) {
      PayResult r = expected.get(i).result();
      String[] p = people[i];
      Element details = Xml.child(employees.get(i), "EmployeeDetails");
      assertEquals(List.of("NINO", "Name", "Address", "BirthDate", "Gender"), Xml.names(details));
      assertEquals(p[0], Xml.text(details, "NINO"));
      assertEquals(List.of("Fore", "Sur"), Xml.names(Xml.child(details, "Name")));
      assertEquals(p[1], Xml.text(Xml.child(details, "Name"), "Fore"));
      assertEquals(p[2], Xml.text(Xml.child(details, "Name"), "Sur"));
      assertEquals(List.of("Line", "Line", "UKPostcode"), Xml.names(Xml.child(details, "Address")));
      assertEquals(
          List.of("7 Station Parade", "Barking"), Xml.texts(Xml.child(details, "Address"), "Line"));
      assertEquals("IG11 8TU", Xml.text(Xml.child(details, "Address"), "UKPostcode"));
      assertEquals(p[3], Xml.text(details, "BirthDate"));
      assertEquals(p[4], Xml.text(details, "Gender"));
      Element employment = Xml.child(employees.get(i), "Employment");
      assertEquals(
          List.of("Starter", "PayId", "FiguresToDate", "Payment", "NIlettersAndValues"),
          Xml.names(employment),
          "both started this tax year and this is their first payment");
      assertEquals(List.of("StartDate", "StartDec"), Xml.names(Xml.child(employment, "Starter")));
      assertEquals(p[5], Xml.text(Xml.child(employment, "Starter"), "StartDate"));
      assertEquals(p[6], Xml.text(Xml.child(employment, "Starter"), "StartDec"));
      assertEquals(i == 0 ? "PA001" : "PA002", Xml.text(employment, "PayId"));
      Element toDate = Xml.child(employment, "FiguresToDate");
      assertEquals(List.of("TaxablePay", "TotalTax"), Xml.names(toDate));
      assertEquals(r.taxablePay().toString(), Xml.text(toDate, "TaxablePay"));
      assertEquals(r.incomeTax().taxDueToDate().toString(), Xml.text(toDate, "TotalTax"));
      Element payment = Xml.child(employment, "Payment");
      // the test runs after the pay day, so the payment is reported late (reasonable excuse)
      assertEquals(
          List.of(
              "PayFreq",
              "PmtDate",
              "LateReason",
              "MonthNo",
              "PeriodsCovered",
              "HoursWorked",
              "TaxCode",
              "TaxablePay",
              "PayAfterStatDedns",
              "TaxDeductedOrRefunded"),
          Xml.names(payment));
      assertEquals("M1", Xml.text(payment, "PayFreq"));
      assertEquals("2026-09-28", Xml.text(payment, "PmtDate"));
      assertEquals("6", Xml.text(payment, "MonthNo"));
      assertEquals("1", Xml.text(payment, "PeriodsCovered"));
      assertEquals(p[7], Xml.text(payment, "HoursWorked"));
      assertEquals(p[8], Xml.text(payment, "TaxCode"));
      assertEquals(
          i == 1 ? "yes" : "", Xml.child(payment, "TaxCode").getAttribute("BasisNonCumulative"));
      assertEquals(r.taxablePay().toString(), Xml.text(payment, "TaxablePay"));
      assertEquals(
          r.grossPay()
              .minus(r.incomeTax().taxDueInPeriod())
              .minus(r.nationalInsurance().employeeNi())
              .toString(),
          Xml.text(payment, "PayAfterStatDedns"));
      assertEquals(
          r.incomeTax().taxDueInPeriod().toString(), Xml.text(payment, "TaxDeductedOrRefunded"));
      Element ni = Xml.child(employment, "NIlettersAndValues");
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
          Xml.names(ni));
      var n = r.nationalInsurance();
      assertEquals("A", Xml.text(ni, "NIletter"));
      assertEquals(r.earningsForNi().toString(), Xml.text(ni, "GrossEarningsForNICsInPd"));
      assertEquals(r.earningsForNi().toString(), Xml.text(ni, "GrossEarningsForNICsYTD"));
      assertEquals(n.earningsAtLel().toString(), Xml.text(ni, "AtLELYTD"));
      assertEquals(n.earningsLelToPt().toString(), Xml.text(ni, "LELtoPTYTD"));
      assertEquals(n.earningsPtToUel().toString(), Xml.text(ni, "PTtoUELYTD"));
      assertEquals(n.employeeNi().plus(n.employerNi()).toString(), Xml.text(ni, "TotalEmpNICInPd"));
      assertEquals(n.employeeNi().plus(n.employerNi()).toString(), Xml.text(ni, "TotalEmpNICYTD"));
      assertEquals(n.employeeNi().toString(), Xml.text(ni, "EmpeeContribnsInPd"));
      assertEquals(n.employeeNi().toString(), Xml.text(ni, "EmpeeContribnsYTD"));
    }
  }

  /**
   * The whole Standard 18 file: labels with the demo agency's service user number, the two credits,
   * the contra, and the trailer's totals and counts. Pay day Monday 28 September 2026: processed
   * (Bacs day 2) on Friday 25 September, day 268.
   */
  private static void checkBacs(String file, List<EmployeePay> expected) {
    String[] records = file.split("\r\n");
    assertEquals(10, records.length, file);
    assertEquals("VOL1", records[0].substring(0, 4));
    assertEquals(PayrollDemoData.EASTBROOK_SUN, records[0].substring(41, 47));
    assertEquals("HDR1A" + PayrollDemoData.EASTBROOK_SUN + "S  1", records[1].substring(0, 15));
    assertEquals("HDR2F0200000100", records[2].substring(0, 15));
    assertEquals("UHL1 26268999999    000000001 DAILY  001", records[3].substring(0, 40));
    Money total = Money.ZERO;
    String[][] payees = {{"204577", "44332253", "A NWOSU"}, {"090128", "01234568", "B LOWRY"}};
    for (int i = 0; i < 2; i++) {
      String r = records[4 + i];
      assertEquals(100, r.length());
      assertEquals(payees[i][0] + payees[i][1] + "099" + "404784" + "70872490", r.substring(0, 31));
      Money net = expected.get(i).result().netPay();
      assertEquals(
          String.format("%011d", net.amount().movePointRight(2).longValueExact()),
          r.substring(35, 46));
      assertEquals(String.format("%-18s", "HILDA MARSH"), r.substring(46, 64));
      assertEquals(String.format("%-18s", "WAGES 28 SEP 2026"), r.substring(64, 82));
      assertEquals(String.format("%-18s", payees[i][2]), r.substring(82, 100));
      total = total.plus(net);
    }
    String contra = records[6];
    assertEquals("40478470872490017", contra.substring(0, 17));
    String pence = String.format("%011d", total.amount().movePointRight(2).longValueExact());
    assertEquals(pence, contra.substring(35, 46));
    assertEquals(String.format("%-18s", "CONTRA"), contra.substring(64, 82));
    assertEquals("EOF1", records[7].substring(0, 4));
    assertEquals("EOF2", records[8].substring(0, 4));
    assertEquals(
        "UTL1" + "00" + pence + "00" + pence + "0000001" + "0000002", records[9].substring(0, 44));
  }

  private static long onboard(
      PayrollApi agency,
      long accountId,
      String forename,
      String surname,
      String nino,
      String born,
      String gender,
      String start,
      String statement,
      String rate,
      String hours,
      String sortCode,
      String accountNumber)
      throws Exception {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("startDate", start);
    c.put("forename", forename);
    c.put("surname", surname);
    c.put("niNumber", nino);
    c.put("dateOfBirth", born);
    c.put("gender", gender);
    c.put("addressLine1", "7 Station Parade");
    c.put("addressLine2", "Barking");
    c.put("postcode", "IG11 8TU");
    c.put("starterDeclaration", statement);
    c.put("niCategory", "A");
    c.put("hourlyRate", new BigDecimal(rate));
    c.put("usualWeeklyHours", new BigDecimal(hours));
    c.put("sortCode", sortCode);
    c.put("accountNumber", accountNumber);
    c.put("accountName", (forename.charAt(0) + " " + surname).toUpperCase());
    c.put("rightToWorkChecked", "2026-05-20");
    c.put("dbsChecked", "2026-05-25");
    Map<String, Object> badNino = new LinkedHashMap<>(c);
    badNino.put("niNumber", "QQ123456Z");
    HttpResponseCheck.badRequest(
        agency.post("/payroll/employers/" + accountId + "/employees", badNino),
        "is not a National Insurance number");
    return agency
        .send("/payroll/employers/" + accountId + "/employees", c)
        .get("employmentId")
        .asLong();
  }

  private static EmployeeRecord record(
      String payId,
      String forename,
      String surname,
      String nino,
      String born,
      String gender,
      String start,
      String statement,
      String taxCode,
      boolean w1m1,
      String rate,
      String hours,
      String sortCode,
      String account) {
    return new EmployeeRecord(
        payId,
        forename,
        surname,
        NationalInsuranceNumber.parse(nino),
        LocalDate.parse(born),
        gender,
        List.of("7 Station Parade", "Barking"),
        "IG11 8TU",
        taxCode,
        w1m1,
        "A",
        List.of(),
        null,
        new PayRates(new BigDecimal(rate), null, null, null, null, null, null),
        new BigDecimal(hours),
        LocalDate.parse(start),
        null,
        statement,
        SortCode.parse(sortCode),
        BankAccountNumber.parse(account),
        (forename.charAt(0) + " " + surname).toUpperCase());
  }

  private static Timesheet sheet(EmployeeRecord e, List<Map<String, Object>> shifts) {
    List<TimesheetEntry> entries =
        shifts.stream()
            .map(
                s ->
                    new TimesheetEntry(
                        LocalDateTime.parse((String) s.get("start")),
                        LocalDateTime.parse((String) s.get("end")),
                        RateType.parse((String) s.get("rateType"))))
            .toList();
    return Timesheet.of(PERIOD.start(), PERIOD.end(), e.startDate(), null, d -> false, entries);
  }

  private static Map<String, Object> timesheet(
      long employmentId, List<Map<String, Object>> shifts) {
    return Map.of(
        "employmentId",
        employmentId,
        "periodStart",
        "2026-09-01",
        "periodEnd",
        "2026-09-30",
        "shifts",
        shifts);
  }

  private static List<Map<String, Object>> weekdayShifts(LocalDate from, int hours) {
    List<Map<String, Object>> shifts = new ArrayList<>();
    for (LocalDate d = from; !d.isAfter(LocalDate.of(2026, 9, 30)); d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        shifts.add(shift(d.atTime(9, 0).toString(), d.atTime(9 + hours, 0).toString(), "DAY"));
      }
    }
    return shifts;
  }

  private static Map<String, Object> shift(String start, String end, String type) {
    return Map.of("start", start, "end", end, "rateType", type);
  }
}
