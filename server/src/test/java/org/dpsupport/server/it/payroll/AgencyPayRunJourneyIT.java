package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.WebClient;
import org.dpsupport.server.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Agency staff pay one employer's month in the browser (JavaScript off): a timesheet approved on
 * the employer's behalf with a reason, the run calculated and reviewed, a minimum-wage warning
 * acknowledged before approval, finalised, every payslip listed; no files before approval, no empty
 * run, another agency refused. Uses the demo client DP-BDG-0102 (newclient2), which no other IT
 * sets up: PayrollMonthIT takes the first client awaiting set-up and PayrollPagesIT the last.
 */
@ExtendWith(ArquillianExtension.class)
class AgencyPayRunJourneyIT {

  private static final String CLIENT = "DP-BDG-0102";

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  private static long onboard(
      PayrollApi agency, long accountId, String forename, String nino, String rate)
      throws Exception {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("startDate", "2026-10-01");
    c.put("forename", forename);
    c.put("surname", "Okafor");
    c.put("niNumber", nino);
    c.put("dateOfBirth", "1990-03-14");
    c.put("gender", "F");
    c.put("addressLine1", "12 Ripple Road");
    c.put("addressLine2", "Barking");
    c.put("postcode", "IG11 7PP");
    c.put("starterDeclaration", "A");
    c.put("niCategory", "A");
    c.put("hourlyRate", new BigDecimal(rate));
    c.put("usualWeeklyHours", new BigDecimal("20"));
    c.put("sortCode", "20-45-77");
    c.put("accountNumber", "44332253");
    c.put("accountName", (forename.charAt(0) + " OKAFOR").toUpperCase());
    c.put("rightToWorkChecked", "2026-09-20");
    c.put("dbsChecked", "2026-09-25");
    return agency
        .send("/payroll/employers/" + accountId + "/employees", c)
        .get("employmentId")
        .asLong();
  }

  private static Map<String, Object> november(long employmentId) {
    List<Map<String, Object>> shifts = new ArrayList<>();
    for (LocalDate d = LocalDate.of(2026, 11, 2);
        !d.isAfter(LocalDate.of(2026, 11, 27));
        d = d.plusDays(1)) {
      if (d.getDayOfWeek().getValue() <= 5) {
        shifts.add(
            Map.of(
                "start", d.atTime(9, 0).toString(),
                "end", d.atTime(13, 0).toString(),
                "rateType", "DAY"));
      }
    }
    return Map.of(
        "employmentId",
        employmentId,
        "periodStart",
        "2026-11-01",
        "periodEnd",
        "2026-11-30",
        "shifts",
        shifts);
  }

  private static String text(String id) {
    return Browser.driver().findElement(By.id(id)).getText();
  }

  @Test
  @DisplayName(
      "Agency staff approve a timesheet with a reason, calculate, acknowledge a minimum-wage"
          + " warning, approve and finalise one employer's November on the page")
  void oneEmployersMonthOnThePage() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    long accountId = PayrollApi.accountId(CLIENT);
    Map<String, Object> setup =
        PayrollApi.employerSetUp(
            accountId,
            "Grace Adeyemi",
            "475/HM12345",
            "475PN00012345",
            28,
            "2000.00",
            "EL-44102",
            "2027-09-30");
    assertEquals(201, agency.post("/payroll/employers", setup).statusCode());
    long amara = onboard(agency, accountId, "Amara", "AB123456C", "13.00");
    long bola = onboard(agency, accountId, "Bola", "CE123456D", "9.00"); // below the minimum wage

    PayrollApi holder = new PayrollApi("newclient2@demo.dpsupport.org");
    long amaraSheet = holder.send("/payroll/timesheets", november(amara)).get("id").asLong();
    long bolaSheet = holder.send("/payroll/timesheets", november(bola)).get("id").asLong();
    holder.send("/payroll/timesheets/" + amaraSheet + "/approve", Map.of());

    // another agency's staff get 403 on this employer's pages, not an empty 500
    WebClient other = new WebClient();
    other.signIn(org.dpsupport.server.demo.PayrollDemoData.SECOND_AGENCY_STAFF, DemoUsers.PASSWORD);
    assertEquals(
        403, other.get("/agency/payroll-employees.xhtml?account=" + accountId).statusCode());
    assertEquals(
        403,
        other
            .get("/agency/payroll-run.xhtml?account=" + accountId + "&month=2026-11")
            .statusCode());

    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll-run.xhtml?account=" + accountId + "&month=2026-11");
    assertEquals("Pay for November 2026", Browser.waitFor(By.id("run-heading")).getText());
    assertTrue(text("sheets").contains("Waiting for approval"), text("sheets"));

    // approving for the employer needs a reason
    Browser.driver().findElement(By.cssSelector("#sheets input[type=submit]")).click();
    assertTrue(
        Browser.waitFor(By.id("error-summary")).getText().contains("say why"),
        text("error-summary"));
    Browser.driver()
        .findElement(By.cssSelector("#sheets textarea"))
        .sendKeys("Grace is in hospital; Bola's hours confirmed by phone");
    Browser.driver().findElement(By.cssSelector("#sheets input[type=submit]")).click();
    assertEquals(
        "The timesheet is approved on the employer's behalf.",
        Browser.waitFor(By.id("done")).getText());
    JsonNode sheet = agency.json("/payroll/timesheets/" + bolaSheet);
    assertEquals("APPROVED", sheet.get("status").asText());
    assertEquals(
        "Grace is in hospital; Bola's hours confirmed by phone",
        sheet.get("approvalReason").asText());

    Browser.driver().findElement(By.id("calculate:go")).click();
    assertEquals("Calculated: to review", Browser.waitFor(By.id("run-status")).getText());
    assertTrue(text("payslips").contains("Amara Okafor"), text("payslips"));
    assertTrue(text("payslips").contains("Below minimum wage"), text("payslips"));
    assertTrue(text("warnings").contains("Bola Okafor: minimum wage"), text("warnings"));
    assertTrue(text("cost").contains("monthly budget of £2,000.00"), text("cost"));
    Browser.screenshot("agency-run-calculated", 320);
    Browser.screenshot("agency-run-calculated", 1280);
    JsonNode run = agency.json("/payroll/employers/" + accountId + "/runs").get(0); // newest first
    long runId = run.get("id").asLong();
    assertEquals(409, agency.get("/payroll/runs/" + runId + "/fps").statusCode(), "approve first");
    assertEquals(409, agency.get("/payroll/runs/" + runId + "/bacs").statusCode(), "approve first");
    assertTrue(Browser.driver().findElements(By.id("downloads")).isEmpty());

    // the warning must be acknowledged
    Browser.driver().findElement(By.id("review:approve")).click();
    assertTrue(
        Browser.waitFor(By.id("error-summary")).getText().contains("minimum wage"),
        text("error-summary"));
    assertEquals("CALCULATED", agency.json("/payroll/runs/" + runId).get("status").asText());
    Browser.driver().findElement(By.cssSelector("label[for='review:acknowledged']")).click();
    Browser.driver().findElement(By.id("review:approve")).click();
    assertEquals("Approved: to finalise", Browser.waitFor(By.id("run-status")).getText());
    assertEquals(200, agency.get("/payroll/runs/" + runId + "/fps").statusCode());

    Browser.driver().findElement(By.id("pay:finalise")).click();
    assertEquals("Finalised", Browser.waitFor(By.id("run-status")).getText());
    JsonNode finalised = agency.json("/payroll/runs/" + runId);
    assertEquals("FINALISED", finalised.get("status").asText());
    assertEquals(2, finalised.get("payslips").asInt());
    assertEquals(2, Browser.driver().findElements(By.cssSelector("#payslips a.payslip")).size());
    String payslipHref =
        Browser.driver().findElement(By.cssSelector("#payslips a.payslip")).getAttribute("href");
    assertEquals(
        200, agency.bytes(payslipHref.substring(payslipHref.indexOf("/api/v1") + 7)).statusCode());
    JsonNode audit = agency.json("/payroll/runs/" + runId + "/payslips");
    assertTrue(
        StreamSupport.stream(audit.spliterator(), false)
            .anyMatch(p -> p.has("warning") && p.get("warning").asText().contains("minimum")),
        audit.toString());

    // December: nothing approved to pay, so no run is made
    Browser.open("/agency/payroll-run.xhtml?account=" + accountId + "&month=2026-12");
    Browser.waitFor(By.id("calculate:go")).click();
    assertTrue(
        Browser.waitFor(By.id("error-summary")).getText().contains("There is nothing to pay"),
        text("error-summary"));
    JsonNode runs = agency.json("/payroll/employers/" + accountId + "/runs");
    assertEquals(1, runs.size(), runs.toString());
    assertFalse(runs.get(0).get("paymentDate").asText().startsWith("2026-12"));
  }
}
