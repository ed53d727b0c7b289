package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.Deployments;
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
 * HMRC's tax code notices (P6, P6B, P9): recorded by the employer's agency through the API and the
 * page, refused in plain words when wrong, and used by the next pay run. Uses DP-BDG-0101
 * (newclient1@), a demo client awaiting set-up that no other IT uses.
 */
@ExtendWith(ArquillianExtension.class)
class TaxCodeNoticeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  @DisplayName(
      "The employer's pension duty dates on the agency's and the employer's pages. A P6 recorded before the November run moves the PA off the emergency code for that run;"
          + " a P9 waits for 6 April; wrong notices and other people are refused; on the page"
          + " every error is named at once and a P6B is recorded")
  void noticesThroughApiAndPage() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    JsonNode client =
        agency.setUpAwaiting("DP-BDG-0101", "Rose Whitlock", "RW10101", "00010101", "EL-10101");
    long accountId = client.get("id").asLong();
    PayrollApi holder = new PayrollApi(PayrollApi.holderOf(client));
    long pa = onboardOnEmergencyCode(agency, accountId);
    String path = "/payroll/employments/" + pa + "/tax-codes";
    assertEquals("0T on a week 1/month 1 basis", agency.json(path).get("inForce").asText());

    // refusals change nothing
    HttpResponseCheck.badRequest(
        agency.post(path, notice("P7", "1257L", "2026-11-20")), "P6, P6B or P9");
    HttpResponseCheck.badRequest(
        agency.post(path, notice("P6", "1257Q", "2026-11-20")), "A tax code looks like 1257L");
    HttpResponseCheck.badRequest(
        agency.post(path, notice("P6", "1257L", "2099-01-01")), "is in the future");
    Map<String, Object> p9NotApril = notice("P9", "1300L", "2026-12-01");
    p9NotApril.put("usedFrom", "2027-01-01");
    HttpResponseCheck.badRequest(agency.post(path, p9NotApril), "used from 6 April");
    assertEquals(400, agency.post(path, "{\"kind\": \"P6\", \"taxCode\": ").statusCode());
    assertEquals(
        403,
        new PayrollApi("payroll2@demo.dpsupport.org")
            .post(path, notice("P6", "1257L", "2026-11-20"))
            .statusCode(),
        "another agency");
    assertEquals(
        403, holder.post(path, notice("P6", "1257L", "2026-11-20")).statusCode(), "the holder");
    assertEquals(1, agency.json(path).get("notices").size(), "only the starter's code is stored");

    // a P6 issued on 20 November is used on the 25 November pay day; a P9 waits for April
    agency.send(path, notice("P6", "1257L", "2026-11-20"));
    JsonNode codes = agency.send(path, notice("P9", "1300L", "2026-12-01"));
    assertEquals("1257L", codes.get("inForce").asText());
    assertEquals(
        "1300L from 6 April 2027 (HMRC's P9 notice for the new tax year dated 1 December 2026)",
        codes.get("coming").get(0).get("description").asText());
    assertEquals("1257L", holder.json(path).get("inForce").asText(), "the employer sees it too");

    holder.approvedTimesheet(
        pa,
        "2026-11-01",
        "2026-11-30",
        List.of(
            Map.of("start", "2026-11-10T09:00", "end", "2026-11-10T14:00", "rateType", "DAY"),
            Map.of("start", "2026-11-12T09:00", "end", "2026-11-12T14:00", "rateType", "DAY")));
    long run = agency.calculatedRun(accountId, "2026-11");
    JsonNode payslip = agency.json("/payroll/runs/" + run + "/payslips").get(0);
    assertEquals(0, new BigDecimal("131.00").compareTo(payslip.get("grossPay").decimalValue()));
    // on 0T week 1/month 1 the £131.00 would be taxed £26.20; on 1257L it is under the threshold
    assertEquals(
        0, BigDecimal.ZERO.compareTo(payslip.get("incomeTax").decimalValue()), payslip.toString());
    // the month is finished as agency staff would (BureauPayRunIT expects every November run
    // with approved timesheets to be final, whichever order the ITs run in)
    agency.finalise(run);

    // the page: every error at once, then a P6B recorded and shown back
    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll-employees.xhtml?account=" + accountId);
    String line = Browser.waitFor(By.id("taxcode-" + pa)).getText();
    // the employer's pension duties: from the first PA's start, 5 October 2026 (PensionDutiesTest)
    String duties = Browser.driver().findElement(By.id("pension-duties")).getText();
    assertTrue(duties.contains("started on 5 October 2026"), duties);
    assertTrue(
        duties.contains("Declare compliance to The Pensions Regulator by 4 March 2027"), duties);
    assertTrue(duties.contains("between 5 July 2029 and 5 January 2030"), duties);
    assertTrue(line.startsWith("Tax code: 1257L. Coming: 1300L from 6 April 2027"), line);
    Browser.driver().findElement(By.cssSelector("#taxcode-" + pa + " a")).click();
    Browser.waitFor(By.id("taxcode-heading"));
    assertEquals("1257L", Browser.driver().findElement(By.id("in-force")).getText());
    Browser.screenshot("agency-tax-code", 320);
    Browser.screenshot("agency-tax-code", 1280);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    Browser.type("taxcode:taxCode", "12X");
    Browser.type("taxcode:issuedOn:day", "31");
    Browser.type("taxcode:issuedOn:month", "11");
    Browser.type("taxcode:issuedOn:year", "2026");
    Browser.driver().findElement(By.id("taxcode:save")).click();
    WebElement summary = Browser.waitFor(By.id("error-summary"));
    List<String> links =
        summary.findElements(By.tagName("a")).stream()
            .map(a -> a.getAttribute("href").substring(a.getAttribute("href").indexOf('#')))
            .toList();
    assertEquals(
        List.of("#taxcode:kind", "#taxcode:taxCode", "#taxcode:issuedOn:day"),
        links,
        summary.getText());
    assertTrue(summary.getText().contains("Select which notice HMRC sent"), summary.getText());
    assertTrue(summary.getText().contains("must be a real date"), summary.getText());
    assertEquals(
        "12X", Browser.driver().findElement(By.id("taxcode:taxCode")).getAttribute("value"));
    assertTrue(Browser.driver().getTitle().startsWith("Error:"), Browser.driver().getTitle());
    assertEquals(List.of(), Browser.accessibilityViolations());
    Browser.screenshot("agency-tax-code-errors", 320);

    // issued after the P6 of 20 November, so it is the code from now on
    Browser.driver().findElement(By.id("kind-P6B")).click();
    Browser.type("taxcode:taxCode", "K120");
    Browser.type("taxcode:issuedOn:day", "1");
    Browser.type("taxcode:issuedOn:month", "12");
    Browser.driver().findElement(By.id("taxcode:save")).click();
    assertEquals(
        "The tax code notice has been recorded.", Browser.waitFor(By.id("done")).getText());
    assertTrue(
        Browser.driver().findElement(By.id("taxcode-" + pa)).getText().startsWith("Tax code: K120"),
        Browser.driver().findElement(By.id("taxcode-" + pa)).getText());
    JsonNode stored = agency.json(path);
    assertEquals("K120", stored.get("inForce").asText());
    JsonNode last = stored.get("notices").get(stored.get("notices").size() - 1);
    assertEquals("P6B", last.get("kind").asText());
    assertEquals("2026-12-01", last.get("issuedOn").asText());
    assertEquals("2026-12-01", last.get("usedFrom").asText());

    // the employer sees the same pension dates on their timesheets and pay page
    Browser.signIn(PayrollApi.holderOf(client), DemoUsers.PASSWORD);
    Browser.open("/holder/timesheets.xhtml");
    WebElement pension = Browser.waitFor(By.id("pension-" + accountId));
    pension.findElement(By.tagName("summary")).click();
    assertTrue(pension.getText().contains("by 4 March 2027"), pension.getText());
    assertEquals(List.of(), Browser.accessibilityViolations());
  }

  private static Map<String, Object> notice(String kind, String code, String issuedOn) {
    Map<String, Object> n = new LinkedHashMap<>();
    n.put("kind", kind);
    n.put("taxCode", code);
    n.put("issuedOn", issuedOn);
    return n;
  }

  /** A PA who brought no P45: the emergency code 0T on a month 1 basis. */
  private static long onboardOnEmergencyCode(PayrollApi agency, long accountId) throws Exception {
    return agency
        .send(
            "/payroll/employers/" + accountId + "/employees",
            PayrollApi.starter("2026-10-05", "Tomasz", "Nowak", "CE101010A", "0T", true))
        .get("employmentId")
        .asLong();
  }
}
