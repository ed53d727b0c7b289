package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Statutory Maternity Pay from the page to the payslip: agency staff record a PA's maternity leave
 * on the family leave page (mistakes shown at once first), the pay run pays her with no timesheet,
 * and her payslip carries the SMP line; the FPS reports SMPYTD and the EPS recovers it. Uses the
 * demo client DP-BDG-0109 (newclient9), which no other IT sets up.
 */
@ExtendWith(ArquillianExtension.class)
class FamilyPayJourneyIT {

  private static final String CLIENT = "DP-BDG-0109";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName(
      "Record SMP on the page (errors first), pay November with no timesheet, read the payslip's"
          + " Statutory Maternity Pay line back")
  void maternityPayOnThePayslip() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    long accountId = agency.awaitingClient(CLIENT).get("id").asLong();
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("accountId", accountId);
    setup.put("employerName", "Ruth Mensah");
    setup.put("payeReference", "475/HM54321");
    setup.put("accountsOfficeReference", "475PK00054321");
    setup.put("careAndSupport", true);
    setup.put("payFrequency", "Monthly");
    setup.put("payDay", 27);
    setup.put("sortCode", "40-47-84");
    setup.put("accountNumber", "70872490");
    setup.put("feePerPayslip", new BigDecimal("12.50"));
    setup.put("monthlyBudget", new BigDecimal("2000.00"));
    setup.put("insurer", "Markel (UK) Ltd");
    setup.put("insurancePolicy", "EL-44109");
    setup.put("insuranceExpires", "2027-09-30");
    var created = agency.post("/payroll/employers", setup);
    assertEquals(201, created.statusCode(), created.body());
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("startDate", "2024-09-02");
    c.put("forename", "Efua");
    c.put("surname", "Mensah");
    c.put("niNumber", "JK123456C");
    c.put("dateOfBirth", "1992-07-21");
    c.put("gender", "F");
    c.put("addressLine1", "3 Valence Avenue");
    c.put("addressLine2", "Dagenham");
    c.put("postcode", "RM8 3RB");
    c.put("starterDeclaration", "A");
    c.put("niCategory", "A");
    c.put("hourlyRate", new BigDecimal("14.00"));
    c.put("usualWeeklyHours", new BigDecimal("30"));
    c.put("sortCode", "20-45-77");
    c.put("accountNumber", "44332253");
    c.put("accountName", "E MENSAH");
    c.put("rightToWorkChecked", "2024-08-20");
    c.put("dbsChecked", "2024-08-25");
    long efua =
        agency
            .send("/payroll/employers/" + accountId + "/employees", c)
            .get("employmentId")
            .asLong();

    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll-employees.xhtml?account=" + accountId);
    Browser.waitFor(By.cssSelector("#employee-" + efua + " a.family-leave"));
    assertEquals(0, Browser.horizontalOverflowAt(320));
    Browser.screenshot("payroll-employees-family-leave", 320);
    Browser.screenshot("payroll-employees-family-leave", 1280);
    Browser.driver().findElement(By.cssSelector("#employee-" + efua + " a.family-leave")).click();
    assertEquals(
        "Family leave and pay: Efua Mensah", Browser.waitFor(By.id("leave-heading")).getText());

    // nothing chosen, a pay start with no month, weeks in words: every mistake at once
    type("leave:payStart:day", "30");
    type("leave:payStart:year", "2026");
    type("leave:weeks", "thirty-nine");
    Browser.driver().findElement(By.id("leave:save")).click();
    WebElement summary = Browser.waitFor(By.id("error-summary"));
    String errors = summary.getText();
    assertTrue(errors.contains("Choose which family pay this is"), errors);
    assertTrue(errors.contains("The date the pay starts must include a month"), errors);
    assertTrue(errors.contains("Enter the weeks of pay as a number up to 39"), errors);
    assertTrue(Browser.driver().getTitle().startsWith("Error:"), Browser.driver().getTitle());
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320));
    Browser.screenshot("family-leave-errors", 320);
    Browser.screenshot("family-leave-errors", 1280);
    assertEquals(
        0, agency.json("/payroll/employments/" + efua + "/family-leave").size(), "nothing stored");

    // the payroll came from elsewhere, so her average weekly earnings are given: £450.00
    Browser.driver().findElement(By.cssSelector("label[for='type-SMP']")).click();
    type("leave:dueDate:day", "16");
    type("leave:dueDate:month", "9");
    type("leave:dueDate:year", "2026");
    type("leave:payStart:month", "8");
    type("leave:weeks", "");
    Browser.driver().findElement(By.cssSelector("label[for='leave:evidenceReceived']")).click();
    type("leave:averageWeeklyEarnings", "450.00");
    Browser.driver().findElement(By.id("leave:save")).click();
    assertEquals(
        "The leave is recorded. The next pay run pays what is due.",
        Browser.waitFor(By.id("recorded")).getText());
    String card =
        Browser.driver().findElement(By.cssSelector(".govuk-summary-card[id^='leave-']")).getText();
    // 6 weeks at 90% of £450 (£405.00) and 33 at £194.32: £8,842.56
    assertTrue(card.contains("£8,842.56 in all, starting at £405.00 a week"), card);
    assertTrue(card.contains("30 August 2026 to 29 May 2027 (39 weeks)"), card);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320));
    Browser.screenshot("family-leave-recorded", 320);
    Browser.screenshot("family-leave-recorded", 1280);
    JsonNode stored = agency.json("/payroll/employments/" + efua + "/family-leave").get(0);
    assertEquals("SMP", stored.get("type").asText());
    assertEquals(0, new BigDecimal("8842.56").compareTo(stored.get("total").decimalValue()));

    // the API refuses in plain words: no payslips here and no figure given; an unknown kind
    var noEarnings =
        agency.post(
            "/payroll/employments/" + efua + "/family-leave",
            Map.of("type", "SPP", "dueDate", "2026-09-16", "payStart", "2026-09-20"));
    assertEquals(400, noEarnings.statusCode(), noEarnings.body());
    assertTrue(
        noEarnings.body().contains("Enter their average weekly earnings from the earlier payroll"),
        noEarnings.body());
    var unknown =
        agency.post(
            "/payroll/employments/" + efua + "/family-leave",
            Map.of("type", "SXP", "payStart", "2026-09-20"));
    assertEquals(400, unknown.statusCode(), unknown.body());
    assertTrue(unknown.body().contains("must be one of SMP (maternity)"), unknown.body());
    assertEquals(
        403,
        new PayrollApi(org.dpsupport.server.demo.PayrollDemoData.SECOND_AGENCY_STAFF)
            .get("/payroll/employments/" + efua + "/family-leave")
            .statusCode(),
        "another agency's staff");
    assertEquals(1, agency.json("/payroll/employments/" + efua + "/family-leave").size());

    // a leave recorded by mistake is withdrawn, with a reason (audited)
    long mistake =
        agency
            .send(
                "/payroll/employments/" + efua + "/family-leave",
                Map.of(
                    "type",
                    "SPP",
                    "dueDate",
                    "2026-09-16",
                    "payStart",
                    "2026-09-20",
                    "averageWeeklyEarnings",
                    "450.00"))
            .get("id")
            .asLong();
    String withdraw = "/payroll/employments/" + efua + "/family-leave/" + mistake + "/withdraw";
    assertEquals(400, agency.post(withdraw, Map.of()).statusCode(), "a reason is needed");
    assertEquals(
        204, agency.post(withdraw, Map.of("reason", "recorded for the wrong PA")).statusCode());
    assertEquals(1, agency.json("/payroll/employments/" + efua + "/family-leave").size());

    // November: no timesheet, paid her maternity pay: weeks 10 to 13 whole and 2 days of week 14
    JsonNode run =
        agency.send("/payroll/employers/" + accountId + "/runs", Map.of("month", "2026-11"));
    long runId = run.get("id").asLong();
    JsonNode slip = agency.json("/payroll/runs/" + runId + "/payslips").get(0);
    assertEquals(0, new BigDecimal("832.80").compareTo(slip.get("grossPay").decimalValue()));
    byte[] payslip = agency.bytes("/payroll/payslips/" + slip.get("id").asLong() + "/pdf").body();
    java.nio.file.Files.createDirectories(java.nio.file.Path.of("target", "screenshots"));
    java.nio.file.Files.write(
        java.nio.file.Path.of("target", "screenshots", "payslip-smp.pdf"), payslip);
    String pdf = text(payslip);
    assertTrue(pdf.contains("Statutory Maternity Pay (30 days)"), pdf);
    assertTrue(pdf.contains("£832.80"), pdf);
    agency.send("/payroll/runs/" + runId + "/approve", Map.of());
    String fps = agency.get("/payroll/runs/" + runId + "/fps").body();
    assertTrue(fps.contains("<SMPYTD>832.80</SMPYTD>"), fps);
    agency.send("/payroll/runs/" + runId + "/finalise", Map.of());
    // paid on a finalised payslip: the maternity leave can no longer be withdrawn
    var paidAlready =
        agency.post(
            "/payroll/employments/"
                + efua
                + "/family-leave/"
                + stored.get("id").asLong()
                + "/withdraw",
            Map.of("reason", "a mistake"));
    assertEquals(409, paidAlready.statusCode(), paidAlready.body());
    // the EPS for November recovers it: 100% plus 8.5% (no NICs last year, so a small employer)
    String eps = agency.get("/payroll/employers/" + accountId + "/eps?month=2026-11").body();
    assertTrue(eps.contains("<SMPRecovered>832.80</SMPRecovered>"), eps);
    assertTrue(eps.contains("<NICCompensationOnSMP>70.79</NICCompensationOnSMP>"), eps);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  private static void type(String id, String text) {
    WebElement e = Browser.driver().findElement(By.id(id));
    e.clear();
    e.sendKeys(text);
  }
}
