package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

/**
 * HMRC's tax code notices file (DPS XML: P6, P6B, P9) uploaded by the employer's agency on the page
 * and through the API: matched to the PA by NI number or works number, refused whole in plain words
 * (not XML, another employer's, a PA not on the payroll), and a P6's previous pay and tax used in
 * the next run's cumulative tax. Uses DP-BDG-0150 (newclient50@), a demo client awaiting set-up
 * that only this test uses. The files are built from HMRC's published layout.
 */
@ExtendWith(ArquillianExtension.class)
class DpsNoticesIT {

  private static final Path FILES = Path.of("src/test/resources/dps");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  @DisplayName(
      "A DPS file with a P6 carrying previous pay: wrong files refused whole with nothing stored,"
          + " the P6 recorded on the page, not twice, a P9 matched by works number, and the"
          + " November run taxing the PA cumulatively with the earlier job's pay and tax")
  void noticesFileThroughPageAndApi() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    JsonNode client =
        agency.setUpAwaiting("DP-BDG-0150", "Grace Bello", "RW10150", "00010150", "EL-10150");
    long accountId = client.get("id").asLong();
    PayrollApi holder = new PayrollApi(PayrollApi.holderOf(client));
    long pa = onboardOnEmergencyCode(agency, accountId);
    String codes = "/payroll/employments/" + pa + "/tax-codes";
    String upload = "/payroll/employers/" + accountId + "/tax-code-notices";
    byte[] good = Files.readAllBytes(FILES.resolve("p6-previous-pay.xml"));
    byte[] unknown = Files.readAllBytes(FILES.resolve("p6-unknown-pa.xml"));

    // refused whole, nothing stored: not XML, a PA not on the payroll, another employer's file
    HttpResponseCheck.badRequest(
        agency.postXml(upload, "PAYE,1257L".getBytes(StandardCharsets.UTF_8)), "not readable XML");
    HttpResponseCheck.badRequest(
        agency.postXml(upload, unknown),
        "Notice 2 in the file is for Iain Ross (National Insurance number CE101501A), who is not"
            + " on this employer's payroll");
    HttpResponseCheck.badRequest(
        agency.postXml(
            upload,
            new String(good, StandardCharsets.UTF_8)
                .replace("<EmployerRef>475/RW10150", "<EmployerRef>475/ZZ99999")
                .getBytes(StandardCharsets.UTF_8)),
        "is for the employer with PAYE reference 475/ZZ99999, not this employer (475/RW10150)");
    assertEquals(403, holder.postXml(upload, good).statusCode(), "the employer");
    assertEquals(
        403,
        new PayrollApi("payroll2@demo.dpsupport.org").postXml(upload, good).statusCode(),
        "another agency");
    JsonNode before = agency.json(codes);
    assertEquals(1, before.get("notices").size(), "only the starter's code: " + before);
    assertTrue(
        !before.has("earlierEmployments") || before.get("earlierEmployments").isNull(),
        before.toString());

    // the page: link from the PAs page, a refusal at the file field, then the P6 recorded
    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll-employees.xhtml?account=" + accountId);
    Browser.waitFor(By.id("upload-notices")).click();
    Browser.waitFor(By.id("notices-heading"));
    assertEquals(
        "Grace Bello, PAYE reference 475/RW10150",
        Browser.driver().findElement(By.id("notices-employer")).getText());
    Browser.screenshot("agency-tax-code-notices", 320);
    Browser.screenshot("agency-tax-code-notices", 1280);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    Browser.driver().findElement(By.id("notices:upload")).click();
    assertTrue(
        Browser.waitFor(By.id("error-summary"))
            .getText()
            .contains("Choose the notices file saved from HMRC"));
    Browser.driver()
        .findElement(By.id("notices:file"))
        .sendKeys(FILES.resolve("p6-unknown-pa.xml").toAbsolutePath().toString());
    Browser.clickThrough(Browser.driver().findElement(By.id("notices:upload")));
    String refused = Browser.waitFor(By.id("error-summary")).getText();
    assertTrue(refused.contains("who is not on this employer's payroll"), refused);
    assertTrue(refused.contains("Nothing from this file was recorded"), refused);
    assertTrue(Browser.driver().getTitle().startsWith("Error:"), Browser.driver().getTitle());
    assertEquals(List.of(), Browser.accessibilityViolations());
    Browser.screenshot("agency-tax-code-notices-refused", 320);
    assertEquals(1, agency.json(codes).get("notices").size(), "still only the starter's code");

    Browser.driver()
        .findElement(By.id("notices:file"))
        .sendKeys(FILES.resolve("p6-previous-pay.xml").toAbsolutePath().toString());
    Browser.driver().findElement(By.id("notices:upload")).click();
    assertEquals(
        "1 tax code notice from HMRC's file has been recorded.",
        Browser.waitFor(By.id("done")).getText());
    String line = Browser.driver().findElement(By.id("taxcode-" + pa)).getText();
    assertTrue(line.startsWith("Tax code: 1257L"), line);

    // what was stored: the P6 with its dates, and the earlier job's figures from its date
    JsonNode stored = agency.json(codes);
    assertEquals("1257L", stored.get("inForce").asText());
    JsonNode p6 = stored.get("notices").get(stored.get("notices").size() - 1);
    assertEquals("P6", p6.get("kind").asText());
    assertEquals("2026-11-20", p6.get("issuedOn").asText());
    assertEquals("2026-11-20", p6.get("usedFrom").asText());
    assertEquals(
        "£9,000.00 pay and £100.00 tax in earlier employments in the tax year 6 April 2026 to 5"
            + " April 2027, counted from 20 November 2026",
        stored.get("earlierEmployments").asText());

    // the PA's tax code page shows the earlier employments
    Browser.driver().findElement(By.cssSelector("#taxcode-" + pa + " a")).click();
    assertEquals(
        stored.get("earlierEmployments").asText(), Browser.waitFor(By.id("earlier")).getText());
    Browser.screenshot("agency-tax-code-earlier", 320);
    assertEquals(List.of(), Browser.accessibilityViolations());

    // the same file again records nothing twice; a P9 without an NI number, by works number
    JsonNode again = PayrollApi.JSON.readTree(agency.postXml(upload, good).body());
    assertEquals(0, again.get("recorded").asInt(), again.toString());
    assertEquals(1, again.get("alreadyRecorded").asInt(), again.toString());
    JsonNode p9 =
        PayrollApi.JSON.readTree(
            agency.postXml(upload, Files.readAllBytes(FILES.resolve("p9-next-year.xml"))).body());
    assertEquals(1, p9.get("recorded").asInt(), p9.toString());
    assertEquals(
        "1300L from 6 April 2027 (HMRC's P9 notice for the new tax year dated 1 December 2026)",
        agency.json(codes).get("coming").get(0).get("description").asText());
    assertEquals(3, agency.json(codes).get("notices").size());

    // November: £131.00 on 1257L alone is under the threshold; with £9,000.00 and £100.00 from
    // the earlier job, month 8's cumulative tax is £148.80 due less £100.00 paid: £48.80
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
    assertEquals(
        0,
        new BigDecimal("48.80").compareTo(payslip.get("incomeTax").decimalValue()),
        payslip.toString());
    // finished as agency staff would (BureauPayRunIT expects every November run final)
    agency.finalise(run);

    // previous pay typed from a paper P6: refused where it cannot apply, then kept from the form
    Map<String, Object> p9WithPay = new java.util.LinkedHashMap<>();
    p9WithPay.put("kind", "P9");
    p9WithPay.put("taxCode", "1300L");
    p9WithPay.put("issuedOn", "2026-12-01");
    p9WithPay.put("previousPay", new BigDecimal("100.00"));
    p9WithPay.put("previousTax", new BigDecimal("10.00"));
    HttpResponseCheck.badRequest(agency.post(codes, p9WithPay), "A P9 does not carry pay and tax");
    Map<String, Object> payOnly = new java.util.LinkedHashMap<>(p9WithPay);
    payOnly.put("kind", "P6");
    payOnly.remove("previousTax");
    HttpResponseCheck.badRequest(agency.post(codes, payOnly), "Give both the previous pay");
    assertEquals(3, agency.json(codes).get("notices").size(), "nothing stored by the refusals");
    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll-tax-code.xhtml?employment=" + pa);
    Browser.waitFor(By.id("taxcode-heading"));
    Browser.driver().findElement(By.id("kind-P6")).click();
    Browser.type("taxcode:taxCode", "1257L");
    Browser.type("taxcode:issuedOn:day", "1");
    Browser.type("taxcode:issuedOn:month", "12");
    Browser.type("taxcode:issuedOn:year", "2026");
    Browser.type("taxcode:previousPay", "9,500.5x");
    Browser.type("taxcode:previousTax", "150.00");
    Browser.driver().findElement(By.id("taxcode:save")).click();
    String wrong = Browser.waitFor(By.id("error-summary")).getText();
    assertTrue(wrong.contains("must be an amount in pounds and pence"), wrong);
    assertEquals(List.of(), Browser.accessibilityViolations());
    Browser.screenshot("agency-tax-code-previous-pay-error", 320);
    Browser.driver().findElement(By.id("kind-P6")).click();
    Browser.type("taxcode:previousPay", "9500.00");
    Browser.driver().findElement(By.id("taxcode:save")).click();
    Browser.waitFor(By.id("done"));
    assertEquals(
        "£9,500.00 pay and £150.00 tax in earlier employments in the tax year 6 April 2026 to 5"
            + " April 2027, counted from 1 December 2026",
        agency.json(codes).get("earlierEmployments").asText());
  }

  /** Amara Okafor, who brought no P45: the emergency code 0T on a month 1 basis. */
  private static long onboardOnEmergencyCode(PayrollApi agency, long accountId) throws Exception {
    return agency
        .send(
            "/payroll/employers/" + accountId + "/employees",
            PayrollApi.starter("2026-10-05", "Amara", "Okafor", "CE101500A", "0T", true))
        .get("employmentId")
        .asLong();
  }
}
