package org.dpsupport.server.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.LinkedHashMap;
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
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The monitoring pages without JavaScript, on the demo caseload (fixture statements already sent). */
@ExtendWith(ArquillianExtension.class)
class MonitoringPagesIT {

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @Test
    @DisplayName("The officer works a flagged demo case from the queue page; the holder sees it and Havering's officer is refused")
    void officerQueueAndCasePage() throws Exception {
        MonitoringApi api = new MonitoringApi(DemoUsers.OFFICER.username());
        // the demo caseload loads in the background after start-up; DP-BDG-202 has a fixture statement sent
        var may = (java.util.function.Predicate<com.fasterxml.jackson.databind.JsonNode>) r ->
                r.get("reference").asText().equals("DP-BDG-202") && r.get("periodStart").asText().equals("2026-05-01");
        var queue = api.await("/queue", q -> q.findParents("reference").stream().anyMatch(may), Duration.ofSeconds(120));
        long returnId = queue.findParents("reference").stream().filter(may).findFirst().orElseThrow().get("id").asLong();

        WebClient officer = new WebClient();
        officer.signIn(DemoUsers.OFFICER.username(), DemoUsers.PASSWORD);
        HttpResponse<String> queuePage = officer.get("/officer/monitoring-queue.xhtml");
        assertEquals(200, queuePage.statusCode());
        assertTrue(WebClient.text(queuePage, "#queue").contains("DP-BDG-202"));

        HttpResponse<String> casePage = officer.get("/officer/monitoring-case.xhtml?id=" + returnId);
        assertEquals(200, casePage.statusCode());
        assertEquals("FLAGGED", WebClient.text(casePage, "#state"));
        assertTrue(WebClient.text(casePage, "#lines").contains("FASTER PAYMENT TO K WILLIAMS PA WAGES"), "lines from the fixture PDF");
        assertTrue(WebClient.text(casePage, "#flags").contains("AMAZON MARKETPLACE"), WebClient.text(casePage, "#flags"));

        Document page = Jsoup.parse(casePage.body());
        Map<String, String> form = new LinkedHashMap<>();
        page.select("form#action input[type=hidden]").forEach(i -> form.put(i.attr("name"), i.attr("value")));
        form.put("action:kind", "ASK_QUESTION");
        form.put("action:reason", "What did the Amazon order on 20 May buy?");
        form.put("action:frequency", "");
        form.put("action:act", "Record action");
        HttpResponse<String> after = officer.post("/officer/monitoring-case.xhtml?id=" + returnId, form);
        assertEquals(200, after.statusCode());
        HttpResponse<String> reloaded = officer.get("/officer/monitoring-case.xhtml?id=" + returnId);
        assertTrue(WebClient.text(reloaded, "#history").contains("officer@demo.dpsupport.org – CASE_ASK_QUESTION: What did the Amazon order"),
                WebClient.text(reloaded, "#history"));

        WebClient holder = new WebClient();
        holder.signIn(MonitoringDemoData.RETURNS_HOLDER.username(), DemoUsers.PASSWORD);
        HttpResponse<String> returnPage = holder.get("/holder/return.xhtml?id=" + returnId);
        assertEquals(200, returnPage.statusCode());
        assertTrue(WebClient.text(returnPage, "#uploads").startsWith("signed-amount-column.pdf: We read 11 payments from your statement for"),
                WebClient.text(returnPage, "#uploads"));
        assertTrue(returnPage.body().contains("What did the Amazon order on 20 May buy?"));

        WebClient other = new WebClient();
        other.signIn(MonitoringDemoData.HAV_OFFICER.username(), DemoUsers.PASSWORD);
        assertEquals(403, other.get("/officer/monitoring-case.xhtml?id=" + returnId).statusCode());
        WebClient otherHolder = new WebClient();
        otherHolder.signIn(MonitoringDemoData.OTHER_HOLDER.username(), DemoUsers.PASSWORD);
        assertEquals(403, otherHolder.get("/holder/return.xhtml?id=" + returnId).statusCode());
    }
}
