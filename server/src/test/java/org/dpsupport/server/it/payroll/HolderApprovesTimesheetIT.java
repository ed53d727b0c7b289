package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.it.browser.Browser;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/**
 * A budget holder approves a timesheet after seeing its shifts, in the shared headless Chromium
 * without JavaScript: the waiting timesheet's shifts are listed with dates in words and hours, the
 * holder approves it and sees a confirmation; the stored approval (who and when) is read back
 * through REST; a second approval and another holder's attempt are refused in plain words.
 *
 * <p>Uses the demo client DP-BDG-0108 (newclient8@), awaiting set-up and used by no other IT: the
 * agency sets it up and takes on a PA, the holder enters her October timesheet through the API.
 */
@ExtendWith(ArquillianExtension.class)
class HolderApprovesTimesheetIT {

  private static final String HOLDER = "newclient8@demo.dpsupport.org";

  /** Words a person should never read (as in HolderAndPaPagesIT). */
  private static final Pattern SYSTEM_WORDS =
      Pattern.compile(
          "\\b(SUBMITTED|APPROVED|PAID|[A-Z]+_[A-Z_]+)\\b"
              + "|\\b\\d{4}-\\d{2}-\\d{2}\\b|Exception|\\bnull\\b|[A-Z]+:[A-Z]+");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  private static WebDriver d() {
    return Browser.driver();
  }

  private static void assertClean(String name) {
    assertEquals(List.of(), Browser.accessibilityViolations(), name + ": axe-core violations");
    assertEquals(0, Browser.horizontalOverflowAt(320), name + ": horizontal scrolling at 320 px");
    List<String> words = new ArrayList<>();
    var m = SYSTEM_WORDS.matcher(d().findElement(By.tagName("main")).getText());
    while (m.find()) {
      words.add(m.group());
    }
    assertEquals(List.of(), words, name + ": system words on the page");
    Browser.screenshot(name, 320);
    Browser.screenshot(name, 1280);
  }

  /** The agency sets the client up and takes on a PA; returns the new employment's id. */
  private static long setUpWithAPa(PayrollApi agency, long accountId) throws Exception {
    Map<String, Object> setup =
        PayrollApi.employerSetUp(
            accountId,
            "New client 8",
            "475/HT40808",
            org.dpsupport.payroll.domain.model.employer.AccountsOfficeReference.withCheckCharacter(
                    "475", "00040808")
                .value(),
            25,
            "1800.00",
            "EL-40808",
            "2027-05-31");
    assertEquals(201, agency.post("/payroll/employers", setup).statusCode());
    Map<String, Object> c = new LinkedHashMap<>();
    c.put("startDate", "2026-10-05");
    c.put("forename", "Bronwen");
    c.put("surname", "Alder");
    c.put("niNumber", "CE408808C");
    c.put("dateOfBirth", "1984-06-21");
    c.put("gender", "F");
    c.put("addressLine1", "9 Rainham Road");
    c.put("addressLine2", "Dagenham");
    c.put("postcode", "RM10 8AX");
    c.put("starterDeclaration", "A");
    c.put("niCategory", "A");
    c.put("hourlyRate", new BigDecimal("13.10"));
    c.put("usualWeeklyHours", new BigDecimal("10"));
    c.put("sortCode", "20-45-77");
    c.put("accountNumber", "44332253");
    c.put("accountName", "B ALDER");
    c.put("rightToWorkChecked", "2026-09-20");
    c.put("dbsChecked", "2026-09-25");
    return agency
        .send("/payroll/employers/" + accountId + "/employees", c)
        .get("employmentId")
        .asLong();
  }

  @Test
  @DisplayName(
      "A holder sees a waiting timesheet's shifts in words, approves it and sees a confirmation;"
          + " the approval is stored with who and when; approving again, or another holder"
          + " approving, is refused in plain words")
  void approveAfterSeeingShifts() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    long accountId = agency.awaitingClient("DP-BDG-0108").get("id").asLong();
    long bronwen = setUpWithAPa(agency, accountId);

    // three shifts in October: Monday 5th 9am-2pm, Wednesday 7th 9am-2pm, Saturday 10th 6pm-10pm
    PayrollApi holder = new PayrollApi(HOLDER);
    List<Map<String, Object>> shifts =
        List.of(
            Map.of("start", "2026-10-05T09:00", "end", "2026-10-05T14:00", "rateType", "DAY"),
            Map.of("start", "2026-10-07T09:00", "end", "2026-10-07T14:00", "rateType", "DAY"),
            Map.of("start", "2026-10-10T18:00", "end", "2026-10-10T22:00", "rateType", "DAY"));
    Map<String, Object> sheet = new LinkedHashMap<>();
    sheet.put("employmentId", bronwen);
    sheet.put("periodStart", "2026-10-01");
    sheet.put("periodEnd", "2026-10-31");
    sheet.put("shifts", shifts);
    JsonNode entered = holder.send("/payroll/timesheets", sheet);
    long id = entered.get("id").asLong();
    assertEquals("SUBMITTED", entered.get("status").asText());
    assertEquals(0, new BigDecimal("14").compareTo(entered.get("hours").decimalValue()));

    // 1. the waiting timesheet, its shifts in words
    Browser.signIn(HOLDER, DemoUsers.PASSWORD);
    Browser.open("/holder/timesheets.xhtml");
    Browser.waitFor(By.id("timesheets-heading"));
    String row =
        d().findElement(By.id("shifts-" + id)).findElement(By.xpath("ancestor::tr")).getText();
    assertTrue(row.contains("Bronwen Alder"), row);
    assertTrue(row.contains("1 October 2026 to 31 October 2026"), row);
    d().findElement(By.xpath("//span[text()=\"Check Bronwen Alder's shifts\"]")).click();
    List<String> listed =
        d().findElements(By.cssSelector("#shifts-" + id + " li")).stream()
            .map(WebElement::getText)
            .toList();
    assertEquals(
        List.of(
            "Monday 5 October 2026, 9:00am to 2:00pm: 5 hours, day rate",
            "Wednesday 7 October 2026, 9:00am to 2:00pm: 5 hours, day rate",
            "Saturday 10 October 2026, 6:00pm to 10:00pm: 4 hours, day rate"),
        listed);
    assertClean("timesheet-waiting");

    // 2. approve, by the button named with the PA; the confirmation
    OffsetDateTime before = OffsetDateTime.now().minusSeconds(5);
    d().findElement(By.cssSelector("input[value=\"Approve Bronwen Alder's timesheet\"]")).click();
    assertEquals(
        "You approved Bronwen Alder's timesheet for 1 October 2026 to 31 October 2026: 14 hours"
            + " over 3 shifts. Your payroll agency will pay it on the next pay day.",
        Browser.waitFor(By.id("done-message")).getText());
    assertTrue(
        d().findElements(By.cssSelector("input[value=\"Approve Bronwen Alder's timesheet\"]"))
            .isEmpty(),
        "no second approve button");
    String after = d().findElement(By.tagName("main")).getText();
    assertTrue(after.contains("Approved"), after);
    assertClean("timesheet-approved");

    // 3. what was stored: who approved and when
    JsonNode stored = holder.json("/payroll/timesheets/" + id);
    assertEquals("APPROVED", stored.get("status").asText());
    assertEquals(HOLDER, stored.get("approvedBy").asText());
    assertFalse(stored.hasNonNull("approvalReason"), "the holder gives no reason: " + stored);
    OffsetDateTime at = OffsetDateTime.parse(stored.get("approvedAt").asText());
    assertTrue(
        !at.isBefore(before) && at.isBefore(OffsetDateTime.now().plusSeconds(5)),
        "approved just now: " + at);
    assertTrue(Duration.between(before, at).toMinutes() < 10);

    // 4. approving again is refused in plain words, and changes nothing
    HttpResponseCheck.status(
        holder.post("/payroll/timesheets/" + id + "/approve", Map.of()),
        409,
        "This timesheet has already been approved.");
    assertEquals(
        stored.get("approvedAt").asText(),
        holder.json("/payroll/timesheets/" + id).get("approvedAt").asText());

    // 5. another holder cannot approve (or see) it
    PayrollApi other = new PayrollApi("newholder@demo.dpsupport.org");
    HttpResponseCheck.status(
        other.post("/payroll/timesheets/" + id + "/approve", Map.of()),
        403,
        "Only the employer, their nominee or their payroll agency can approve this timesheet.");
    assertEquals(403, other.get("/payroll/timesheets/" + id).statusCode());
    Browser.signOut();
  }
}
