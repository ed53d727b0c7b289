package org.dpsupport.server.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.LedgerFlagDemoData;
import org.dpsupport.server.demo.ManagedDemoData;
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
 * A managed account's ledger flags in the officer's case queue (issue 19): the agency pays Amira
 * Haddad's wages beyond what the council paid in (DP-BDG-0146, this IT's own account), her ledger
 * is overdrawn, she appears in the queue (API and page) with why and the money at risk, her rating
 * moves to monthly; the council's payment clears the flag and she leaves the queue, rated annual
 * again. Overdrawn once more, the officer closes the case in the browser (a missing reason refused,
 * nothing stored) and she leaves the queue. The IT ends with her ledger back at its start.
 */
@ExtendWith(ArquillianExtension.class)
class LedgerFlagQueueIT {

  private static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));

  private final MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
  private final MonitoringApi agency =
      MonitoringApi.of(ManagedDemoData.AGENCY_STAFF, "/monitoring");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  private long accountId() throws Exception {
    JsonNode mine =
        MonitoringApi.of(LedgerFlagDemoData.CLIENT_HOLDER, "/managed").get("/mine").body();
    assertEquals(LedgerFlagDemoData.CLIENT, mine.get(0).get("reference").asText(), mine.toString());
    return mine.get(0).get("accountId").asLong();
  }

  private JsonNode queue() throws Exception {
    return officer.get("/cases?q=" + LedgerFlagDemoData.CLIENT).body();
  }

  private BigDecimal balance(long id) throws Exception {
    return agency.get("/accounts/" + id + "/managed").body().get("balance").decimalValue();
  }

  private void entry(long id, String kind, BigDecimal amount) throws Exception {
    MonitoringApi.Reply r =
        agency.post(
            "/accounts/" + id + "/managed/ledger",
            Map.of("kind", kind, "date", TODAY.toString(), "amount", amount, "description", "IT"));
    assertEquals(200, r.status(), r.text());
  }

  private JsonNode rating(long id) throws Exception {
    return officer.get("/accounts/" + id).body();
  }

  @Test
  @DisplayName(
      "An overdrawn managed ledger brings the account to the queue and re-rates it; the council's"
          + " payment clears it; the officer closes the case with a reason")
  void ledgerFlagsInTheQueue() throws Exception {
    long id = accountId();
    if (balance(id).signum() < 0) {
      // a run stopped half-way left the ledger overdrawn: the council's payment puts it right
      entry(id, "COUNCIL_PAYMENT", balance(id).negate());
    }
    BigDecimal start = balance(id);
    assertEquals(0, queue().get("total").asInt(), queue().toString());
    assertEquals("ANNUAL", rating(id).get("frequency").asText(), rating(id).toString());

    // wages paid beyond the balance: overdrawn by £100.00
    entry(id, "WAGES_PAID", start.add(new BigDecimal("100.00")));
    JsonNode q = queue();
    assertEquals(1, q.get("total").asInt(), q.toString());
    JsonNode row = q.get("rows").get(0);
    assertEquals(id, row.get("accountId").asLong());
    assertEquals(1, row.get("ledgerFlags").asInt());
    assertEquals(0, new BigDecimal("100.00").compareTo(row.get("moneyAtRisk").decimalValue()));
    assertEquals("MEDIUM", row.get("priority").asText());
    assertEquals(
        "Managed account: the account is overdrawn, £100.00 at risk", row.get("why").asText());
    JsonNode rated = rating(id);
    assertEquals("MONTHLY", rated.get("frequency").asText(), rated.toString());
    assertTrue(rated.get("riskReasons").asText().contains("ledger is overdrawn"), rated.toString());
    JsonNode open = officer.get("/accounts/" + id + "/ledger-flags").body();
    assertEquals("OVERDRAWN", open.get(0).get("kind").asText(), open.toString());
    assertEquals(403, agency.get("/accounts/" + id + "/ledger-flags").status());

    // the council's payment covers it: the flag clears and the account leaves the queue
    entry(id, "COUNCIL_PAYMENT", start.add(new BigDecimal("100.00")));
    assertEquals(0, queue().get("total").asInt(), queue().toString());
    assertEquals("ANNUAL", rating(id).get("frequency").asText(), rating(id).toString());
    assertEquals(0, officer.get("/accounts/" + id + "/ledger-flags").body().size());

    // overdrawn again, by £50.00: refusals store nothing
    entry(id, "WAGES_PAID", start.add(new BigDecimal("50.00")));
    assertEquals(1, queue().get("total").asInt(), queue().toString());
    MonitoringApi.Reply noReason =
        officer.post("/accounts/" + id + "/ledger-flags/close", Map.of("reason", " "));
    assertEquals(400, noReason.status(), noReason.text());
    MonitoringApi.Reply notOfficer =
        agency.post("/accounts/" + id + "/ledger-flags/close", Map.of("reason", "Paid"));
    assertEquals(403, notOfficer.status(), notOfficer.text());
    assertEquals(1, queue().get("total").asInt(), "nothing closed");

    // in the browser (JavaScript off): the queue, the account, closing the case
    Browser.signIn(DemoUsers.OFFICER);
    Browser.open("/officer/monitoring-queue.xhtml?q=" + LedgerFlagDemoData.CLIENT);
    Browser.waitFor(By.id("queue"));
    String table = MonitoredAccounts.text("queue");
    assertTrue(table.contains("Managed account's ledger: 1 flag"), table);
    assertTrue(table.contains("Managed account: the account is overdrawn, £50.00 at risk"), table);
    MonitoredAccounts.assertAccessible("ledger-flag-queue");
    Browser.clickThrough(Browser.driver().findElement(By.linkText(LedgerFlagDemoData.CLIENT)));
    Browser.waitFor(By.id("managed-heading"));
    assertTrue(
        MonitoredAccounts.text("managed-risk").contains("ledger is overdrawn"),
        MonitoredAccounts.text("managed-risk"));
    MonitoredAccounts.assertAccessible("ledger-flag-account");
    Browser.clickThrough(Browser.driver().findElement(By.id("close-case-link")));
    Browser.waitFor(By.id("close-heading"));
    assertTrue(MonitoredAccounts.text("ledger-flags").contains("The account is overdrawn"));
    Browser.clickThrough(Browser.driver().findElement(By.id("close-case:close")));
    Browser.waitFor(By.id("error-summary"));
    assertTrue(
        MonitoredAccounts.text("error-summary").contains("Say why the case can be closed"),
        MonitoredAccounts.text("error-summary"));
    assertTrue(
        MonitoredAccounts.text("ledger-flags").contains("The account is overdrawn"),
        "the flags are shown again with the error");
    MonitoredAccounts.assertAccessible("ledger-flag-close-error");
    assertEquals(1, queue().get("total").asInt(), "nothing closed");
    Browser.type("close-case:reason", "The agency paid the wages early; the council pays Monday.");
    Browser.clickThrough(Browser.driver().findElement(By.id("close-case:close")));
    Browser.waitFor(By.id("closed"));
    assertEquals(0, queue().get("total").asInt(), queue().toString());
    assertEquals("ANNUAL", rating(id).get("frequency").asText(), rating(id).toString());

    // the council's payment brings the ledger back to where it started
    entry(id, "COUNCIL_PAYMENT", start.add(new BigDecimal("50.00")));
    assertEquals(0, start.compareTo(balance(id)));
    assertEquals(0, officer.get("/accounts/" + id + "/ledger-flags").body().size());
  }
}
