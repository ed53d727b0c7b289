package org.dpsupport.server.it.monitoring;

import static org.dpsupport.server.it.monitoring.MonitoredAccounts.UK;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.account;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.awaitReturn;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.enrol;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.find;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.MonitoringDemoData;
import org.dpsupport.server.it.Deployments;
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
import org.openqa.selenium.support.ui.Select;

/**
 * The budget holder's return, end to end in the shared headless Chromium without JavaScript: typed
 * amounts with mistakes, a missed declaration, no statements, a statement for the wrong months and
 * one in another person's name (refused at upload with why, removable), the right statement, the
 * return sent; then what was STORED, read back through the REST API, equals what was typed; the
 * flags in plain words; the officer's question answered on the page and stored. Uses its own new
 * account, so no other test's records change.
 */
@ExtendWith(ArquillianExtension.class)
class HolderReturnJourneyIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  private static WebDriver d() {
    return Browser.driver();
  }

  private static WebElement amount(int i) {
    return d().findElement(By.id("form:spending:" + i + ":amount"));
  }

  private static void type(WebElement input, String text) {
    input.clear();
    input.sendKeys(text);
  }

  private static void upload(String kind, String fileName, byte[] pdf) throws Exception {
    Path dir = Files.createTempDirectory("dps-upload");
    Path file = dir.resolve(fileName);
    Files.write(file, pdf);
    new Select(d().findElement(By.id("upload:kind"))).selectByValue(kind);
    d().findElement(By.id("upload:file")).sendKeys(file.toAbsolutePath().toString());
    d().findElement(By.id("upload:send-file")).click();
  }

  private static void assertClean(String name) {
    assertEquals(List.of(), Browser.accessibilityViolations(), name + ": axe-core violations");
    assertEquals(0, Browser.horizontalOverflowAt(320), name + ": horizontal scrolling at 320 px");
    Browser.screenshot(name, 320);
    Browser.screenshot(name, 1200);
  }

  @Test
  @DisplayName(
      "A holder's return through the pages: mistakes shown the GOV.UK way with values kept, wrong"
          + " evidence refused at upload and removed, sent; the stored figures equal the typed;"
          + " flags explained; the officer's question answered")
  void returnJourney() throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
    String holder = MonitoringDemoData.RETURNS_HOLDER.username();
    long accountId =
        enrol(
            officer,
            account(
                reference("JOURNEY"),
                holder,
                start,
                "15600.00",
                "1200.00",
                List.of("PA_WAGES", "PERSONAL_CARE")));
    long returnId = awaitReturn(officer, accountId, start).get("id").asLong();

    Browser.signIn(holder, DemoUsers.PASSWORD);
    Browser.open("/holder/return.xhtml?id=" + returnId);
    Browser.waitFor(By.id("return-heading"));
    assertEquals(
        "Wages for your personal assistants",
        d().findElement(By.cssSelector("label[for='form:spending:0:amount']")).getText());
    assertClean("holder-return-open");

    // 1. words and a negative amount, no declaration: every error at once, values kept
    type(amount(0), "about 1700");
    type(amount(1), "-20");
    d().findElement(By.id("form:send")).click();
    Browser.waitFor(By.id("error-summary"));
    assertTrue(d().getTitle().startsWith("Error: "), d().getTitle());
    List<String> links =
        d().findElements(By.cssSelector("#error-summary a")).stream()
            .map(a -> a.getAttribute("href").replaceAll("^.*#", "#"))
            .toList();
    assertEquals(
        List.of("#form:spending:0:amount", "#form:spending:1:amount", "#form:declaration"), links);
    assertEquals("about 1700", amount(0).getAttribute("value"), "what was typed is kept");
    assertEquals("-20", amount(1).getAttribute("value"));
    assertTrue(
        d().findElement(By.id("form:spending:1:amount-error")).getText().contains("0 or more"));
    assertTrue(d().getCurrentUrl().contains("id=" + returnId), d().getCurrentUrl());
    assertClean("holder-return-errors");

    // 2. right amounts and the declaration, but no statement yet
    type(amount(0), "1200.00");
    type(amount(1), "410.00");
    d().findElement(By.cssSelector("label[for='form:declaration']")).click();
    d().findElement(By.id("form:send")).click();
    Browser.waitFor(By.id("error-summary"));
    assertTrue(
        d().findElement(By.id("form:missingReason-error"))
            .getText()
            .contains("Upload bank statements for every day from"),
        d().findElement(By.id("error-summary")).getText());
    assertEquals("1200.00", amount(0).getAttribute("value"));

    // 3. a statement for months outside the return: refused with why, then removed
    upload(
        "STATEMENT",
        "old.pdf",
        Statements.quarter(
            start.minusMonths(9), start.minusMonths(6), "500.00", "1200.00", List.of()));
    assertTrue(
        Browser.waitFor(By.id("refused")).getText().contains("outside this return's period"),
        d().findElement(By.id("refused")).getText());
    assertTrue(d().findElement(By.id("refused-files")).getText().contains("old.pdf"));
    assertClean("holder-return-refused");
    Browser.clickThrough(d().findElement(By.cssSelector("#refused-files input[type=submit]")));
    assertEquals(
        "The file has been removed.",
        Browser.waitFor(By.id("done")).getText().trim().replaceAll("^Done\\s*", ""));
    assertTrue(d().findElements(By.id("refused-files")).isEmpty());

    // 4. a statement in another person's name: refused with why (kept, not evidence)
    upload(
        "STATEMENT",
        "someone-else.pdf",
        Statements.of(
            "Mrs Sarah O'Neill",
            start,
            today,
            "500.00",
            List.of(
                new org.dpsupport.testresources.statements.StatementSpec.Transaction(
                    start.plusDays(1), new BigDecimal("-10.00"), "CARD PAYMENT"))));
    assertTrue(
        Browser.waitFor(By.id("refused")).getText().contains("in the name of Mrs Sarah O'Neill"),
        d().findElement(By.id("refused")).getText());

    // 5. the right statement
    upload(
        "STATEMENT",
        "quarter.pdf",
        Statements.quarter(start, today, "500.00", "1200.00", List.of()));
    assertTrue(
        Browser.waitFor(By.id("done")).getText().contains("quarter.pdf uploaded. We read"),
        d().findElement(By.id("done")).getText());

    // 6. send
    type(amount(0), "1200.00");
    type(amount(1), "410.00");
    d().findElement(By.cssSelector("label[for='form:declaration']")).click();
    d().findElement(By.id("form:send")).click();
    Browser.waitFor(By.id("sent-panel"));
    assertTrue(
        d().findElement(By.id("reference")).getText().endsWith("-R" + returnId),
        d().findElement(By.id("reference")).getText());
    assertTrue(d().findElement(By.id("state")).getText().startsWith("You have sent this return"));
    assertClean("holder-return-sent");

    // 7. what was stored equals what was typed
    JsonNode stored = officer.get("/returns/" + returnId).body();
    assertEquals(
        0,
        new BigDecimal("1200.00")
            .compareTo(stored.get("declaredSpending").get("PA_WAGES").decimalValue()),
        stored.get("declaredSpending").toString());
    assertEquals(
        0,
        new BigDecimal("410.00")
            .compareTo(stored.get("declaredSpending").get("PERSONAL_CARE").decimalValue()));
    JsonNode uploads = stored.get("uploads");
    assertEquals(2, uploads.size(), uploads.toString());
    assertEquals(
        "REFUSED",
        find(uploads, u -> u.get("fileName").asText().equals("someone-else.pdf"))
            .orElseThrow()
            .get("outcome")
            .asText());
    assertEquals(
        "READ",
        find(uploads, u -> u.get("fileName").asText().equals("quarter.pdf"))
            .orElseThrow()
            .get("outcome")
            .asText());

    // 8. the flags in plain words, with what to do
    Browser.open("/holder/return.xhtml?id=" + returnId);
    Browser.waitFor(By.id("return-heading"));
    if (stored.get("flags").size() > 0) {
      String flags = d().findElement(By.id("flags")).getText();
      assertTrue(flags.contains("What you can do:"), flags);
      assertTrue(flags.contains(stored.get("flags").get(0).get("title").asText()), flags);
    }

    // 9. the officer asks; the holder answers on the page; the answer is stored
    MonitoringApi.Reply asked =
        officer.post(
            "/returns/" + returnId + "/actions",
            Map.of("kind", "ASK_QUESTION", "reason", "What was the £410.00 of personal care for?"));
    assertEquals(2, asked.status() / 100, asked.text());
    Browser.open("/holder/return.xhtml?id=" + returnId);
    Browser.waitFor(By.id("questions-heading"));
    d().findElement(By.id("answers:q:0:send-answer")).click();
    assertTrue(
        Browser.waitFor(By.id("error-summary"))
            .getText()
            .contains("Write your answer to the officer's question"));
    type(d().findElement(By.id("answers:q:0:answer")), "Two visits from Sunrise Homecare.");
    d().findElement(By.id("answers:q:0:send-answer")).click();
    assertTrue(Browser.waitFor(By.id("done")).getText().contains("Your answer has been sent"));
    assertClean("holder-return-answered");
    JsonNode actions = officer.get("/returns/" + returnId).body().get("actions");
    JsonNode question =
        find(actions, a -> a.get("kind").asText().equals("ASK_QUESTION")).orElseThrow();
    assertEquals("RESPONDED", question.get("status").asText());
    assertEquals("Two visits from Sunrise Homecare.", question.get("response").asText());
  }

  @Test
  @DisplayName(
      "A receipt dated before the return's period is refused at upload with a sentence saying why,"
          + " shown as an error; nothing from it is stored as evidence; one dated inside is taken")
  void receiptOutsideThePeriodIsRefused() throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
    String holder = MonitoringDemoData.RETURNS_HOLDER.username();
    long accountId =
        enrol(
            officer,
            account(
                reference("RECEIPT"),
                holder,
                start,
                "15600.00",
                "1200.00",
                List.of("PA_WAGES", "PERSONAL_CARE")));
    JsonNode opened = awaitReturn(officer, accountId, start);
    long returnId = opened.get("id").asLong();
    LocalDate periodStart = LocalDate.parse(opened.get("periodStart").asText());

    Browser.signIn(holder, DemoUsers.PASSWORD);
    Browser.open("/holder/return.xhtml?id=" + returnId);
    Browser.waitFor(By.id("return-heading"));

    // a taxi receipt from ten days before the period began
    LocalDate before = periodStart.minusDays(10);
    upload("RECEIPT", "taxi-before.pdf", Receipts.taxiReceipt("Dagenham Cars", before, "14.50"));
    String refused = Browser.waitFor(By.id("refused")).getText();
    String dated =
        before.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK));
    assertTrue(
        refused.contains(
            "This receipt is dated " + dated + ", which is outside this return's period ("),
        refused);
    assertTrue(
        refused.contains("Upload it with the return for the period it was paid in."), refused);
    assertTrue(
        d().findElement(By.id("refused-files")).getText().contains("taxi-before.pdf: This receipt"),
        d().findElement(By.id("refused-files")).getText());
    assertTrue(
        d().findElements(By.cssSelector("#refused-files .govuk-error-message")).size() == 1,
        "shown as an error at the file, not as a success");
    assertClean("holder-return-receipt-refused");

    // one dated inside the period is taken
    upload(
        "RECEIPT",
        "taxi-inside.pdf",
        Receipts.taxiReceipt("Dagenham Cars", periodStart.plusDays(5), "16.00"));
    assertTrue(
        Browser.waitFor(By.id("done")).getText().contains("taxi-inside.pdf uploaded"),
        d().findElement(By.id("done")).getText());

    // what was stored: the refused file is kept only as refused, with its reason; no line of
    // evidence, flag or receipt citation comes from it
    JsonNode stored = officer.get("/returns/" + returnId).body();
    JsonNode before1 =
        find(stored.get("uploads"), u -> u.get("fileName").asText().equals("taxi-before.pdf"))
            .orElseThrow();
    assertEquals("REFUSED", before1.get("outcome").asText(), before1.toString());
    assertTrue(before1.get("message").asText().startsWith("This receipt is dated " + dated));
    long refusedId = before1.get("id").asLong();
    assertEquals(
        "READ",
        find(stored.get("uploads"), u -> u.get("fileName").asText().equals("taxi-inside.pdf"))
            .orElseThrow()
            .get("outcome")
            .asText());
    for (JsonNode line : stored.get("lines")) {
      assertTrue(line.get("uploadId").asLong() != refusedId, "a line from it: " + line);
      assertTrue(
          !line.hasNonNull("receipt") || line.get("receipt").get("uploadId").asLong() != refusedId,
          "cited as a receipt: " + line);
    }
    for (JsonNode flag : stored.get("flags")) {
      assertTrue(
          !flag.hasNonNull("receipt") || flag.get("receipt").get("uploadId").asLong() != refusedId,
          "cited by a flag: " + flag);
    }

    // removed by the holder, it is gone
    Browser.clickThrough(d().findElement(By.cssSelector("#refused-files input[type=submit]")));
    assertEquals(
        "The file has been removed.",
        Browser.waitFor(By.id("done")).getText().trim().replaceAll("^Done\\s*", ""));
    assertTrue(
        find(
                officer.get("/returns/" + returnId).body().get("uploads"),
                u -> u.get("fileName").asText().equals("taxi-before.pdf"))
            .isEmpty(),
        "nothing left of the refused receipt");
    Browser.signOut();
  }
}
