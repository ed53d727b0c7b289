package org.dpsupport.server.it.monitoring;

import static org.dpsupport.server.it.monitoring.MonitoredAccounts.account;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.enrol;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
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

/**
 * Prepaid cards (issue 19): the officer imports the provider's CSV file for a card account in the
 * browser (JavaScript off), sees the cash machine withdrawal flagged in plain words, and the stored
 * transactions are read back over the API; bad files are refused whole and change nothing. Each
 * test makes its own account.
 */
@ExtendWith(ArquillianExtension.class)
class PrepaidCardIT {

  private static final Path CLEARCARD_FILE =
      Path.of("src/main/resources/demo/monitoring/clearcard-april-2026.csv");

  private final MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  /** A Barking and Dagenham card account from 1 April 2026 with its Clearcard card recorded. */
  private long cardAccount(String what) throws Exception {
    return cardAccount(what, "clearcard", "C-0048213");
  }

  private long cardAccount(String what, String provider, String cardId) throws Exception {
    Map<String, Object> a =
        account(
            reference(what),
            MonitoringDemoData.RETURNS_HOLDER.username(),
            LocalDate.of(2026, 4, 1),
            "15600.00",
            "1200.00",
            List.of("PERSONAL_CARE", "TRANSPORT", "DAY_ACTIVITIES"));
    a.put("route", "PREPAID_CARD");
    long id = enrol(officer, a);
    MonitoringApi.Reply card =
        officer.put("/accounts/" + id + "/card", Map.of("provider", provider, "cardId", cardId));
    assertEquals(200, card.status(), card.text());
    return id;
  }

  private static String text(String id) {
    return MonitoredAccounts.text(id);
  }

  private static void assertAccessible(String page) {
    MonitoredAccounts.assertAccessible(page);
  }

  @Test
  @DisplayName(
      "The officer imports a card file in the browser, sees the cash withdrawal flagged, and the"
          + " stored transactions read back")
  void officerImportsACardFile() throws Exception {
    long id = cardAccount("CARD");
    Browser.signIn(DemoUsers.OFFICER);
    Browser.open("/officer/monitoring-account.xhtml?id=" + id);
    Browser.waitFor(By.id("card-heading"));
    assertEquals("No card file has been imported yet.", text("no-imports"));
    Browser.driver().findElement(By.id("import-link")).click();
    Browser.waitFor(By.id("import-heading"));

    // no file chosen: the GOV.UK error summary links to the field
    Browser.driver().findElement(By.id("import:send-file")).click();
    Browser.waitFor(By.id("error-summary"));
    assertTrue(text("error-summary").contains("Choose the card file to import"));
    assertAccessible("card-import-error");

    Browser.driver()
        .findElement(By.id("import:file"))
        .sendKeys(CLEARCARD_FILE.toAbsolutePath().toString());
    Browser.driver().findElement(By.id("import:send-file")).click();
    Browser.waitFor(By.id("imported"));
    assertEquals("Clearcard card C-0048213", text("card-id").substring(0, 24));
    assertTrue(
        text("card-flags")
            .contains(
                "Cash withdrawal £40.00 was taken out in cash on 8 April 2026. Ask what it paid"
                    + " for and for receipts."),
        text("card-flags"));
    String spending = text("card-spending").replaceAll("\\s+", " ");
    assertTrue(spending.contains("Personal care £1,567.50"), spending);
    assertTrue(spending.contains("Cash taken out £40.00"), spending);
    assertTrue(
        text("card-imports").contains("1 April 2026 to 30 April 2026"), text("card-imports"));
    assertAccessible("card-account");
    ((org.openqa.selenium.JavascriptExecutor) Browser.driver())
        .executeScript("document.getElementById('card-heading').scrollIntoView();");
    Browser.screenshot("card-account-section", 1280);

    // what was stored, over the API
    JsonNode card = officer.get("/accounts/" + id + "/card").body();
    assertEquals(1, card.get("imports").size());
    JsonNode file = card.get("imports").get(0);
    assertEquals(15, file.get("transactions").asInt());
    assertEquals(0, new BigDecimal("1052.33").compareTo(file.get("closingBalance").decimalValue()));
    JsonNode rows =
        officer
            .get("/accounts/" + id + "/card/imports/" + file.get("id").asLong() + "/transactions")
            .body();
    assertEquals(15, rows.size());
    JsonNode atm = rows.get(4);
    assertEquals("LINK ATM SAINSBURYS DAGENHAM", atm.get("merchant").asText());
    assertEquals(6011, atm.get("merchantCategory").asInt());
    assertEquals(0, new BigDecimal("-40.00").compareTo(atm.get("amount").decimalValue()));
    assertEquals("CASH", atm.get("source").asText());
    assertEquals(6, atm.get("fileRow").asInt());
    assertEquals("COUNCIL_PAYMENT", rows.get(0).get("source").asText());
    assertEquals("2026-04-01", rows.get(0).get("date").asText());
    assertEquals("CASH_WITHDRAWAL", card.get("openFlags").get(0).get("kind").asText());
    assertEquals(5, card.get("openFlags").get(0).get("line").asInt());
  }

  @Test
  @DisplayName(
      "A card flag brings the account to the officer's queue; the officer closes it in the"
          + " browser with a reason, and it is stored, kept in the case history and off the queue")
  void officerClosesCardFlags() throws Exception {
    long id = cardAccount("CARDQ");
    String reference = officer.get("/accounts/" + id).body().get("reference").asText();
    MonitoringApi.Reply imported =
        officer.uploadCsv(
            "/accounts/" + id + "/card/imports?fileName=april.csv",
            Files.readAllBytes(CLEARCARD_FILE));
    assertEquals(201, imported.status(), imported.text());
    List<Long> flags = new java.util.ArrayList<>();
    imported.body().get("flags").forEach(f -> flags.add(f.get("id").asLong()));
    assertTrue(!flags.isEmpty(), imported.text());
    String count = flags.size() == 1 ? "1 flag" : flags.size() + " flags";

    // the API's case queue has the same row as the page
    JsonNode apiRows = officer.get("/cases?q=" + reference).body().get("rows");
    assertEquals(1, apiRows.size(), apiRows.toString());
    assertEquals(flags.size(), apiRows.get(0).get("cardFlags").asInt(), apiRows.toString());
    assertEquals(reference, apiRows.get(0).get("reference").asText());

    Browser.signIn(DemoUsers.OFFICER);
    Browser.open("/officer/monitoring-queue.xhtml?q=" + reference);
    String row = text("queue").replaceAll("\\s+", " ");
    assertTrue(row.contains(reference), row);
    assertTrue(row.contains("Card files: " + count), row);
    assertTrue(row.contains(count + " on the card, £40.00 at risk"), row);
    Browser.driver().findElement(By.linkText("Card files")).click();
    Browser.waitFor(By.id("card-heading"));
    assertEquals("None: the council imports the card's transactions instead", text("risk"));
    Browser.driver().findElement(By.id("close-flags-link")).click();
    Browser.waitFor(By.id("close-heading"));

    // nothing ticked and no reason: both errors at once, nothing changed
    Browser.driver().findElement(By.id("close-flags:close")).click();
    Browser.waitFor(By.id("error-summary"));
    String errors = text("error-summary");
    assertTrue(errors.contains("Choose the flags you are closing"), errors);
    assertTrue(errors.contains("Say why these flags can be closed"), errors);
    assertTrue(Browser.driver().getTitle().startsWith("Error: "), Browser.driver().getTitle());
    assertAccessible("card-flags-error");
    assertEquals(1, officer.get("/accounts/" + id + "/card").body().get("openFlags").size());

    for (long flag : flags) {
      Browser.driver().findElement(By.id("card-flag-" + flag)).click();
    }
    Browser.type(
        "close-flags:reason", "Cash for the PA's bus fares to a day centre; receipts seen.");
    Browser.driver().findElement(By.id("close-flags:close")).click();
    Browser.waitFor(By.id("closed"));
    assertEquals(
        flags.size() == 1 ? "The flag was closed." : "The flags were closed.",
        text("closed").replace("Done", "").strip());
    assertEquals("Nothing on the card needs a look.", text("no-card-flags"));
    assertAccessible("card-flags-closed");

    // what was stored: no open card flag, the account off the queue
    assertEquals(0, officer.get("/accounts/" + id + "/card").body().get("openFlags").size());
    assertEquals(0, officer.get("/cases?q=" + reference).body().get("rows").size());
    Browser.open("/officer/monitoring-queue.xhtml?q=" + reference);
    assertTrue(
        Browser.driver().findElements(By.linkText(reference)).isEmpty(),
        "still in the queue: " + Browser.driver().getPageSource().length());

    // the commissioners' view: the card route's money comes from the card files
    JsonNode routes = officer.get("/reports/summary").body().get("moneyByRoute");
    JsonNode cardRoute = null;
    for (JsonNode l : routes) {
      if (l.get("route").asText().equals("PREPAID_CARD")) {
        cardRoute = l;
      }
    }
    assertTrue(cardRoute != null && cardRoute.get("accounts").asLong() >= 1, routes.toString());
    assertTrue(cardRoute.get("paidIn").decimalValue().signum() > 0, cardRoute.toString());
    assertTrue(cardRoute.get("held").decimalValue().signum() > 0, cardRoute.toString());
    Browser.open("/officer/monitoring-reports.xhtml");
    String money = text("route-money");
    assertTrue(money.contains("Prepaid card"), money);
    assertTrue(money.contains("Own bank account"), money);

    // over the API: a stale choice and a missing reason are refused, changing nothing
    MonitoringApi.Reply again =
        officer.post(
            "/accounts/" + id + "/card/flags/close", Map.of("flagIds", flags, "reason", "Again"));
    assertEquals(409, again.status(), again.text());
    MonitoringApi.Reply noReason =
        officer.post("/accounts/" + id + "/card/flags/close", Map.of("flagIds", flags));
    assertEquals(400, noReason.status(), noReason.text());
    MonitoringApi.Reply holder =
        new MonitoringApi(MonitoringDemoData.RETURNS_HOLDER.username())
            .post(
                "/accounts/" + id + "/card/flags/close",
                Map.of("flagIds", flags, "reason", "mine"));
    assertEquals(403, holder.status(), holder.text());
    MonitoringApi.Reply holderQueue =
        new MonitoringApi(MonitoringDemoData.RETURNS_HOLDER.username()).get("/cases");
    assertEquals(403, holderQueue.status(), holderQueue.text());
  }

  @Test
  @DisplayName(
      "Refused whole, nothing changed: another card's file, a malformed file, the same file twice;"
          + " the holder and another council's officer may not import")
  void badFilesAreRefused() throws Exception {
    long id = cardAccount("CARDBAD");
    String path = "/accounts/" + id + "/card/imports?fileName=april.csv";
    String good = Files.readString(CLEARCARD_FILE);

    MonitoringApi.Reply other =
        officer.uploadCsv(
            path, good.replace("C-0048213", "C-0011111").getBytes(StandardCharsets.UTF_8));
    assertEquals(400, other.status(), other.text());
    assertEquals(
        "Row 2 of the card file: the card C-0011111 is not this direct payment's card"
            + " (C-0048213). Export the transactions of this card only.",
        other.body().get("detail").asText());

    MonitoringApi.Reply broken =
        officer.uploadCsv(
            path,
            good.replace("-285.00,751.12", "-285.00,750.12").getBytes(StandardCharsets.UTF_8));
    assertEquals(400, broken.status(), broken.text());
    assertTrue(
        broken.body().get("detail").asText().startsWith("Row 7 of the card file: the balance"));

    MonitoringApi.Reply holder =
        new MonitoringApi(MonitoringDemoData.RETURNS_HOLDER.username())
            .uploadCsv(path, good.getBytes(StandardCharsets.UTF_8));
    assertEquals(403, holder.status(), holder.text());
    MonitoringApi.Reply havering =
        new MonitoringApi("officer-hav@demo.dpsupport.org")
            .uploadCsv(path, good.getBytes(StandardCharsets.UTF_8));
    assertEquals(403, havering.status(), havering.text());
    assertEquals(0, officer.get("/accounts/" + id + "/card").body().get("imports").size());

    assertEquals(201, officer.uploadCsv(path, good.getBytes(StandardCharsets.UTF_8)).status());
    MonitoringApi.Reply twice = officer.uploadCsv(path, good.getBytes(StandardCharsets.UTF_8));
    assertEquals(409, twice.status(), twice.text());
    assertTrue(
        twice.body().get("detail").asText().startsWith("This card file was imported already"));
    // the same dates in a file that differs only in its line endings: refused too
    MonitoringApi.Reply sameDates =
        officer.uploadCsv(path, good.replace("\r\n", "\n").getBytes(StandardCharsets.UTF_8));
    assertEquals(409, sameDates.status(), sameDates.text());
    assertTrue(
        sameDates.body().get("detail").asText().startsWith("Transactions from 1 April 2026"));
    assertEquals(1, officer.get("/accounts/" + id + "/card").body().get("imports").size());
  }

  @Test
  @DisplayName(
      "A Paycircle file (newest first, paid out and paid in): betting blocked, groceries and"
          + " equipment outside the plan, and the account re-rated for unexplained spending")
  void paycircleFile() throws Exception {
    long id = cardAccount("PAYCIRCLE", "paycircle", "5355 22** **** 4821");
    byte[] file =
        Files.readAllBytes(
            Path.of("../monitoring-module/src/test/resources/cards/paycircle-april-2026.csv"));
    MonitoringApi.Reply imported =
        officer.uploadCsv("/accounts/" + id + "/card/imports?fileName=paycircle.csv", file);
    assertEquals(201, imported.status(), imported.text());
    JsonNode body = imported.body();
    assertEquals(11, body.get("transactions").asInt());
    assertEquals("2026-04-01", body.get("firstDate").asText());
    List<String> kinds =
        java.util.stream.StreamSupport.stream(body.get("flags").spliterator(), false)
            .map(f -> f.get("kind").asText())
            .toList();
    assertEquals(List.of("BLOCKED_MERCHANT", "OUTSIDE_PLAN", "OUTSIDE_PLAN"), kinds);
    assertEquals(
        "£20.00 was spent at BET365 (merchant category 7995) on 2026-04-11, a kind of business"
            + " the council's cards must not be used at.",
        body.get("flags").get(0).get("message").asText());
    JsonNode account = officer.get("/accounts/" + id).body();
    assertTrue(
        account.get("riskReasons").asText().contains("unexplained spending"),
        account.get("riskReasons").asText());
  }
}
