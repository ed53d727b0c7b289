package org.dpsupport.server.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.MonitoringDemoData;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.testresources.statements.StatementSpec.Transaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring end to end against the running server: Quartz opens returns (clustered JDBC store),
 * GreenMail is the real SMTP server the budget holder's e-mails go to, statements are PDFs made by
 * the ingestion fixtures' generator.
 */
@ExtendWith(ArquillianExtension.class)
class MonitoringIT {

    private static final ZoneId UK = ZoneId.of("Europe/London");
    private static final Duration QUARTZ = Duration.ofSeconds(60);
    private static GreenMail smtp;

    private final MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
    private final MonitoringApi holder = new MonitoringApi(MonitoringDemoData.RETURNS_HOLDER.username());

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    @BeforeAll
    static void startSmtp() {
        smtp = new GreenMail(new ServerSetup(Integer.getInteger("dps.it.smtpPort", 3061), "localhost", "smtp"));
        smtp.start();
    }

    @AfterAll
    static void stopSmtp() {
        smtp.stop();
    }

    private static Map<String, Object> account(String reference, LocalDate start) {
        Map<String, Object> a = new LinkedHashMap<>();
        a.put("reference", reference);
        a.put("councilCode", "BDG");
        a.put("holderUsername", MonitoringDemoData.RETURNS_HOLDER.username());
        a.put("recipientName", "David Hughes");
        a.put("startDate", start.toString());
        a.put("route", "OWN_ACCOUNT");
        a.put("annualBudget", "15600.00");   // £300 a week: the 8-week contingency is £2,400
        a.put("instalment", "1200.00");
        a.put("schedule", "FOUR_WEEKLY");
        a.put("planCategories", List.of("PERSONAL_CARE"));
        return a;
    }

    private static String reference(String what) {
        // DP-BDG-: FoundationIT expects every account of council BDG to carry the council's prefix
        return "DP-BDG-IT-" + what + "-" + Long.toString(System.nanoTime(), 36).toUpperCase();
    }

    private long enrol(String reference, LocalDate start) throws Exception {
        MonitoringApi.Reply created = officer.post("/accounts", account(reference, start));
        assertEquals(201, created.status(), created.text());
        return created.body().get("id").asLong();
    }

    /** Waits for Quartz to open the account's first return and returns it. */
    private JsonNode awaitReturn(long accountId) throws Exception {
        JsonNode account = officer.await("/accounts/" + accountId, a -> a.get("returns").size() > 0, QUARTZ);
        return account.get("returns").get(0);
    }

    private List<MimeMessage> mailsAbout(String reference) {
        return Arrays.stream(smtp.getReceivedMessages()).filter(m -> GreenMailUtil.getBody(m).contains(reference)).toList();
    }

    private static List<String> flagKinds(JsonNode detail) {
        return StreamSupport.stream(detail.get("flags").spliterator(), false).map(f -> f.get("kind").asText()).toList();
    }

    @Test
    @DisplayName("A new account: Quartz opens its quarterly return, the holder is e-mailed, sends a clean statement, and it is accepted automatically")
    void cleanQuarterAcceptedAutomatically() throws Exception {
        LocalDate today = LocalDate.now(UK);
        LocalDate start = today.minusMonths(3);
        String ref = reference("CLEAN");
        long accountId = enrol(ref, start);
        JsonNode account = officer.get("/accounts/" + accountId).body();
        assertEquals("QUARTERLY", account.get("frequency").asText());
        assertTrue(account.get("riskReasons").asText().contains("new accounts make quarterly returns"), account.toString());

        JsonNode opened = awaitReturn(accountId);
        assertEquals("OPEN", opened.get("state").asText());
        assertEquals(start.toString(), opened.get("periodStart").asText());
        assertEquals(today.minusDays(1).toString(), opened.get("periodEnd").asText());
        // the e-mail goes after the opening commits, on another thread
        long mailDeadline = System.currentTimeMillis() + 30_000;
        while (mailsAbout(ref).isEmpty() && System.currentTimeMillis() < mailDeadline) {
            Thread.sleep(100);
        }
        List<MimeMessage> mails = mailsAbout(ref);
        assertEquals(1, mails.size());
        assertEquals(MonitoringDemoData.RETURNS_HOLDER.username(), mails.get(0).getAllRecipients()[0].toString());
        assertTrue(mails.get(0).getSubject().startsWith("Your direct payment return for"), mails.get(0).getSubject());

        long returnId = opened.get("id").asLong();
        byte[] statement = Statements.quarter(start, today, "500.00", "1200.00", List.of());
        MonitoringApi.Reply upload = holder.upload("/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q1.pdf", statement);
        assertEquals(200, upload.status(), upload.text());
        assertEquals("READ", upload.body().get("outcome").asText(), upload.text());
        assertTrue(upload.body().get("message").asText().matches("We read \\d+ payments from your statement for .+ to .+\\."),
                upload.text());
        MonitoringApi.Reply again = holder.upload("/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q1-again.pdf", statement);
        assertTrue(again.body().get("message").asText().startsWith("You have already uploaded this file"), again.text());

        MonitoringApi.Reply sent = holder.post("/returns/" + returnId + "/submission",
                Map.of("spending", Map.of("PERSONAL_CARE", "4600.00"), "declaration", true));
        assertEquals(200, sent.status(), sent.text());
        assertEquals(List.of(), flagKinds(sent.body()), sent.text());
        assertEquals("ACCEPTED_AUTOMATICALLY", sent.body().get("summary").get("state").asText());
        assertTrue(StreamSupport.stream(officer.get("/queue").body().spliterator(), false)
                .noneMatch(r -> r.get("id").asLong() == returnId), "an accepted return never reaches the queue");
    }

    @Test
    @DisplayName("A cash withdrawal and a surplus are flagged with evidence; the officer asks, proposes a recovery and closes the case")
    void cashAndSurplusFlaggedThenOfficerActs() throws Exception {
        LocalDate today = LocalDate.now(UK);
        LocalDate start = today.minusMonths(3);
        long accountId = enrol(reference("CASH"), start);
        long returnId = awaitReturn(accountId).get("id").asLong();
        LocalDate cashDay = start.plusDays(10);
        byte[] statement = Statements.quarter(start, today, "4500.00", "1200.00",
                List.of(new Transaction(cashDay, new BigDecimal("-200.00"), "CASH WITHDRAWAL LINK ATM ROMFORD")));
        assertEquals("READ", holder.upload("/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q.pdf", statement)
                .body().get("outcome").asText());
        JsonNode detail = holder.post("/returns/" + returnId + "/submission",
                Map.of("spending", Map.of("PERSONAL_CARE", "4600.00"), "declaration", true)).body();
        assertEquals("FLAGGED", detail.get("summary").get("state").asText());
        assertEquals(List.of("CASH_WITHDRAWAL", "SURPLUS_OVER_CONTINGENCY"), flagKinds(detail).stream().sorted().toList());
        JsonNode cash = StreamSupport.stream(detail.get("flags").spliterator(), false)
                .filter(f -> f.get("kind").asText().equals("CASH_WITHDRAWAL")).findFirst().orElseThrow();
        assertEquals(cashDay.toString(), cash.get("evidence").get("date").asText());
        assertEquals("CASH WITHDRAWAL LINK ATM ROMFORD", cash.get("evidence").get("description").asText());

        JsonNode queue = officer.get("/queue").body();
        assertTrue(StreamSupport.stream(queue.spliterator(), false).anyMatch(r -> r.get("id").asLong() == returnId));
        for (int i = 1; i < queue.size(); i++) {
            assertTrue(queue.get(i - 1).get("severity").asInt() >= queue.get(i).get("severity").asInt(), "most severe first");
        }

        String actions = "/returns/" + returnId + "/actions";
        JsonNode question = officer.post(actions, Map.of("kind", "ASK_QUESTION",
                "reason", "What was the £200 cash on " + cashDay + " for? Please upload receipts.")).body();
        assertEquals("AWAITING_RESPONSE", question.get("status").asText());
        assertEquals(200, holder.post("/actions/" + question.get("id").asLong() + "/response",
                Map.of("response", "Paid my PA's travel in cash; receipts to follow.")).status());
        assertEquals(200, officer.post(actions, Map.of("kind", "ACCEPT_EXPLANATION", "flagId", cash.get("id").asLong(),
                "reason", "Travel for the PA is in the support plan; receipts seen.")).status());
        JsonNode proposal = officer.post(actions, Map.of("kind", "PROPOSE_SURPLUS_RECOVERY", "amount", "2100.00",
                "reason", "The account holds £2,100 above 8 weeks' budget; we propose to recover it.")).body();
        assertEquals(200, holder.post("/actions/" + proposal.get("id").asLong() + "/response",
                Map.of("response", "I agree.")).status());
        assertEquals(200, officer.post(actions, Map.of("kind", "CONFIRM_SURPLUS_RECOVERY",
                "reason", "The budget holder agreed.")).status());

        JsonNode closed = officer.get("/returns/" + returnId).body();
        assertEquals("ACCEPTED_BY_OFFICER", closed.get("summary").get("state").asText());
        List<String> history = StreamSupport.stream(closed.get("history").spliterator(), false)
                .map(h -> h.get("actor").asText() + " " + h.get("action").asText()).toList();
        assertTrue(history.contains(DemoUsers.OFFICER.username() + " CASE_ASK_QUESTION"), history.toString());
        assertTrue(history.contains(MonitoringDemoData.RETURNS_HOLDER.username() + " CASE_RESPONSE"), history.toString());
        assertTrue(history.contains(DemoUsers.OFFICER.username() + " CASE_CONFIRM_SURPLUS_RECOVERY"), history.toString());
        assertEquals(0, new BigDecimal("2100.00").compareTo(closed.get("surplus").decimalValue()), closed.toString());
        assertEquals(400, officer.post(actions, Map.of("kind", "REFER_SOCIAL_WORKER", "reason", " ")).status(),
                "every action needs a reason");
    }

    @Test
    @DisplayName("Changing an account from quarterly to annual moves its Quartz trigger from the quarter's end to the year's")
    void quarterlyToAnnualMovesTrigger() throws Exception {
        LocalDate start = LocalDate.now(UK).minusMonths(1);
        long accountId = enrol(reference("FREQ"), start);
        JsonNode before = officer.get("/accounts/" + accountId).body();
        assertEquals("QUARTERLY", before.get("frequency").asText());
        assertEquals(start.plusMonths(3).atStartOfDay(UK).toInstant(), Instant.parse(before.get("nextReturnOpensAt").asText()));

        MonitoringApi.Reply changed = officer.put("/accounts/" + accountId + "/frequency",
                Map.of("frequency", "ANNUAL", "reason", "Nominee is a solicitor who has managed direct payments for years."));
        assertEquals(200, changed.status(), changed.text());
        assertEquals("ANNUAL", changed.body().get("frequency").asText());
        assertTrue(changed.body().get("riskReasons").asText().startsWith("An officer set annual returns: Nominee is a solicitor"));
        Instant moved = Instant.parse(changed.body().get("nextReturnOpensAt").asText());
        assertEquals(start.plusMonths(12).atStartOfDay(UK).toInstant(), moved);
        assertNotEquals(before.get("nextReturnOpensAt").asText(), changed.body().get("nextReturnOpensAt").asText());
        assertEquals(400, officer.put("/accounts/" + accountId + "/frequency", Map.of("frequency", "QUARTERLY", "reason", ""))
                .status(), "an override needs a reason");
    }

    @Test
    @DisplayName("A return that came due while the scheduler was stopped is opened exactly once when it starts again")
    void missedWhileStoppedOpensOnce() throws Exception {
        MonitoringApi admin = new MonitoringApi(DemoUsers.ADMIN.username());
        String ref = reference("DOWN");
        long accountId;
        try {
            assertEquals(false, admin.post("/scheduler/stop", Map.of()).body().get("running").asBoolean());
            accountId = enrol(ref, LocalDate.now(UK).minusMonths(3));   // its quarter ended at midnight
            Thread.sleep(3_000);
            assertEquals(0, officer.get("/accounts/" + accountId).body().get("returns").size(), "nothing fires while stopped");
        } finally {
            assertEquals(true, admin.post("/scheduler/start", Map.of()).body().get("running").asBoolean());
        }
        awaitReturn(accountId);
        // a second restart must not open it again
        admin.post("/scheduler/stop", Map.of());
        admin.post("/scheduler/start", Map.of());
        Thread.sleep(5_000);
        assertEquals(1, officer.get("/accounts/" + accountId).body().get("returns").size());
        long deadline = System.currentTimeMillis() + 20_000;
        while (mailsAbout(ref).isEmpty() && System.currentTimeMillis() < deadline) {
            Thread.sleep(250);
        }
        assertEquals(1, mailsAbout(ref).size(), "one e-mail for one opened return");
        assertEquals(403, new MonitoringApi(DemoUsers.OFFICER.username()).post("/scheduler/stop", Map.of()).status(),
                "only an administrator stops the scheduler");
    }

    @Test
    @DisplayName("A budget holder cannot see another's return; an officer of Havering cannot see Barking and Dagenham's")
    void accessIsPerRecord() throws Exception {
        long accountId = enrol(reference("ACCESS"), LocalDate.now(UK).minusMonths(3));
        long returnId = awaitReturn(accountId).get("id").asLong();
        MonitoringApi otherHolder = new MonitoringApi(MonitoringDemoData.OTHER_HOLDER.username());
        MonitoringApi havOfficer = new MonitoringApi(MonitoringDemoData.HAV_OFFICER.username());

        assertEquals(200, holder.get("/returns/" + returnId).status());
        MonitoringApi.Reply refused = otherHolder.get("/returns/" + returnId);
        assertEquals(403, refused.status());
        assertTrue(refused.body().get("error").asText().contains("you cannot see it"), refused.text());
        assertEquals(403, otherHolder.upload("/returns/" + returnId + "/uploads?kind=STATEMENT", new byte[] {1, 2}).status());
        assertTrue(StreamSupport.stream(otherHolder.get("/returns").body().spliterator(), false)
                .noneMatch(r -> r.get("id").asLong() == returnId));

        assertEquals(403, havOfficer.get("/returns/" + returnId).status());
        assertEquals(403, havOfficer.get("/accounts/" + accountId).status());
        assertEquals(403, havOfficer.post("/returns/" + returnId + "/actions",
                Map.of("kind", "ASK_QUESTION", "reason", "Why?")).status());
        List<JsonNode> havQueue = new ArrayList<>();
        havOfficer.get("/queue").body().forEach(havQueue::add);
        assertTrue(havQueue.stream().noneMatch(r -> r.get("reference").asText().startsWith("DP-BDG")));
        assertEquals(403, officer.post("/returns/" + returnId + "/submission",
                Map.of("spending", Map.of(), "declaration", true)).status(), "an officer cannot send a holder's return");
    }
}
