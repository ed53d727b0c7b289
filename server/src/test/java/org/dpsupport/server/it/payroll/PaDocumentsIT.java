package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.kernel.Money;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.PayrollDemoData;
import org.dpsupport.server.it.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The PA's documents and holiday, checked against what was stored: pa@'s 2025-26 P60 from the
 * finalised December to March runs, their holiday balance against the hours on their timesheets,
 * and a run's payslips marked DRAFT until it is finalised.
 */
@ExtendWith(ArquillianExtension.class)
class PaDocumentsIT {

  private static final BigDecimal ACCRUAL = new BigDecimal("12.07");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName(
      "pa@ has a 2025-26 P60 made from the stored December to March runs, listed on their"
          + " payslips page")
  void p60FromStoredRuns() throws Exception {
    PayrollApi priya = new PayrollApi(DemoUsers.PA.username());
    JsonNode p60s = priya.json("/payroll/p60s");
    JsonNode p60 = null;
    for (JsonNode p : p60s) {
      if (p.get("taxYear").asText().equals("2025-26")) {
        p60 = p;
      }
    }
    assertTrue(p60 != null, "a P60 for 2025-26: " + p60s);
    assertEquals("Margaret Okafor", p60.get("employerName").asText());

    Money gross = Money.ZERO;
    Money tax = Money.ZERO;
    List<String> paid = new ArrayList<>();
    for (JsonNode slip : priya.json("/payroll/payslips")) {
      if (slip.get("taxYear").asText().equals("2025-26")) {
        gross = gross.plus(Money.of(slip.get("grossPay").decimalValue()));
        tax = tax.plus(Money.of(slip.get("incomeTax").decimalValue()));
        paid.add(slip.get("paymentDate").asText().substring(0, 7));
      }
    }
    assertEquals(
        PayrollDemoData.PRIYA_2025_26.stream().map(Object::toString).sorted().toList(),
        paid.stream().sorted().toList(),
        "December to March paid and finalised");
    assertTrue(gross.isPositive());

    HttpResponse<byte[]> pdf =
        priya.bytes(
            "/payroll/employments/" + p60.get("employmentId").asLong() + "/p60?year=2025-26");
    assertEquals(200, pdf.statusCode());
    String text = text(pdf.body());
    assertTrue(
        text.contains(gross.formatted()) || text.contains(gross.toString()),
        "the P60 shows the pay of the stored runs, " + gross.formatted() + ":\n" + text);
    assertTrue(
        text.contains(tax.formatted()) || text.contains(tax.toString()),
        "and their tax, " + tax.formatted() + ":\n" + text);

    Document page = page(DemoUsers.PA.username(), "/pa/payslips.xhtml");
    assertTrue(
        page.select("#p60s a[href*=p60?year=2025-26]").size() == 1,
        "the P60 is listed: " + page.select("#p60s").outerHtml());
  }

  @Test
  @DisplayName(
      "pa@'s holiday balance is 12.07% of the hours on their paid timesheets less the holiday"
          + " taken, on the API, the page and the payslip")
  void holidayBalance() throws Exception {
    PayrollApi priya = new PayrollApi(DemoUsers.PA.username());
    JsonNode jobs = priya.json("/payroll/holiday");
    assertEquals(1, jobs.size(), jobs.toString());
    JsonNode job = jobs.get(0);
    assertTrue(job.get("irregularHours").asBoolean());
    BigDecimal balance = job.get("balanceHours").decimalValue();
    assertTrue(balance.signum() > 0, "a true balance, not 0.00: " + job);

    // the hours worked come from the timesheets the employer approved, as stored
    long okafor = PayrollApi.accountId("DP-BDG-0001");
    Map<Long, BigDecimal> hoursByRun = new HashMap<>();
    Map<Long, BigDecimal> holidayByRun = new HashMap<>();
    for (JsonNode t :
        new PayrollApi(DemoUsers.HOLDER.username())
            .json("/payroll/employers/" + okafor + "/timesheets")) {
      if (t.get("employmentId").asLong() == job.get("employmentId").asLong()
          && t.hasNonNull("payRunId")) {
        hoursByRun.merge(
            t.get("payRunId").asLong(), t.get("hours").decimalValue(), BigDecimal::add);
        holidayByRun.merge(
            t.get("payRunId").asLong(), t.get("holidayHours").decimalValue(), BigDecimal::add);
      }
    }
    BigDecimal expected = BigDecimal.ZERO;
    BigDecimal taken = BigDecimal.ZERO;
    JsonNode entries = job.get("entries");
    assertTrue(entries.size() >= 5, "December to March and October: " + entries);
    for (JsonNode e : entries) {
      long run = e.get("payRunId").asLong();
      BigDecimal worked = hoursByRun.get(run);
      assertEquals(
          0, worked.compareTo(e.get("hoursWorked").decimalValue()), "hours worked, run " + run);
      BigDecimal accrued =
          worked.multiply(ACCRUAL).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
      assertEquals(
          0, accrued.compareTo(e.get("accruedHours").decimalValue()), "12.07%, run " + run);
      assertEquals(0, holidayByRun.get(run).compareTo(e.get("takenHours").decimalValue()));
      expected = expected.add(accrued).subtract(holidayByRun.get(run));
      taken = taken.add(holidayByRun.get(run));
    }
    assertEquals(0, expected.compareTo(balance), "balance " + balance + " = " + expected);
    assertEquals(
        0, new BigDecimal("12.00").compareTo(taken), "12 hours' holiday taken in February 2026");

    Document page = page(DemoUsers.PA.username(), "/pa/payslips.xhtml");
    assertTrue(
        page.select("#holiday").text().contains(balance.toPlainString() + " hours"),
        page.select("#holiday").text());
    assertTrue(page.select("#holiday").text().contains("12.07%"), page.select("#holiday").text());

    // the newest payslip shows the same balance and the year to date
    JsonNode newest = priya.json("/payroll/payslips").get(0);
    String slip =
        text(priya.bytes("/payroll/payslips/" + newest.get("id").asLong() + "/pdf").body())
            .replaceAll("\\s+", " ");
    assertTrue(
        slip.contains(
            "Holiday left to take: "
                + org.dpsupport.payroll.domain.service.HolidayAccrual.hours(balance)
                + "."),
        slip);
    assertTrue(slip.contains("This tax year to date"), slip);
    assertFalse(slip.contains("DRAFT"), "a finalised run's payslip is final: " + slip);
  }

  @Test
  @DisplayName(
      "A run's payslips say DRAFT on every page until it is finalised, then the final payslip"
          + " replaces them; the holiday taken on the timesheet is paid and recorded")
  void draftUntilFinalised() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    // newclient4's account: each payroll IT sets up a client of its own
    JsonNode client = agency.awaitingClient("DP-BDG-0104");
    long accountId = client.get("id").asLong();
    Map<String, Object> setup =
        PayrollApi.employerSetUp(
            accountId,
            "Ivy Dunmore",
            "475/ID20202",
            org.dpsupport.payroll.domain.model.employer.AccountsOfficeReference.withCheckCharacter(
                    "475", "00020202")
                .value(),
            25,
            "2400.00",
            "EL-99813",
            "2027-03-31");
    assertEquals(201, agency.post("/payroll/employers", setup).statusCode());
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("startDate", "2026-08-03");
    c.put("forename", "Nell");
    c.put("surname", "Ashby");
    c.put("niNumber", "CE301122A");
    c.put("dateOfBirth", "1979-04-12");
    c.put("gender", "F");
    c.put("addressLine1", "4 Axe Street");
    c.put("addressLine2", "Barking");
    c.put("postcode", "IG11 7LZ");
    c.put("starterDeclaration", "A");
    c.put("niCategory", "A");
    c.put("hourlyRate", new BigDecimal("12.90"));
    c.put("usualWeeklyHours", new BigDecimal("20"));
    c.put("sortCode", "20-45-77");
    c.put("accountNumber", "44332253");
    c.put("accountName", "N ASHBY");
    c.put("rightToWorkChecked", "2026-07-20");
    c.put("dbsChecked", "2026-07-25");
    long nell =
        agency
            .send("/payroll/employers/" + accountId + "/employees", c)
            .get("employmentId")
            .asLong();

    PayrollApi holder = new PayrollApi("newclient4@demo.dpsupport.org");
    List<Map<String, Object>> shifts = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 9, 1); d.getMonthValue() == 9; d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 3) {
        shifts.add(
            Map.of(
                "start",
                d.atTime(9, 0).toString(),
                "end",
                d.atTime(14, 0).toString(),
                "rateType",
                "DAY"));
      }
    }
    Map<String, Object> sheet = new LinkedHashMap<>();
    sheet.put("employmentId", nell);
    sheet.put("periodStart", "2026-09-01");
    sheet.put("periodEnd", "2026-09-30");
    sheet.put("shifts", shifts);
    sheet.put("holidayHours", new BigDecimal("-2"));
    HttpResponseCheck.badRequest(
        holder.post("/payroll/timesheets", sheet), "holiday hours taken in this period");
    sheet.put("holidayHours", new BigDecimal("5"));
    JsonNode entered = holder.send("/payroll/timesheets", sheet);
    assertEquals(0, new BigDecimal("5").compareTo(entered.get("holidayHours").decimalValue()));
    BigDecimal worked = entered.get("hours").decimalValue();
    holder.send("/payroll/timesheets/" + entered.get("id").asLong() + "/approve", Map.of());

    long runId =
        agency
            .send("/payroll/employers/" + accountId + "/runs", Map.of("month", "2026-09"))
            .get("id")
            .asLong();
    JsonNode slip = agency.json("/payroll/runs/" + runId + "/payslips").get(0);
    String path = "/payroll/payslips/" + slip.get("id").asLong() + "/pdf";
    byte[] draft = agency.bytes(path).body();
    try (PDDocument doc = Loader.loadPDF(draft)) {
      assertTrue(doc.getDocumentInformation().getTitle().startsWith("DRAFT"));
      PDFTextStripper stripper = new PDFTextStripper();
      for (int page = 1; page <= doc.getNumberOfPages(); page++) {
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        assertTrue(stripper.getText(doc).contains("DRAFT"), "DRAFT on page " + page);
      }
    }
    // the PA does not see a run that is not final
    JsonNode holidayBefore = agency.json("/payroll/employments/" + nell + "/holiday");
    assertEquals(0, holidayBefore.get("balanceHours").decimalValue().signum());
    assertEquals(0, holidayBefore.get("entries").size());

    agency.send("/payroll/runs/" + runId + "/approve", Map.of());
    agency.send("/payroll/runs/" + runId + "/finalise", Map.of());
    byte[] fin = agency.bytes(path).body();
    assertFalse(Arrays.equals(draft, fin), "the final payslip is not the draft");
    String finalText = text(fin);
    assertFalse(finalText.contains("DRAFT"), finalText);
    assertTrue(finalText.contains("£12.90"), finalText);
    assertTrue(finalText.contains("Holiday pay"), "5 hours' holiday paid: " + finalText);

    JsonNode holiday = agency.json("/payroll/employments/" + nell + "/holiday");
    BigDecimal accrued =
        worked.multiply(ACCRUAL).movePointLeft(2).setScale(2, RoundingMode.HALF_UP);
    assertEquals(
        0,
        accrued.subtract(new BigDecimal("5")).compareTo(holiday.get("balanceHours").decimalValue()),
        "12.07% of " + worked + " h less 5 h taken: " + holiday);
    assertEquals(1, holiday.get("entries").size());
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static Document page(String username, String path) throws Exception {
    WebClient web = new WebClient();
    web.signIn(username, DemoUsers.PASSWORD);
    HttpResponse<String> r = web.get(path);
    assertEquals(200, r.statusCode(), r.body());
    return Jsoup.parse(r.body());
  }
}
