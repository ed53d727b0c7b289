package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.kernel.Money;
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
 * Issue 18, holiday pay and leaving and coming back, walked for an employer this test sets up and
 * pays itself: DP-BDG-0145 (newclient45@), whose PA Sam Okafor (leaverpa@) signs in as himself.
 *
 * <ol>
 *   <li>August and September 2026: weekdays at £12.60 and weekends at £16.00 an hour.
 *   <li>October: Sam takes 8 hours' holiday, paid at the average of his paid weeks, not £12.60. The
 *       agency sets his leaving date (16 October) on its page; the P45 is refused until October's
 *       run is finalised, then made.
 *   <li>A late timesheet for 12 to 16 October is paid in November as a payment after leaving: 0T
 *       month 1, the FPS indicator, his old payroll ID and leaving date.
 *   <li>The agency takes Sam on again from 16 November on its page (refused before his leaving
 *       date): a new payroll ID, starter details on the FPS, no pay or tax carried; and records the
 *       employer's choice of rolled-up holiday pay, which November's payslip shows as its own line.
 *   <li>Sam's page shows both jobs' holiday. Every run ends finalised.
 * </ol>
 */
@ExtendWith(ArquillianExtension.class)
class LeavingAndHolidayIT {

  private static final BigDecimal WEEKDAY = new BigDecimal("12.60");
  private static final BigDecimal WEEKEND = new BigDecimal("16.00");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName(
      "Holiday at the 52-paid-week average, the P45 only after the final pay, a payment after"
          + " leaving on 0T month 1 (FPS valid), re-employment with a new payroll ID and rolled-up"
          + " holiday pay, through the agency's page and the PA's page (axe clean, 320 px)")
  void leavingAndComingBack() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    long[] employer =
        agency.setUpWithStarter(
            PayrollDemoData.LEAVER_CLIENT, "Grace Ibe", "475/GI10145", "2600.00");
    long accountId = employer[0];
    long job = employer[1];
    PayrollApi holder = new PayrollApi(PayrollDemoData.LEAVER_HOLDER);
    PayrollApi sam = new PayrollApi(PayrollDemoData.LEAVER_PA);
    agency.send("/payroll/employers/" + accountId + "/employees", checklist(job));

    // August and September: weekdays and weekends; the pay for work and hours make the reference
    BigDecimal pay = BigDecimal.ZERO;
    BigDecimal hours = BigDecimal.ZERO;
    for (String month : List.of("2026-08", "2026-09")) {
      List<Map<String, Object>> shifts = new ArrayList<>();
      LocalDate d = LocalDate.parse(month + "-03");
      while (d.getMonthValue() == LocalDate.parse(month + "-03").getMonthValue()) {
        boolean weekend = d.getDayOfWeek().getValue() >= 6;
        shifts.add(shift(d, weekend ? "WEEKEND" : "DAY"));
        pay = pay.add(new BigDecimal("8").multiply(weekend ? WEEKEND : WEEKDAY));
        hours = hours.add(new BigDecimal("8"));
        d = d.plusDays(2);
      }
      LocalDate first = LocalDate.parse(month + "-01");
      holder.approvedTimesheet(
          job, first.toString(), first.plusMonths(1).minusDays(1).toString(), shifts);
      agency.finalisedRun(accountId, month);
    }
    // the reference rate: pay for work / hours over the paid weeks before October
    BigDecimal rate = pay.divide(hours, 2, RoundingMode.HALF_UP);
    assertTrue(rate.compareTo(WEEKDAY) > 0, "weekends make the average more than £12.60");

    // October: five weekdays and 8 hours' holiday
    List<Map<String, Object>> october = new ArrayList<>();
    for (String day : List.of("2026-10-01", "2026-10-02", "2026-10-05", "2026-10-06")) {
      october.add(shift(LocalDate.parse(day), "DAY"));
    }
    long octoberSheet =
        holder
            .send(
                "/payroll/timesheets",
                Map.of(
                    "employmentId",
                    job,
                    "periodStart",
                    "2026-10-01",
                    "periodEnd",
                    "2026-10-09",
                    "shifts",
                    october,
                    "holidayHours",
                    new BigDecimal("8")))
            .get("id")
            .asLong();
    holder.send("/payroll/timesheets/" + octoberSheet + "/approve", Map.of());

    // the agency sets Sam's leaving date on its page; the P45 waits for his final pay
    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/payroll-employees.xhtml?account=" + accountId);
    String card = "#employee-" + job + " ";
    fill(card, "leavingDate", "2026-10-16");
    fill(card, "leavingReason", "Resigned, letter of 1 October");
    click(card, "input[value=\"Set Sam Okafor's leaving date\"]");
    String waiting = Browser.waitFor(By.cssSelector(card + "[id$=':p45Waiting']")).getText();
    assertTrue(waiting.contains("The P45 is made after Sam Okafor's final pay"), waiting);
    String cardText = Browser.driver().findElement(By.cssSelector("#employee-" + job)).getText();
    assertTrue(cardText.contains("Leaves on 16 October 2026."), cardText);
    assertFalse(cardText.contains("2026-10-16"), "no ISO dates: " + cardText);
    assertTrue(Browser.driver().findElements(By.cssSelector(card + "[id$=':p45']")).isEmpty());
    scrollTo("employee-" + job);
    Browser.screenshot("agency-leaver-p45-waiting", 320);
    Browser.screenshot("agency-leaver-p45-waiting", 1280);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    HttpResponseCheck.status(agency.get("/payroll/employments/" + job + "/p45"), 409, "final pay");
    assertEquals(null, p45IssuedOn(agency, accountId, job), "no P45 before the final pay");

    long octoberRun = agency.finalisedRun(accountId, "2026-10");
    // finalising the final pay issued the P45: its day is stored then, not by a download
    String issuedOn = p45IssuedOn(agency, accountId, job);
    assertTrue(issuedOn != null && issuedOn.matches("\\d{4}-\\d{2}-\\d{2}"), issuedOn);
    JsonNode octoberSlip = slipOf(agency, octoberRun, job);
    JsonNode holiday = agency.json("/payroll/employments/" + job + "/holiday");
    JsonNode octoberHoliday = holiday.get("entries").get(0);
    assertEquals(octoberRun, octoberHoliday.get("payRunId").asLong());
    // the final pay: the holiday Sam earned (12.07% of his hours) and did not take is paid on its
    // own line at the same average rate, and his balance after it is nothing (WTR reg 13A/14)
    BigDecimal left = BigDecimal.ZERO;
    for (JsonNode entry : holiday.get("entries")) {
      left =
          left.add(entry.get("accruedHours").decimalValue())
              .subtract(entry.get("takenHours").decimalValue());
    }
    assertTrue(left.signum() > 0, holiday.toString());
    assertEquals(0, octoberHoliday.get("balanceAfter").decimalValue().signum());
    assertEquals(0, octoberSlip.get("holidayBalance").decimalValue().signum());
    assertTrue(
        octoberHoliday.get("paidAt").asText().contains("not taken, paid on leaving"),
        octoberHoliday.toString());
    Money onLeaving = Money.of(left.multiply(rate), RoundingMode.HALF_UP);
    // 4 days x 8 h x £12.60 = £403.20, 8 h holiday at the average rate (not at £12.60), and the
    // holiday not taken
    Money holidayPay = Money.of(new BigDecimal("8").multiply(rate), RoundingMode.HALF_UP);
    assertEquals(
        Money.parse("403.20").plus(holidayPay).plus(onLeaving),
        Money.of(octoberSlip.get("grossPay").decimalValue()));
    assertTrue(
        octoberHoliday
            .get("paidAt")
            .asText()
            .startsWith("at £" + rate.toPlainString() + " an hour"),
        octoberHoliday.toString());
    String octoberPdf =
        pdfText(
            agency.bytes("/payroll/payslips/" + octoberSlip.get("id").asLong() + "/pdf").body());
    assertTrue(
        octoberPdf
            .replaceAll("\\s+", " ")
            .contains("paid at £" + rate.toPlainString() + " an hour"),
        octoberPdf);
    assertTrue(octoberPdf.contains("Holiday not taken, paid on leaving"), octoberPdf);
    assertTrue(octoberPdf.contains(onLeaving.formatted()), octoberPdf);

    // the final pay is finalised: the P45 is made, and made once (the day is kept)
    Browser.open("/agency/payroll-employees.xhtml?account=" + accountId);
    Browser.waitFor(By.cssSelector(card + "a[id$=':p45']"));
    assertEquals(200, agency.bytes("/payroll/employments/" + job + "/p45").statusCode());
    assertEquals(issuedOn, p45IssuedOn(agency, accountId, job), "a download writes nothing");

    // a late timesheet for 12 to 16 October, approved after the P45: paid in November
    List<Map<String, Object>> late = new ArrayList<>();
    for (int day = 12; day <= 16; day++) {
      late.add(shift(LocalDate.of(2026, 10, day), "DAY"));
    }
    holder.approvedTimesheet(job, "2026-10-12", "2026-10-16", late);

    // coming back: refused before the leaving date, then through the agency's page
    HttpResponseCheck.status(
        agency.post(
            "/payroll/employments/" + job + "/re-employ",
            Map.of("startDate", "2026-10-10", "starterDeclaration", "B", "reason", "back")),
        409,
        "still works for this employer");
    HttpResponseCheck.status(
        agency.post(
            "/payroll/employments/" + job + "/re-employ",
            Map.of("startDate", "2026-11-16", "starterDeclaration", "B")),
        400,
        "Say why");
    assertEquals(
        403,
        holder
            .post(
                "/payroll/employments/" + job + "/re-employ",
                Map.of("startDate", "2026-11-16", "starterDeclaration", "B", "reason", "back"))
            .statusCode(),
        "agency staff take a PA on again");
    Browser.open("/agency/payroll-employees.xhtml?account=" + accountId);
    fill(card, "startAgain", "2026-11-16");
    fill(card, "statement", "B");
    fill(card, "againReason", "New contract from Grace, 10 November");
    click(card, "input[id$=':reEmployButton']");
    long again = -1;
    String againPayId = null;
    for (JsonNode e : agency.json("/payroll/employers/" + accountId + "/employees")) {
      if (e.get("employmentId").asLong() != job) {
        again = e.get("employmentId").asLong();
        againPayId = e.get("payId").asText();
        assertEquals("2026-11-16", e.get("startDate").asText(), e.toString());
      }
    }
    assertTrue(again > 0, "a new employment");
    assertEquals("PA002", againPayId, "a new payroll ID");
    String againCard = "#employee-" + again + " ";
    String job2 = Browser.waitFor(By.id("job-" + again)).getText();
    assertEquals("Payroll number PA002, started on 16 November 2026.", job2);

    // the employer chooses rolled-up holiday pay for the new job: refused without a reason
    HttpResponseCheck.status(
        agency.put(
            "/payroll/employments/" + again + "/holiday/rolled-up", Map.of("rolledUp", true)),
        400,
        "Say why");
    assertEquals(
        403,
        sam.put(
                "/payroll/employments/" + again + "/holiday/rolled-up",
                Map.of("rolledUp", true, "reason", "mine"))
            .statusCode());
    fill(againCard, "rolledUpReason", "Grace's letter of 10 November: irregular hours");
    click(againCard, "input[id$=':chooseRolledUp']");
    String rolled = Browser.waitFor(By.id("holiday-" + again)).getText();
    assertTrue(rolled.contains("Rolled-up holiday pay: 12.07%"), rolled);
    assertTrue(
        agency
            .json("/payroll/employments/" + again + "/holiday")
            .get("rolledUpHolidayPay")
            .asBoolean());
    scrollTo("employee-" + again);
    Browser.screenshot("agency-re-employed-rolled-up", 320);
    Browser.screenshot("agency-re-employed-rolled-up", 1280);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    Browser.signOut();

    // November: the new job's first fortnight, and the late October timesheet
    List<Map<String, Object>> november = new ArrayList<>();
    for (int day = 16; day <= 20; day++) {
      november.add(shift(LocalDate.of(2026, 11, day), "DAY"));
    }
    holder.approvedTimesheet(again, "2026-11-16", "2026-11-30", november);
    long novemberRun = agency.finalisedRun(accountId, "2026-11");
    String fps = agency.get("/payroll/runs/" + novemberRun + "/fps").body();
    assertEquals(List.of(), RtiSpecs.schemaErrors("FullPaymentSubmission", "26-27", fps), fps);
    assertEquals(List.of(), RtiSpecs.businessRuleErrors("26-27", fps), fps);
    Map<String, Element> byPayId = new HashMap<>();
    Element body =
        Xml.child(Xml.child(Xml.child(parse(fps), "Body"), "IRenvelope"), "FullPaymentSubmission");
    for (Element e : Xml.children(body, "Employee")) {
      Element employment = Xml.child(e, "Employment");
      byPayId.put(Xml.text(employment, "PayId"), employment);
    }
    // the old job: payment after leaving, 0T non-cumulative, the original leaving date and ID
    Element old = byPayId.get("PA001");
    assertEquals("2026-10-16", Xml.text(old, "LeavingDate"));
    Element oldPayment = Xml.child(old, "Payment");
    assertEquals("yes", Xml.text(oldPayment, "PmtAfterLeaving"));
    Element code = Xml.child(oldPayment, "TaxCode");
    assertEquals("0T", code.getTextContent());
    assertEquals("yes", code.getAttribute("BasisNonCumulative"));
    // 5 days x 8 h x £12.60 = £504.00; 0T month 1: 20% of £504 = £100.80
    JsonNode oldSlip = slipOf(agency, novemberRun, job);
    assertEquals(Money.parse("504.00"), Money.of(oldSlip.get("grossPay").decimalValue()));
    assertEquals(Money.parse("100.80"), Money.of(oldSlip.get("incomeTax").decimalValue()));
    // the new job: a starter with its own ID and start date; nothing carried from the old job
    Element fresh = byPayId.get("PA002");
    assertEquals("2026-11-16", Xml.text(Xml.child(fresh, "Starter"), "StartDate"));
    assertEquals("B", Xml.text(Xml.child(fresh, "Starter"), "StartDec"));
    JsonNode newSlip = slipOf(agency, novemberRun, again);
    // 5 days x 8 h x £12.60 = £504.00 pay for work, and rolled-up holiday pay 12.07% = £60.83
    assertEquals(Money.parse("564.83"), Money.of(newSlip.get("grossPay").decimalValue()));
    assertEquals(
        "564.83",
        Xml.text(Xml.child(fresh, "FiguresToDate"), "TaxablePay"),
        "the year to date is this job's alone");
    String newPdf =
        pdfText(agency.bytes("/payroll/payslips/" + newSlip.get("id").asLong() + "/pdf").body());
    assertTrue(newPdf.contains("Rolled-up holiday pay"), newPdf);

    // the P45 stops at the final pay: the payment after leaving is not on it
    Money toOctober = Money.ZERO;
    for (JsonNode slip : sam.json("/payroll/payslips")) {
      if (slip.get("employmentId").asLong() == job
          && !LocalDate.parse(slip.get("paymentDate").asText())
              .isAfter(LocalDate.of(2026, 10, 28))) {
        toOctober = toOctober.plus(Money.of(slip.get("grossPay").decimalValue()));
      }
    }
    String p45 = pdfText(agency.bytes("/payroll/employments/" + job + "/p45").body());
    assertTrue(p45.contains(toOctober.formatted()), toOctober.formatted() + " in\n" + p45);
    assertFalse(
        p45.contains(toOctober.plus(Money.parse("504.00")).formatted()),
        "the payment after leaving is not on the P45: " + p45);

    // Sam's page: both jobs' holiday, how it is paid, in plain words
    Browser.signIn(PayrollDemoData.LEAVER_PA, DemoUsers.PASSWORD);
    Browser.open("/pa/payslips.xhtml");
    String mine = Browser.waitFor(By.id("holiday")).getText();
    assertTrue(mine.contains("Holiday pay is rolled up"), mine);
    assertTrue(mine.contains("With Grace Ibe (since 16 November 2026)"), mine);
    assertTrue(mine.contains("the job you left on 16 October 2026"), mine);
    JsonNode newJob = sam.json("/payroll/employments/" + again + "/holiday");
    assertTrue(
        mine.startsWith(
            "Holiday left to take: " + newJob.get("balanceHours").decimalValue().toPlainString()),
        "only the job Sam has not left: " + mine);
    assertFalse(mine.contains("IRREGULAR") || mine.contains("2026-"), mine);
    Browser.screenshot("pa-holiday-two-jobs", 320);
    Browser.screenshot("pa-holiday-two-jobs", 1280);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320), "no sideways scrolling at 320 px");
    Browser.signOut();

    // every run finalised (BureauPayRunIT and DemoFilingsIT read every run)
    for (JsonNode run : agency.json("/payroll/employers/" + accountId + "/runs")) {
      assertEquals("FINALISED", run.get("status").asText(), run.toString());
    }
  }

  private static void scrollTo(String id) {
    ((org.openqa.selenium.JavascriptExecutor) Browser.driver())
        .executeScript("document.getElementById(arguments[0]).scrollIntoView();", id);
  }

  private static void fill(String card, String idSuffix, String text) {
    var input =
        Browser.driver().findElement(By.cssSelector(card + "input[id$=':" + idSuffix + "']"));
    input.clear();
    input.sendKeys(text);
  }

  private static void click(String card, String selector) {
    Browser.clickThrough(Browser.driver().findElement(By.cssSelector(card + selector)));
  }

  private static Map<String, Object> shift(LocalDate d, String rateType) {
    return Map.of("start", d + "T09:00", "end", d + "T17:00", "rateType", rateType);
  }

  /** The stored day the employment's P45 was issued, or null before. */
  private static String p45IssuedOn(PayrollApi agency, long accountId, long employment)
      throws Exception {
    for (JsonNode e : agency.json("/payroll/employers/" + accountId + "/employments")) {
      if (e.get("employmentId").asLong() == employment) {
        JsonNode on = e.get("p45IssuedOn");
        return on == null || on.isNull() ? null : on.asText();
      }
    }
    throw new AssertionError("no employment " + employment + " for " + accountId);
  }

  private static JsonNode slipOf(PayrollApi agency, long run, long employment) throws Exception {
    for (JsonNode s : agency.json("/payroll/runs/" + run + "/payslips")) {
      if (s.get("employmentId").asLong() == employment) {
        return s;
      }
    }
    throw new AssertionError("no payslip for " + employment + " in run " + run);
  }

  private static Map<String, Object> checklist(long employmentId) {
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("employmentId", employmentId);
    c.put("startDate", "2026-08-03");
    c.put("forename", "Sam");
    c.put("surname", "Okafor");
    c.put("niNumber", "NH551545C");
    c.put("dateOfBirth", "1990-02-14");
    c.put("gender", "M");
    c.put("addressLine1", "4 Tanner Street");
    c.put("addressLine2", "Barking");
    c.put("postcode", "IG11 8QA");
    c.put("starterDeclaration", "A");
    c.put("niCategory", "A");
    c.put("hourlyRate", WEEKDAY);
    c.put("weekendRate", WEEKEND);
    c.put("sortCode", "20-45-77");
    c.put("accountNumber", "55667852");
    c.put("accountName", "S OKAFOR");
    c.put("rightToWorkChecked", "2026-07-20");
    c.put("dbsChecked", "2026-07-25");
    return c;
  }

  private static Element parse(String xml) throws Exception {
    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    return f.newDocumentBuilder()
        .parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)))
        .getDocumentElement();
  }

  private static String pdfText(byte[] pdf) throws Exception {
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      return new PDFTextStripper().getText(doc);
    }
  }
}
