package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
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
 * Auto-enrolment over time for one employer, through the agency's pages and the API: a PA's
 * enrolment postponed by notice, another enrolled by the October run, opting out within the month
 * and refunded on the November payslip with no employer contributions, the declaration of
 * compliance recorded and the re-enrolment date chosen in its window; the PAPDIS schedule's event
 * codes and dates. Uses DP-BDG-0151 (newclient51@), a demo client awaiting set-up only this test
 * uses.
 */
@ExtendWith(ArquillianExtension.class)
class PensionOverTimeIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  @DisplayName(
      "Postponed on the page, enrolled by the October run, opted out within the month and refunded"
          + " on the November payslip; the declaration recorded on the page; refusals in plain"
          + " words; the pension schedule's event codes")
  void pensionOverTime() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    JsonNode client =
        agency.setUpAwaiting("DP-BDG-0151", "Harold Finch", "RW10151", "00010151", "EL-10151");
    long accountId = client.get("id").asLong();
    PayrollApi holder = new PayrollApi(PayrollApi.holderOf(client));
    long kofi = onboard(agency, accountId, "Kofi", "Mensah", "CE101510A");
    long lena = onboard(agency, accountId, "Lena", "Fischer", "CE101511A");

    // Lena's enrolment postponed on the page: errors named, then the notice recorded
    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll-employees.xhtml?account=" + accountId);
    Browser.waitFor(By.id("pension-" + lena)).click();
    Browser.waitFor(By.id("pension-heading"));
    Browser.screenshot("agency-pension", 320);
    Browser.screenshot("agency-pension", 1280);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    typeDate("postpone:noticeOn", "10", "10", "2026");
    typeDate("postpone:deferral", "5", "2", "2027");
    Browser.driver().findElement(By.id("postpone:save")).click();
    String tooLong = Browser.waitFor(By.id("error-summary")).getText();
    assertTrue(tooLong.contains("Postponement lasts at most three months"), tooLong);
    assertTrue(tooLong.contains("no later than 1 January 2027"), tooLong);
    assertEquals(List.of(), Browser.accessibilityViolations());
    Browser.screenshot("agency-pension-errors", 320);
    typeDate("postpone:deferral", "1", "12", "2026");
    Browser.driver().findElement(By.id("postpone:save")).click();
    assertEquals("The postponement has been recorded.", Browser.waitFor(By.id("done")).getText());
    JsonNode lenaPension = agency.json("/payroll/employments/" + lena + "/pension");
    assertEquals("2026-12-01", lenaPension.get("postponedUntil").asText());
    assertEquals("2026-10-10", lenaPension.get("postponementNoticeOn").asText());
    assertEquals(
        403,
        holder
            .put(
                "/payroll/employments/" + kofi + "/pension-postponement",
                Map.of("noticeOn", "2026-10-10", "deferralDate", "2026-12-01"))
            .statusCode(),
        "the employer cannot");

    // October: both work 70 hours (£917.00, over the £833 trigger); Kofi is enrolled, Lena is not
    holder.approvedTimesheet(kofi, "2026-10-01", "2026-10-31", shifts(2026, 10));
    holder.approvedTimesheet(lena, "2026-10-01", "2026-10-31", shifts(2026, 10));
    long october = payAndFinalise(agency, accountId, "2026-10");
    JsonNode kofiPension = agency.json("/payroll/employments/" + kofi + "/pension");
    String enrolledOn = kofiPension.get("enrolledOn").asText();
    String octoberCsv = agency.get("/payroll/runs/" + october + "/pensions").body();
    String kofiOctober = row(octoberCsv, "Mensah");
    assertTrue(kofiOctober.contains(",1,1," + enrolledOn + ","), "enrolled: " + kofiOctober);
    String lenaOctober = row(octoberCsv, "Fischer");
    assertTrue(lenaOctober.contains(",1,0,,2026-12-01,"), "postponed: " + lenaOctober);

    // Kofi opts out within the month: refused without a reason or before enrolment, then kept
    String optOut = "/payroll/employments/" + kofi + "/pension-opt-out";
    HttpResponseCheck.badRequest(
        agency.post(optOut, Map.of("leftOn", "2026-11-10")), "Say how you know");
    HttpResponseCheck.badRequest(
        agency.post(optOut, Map.of("leftOn", "2026-09-01", "reason", "notice")),
        "must be between the enrolment");
    assertEquals(
        403, holder.post(optOut, Map.of("leftOn", "2026-11-10", "reason", "notice")).statusCode());
    JsonNode out =
        agency.send(
            optOut, Map.of("leftOn", "2026-11-10", "reason", "Opt-out notice from the scheme"));
    // qualifying earnings £917.00 - £520.00 = £397.00; 5% = £19.85; less 20% relief at source
    assertEquals(
        0, new BigDecimal("15.88").compareTo(out.get("refundDue").decimalValue()), out.toString());
    assertEquals(
        409, agency.post(optOut, Map.of("leftOn", "2026-11-11", "reason", "again")).statusCode());

    // November: the refund on Kofi's payslip, no pension for him from either side
    holder.approvedTimesheet(kofi, "2026-11-01", "2026-11-30", shifts(2026, 11));
    holder.approvedTimesheet(lena, "2026-11-01", "2026-11-30", shifts(2026, 11));
    long november = payAndFinalise(agency, accountId, "2026-11");
    JsonNode kofiSlip = null;
    for (JsonNode s : agency.json("/payroll/runs/" + november + "/payslips")) {
      if (s.get("employmentId").asLong() == kofi) {
        kofiSlip = s;
      }
    }
    assertEquals(0, BigDecimal.ZERO.compareTo(kofiSlip.get("pensionEmployer").decimalValue()));
    String pdf =
        text(agency.bytes("/payroll/payslips/" + kofiSlip.get("id").asLong() + "/pdf").body());
    assertTrue(pdf.contains("Pension contributions refunded (opted out)"), pdf);
    assertTrue(pdf.contains("15.88"), pdf);
    assertTrue(
        agency.json("/payroll/employments/" + kofi + "/pension").get("refundPaid").asBoolean());
    String kofiNovember =
        row(agency.get("/payroll/runs/" + november + "/pensions").body(), "Mensah");
    assertTrue(kofiNovember.contains(",2026-11-10,"), "the opt-out date: " + kofiNovember);

    // the declaration of compliance: a future date refused, then recorded on the PAs page
    HttpResponseCheck.badRequest(
        agency.put(
            "/payroll/employers/" + accountId + "/pension-declaration",
            Map.of("date", "2099-01-01")),
        "is in the future");
    Browser.open("/agency/payroll-employees.xhtml?account=" + accountId);
    typeDate("declare:declaredOn", "20", "11", "2026");
    Browser.driver().findElement(By.id("declare:save")).click();
    assertEquals(
        "The declaration of compliance has been recorded.",
        Browser.waitFor(By.id("done")).getText());
    String duties = Browser.driver().findElement(By.id("pension-duties")).getText();
    assertTrue(
        duties.contains(
            "The declaration of compliance was made to The Pensions Regulator on 20"
                + " November 2026"),
        duties);
    assertFalse(Browser.driver().findElements(By.id("declare:save")).size() > 0);
    assertEquals(List.of(), Browser.accessibilityViolations());
    Browser.screenshot("agency-pension-declared", 320);

    // the re-enrolment date: outside the window refused, inside kept and shown to the employer
    String reEnrol = "/payroll/employers/" + accountId + "/re-enrolment-date";
    HttpResponseCheck.badRequest(
        agency.put(reEnrol, Map.of("date", "2027-10-01")), "must be in the window");
    JsonNode chosen = JSON(agency.put(reEnrol, Map.of("date", "2029-10-01")).body());
    assertEquals("2029-10-01", chosen.get("reEnrolmentDate").asText(), chosen.toString());
    Browser.signIn(PayrollApi.holderOf(client), DemoUsers.PASSWORD);
    Browser.open("/holder/timesheets.xhtml");
    String holderSees = Browser.waitFor(By.id("pension-" + accountId)).getAttribute("textContent");
    assertTrue(holderSees.contains("Re-enrolment date: 1 October 2029"), holderSees);
    assertTrue(
        holderSees.contains("was made to The Pensions Regulator on 20 November 2026"), holderSees);
  }

  private static JsonNode JSON(String body) throws Exception {
    return PayrollApi.JSON.readTree(body);
  }

  private static long payAndFinalise(PayrollApi agency, long accountId, String month)
      throws Exception {
    long run =
        agency
            .send("/payroll/employers/" + accountId + "/runs", Map.of("month", month))
            .get("id")
            .asLong();
    agency.send("/payroll/runs/" + run + "/approve", Map.of());
    assertEquals(
        "FINALISED",
        agency.send("/payroll/runs/" + run + "/finalise", Map.of()).get("status").asText());
    return run;
  }

  private static String row(String csv, String surname) {
    return csv.lines().filter(l -> l.contains("," + surname + ",")).findFirst().orElseThrow();
  }

  /** 14 five-hour day shifts in the month: 70 hours at £13.10, £917.00. */
  private static List<Map<String, Object>> shifts(int year, int month) {
    List<Map<String, Object>> out = new ArrayList<>();
    for (int day = 2; day <= 15; day++) {
      String d = String.format("%d-%02d-%02d", year, month, day);
      out.add(Map.of("start", d + "T09:00", "end", d + "T14:00", "rateType", "DAY"));
    }
    return out;
  }

  private static void typeDate(String id, String day, String month, String year) {
    Browser.type(id + ":day", day);
    Browser.type(id + ":month", month);
    Browser.type(id + ":year", year);
  }

  private static String text(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }

  /** A PA starting on 1 October 2026 in the employer's relief-at-source scheme, 5% and 3%. */
  private static long onboard(
      PayrollApi agency, long accountId, String forename, String surname, String ni)
      throws Exception {
    Map<String, Object> c = PayrollApi.starter("2026-10-01", forename, surname, ni, "1257L", false);
    c.put("usualWeeklyHours", new BigDecimal("16"));
    c.put("pensionRelief", "RELIEF_AT_SOURCE");
    c.put("pensionEmployeePct", new BigDecimal("5"));
    c.put("pensionEmployerPct", new BigDecimal("3"));
    return agency
        .send("/payroll/employers/" + accountId + "/employees", c)
        .get("employmentId")
        .asLong();
  }
}
