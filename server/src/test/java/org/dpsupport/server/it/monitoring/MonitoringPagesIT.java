package org.dpsupport.server.it.monitoring;

import static org.dpsupport.server.it.monitoring.MonitoredAccounts.UK;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.awaitReturn;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.enrol;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.find;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.ownAccount;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.MonitoringDemoData;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.server.it.WebClient;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The monitoring pages without JavaScript: on the demo caseload (fixture statements already sent),
 * and the budget holder's upload form on a return of its own.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringPagesIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @Test
  @DisplayName(
      "The officer works a flagged demo case from the queue page; the holder sees it and Havering's officer is refused")
  void officerQueueAndCasePage() throws Exception {
    MonitoringApi api = new MonitoringApi(DemoUsers.OFFICER.username());
    // the demo caseload loads in the background after start-up; DP-BDG-202 has a fixture statement
    // sent
    var may =
        (java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode>)
            r ->
                r.get("reference").asText().equals("DP-BDG-202")
                    && r.get("periodStart").asText().equals("2026-05-01");
    var queue =
        api.await(
            "/queue",
            q -> q.findParents("reference").stream().anyMatch(may),
            Duration.ofSeconds(120));
    long returnId =
        queue.findParents("reference").stream()
            .filter(may)
            .findFirst()
            .orElseThrow()
            .get("id")
            .asLong();

    WebClient officer = new WebClient();
    officer.signIn(DemoUsers.OFFICER.username(), DemoUsers.PASSWORD);
    HttpResponse<String> queuePage = officer.get("/officer/monitoring-queue.xhtml");
    assertEquals(200, queuePage.statusCode());
    assertTrue(WebClient.text(queuePage, "#queue").contains("DP-BDG-202"));

    HttpResponse<String> casePage = officer.get("/officer/monitoring-case.xhtml?id=" + returnId);
    assertEquals(200, casePage.statusCode());
    assertEquals("Flagged", WebClient.text(casePage, "#state"));
    assertTrue(
        WebClient.text(casePage, "#lines").contains("FASTER PAYMENT TO K WILLIAMS PA WAGES"),
        "lines from the fixture PDF");
    assertTrue(
        WebClient.text(casePage, "#flags").contains("AMAZON MARKETPLACE"),
        WebClient.text(casePage, "#flags"));

    Document page = Jsoup.parse(casePage.body());
    Map<String, String> form = new LinkedHashMap<>();
    page.select("form#action input[type=hidden]")
        .forEach(i -> form.put(i.attr("name"), i.attr("value")));
    form.put("action:kind", "ASK_QUESTION");
    form.put("action:reason", "What did the Amazon order on 20 May buy?");
    form.put("action:frequency", "");
    form.put("action:act", "Record action");
    HttpResponse<String> after =
        officer.post("/officer/monitoring-case.xhtml?id=" + returnId, form);
    assertEquals(200, after.statusCode());
    HttpResponse<String> reloaded = officer.get("/officer/monitoring-case.xhtml?id=" + returnId);
    assertTrue(
        WebClient.text(reloaded, "#history")
            .contains(
                "officer@demo.dpsupport.org – Ask the budget holder a question: What did the"
                    + " Amazon order"),
        WebClient.text(reloaded, "#history"));

    WebClient holder = new WebClient();
    holder.signIn(MonitoringDemoData.RETURNS_HOLDER.username(), DemoUsers.PASSWORD);
    HttpResponse<String> returnPage = holder.get("/holder/return.xhtml?id=" + returnId);
    assertEquals(200, returnPage.statusCode());
    assertTrue(
        WebClient.text(returnPage, "#uploads")
            .startsWith(
                "signed-amount-column.pdf (Bank statement): We read 11 payments from your statement for"),
        WebClient.text(returnPage, "#uploads"));
    assertTrue(returnPage.body().contains("What did the Amazon order on 20 May buy?"));

    WebClient other = new WebClient();
    other.signIn(MonitoringDemoData.HAV_OFFICER.username(), DemoUsers.PASSWORD);
    assertEquals(403, other.get("/officer/monitoring-case.xhtml?id=" + returnId).statusCode());
    WebClient otherHolder = new WebClient();
    otherHolder.signIn(MonitoringDemoData.OTHER_HOLDER.username(), DemoUsers.PASSWORD);
    assertEquals(403, otherHolder.get("/holder/return.xhtml?id=" + returnId).statusCode());
  }

  @Test
  @DisplayName(
      "The holder uploads on the return page without JavaScript: a statement is read, a non-PDF refused but kept, the same file again recognised")
  void holderUploadsOnReturnPage() throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
    String holderName = MonitoringDemoData.RETURNS_HOLDER.username();
    long accountId = enrol(officer, ownAccount(reference("PAGE"), holderName, start));
    long returnId = awaitReturn(officer, accountId, start).get("id").asLong();
    byte[] statement = Statements.quarter(start, today, "500.00", "1200.00", List.of());
    int payments =
        0; // Statements.quarter: an instalment in and a care payment out every four weeks
    for (LocalDate d = start; d.isBefore(today); d = d.plusWeeks(4)) {
      payments += 2;
    }
    DateTimeFormatter day = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    String read =
        "We read "
            + payments
            + " payments from your statement for "
            + day.format(start)
            + " to "
            + day.format(today.minusDays(1))
            + ".";

    WebClient holder = new WebClient();
    holder.signIn(holderName, DemoUsers.PASSWORD);
    HttpResponse<String> uploaded =
        upload(holder, returnId, "q1.pdf", "application/pdf", statement);
    assertEquals(200, uploaded.statusCode());
    assertTrue(
        String.valueOf(uploaded.uri().getQuery()).contains("done=upload"),
        "redirected after the post: " + uploaded.uri());
    assertEquals(
        "q1.pdf uploaded. " + read,
        WebClient.text(uploaded, ".govuk-notification-banner__heading"));
    assertTrue(WebClient.text(uploaded, "#uploads").contains("q1.pdf (Bank statement): " + read));

    byte[] letter = "Dear council, my statement is in the post.".getBytes(StandardCharsets.UTF_8);
    HttpResponse<String> refused =
        upload(
            holder,
            returnId,
            "letter.docx",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
            letter);
    String notPdf = "letter.docx: This file is not a PDF.";
    assertTrue(
        WebClient.text(refused, "#for-officer").contains(notPdf),
        "a warning, not a success: " + WebClient.text(refused, "#for-officer"));
    assertTrue(Jsoup.parse(refused.body()).select("#done").isEmpty(), "no success banner");
    assertEquals(
        2, Jsoup.parse(refused.body()).select("#uploads li").size(), "the refused file is kept");
    assertEquals(
        2,
        Jsoup.parse(refused.body()).select("#uploads li input[type=submit]").size(),
        "each file can be removed");
    JsonNode kept = officer.get("/returns/" + returnId).body().get("uploads");
    assertEquals(
        "NEEDS_OFFICER",
        find(kept, u -> u.get("fileName").asText().equals("letter.docx"))
            .orElseThrow()
            .get("outcome")
            .asText(),
        "an officer reads what we could not");

    HttpResponse<String> again =
        upload(holder, returnId, "q1-again.pdf", "application/pdf", statement);
    assertEquals(
        "You have already uploaded this file (q1.pdf), so we have not added it again. " + read,
        WebClient.text(again, ".govuk-notification-banner__heading"));
    assertEquals(2, Jsoup.parse(again.body()).select("#uploads li").size(), "not added twice");
  }

  /**
   * Fills in the page's upload form as a browser without JavaScript does: its hidden fields, the
   * kind, the file.
   */
  private static HttpResponse<String> upload(
      WebClient client, long returnId, String fileName, String contentType, byte[] bytes)
      throws Exception {
    Document page = Jsoup.parse(client.get("/holder/return.xhtml?id=" + returnId).body());
    Element form = page.selectFirst("form#upload");
    assertNotNull(form, "the return page has an upload form");
    assertEquals("multipart/form-data", form.attr("enctype"));
    Map<String, String> fields = new LinkedHashMap<>();
    form.select("input[type=hidden]").forEach(i -> fields.put(i.attr("name"), i.attr("value")));
    assertTrue(fields.containsKey("jakarta.faces.ViewState"), fields.toString());
    fields.put(form.selectFirst("select").attr("name"), "STATEMENT");
    Element button = form.selectFirst("input[type=submit]");
    fields.put(button.attr("name"), button.attr("value"));
    String fileField = form.selectFirst("input[type=file]").attr("name");
    return client.postMultipart(
        form.attr("action"),
        fields,
        new WebClient.FilePart(fileField, fileName, contentType, bytes));
  }
}
