package org.dpsupport.server.it.monitoring;

import static org.dpsupport.server.it.monitoring.MonitoredAccounts.UK;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.awaitReturn;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.enrol;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.ownAccount;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.MonitoringDemoData;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.server.it.browser.Browser;
import org.dpsupport.testresources.statements.StatementSpec.Transaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;

/**
 * The monitoring officer works a case to its end in the browser (JavaScript off): flags chosen from
 * the case's list, a question tied to its flag, a surplus recovery bounded by the surplus shown,
 * the case closed with a reason; then what was stored, over the API. Each test makes its own
 * account.
 */
@ExtendWith(ArquillianExtension.class)
class OfficerCaseJourneyIT {

  private final MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
  private final MonitoringApi holder =
      new MonitoringApi(MonitoringDemoData.RETURNS_HOLDER.username());

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  /** A submitted return with a cash withdrawal and a £2,100 surplus: two open flags. */
  private long flaggedReturn(String what) throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    long accountId =
        enrol(
            officer,
            ownAccount(reference(what), MonitoringDemoData.RETURNS_HOLDER.username(), start));
    long returnId = awaitReturn(officer, accountId, start).get("id").asLong();
    byte[] statement =
        Statements.quarter(
            start,
            today,
            "4500.00",
            "1200.00",
            List.of(
                new Transaction(
                    start.plusDays(10),
                    new BigDecimal("-200.00"),
                    "CASH WITHDRAWAL LINK ATM ROMFORD")));
    assertEquals(
        200,
        holder
            .upload("/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q.pdf", statement)
            .status());
    JsonNode detail =
        holder
            .post(
                "/returns/" + returnId + "/submission",
                Map.of("spending", Map.of("PERSONAL_CARE", "4600.00"), "declaration", true))
            .body();
    assertEquals("FLAGGED", detail.get("summary").get("state").asText(), detail.toString());
    return returnId;
  }

  private long flagId(long returnId, String kind) throws Exception {
    JsonNode detail = officer.get("/returns/" + returnId).body();
    return StreamSupport.stream(detail.get("flags").spliterator(), false)
        .filter(f -> f.get("kind").asText().equals(kind))
        .findFirst()
        .orElseThrow()
        .get("id")
        .asLong();
  }

  private static void openCase(long returnId) {
    Browser.open("/officer/monitoring-case.xhtml?id=" + returnId);
    Browser.waitFor(By.id("case-heading"));
  }

  private static void act(String kind, String reason) {
    new Select(Browser.driver().findElement(By.id("action:kind"))).selectByVisibleText(kind);
    WebElement why = Browser.driver().findElement(By.id("action:reason"));
    why.clear();
    why.sendKeys(reason);
  }

  private static void submit() {
    Browser.clickThrough(Browser.driver().findElement(By.id("action:act")));
    Browser.waitFor(By.id("case-heading"));
  }

  private static String text(String id) {
    return Browser.driver().findElement(By.id(id)).getText();
  }

  @Test
  @DisplayName(
      "A question tied to its flag; a recovery above the surplus refused without a reason; the"
          + " case closed as referred leaves the queue, the account's review comes forward")
  void officerWorksACaseToItsEnd() throws Exception {
    long returnId = flaggedReturn("CLOSE");
    long cash = flagId(returnId, "CASH_WITHDRAWAL");
    Browser.signIn(DemoUsers.OFFICER);
    openCase(returnId);
    assertFalse(text("flags").contains(String.valueOf(cash)), "no flag ids on the page");
    assertTrue(text("surplus").equals("£2,100.00"), text("surplus"));

    // a question about the cash withdrawal, chosen from the case's own flags
    act("Ask the budget holder a question", "What was the £200 cash for?");
    Browser.driver().findElement(By.cssSelector("label[for='flag-" + cash + "']")).click();
    submit();
    assertEquals("Your action has been recorded.", text("done"));
    assertTrue(
        text("actions").contains("About: Cash withdrawal. What was the £200 cash for?"),
        text("actions"));
    JsonNode asked = officer.get("/returns/" + returnId).body().get("actions").get(0);
    assertEquals("ASK_QUESTION", asked.get("kind").asText());
    assertEquals(List.of(cash), List.of(asked.get("flagIds").get(0).asLong()));

    // more than the surplus shown needs a reason; the values typed are kept
    act("Propose recovering a surplus", "Above eight weeks of budget.");
    Browser.driver().findElement(By.id("action:amount")).sendKeys("2500.00");
    submit();
    assertTrue(
        text("error-summary")
            .contains(
                "The surplus over contingency for this return is £2,100.00. To recover"
                    + " £2,500.00, say why it is more than the surplus."),
        text("error-summary"));
    assertEquals(
        "2500.00", Browser.driver().findElement(By.id("action:amount")).getAttribute("value"));
    Browser.driver()
        .findElement(By.id("action:over"))
        .sendKeys("The May instalment was paid twice; £400 more is owed back.");
    submit();
    JsonNode proposal = officer.get("/returns/" + returnId).body().get("actions").get(1);
    assertEquals("PROPOSE_SURPLUS_RECOVERY", proposal.get("kind").asText());
    assertEquals(0, new BigDecimal("2500.00").compareTo(proposal.get("amount").decimalValue()));
    assertEquals(
        "The May instalment was paid twice; £400 more is owed back.",
        proposal.get("overSurplusReason").asText());

    // closing needs an outcome; then every open flag is dealt with and the return leaves the queue
    act("Close the case", "Referred: the social worker will review the plan with David.");
    submit();
    assertTrue(text("error-summary").contains("Choose how the case ends"), text("error-summary"));
    act("Close the case", "Referred: the social worker will review the plan with David.");
    Browser.driver().findElement(By.cssSelector("label[for='outcome-REFERRED']")).click();
    submit();
    assertEquals("Closed by an officer", text("state"));
    Browser.screenshot("officer-case-closed", 320);
    Browser.screenshot("officer-case-closed", 1280);

    JsonNode closed = officer.get("/returns/" + returnId).body();
    assertEquals("ACCEPTED_BY_OFFICER", closed.get("summary").get("state").asText());
    assertTrue(
        StreamSupport.stream(closed.get("flags").spliterator(), false)
            .allMatch(f -> f.get("status").asText().equals("RESOLVED")),
        closed.get("flags").toString());
    JsonNode close = closed.get("actions").get(2);
    assertEquals("CLOSE_CASE", close.get("kind").asText());
    assertEquals("REFERRED", close.get("outcome").asText());
    assertEquals(2, close.get("flagIds").size());
    assertEquals(
        "CLOSED", closed.get("actions").get(1).get("status").asText(), "the proposal ends too");
    assertTrue(
        StreamSupport.stream(officer.get("/queue").body().spliterator(), false)
            .noneMatch(r -> r.get("id").asLong() == returnId),
        "a closed return leaves the queue");
    JsonNode account =
        officer.get("/accounts/" + closed.get("summary").get("accountId").asLong()).body();
    // the referral asks for a review within the council's event days (the surplus already did)
    assertTrue(
        !LocalDate.parse(account.get("nextReview").asText())
            .isAfter(LocalDate.now(UK).plusDays(28)),
        account.toString());

    Browser.open(
        "/officer/monitoring-queue.xhtml?q=" + closed.get("summary").get("reference").asText());
    Browser.waitFor(By.id("queue-heading"));
    assertEquals("Nothing needs you at the moment.", text("queue-empty"));

    openCase(returnId);
    Browser.driver().findElement(By.id("account-link")).click();
    assertTrue(
        Browser.waitFor(By.id("account-returns")).getText().contains("Closed by an officer"));
  }

  @Test
  @DisplayName(
      "Accepting the explanation with no flag ticked answers every open flag (it was a 500) and"
          + " closes the return; a flag of another case is refused")
  void acceptEveryFlag() throws Exception {
    long returnId = flaggedReturn("ACCEPT");
    long other = flagId(flaggedReturn("OTHER"), "CASH_WITHDRAWAL");
    assertEquals(
        400,
        officer
            .post(
                "/returns/" + returnId + "/actions",
                Map.of(
                    "kind",
                    "ASK_QUESTION",
                    "reason",
                    "A flag of another case",
                    "flagIds",
                    List.of(other)))
            .status());

    Browser.signIn(DemoUsers.OFFICER);
    Browser.open("/officer/monitoring-queue.xhtml");
    Browser.waitFor(By.id("queue"));
    openCase(returnId);
    act(
        "Accept the explanation for the chosen flags",
        "Cash for the PA's travel and the surplus is within what we agreed.");
    submit();
    assertEquals("Closed by an officer", text("state"));
    JsonNode closed = officer.get("/returns/" + returnId).body();
    assertEquals("ACCEPTED_BY_OFFICER", closed.get("summary").get("state").asText());
    assertEquals(2, closed.get("actions").get(0).get("flagIds").size());
  }
}
