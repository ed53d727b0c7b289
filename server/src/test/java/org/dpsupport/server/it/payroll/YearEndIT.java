package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.kernel.Money;
import org.dpsupport.payroll.interfaces.file.IrMark;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.PayrollDemoData;
import org.dpsupport.server.it.browser.Browser;
import org.dpsupport.testresources.rti.RtiSpecs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.w3c.dom.Element;

/**
 * The 2025-26 year end of an employer this test sets up and pays itself: DP-BDG-0140
 * (newclient40@), a demo client awaiting set-up that no other IT uses, whose PA Ewa Nowak
 * (yearendpa@) signs in as herself. February 2026 is paid; the tax month 12 EPS then says the year
 * is complete (nobody paid in the final period). March 2026 is paid late: its FPS, the year's last,
 * carries FinalSubmission/ForYear and the EPS no longer needs to. The P60s are made once, however
 * often asked; the PA finds hers on her page and downloads the stored one. Every run ends
 * finalised.
 */
@ExtendWith(ArquillianExtension.class)
class YearEndIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName(
      "Year end 2025-26: final EPS with no payment in the last period, then the last FPS flagged"
          + " final (schema and business rules), P60s made once and kept, seen and downloaded by"
          + " the PA on her page (axe clean, no sideways scrolling at 320 px) and by the agency")
  void yearEnd() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    long[] employer =
        agency.setUpWithStarter(
            PayrollDemoData.YEAR_END_CLIENT, "Olu Adeyemi", "475/OA10140", "2200.00");
    long accountId = employer[0];
    long employment = employer[1];
    PayrollApi holder = new PayrollApi(PayrollDemoData.YEAR_END_HOLDER);
    PayrollApi ewa = new PayrollApi(PayrollDemoData.YEAR_END_PA);
    agency.send("/payroll/employers/" + accountId + "/employees", checklist(employment));

    // February 2026 paid; nobody is paid in the last tax month (6 March to 5 April 2026) yet
    holder.approvedTimesheet(employment, "2026-02-01", "2026-02-28", days("2026-02", 2, 13));
    long february = agency.finalisedRun(accountId, "2026-02");
    String febFps = agency.get("/payroll/runs/" + february + "/fps").body();
    assertFalse(febFps.contains("FinalSubmission"), "February's FPS is not the year's last");
    String finalEps = agency.get("/payroll/employers/" + accountId + "/eps?month=2026-03").body();
    assertEquals(List.of(), RtiSpecs.schemaErrors("EmployerPaymentSummary", "25-26", finalEps));
    Element eps = Xml.child(envelope(finalEps), "EmployerPaymentSummary");
    assertEquals(
        List.of(
            "EmpRefs", "NoPaymentForPeriod", "NoPaymentDates", "RelatedTaxYear", "FinalSubmission"),
        Xml.names(eps),
        finalEps);
    assertEquals("2026-03-06", Xml.text(Xml.child(eps, "NoPaymentDates"), "From"));
    assertEquals("yes", Xml.text(Xml.child(eps, "FinalSubmission"), "ForYear"));
    assertFalse(
        agency
            .get("/payroll/employers/" + accountId + "/eps?month=2026-02")
            .body()
            .contains("FinalSubmission"),
        "only tax month 12's EPS can be final");

    // March 2026 paid (late): the year's last FPS says so, valid against HMRC's 2025-26 schema and
    // breaking none of its business rules; the month's EPS need not say it again
    holder.approvedTimesheet(employment, "2026-03-01", "2026-03-31", days("2026-03", 2, 14));
    long march = agency.finalisedRun(accountId, "2026-03");
    String fps = agency.get("/payroll/runs/" + march + "/fps").body();
    assertEquals(List.of(), RtiSpecs.schemaErrors("FullPaymentSubmission", "25-26", fps), fps);
    assertEquals(List.of(), RtiSpecs.businessRuleErrors("25-26", fps), fps);
    Element body = Xml.child(envelope(fps), "FullPaymentSubmission");
    List<String> names = Xml.names(body);
    assertEquals("FinalSubmission", names.get(names.size() - 1), fps);
    assertEquals("yes", Xml.text(Xml.child(body, "FinalSubmission"), "ForYear"));
    String marchEps = agency.get("/payroll/employers/" + accountId + "/eps?month=2026-03").body();
    assertEquals(List.of(), RtiSpecs.schemaErrors("EmployerPaymentSummary", "25-26", marchEps));
    assertEquals(
        List.of("EmpRefs", "EmpAllceInd", "DeMinimisStateAid", "RelatedTaxYear"),
        Xml.names(Xml.child(envelope(marchEps), "EmployerPaymentSummary")),
        "the FPS said the year is complete");

    // the year-end P60s: made once however often asked, refused for a year not ended
    String make = "/payroll/employers/" + accountId + "/p60s?year=2025-26";
    JsonNode first = agency.send(make, Map.of());
    assertEquals(1, first.get("made").asInt(), first.toString());
    JsonNode again = agency.send(make, Map.of());
    assertEquals(0, again.get("made").asInt(), again.toString());
    assertEquals(0, again.get("madeAgain").asInt(), again.toString());
    assertEquals(1, again.get("unchanged").asInt(), again.toString());
    HttpResponseCheck.status(
        agency.post("/payroll/employers/" + accountId + "/p60s?year=2026-27", Map.of()),
        409,
        "once the tax year has ended");
    assertEquals(403, ewa.post(make, Map.of()).statusCode(), "a PA does not make P60s");

    // Ewa's P60: listed once, with the day it was made; the download is the stored document
    JsonNode p60s = ewa.json("/payroll/p60s");
    assertEquals(1, p60s.size(), p60s.toString());
    JsonNode p60 = p60s.get(0);
    assertEquals("2025-26", p60.get("taxYear").asText());
    assertEquals("Olu Adeyemi", p60.get("employerName").asText());
    assertEquals("6 April 2025 to 5 April 2026", p60.get("taxYearInWords").asText());
    assertEquals(LocalDate.now().toString(), p60.get("madeOn").asText());
    String link = p60.get("link").asText();
    HttpResponse<byte[]> pdf = ewa.bytes(link.substring("/api/v1".length()));
    assertEquals(200, pdf.statusCode());
    assertArrayEquals(
        pdf.body(),
        ewa.bytes(link.substring("/api/v1".length())).body(),
        "the same stored P60 each time, not one made afresh");
    Money pay = Money.ZERO;
    Money tax = Money.ZERO;
    for (JsonNode slip : ewa.json("/payroll/payslips")) {
      if (slip.get("taxYear").asText().equals("2025-26")) {
        pay = pay.plus(Money.of(slip.get("grossPay").decimalValue()));
        tax = tax.plus(Money.of(slip.get("incomeTax").decimalValue()));
      }
    }
    String text = pdfText(pdf.body());
    assertTrue(text.contains(pay.formatted()), pay.formatted() + " in\n" + text);
    assertTrue(
        text.contains(tax.formatted()) || text.contains(tax.toString()),
        tax.formatted() + " in\n" + text);
    assertTrue(text.contains("Ewa") && text.contains("Nowak"), text);
    assertEquals(
        403,
        new PayrollApi(DemoUsers.PA.username())
            .get(link.substring("/api/v1".length()))
            .statusCode(),
        "another PA's P60");

    // the agency's PAs page: the P60 and the code the next tax year starts on
    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll-employees.xhtml?account=" + accountId);
    String p60Line = Browser.waitFor(By.id("p60s-" + employment)).getText();
    assertTrue(p60Line.contains("P60 for 2025-26"), p60Line);
    String next = Browser.driver().findElement(By.id("taxcode-next-" + employment)).getText();
    int nextYear =
        LocalDate.now().getYear()
            + (LocalDate.now().isBefore(LocalDate.of(LocalDate.now().getYear(), 4, 6)) ? 0 : 1);
    assertEquals("Tax code from 6 April " + nextYear + ": 1257L.", next);
    Browser.screenshot("agency-pas-p60s", 320);
    Browser.screenshot("agency-pas-p60s", 1280);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    Browser.signOut();

    // the agency records maternity leave for Ewa, starting after every run here
    Map<String, Object> leave = new LinkedHashMap<>();
    leave.put("type", "SMP");
    leave.put("dueDate", "2027-03-21");
    leave.put("payStart", "2027-03-07");
    leave.put("evidenceReceived", true);
    leave.put("averageWeeklyEarnings", "450.00");
    var recorded = agency.post("/payroll/employments/" + employment + "/family-leave", leave);
    assertEquals(201, recorded.statusCode(), recorded.body());
    JsonNode stored = agency.json("/payroll/employments/" + employment + "/family-leave").get(0);

    // Ewa's page: her P60 and her family leave in plain words, read only, the link the API gave
    Browser.signIn(PayrollDemoData.YEAR_END_PA, DemoUsers.PASSWORD);
    Browser.open("/pa/payslips.xhtml");
    String family = Browser.waitFor(By.id("family-leave")).getText();
    assertTrue(family.contains("Statutory Maternity Pay"), family);
    assertTrue(family.contains("From 7 March 2027 to"), family);
    assertTrue(family.contains("(" + stored.get("weeks").asInt() + " weeks)"), family);
    assertTrue(stored.get("eligible").asBoolean(), stored.toString());
    assertTrue(
        family.contains(
            Money.of(stored.get("firstWeeklyRate").decimalValue()).formatted()
                + " a week to start with"),
        family + " / " + stored);
    assertFalse(family.contains("SMP") || family.contains("2027-03"), "plain words: " + family);
    assertTrue(
        Browser.driver()
            .findElements(By.cssSelector("#family-leave input, #family-leave button"))
            .isEmpty(),
        "read only");
    String listed = Browser.waitFor(By.id("p60s")).getText();
    assertTrue(listed.contains("P60 for 2025-26 from Olu Adeyemi"), listed);
    assertTrue(listed.contains("Tax year 6 April 2025 to 5 April 2026"), listed);
    assertFalse(listed.contains("2025-04-06"), "no ISO dates: " + listed);
    assertTrue(
        Browser.driver().findElement(By.cssSelector("#p60s a")).getAttribute("href").endsWith(link),
        "the link the API gave");
    Browser.screenshot("pa-p60s", 320);
    Browser.screenshot("pa-p60s", 1280);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    Browser.signOut();

    // both runs finalised (BureauPayRunIT and DemoFilingsIT read every run)
    for (JsonNode run : agency.json("/payroll/employers/" + accountId + "/runs")) {
      assertEquals("FINALISED", run.get("status").asText(), run.toString());
    }
  }

  private static Map<String, Object> checklist(long employmentId) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("employmentId", employmentId);
    c.put("startDate", "2025-11-03");
    c.put("forename", "Ewa");
    c.put("surname", "Nowak");
    c.put("niNumber", "NH551404B");
    c.put("dateOfBirth", "1986-04-22");
    c.put("gender", "F");
    c.put("addressLine1", "12 Ripple Road");
    c.put("addressLine2", "Barking");
    c.put("postcode", "IG11 7PB");
    c.put("starterDeclaration", "A");
    c.put("niCategory", "A");
    c.put("hourlyRate", new java.math.BigDecimal("14.20"));
    c.put("usualWeeklyHours", new java.math.BigDecimal("24"));
    c.put("sortCode", "20-45-77");
    c.put("accountNumber", "55667852");
    c.put("accountName", "E NOWAK");
    c.put("rightToWorkChecked", "2025-10-20");
    c.put("dbsChecked", "2025-10-25");
    return c;
  }

  /** Eight-hour day shifts on the first {@code count} weekdays from the {@code from}th. */
  private static List<Map<String, Object>> days(String month, int from, int count) {
    List<Map<String, Object>> shifts = new ArrayList<>();
    LocalDate d = LocalDate.parse(month + "-" + String.format("%02d", from));
    while (shifts.size() < count) {
      if (d.getDayOfWeek().getValue() <= 5) {
        shifts.add(Map.of("start", d + "T09:00", "end", d + "T17:00", "rateType", "DAY"));
      }
      d = d.plusDays(1);
    }
    return shifts;
  }

  /** The IRenvelope of a whole GovTalk message whose IRmark is right. */
  private static Element envelope(String xml) throws Exception {
    assertEquals(IrMark.of(xml), IrMark.carried(xml), "the IRmark");
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Element message =
        f.newDocumentBuilder()
            .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
            .getDocumentElement();
    return Xml.child(Xml.child(message, "Body"), "IRenvelope");
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
      return new PDFTextStripper().getText(doc);
    }
  }
}
