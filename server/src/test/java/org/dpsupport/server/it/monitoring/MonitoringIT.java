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
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.MonitoringDemoData;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.server.it.WebClient;
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
  private final MonitoringApi holder =
      new MonitoringApi(MonitoringDemoData.RETURNS_HOLDER.username());

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  @BeforeAll
  static void startSmtp() {
    smtp =
        new GreenMail(
            new ServerSetup(Integer.getInteger("dps.it.smtpPort", 3061), "localhost", "smtp"));
    smtp.start();
  }

  @AfterAll
  static void stopSmtp() {
    smtp.stop();
  }

  private static Map<String, Object> account(String reference, LocalDate start) {
    return account(reference, "BDG", start);
  }

  private static Map<String, Object> account(
      String reference, String councilCode, LocalDate start) {
    Map<String, Object> a = new LinkedHashMap<>();
    a.put("reference", reference);
    a.put("councilCode", councilCode);
    a.put("holderUsername", MonitoringDemoData.RETURNS_HOLDER.username());
    a.put("recipientName", "David Hughes");
    a.put("startDate", start.toString());
    a.put("route", "OWN_ACCOUNT");
    a.put("annualBudget", "15600.00"); // £300 a week: the 8-week contingency is £2,400
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
    return awaitReturn(officer, accountId);
  }

  private static JsonNode awaitReturn(MonitoringApi officer, long accountId) throws Exception {
    JsonNode account =
        officer.await("/accounts/" + accountId, a -> a.get("returns").size() > 0, QUARTZ);
    return account.get("returns").get(0);
  }

  /**
   * How many four-weekly instalments (each followed by £1,150 to the care agency) a statement from
   * start to end has.
   */
  private static int instalments(LocalDate start, LocalDate endExclusive) {
    int n = 0;
    for (LocalDate pay = start; pay.isBefore(endExclusive); pay = pay.plusWeeks(4)) {
      n++;
    }
    return n;
  }

  private static String pounds(BigDecimal amount) {
    return String.format(Locale.UK, "£%,.2f", amount);
  }

  private static String day(LocalDate date) {
    return DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK).format(date);
  }

  private static List<JsonNode> list(JsonNode array) {
    return StreamSupport.stream(array.spliterator(), false).toList();
  }

  private List<MimeMessage> mailsAbout(String reference) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> GreenMailUtil.getBody(m).contains(reference))
        .toList();
  }

  private static List<String> flagKinds(JsonNode detail) {
    return StreamSupport.stream(detail.get("flags").spliterator(), false)
        .map(f -> f.get("kind").asText())
        .toList();
  }

  @Test
  @DisplayName(
      "A statement that prints no balances is read and kept, not refused: the holder is told why"
          + " it goes to an officer, and the officer sees its rows")
  void statementWithoutBalancesIsReadNotRefused() throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    long accountId = enrol(reference("NOBAL"), start);
    long returnId = awaitReturn(accountId).get("id").asLong();
    byte[] statement =
        Statements.withoutBalances(
            start,
            today,
            List.of(
                new Transaction(
                    start.plusDays(1),
                    new BigDecimal("1200.00"),
                    "DIRECT PAYMENT BARKING AND DAGENHAM COUNCIL"),
                new Transaction(
                    start.plusDays(3),
                    new BigDecimal("-450.00"),
                    "FASTER PAYMENT TO SUNRISE HOMECARE LTD")));
    MonitoringApi.Reply upload =
        holder.upload(
            "/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=no-balances.pdf", statement);
    assertEquals(200, upload.status(), upload.text());
    assertEquals("READ_UNVERIFIED", upload.body().get("outcome").asText(), upload.text());
    assertTrue(
        upload
            .body()
            .get("message")
            .asText()
            .matches(
                "We read 2 payments from your statement for .+ to .+, but it does not print the"
                    + " balances we need to check them, so an officer will check it\\."),
        upload.text());
    JsonNode detail = officer.get("/returns/" + returnId).body();
    List<String> descriptions =
        StreamSupport.stream(detail.get("lines").spliterator(), false)
            .map(l -> l.get("description").asText())
            .toList();
    assertEquals(
        List.of(
            "DIRECT PAYMENT BARKING AND DAGENHAM COUNCIL",
            "FASTER PAYMENT TO SUNRISE HOMECARE LTD"),
        descriptions,
        detail.toString());
  }

  @Test
  @DisplayName(
      "A new account: Quartz opens its quarterly return, the holder is e-mailed, sends a clean statement, and it is accepted automatically")
  void cleanQuarterAcceptedAutomatically() throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    String ref = reference("CLEAN");
    long accountId = enrol(ref, start);
    JsonNode account = officer.get("/accounts/" + accountId).body();
    assertEquals("QUARTERLY", account.get("frequency").asText());
    assertTrue(
        account.get("riskReasons").asText().contains("new accounts make quarterly returns"),
        account.toString());

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
    assertEquals(
        MonitoringDemoData.RETURNS_HOLDER.username(),
        mails.get(0).getAllRecipients()[0].toString());
    assertTrue(
        mails.get(0).getSubject().startsWith("Your direct payment return for"),
        mails.get(0).getSubject());

    long returnId = opened.get("id").asLong();
    byte[] statement = Statements.quarter(start, today, "500.00", "1200.00", List.of());
    MonitoringApi.Reply upload =
        holder.upload(
            "/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q1.pdf", statement);
    assertEquals(200, upload.status(), upload.text());
    assertEquals("READ", upload.body().get("outcome").asText(), upload.text());
    assertTrue(
        upload
            .body()
            .get("message")
            .asText()
            .matches("We read \\d+ payments from your statement for .+ to .+\\."),
        upload.text());
    MonitoringApi.Reply again =
        holder.upload(
            "/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q1-again.pdf", statement);
    assertTrue(
        again.body().get("message").asText().startsWith("You have already uploaded this file"),
        again.text());

    MonitoringApi.Reply sent =
        holder.post(
            "/returns/" + returnId + "/submission",
            Map.of("spending", Map.of("PERSONAL_CARE", "4600.00"), "declaration", true));
    assertEquals(200, sent.status(), sent.text());
    assertEquals(List.of(), flagKinds(sent.body()), sent.text());
    assertEquals("ACCEPTED_AUTOMATICALLY", sent.body().get("summary").get("state").asText());
    assertTrue(
        StreamSupport.stream(officer.get("/queue").body().spliterator(), false)
            .noneMatch(r -> r.get("id").asLong() == returnId),
        "an accepted return never reaches the queue");
  }

  @Test
  @DisplayName(
      "A cash withdrawal and a surplus are flagged with evidence; the officer asks, proposes a recovery and closes the case")
  void cashAndSurplusFlaggedThenOfficerActs() throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    long accountId = enrol(reference("CASH"), start);
    long returnId = awaitReturn(accountId).get("id").asLong();
    LocalDate cashDay = start.plusDays(10);
    byte[] statement =
        Statements.quarter(
            start,
            today,
            "4500.00",
            "1200.00",
            List.of(
                new Transaction(
                    cashDay, new BigDecimal("-200.00"), "CASH WITHDRAWAL LINK ATM ROMFORD")));
    assertEquals(
        "READ",
        holder
            .upload("/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q.pdf", statement)
            .body()
            .get("outcome")
            .asText());
    JsonNode detail =
        holder
            .post(
                "/returns/" + returnId + "/submission",
                Map.of("spending", Map.of("PERSONAL_CARE", "4600.00"), "declaration", true))
            .body();
    assertEquals("FLAGGED", detail.get("summary").get("state").asText());
    assertEquals(
        List.of("CASH_WITHDRAWAL", "SURPLUS_OVER_CONTINGENCY"),
        flagKinds(detail).stream().sorted().toList());
    JsonNode cash =
        StreamSupport.stream(detail.get("flags").spliterator(), false)
            .filter(f -> f.get("kind").asText().equals("CASH_WITHDRAWAL"))
            .findFirst()
            .orElseThrow();
    assertEquals(cashDay.toString(), cash.get("evidence").get("date").asText());
    assertEquals(
        "CASH WITHDRAWAL LINK ATM ROMFORD", cash.get("evidence").get("description").asText());

    JsonNode queue = officer.get("/queue").body();
    assertTrue(
        StreamSupport.stream(queue.spliterator(), false)
            .anyMatch(r -> r.get("id").asLong() == returnId));
    for (int i = 1; i < queue.size(); i++) {
      assertTrue(
          queue.get(i - 1).get("severity").asInt() >= queue.get(i).get("severity").asInt(),
          "most severe first");
    }

    String actions = "/returns/" + returnId + "/actions";
    JsonNode question =
        officer
            .post(
                actions,
                Map.of(
                    "kind",
                    "ASK_QUESTION",
                    "reason",
                    "What was the £200 cash on " + cashDay + " for? Please upload receipts."))
            .body();
    assertEquals("AWAITING_RESPONSE", question.get("status").asText());
    assertEquals(
        200,
        holder
            .post(
                "/actions/" + question.get("id").asLong() + "/response",
                Map.of("response", "Paid my PA's travel in cash; receipts to follow."))
            .status());
    assertEquals(
        200,
        officer
            .post(
                actions,
                Map.of(
                    "kind",
                    "ACCEPT_EXPLANATION",
                    "flagId",
                    cash.get("id").asLong(),
                    "reason",
                    "Travel for the PA is in the support plan; receipts seen."))
            .status());
    JsonNode proposal =
        officer
            .post(
                actions,
                Map.of(
                    "kind",
                    "PROPOSE_SURPLUS_RECOVERY",
                    "amount",
                    "2100.00",
                    "reason",
                    "The account holds £2,100 above 8 weeks' budget; we propose to recover it."))
            .body();
    assertEquals(
        200,
        holder
            .post(
                "/actions/" + proposal.get("id").asLong() + "/response",
                Map.of("response", "I agree."))
            .status());
    assertEquals(
        200,
        officer
            .post(
                actions,
                Map.of("kind", "CONFIRM_SURPLUS_RECOVERY", "reason", "The budget holder agreed."))
            .status());

    JsonNode closed = officer.get("/returns/" + returnId).body();
    assertEquals("ACCEPTED_BY_OFFICER", closed.get("summary").get("state").asText());
    List<String> history =
        StreamSupport.stream(closed.get("history").spliterator(), false)
            .map(h -> h.get("actor").asText() + " " + h.get("action").asText())
            .toList();
    assertTrue(
        history.contains(DemoUsers.OFFICER.username() + " CASE_ASK_QUESTION"), history.toString());
    assertTrue(
        history.contains(MonitoringDemoData.RETURNS_HOLDER.username() + " CASE_RESPONSE"),
        history.toString());
    assertTrue(
        history.contains(DemoUsers.OFFICER.username() + " CASE_CONFIRM_SURPLUS_RECOVERY"),
        history.toString());
    assertEquals(
        0,
        new BigDecimal("2100.00").compareTo(closed.get("surplus").decimalValue()),
        closed.toString());
    assertEquals(
        400,
        officer.post(actions, Map.of("kind", "REFER_SOCIAL_WORKER", "reason", " ")).status(),
        "every action needs a reason");
  }

  @Test
  @DisplayName(
      "Changing an account from quarterly to annual moves its Quartz trigger from the quarter's end to the year's")
  void quarterlyToAnnualMovesTrigger() throws Exception {
    LocalDate start = LocalDate.now(UK).minusMonths(1);
    long accountId = enrol(reference("FREQ"), start);
    JsonNode before = officer.get("/accounts/" + accountId).body();
    assertEquals("QUARTERLY", before.get("frequency").asText());
    assertEquals(
        start.plusMonths(3).atStartOfDay(UK).toInstant(),
        Instant.parse(before.get("nextReturnOpensAt").asText()));

    MonitoringApi.Reply changed =
        officer.put(
            "/accounts/" + accountId + "/frequency",
            Map.of(
                "frequency",
                "ANNUAL",
                "reason",
                "Nominee is a solicitor who has managed direct payments for years."));
    assertEquals(200, changed.status(), changed.text());
    assertEquals("ANNUAL", changed.body().get("frequency").asText());
    assertTrue(
        changed
            .body()
            .get("riskReasons")
            .asText()
            .startsWith("An officer set annual returns: Nominee is a solicitor"));
    Instant moved = Instant.parse(changed.body().get("nextReturnOpensAt").asText());
    assertEquals(start.plusMonths(12).atStartOfDay(UK).toInstant(), moved);
    assertNotEquals(
        before.get("nextReturnOpensAt").asText(), changed.body().get("nextReturnOpensAt").asText());
    assertEquals(
        400,
        officer
            .put(
                "/accounts/" + accountId + "/frequency",
                Map.of("frequency", "QUARTERLY", "reason", ""))
            .status(),
        "an override needs a reason");
  }

  @Test
  @DisplayName(
      "A return that came due while the scheduler was stopped is opened exactly once when it starts again")
  void missedWhileStoppedOpensOnce() throws Exception {
    MonitoringApi admin = new MonitoringApi(DemoUsers.ADMIN.username());
    String ref = reference("DOWN");
    long accountId;
    try {
      assertEquals(
          false, admin.post("/scheduler/stop", Map.of()).body().get("running").asBoolean());
      accountId = enrol(ref, LocalDate.now(UK).minusMonths(3)); // its quarter ended at midnight
      Thread.sleep(3_000);
      assertEquals(
          0,
          officer.get("/accounts/" + accountId).body().get("returns").size(),
          "nothing fires while stopped");
    } finally {
      assertEquals(
          true, admin.post("/scheduler/start", Map.of()).body().get("running").asBoolean());
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
    assertEquals(
        403,
        new MonitoringApi(DemoUsers.OFFICER.username()).post("/scheduler/stop", Map.of()).status(),
        "only an administrator stops the scheduler");
  }

  @Test
  @DisplayName(
      "A budget holder cannot see another's return; an officer of Havering cannot see Barking and Dagenham's")
  void accessIsPerRecord() throws Exception {
    long accountId = enrol(reference("ACCESS"), LocalDate.now(UK).minusMonths(3));
    long returnId = awaitReturn(accountId).get("id").asLong();
    MonitoringApi otherHolder = new MonitoringApi(MonitoringDemoData.OTHER_HOLDER.username());
    MonitoringApi havOfficer = new MonitoringApi(MonitoringDemoData.HAV_OFFICER.username());

    assertEquals(200, holder.get("/returns/" + returnId).status());
    MonitoringApi.Reply refused = otherHolder.get("/returns/" + returnId);
    assertEquals(403, refused.status());
    assertTrue(refused.body().get("error").asText().contains("you cannot see it"), refused.text());
    assertEquals(
        403,
        otherHolder
            .upload("/returns/" + returnId + "/uploads?kind=STATEMENT", new byte[] {1, 2})
            .status());
    assertTrue(
        StreamSupport.stream(otherHolder.get("/returns").body().spliterator(), false)
            .noneMatch(r -> r.get("id").asLong() == returnId));

    assertEquals(403, havOfficer.get("/returns/" + returnId).status());
    assertEquals(403, havOfficer.get("/accounts/" + accountId).status());
    assertEquals(
        403,
        havOfficer
            .post(
                "/returns/" + returnId + "/actions",
                Map.of("kind", "ASK_QUESTION", "reason", "Why?"))
            .status());
    List<JsonNode> havQueue = new ArrayList<>();
    havOfficer.get("/queue").body().forEach(havQueue::add);
    assertTrue(havQueue.stream().noneMatch(r -> r.get("reference").asText().startsWith("DP-BDG")));
    assertEquals(
        403,
        officer
            .post(
                "/returns/" + returnId + "/submission",
                Map.of("spending", Map.of(), "declaration", true))
            .status(),
        "an officer cannot send a holder's return");
  }

  @Test
  @DisplayName(
      "Declaring £1,000 more on personal care than the statements show is flagged in plain words; it does not bring the review forward")
  void declaredSpendingComparedWithStatements() throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    long accountId = enrol(reference("DECLARED"), start);
    long returnId = awaitReturn(accountId).get("id").asLong();
    assertEquals(
        "READ",
        holder
            .upload(
                "/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q.pdf",
                Statements.quarter(start, today, "500.00", "1200.00", List.of()))
            .body()
            .get("outcome")
            .asText());
    BigDecimal shown =
        new BigDecimal("1150.00").multiply(BigDecimal.valueOf(instalments(start, today)));
    BigDecimal declared = shown.add(new BigDecimal("1000.00"));

    MonitoringApi.Reply sent =
        holder.post(
            "/returns/" + returnId + "/submission",
            Map.of(
                "spending",
                Map.of("PERSONAL_CARE", declared.toPlainString()),
                "declaration",
                true));
    assertEquals(200, sent.status(), sent.text());
    assertEquals("FLAGGED", sent.body().get("summary").get("state").asText());
    assertEquals(List.of("DECLARED_SPENDING_MISMATCH"), flagKinds(sent.body()), sent.text());
    BigDecimal allowed =
        declared.multiply(new BigDecimal("0.05")).setScale(2, java.math.RoundingMode.HALF_UP);
    assertEquals(
        "You declared "
            + pounds(declared)
            + " on personal care; the statements show "
            + pounds(shown)
            + ". The difference of £1,000.00 is more than the "
            + pounds(allowed)
            + " we allow.",
        sent.body().get("flags").get(0).get("message").asText());
    assertTrue(
        list(officer.get("/queue").body()).stream()
            .anyMatch(r -> r.get("id").asLong() == returnId));
    JsonNode account = officer.get("/accounts/" + accountId).body();
    assertEquals(
        false,
        account.get("reviewBroughtForward").asBoolean(),
        "a paperwork difference is for the officer, not a review");
    assertEquals(start.plusMonths(6).toString(), account.get("nextReview").asText());
  }

  @Test
  @DisplayName(
      "Havering asks for receipts over £100: the invoice is found on its payment, the taxi receipt matching nothing and the unreceipted care payments are flagged; an unreadable receipt only goes to a person")
  void receiptsReconciledWhereTheCouncilAsksForThem() throws Exception {
    MonitoringApi havOfficer = new MonitoringApi(MonitoringDemoData.HAV_OFFICER.username());
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    MonitoringApi.Reply created =
        havOfficer.post(
            "/accounts",
            account(reference("RECEIPTS").replace("DP-BDG-", "DP-HAV-"), "HAV", start));
    assertEquals(201, created.status(), created.text());
    long withReceipts = created.body().get("id").asLong();
    long withPhoto =
        havOfficer
            .post(
                "/accounts",
                account(reference("PHOTO").replace("DP-BDG-", "DP-HAV-"), "HAV", start))
            .body()
            .get("id")
            .asLong();
    LocalDate invoiceDate = start.plusDays(5);
    LocalDate paidOn = start.plusDays(12);
    byte[] statement =
        Statements.quarter(
            start,
            today,
            "500.00",
            "1200.00",
            List.of(
                new Transaction(
                    paidOn, new BigDecimal("-189.00"), "FASTER PAYMENT TO BRIGHTSIDE HOME CARE")));
    byte[] invoice = Receipts.careInvoice("Brightside Home Care Ltd", invoiceDate, "189.00");
    int care = instalments(start, today);
    String declared =
        new BigDecimal("1150.00")
            .multiply(BigDecimal.valueOf(care))
            .add(new BigDecimal("189.00"))
            .toPlainString();

    long returnId = awaitReturn(havOfficer, withReceipts).get("id").asLong();
    String uploads = "/returns/" + returnId + "/uploads";
    assertEquals(
        "READ",
        holder
            .upload(uploads + "?kind=STATEMENT&fileName=q.pdf", statement)
            .body()
            .get("outcome")
            .asText());
    MonitoringApi.Reply read =
        holder.upload(uploads + "?kind=INVOICE&fileName=brightside-invoice.pdf", invoice);
    assertEquals(
        "We read a receipt from Brightside Home Care Ltd dated "
            + day(invoiceDate)
            + " for £189.00.",
        read.body().get("message").asText(),
        read.text());
    assertEquals(
        "READ",
        holder
            .upload(
                uploads + "?kind=RECEIPT&fileName=taxi.pdf",
                Receipts.taxiReceipt("Romford Cabs", start.plusDays(20), "12.00"))
            .body()
            .get("outcome")
            .asText());
    JsonNode detail =
        holder
            .post(
                "/returns/" + returnId + "/submission",
                Map.of("spending", Map.of("PERSONAL_CARE", declared), "declaration", true))
            .body();
    assertEquals("FLAGGED", detail.get("summary").get("state").asText());
    List<String> kinds = flagKinds(detail);
    assertEquals(care, kinds.stream().filter("RECEIPT_MISSING"::equals).count(), detail.toString());
    assertEquals(
        care + 1,
        kinds.size(),
        "the care payments without receipts and the taxi receipt; nothing else: " + kinds);
    for (JsonNode f : list(detail.get("flags"))) {
      if (f.get("kind").asText().equals("RECEIPT_MISSING")) {
        assertEquals(
            "FASTER PAYMENT TO SUNRISE HOMECARE LTD",
            f.get("evidence").get("description").asText());
        assertTrue(
            f.get("message").asText().startsWith("£1,150.00 to SUNRISE HOMECARE LTD on "),
            f.toString());
        assertTrue(
            f.get("message")
                .asText()
                .endsWith(
                    "has no receipt or invoice. The council asks for one for"
                        + " payments over £100.00."),
            f.toString());
      } else {
        assertEquals("RECEIPT_NOT_ON_STATEMENTS", f.get("kind").asText());
        assertEquals("taxi.pdf", f.get("receipt").get("fileName").asText());
        assertEquals(
            "The receipt taxi.pdf is for £12.00 from Romford Cabs on "
                + day(start.plusDays(20))
                + ", but no payment on the statements matches it.",
            f.get("message").asText());
      }
    }
    JsonNode brightside =
        list(detail.get("lines")).stream()
            .filter(l -> l.get("description").asText().contains("BRIGHTSIDE"))
            .findFirst()
            .orElseThrow();
    assertEquals(paidOn.toString(), brightside.get("date").asText());
    assertEquals(
        "brightside-invoice.pdf",
        brightside.get("receipt").get("fileName").asText(),
        "the payment's evidence");
    assertTrue(
        list(detail.get("lines")).stream()
            .filter(l -> l.get("description").asText().contains("SUNRISE"))
            .noneMatch(l -> l.hasNonNull("receipt")));
    assertTrue(
        list(detail.get("history")).stream()
            .anyMatch(
                h ->
                    h.get("action").asText().equals("RECEIPTS_FOUND")
                        && h.get("reason")
                            .asText()
                            .contains("is the receipt for £189.00 on " + paidOn)),
        detail.get("history").toString());

    long photoReturn = awaitReturn(havOfficer, withPhoto).get("id").asLong();
    String photoUploads = "/returns/" + photoReturn + "/uploads";
    holder.upload(photoUploads + "?kind=STATEMENT&fileName=q.pdf", statement);
    holder.upload(photoUploads + "?kind=INVOICE&fileName=brightside-invoice.pdf", invoice);
    byte[] photo = {
      (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F', 0
    };
    assertEquals(
        "NEEDS_OFFICER",
        holder
            .upload(photoUploads + "?kind=RECEIPT&fileName=receipt-photo.jpg", photo)
            .body()
            .get("outcome")
            .asText());
    JsonNode photoDetail =
        holder
            .post(
                "/returns/" + photoReturn + "/submission",
                Map.of("spending", Map.of("PERSONAL_CARE", declared), "declaration", true))
            .body();
    assertEquals(
        List.of("DOCUMENT_NEEDS_OFFICER"),
        flagKinds(photoDetail),
        "an unreadable receipt never counts against the holder");
    JsonNode forPerson = photoDetail.get("flags").get(0);
    assertEquals("receipt-photo.jpg", forPerson.get("receipt").get("fileName").asText());
    assertTrue(
        forPerson
            .get("message")
            .asText()
            .contains(
                "Check it against the payments that need a receipt and have"
                    + " none: £1,150.00 to SUNRISE HOMECARE LTD on "),
        forPerson.toString());
  }

  @Test
  @DisplayName(
      "Reviews come forward when a surplus concern opens and on a safeguarding referral, are audited with the reason, and show on the account, the case page and the reports")
  void eventsBringReviewsForward() throws Exception {
    LocalDate today = LocalDate.now(UK);
    LocalDate start = today.minusMonths(3);
    long accountId = enrol(reference("REVIEW"), start);
    JsonNode before = officer.get("/accounts/" + accountId).body();
    assertEquals(start.plusMonths(6).toString(), before.get("nextReview").asText());
    assertEquals(false, before.get("reviewBroughtForward").asBoolean());
    assertEquals(
        "The first review is due within 6 months of the start on " + day(start) + ".",
        before.get("nextReviewReason").asText());
    assertEquals(
        400,
        officer.post("/accounts/" + accountId + "/review-requests", Map.of("reason", " ")).status(),
        "a request needs a reason");
    assertEquals(
        403,
        holder
            .post("/accounts/" + accountId + "/review-requests", Map.of("reason", "Please"))
            .status(),
        "only an officer brings a review forward");

    // a surplus over the contingency is a risk concern opening: the review comes forward on its own
    long returnId = awaitReturn(accountId).get("id").asLong();
    holder.upload(
        "/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q.pdf",
        Statements.quarter(start, today, "4500.00", "1200.00", List.of()));
    String shown =
        new BigDecimal("1150.00")
            .multiply(BigDecimal.valueOf(instalments(start, today)))
            .toPlainString();
    JsonNode detail =
        holder
            .post(
                "/returns/" + returnId + "/submission",
                Map.of("spending", Map.of("PERSONAL_CARE", shown), "declaration", true))
            .body();
    assertEquals(List.of("SURPLUS_OVER_CONTINGENCY"), flagKinds(detail));
    LocalDate within28 = today.plusDays(28);
    JsonNode concern = officer.get("/accounts/" + accountId).body();
    assertEquals(within28.toString(), concern.get("nextReview").asText());
    assertEquals(true, concern.get("reviewBroughtForward").asBoolean());
    assertEquals(
        "Review due by "
            + day(within28)
            + " because a risk concern opened on "
            + day(today)
            + ": The account holds more than the contingency allows.",
        concern.get("nextReviewReason").asText());
    JsonNode moved = list(concern.get("reviewHistory")).get(0);
    assertEquals(
        "system REVIEW_BROUGHT_FORWARD",
        moved.get("actor").asText() + " " + moved.get("action").asText());
    assertTrue(
        moved
            .get("reason")
            .asText()
            .startsWith("Next review moved from " + start.plusMonths(6) + " to " + within28),
        moved.toString());

    // asking again changes nothing but is on the record
    JsonNode asked =
        officer
            .post(
                "/accounts/" + accountId + "/review-requests",
                Map.of("reason", "The carer says needs have changed."))
            .body();
    assertEquals(within28.toString(), asked.get("nextReview").asText());
    assertTrue(
        list(asked.get("reviewHistory")).stream()
            .anyMatch(
                h ->
                    h.get("action").asText().equals("REVIEW_REQUESTED")
                        && h.get("reason")
                            .asText()
                            .equals(
                                "The carer says needs have changed. (a review is already due by "
                                    + within28
                                    + ", so the date stays)")),
        asked.get("reviewHistory").toString());
    assertTrue(
        list(officer.get("/reports/summary").body().get("reviewsDue")).stream()
            .anyMatch(
                r ->
                    r.get("accountId").asLong() == accountId
                        && r.get("broughtForward").asBoolean()
                        && r.get("dueBy").asText().equals(within28.toString())));

    // the review is done: the next is a year on, and leaves the reviews due
    JsonNode reviewed =
        officer
            .post(
                "/accounts/" + accountId + "/reviews",
                Map.of("reason", "Visited David; the support plan still meets his needs."))
            .body();
    assertEquals(today.toString(), reviewed.get("lastReview").asText());
    assertEquals(today.plusMonths(12).toString(), reviewed.get("nextReview").asText());
    assertEquals(false, reviewed.get("reviewBroughtForward").asBoolean());
    assertTrue(
        list(officer.get("/reports/summary").body().get("reviewsDue")).stream()
            .noneMatch(r -> r.get("accountId").asLong() == accountId));

    // a safeguarding referral on the case brings it forward again, with the officer's reason
    assertEquals(
        200,
        officer
            .post(
                "/returns/" + returnId + "/actions",
                Map.of(
                    "kind",
                    "REFER_SAFEGUARDING",
                    "reason",
                    "Bruising seen by the PA; referred to the safeguarding team."))
            .status());
    JsonNode referred = officer.get("/accounts/" + accountId).body();
    assertEquals(within28.toString(), referred.get("nextReview").asText());
    String why =
        "Review due by "
            + day(within28)
            + " because referred to safeguarding on "
            + day(today)
            + ": Bruising seen by the PA; referred to the safeguarding team.";
    assertEquals(why, referred.get("nextReviewReason").asText());
    assertTrue(
        list(officer.get("/reports/summary").body().get("reviewsDue")).stream()
            .anyMatch(
                r ->
                    r.get("accountId").asLong() == accountId
                        && r.get("reason").asText().equals(why)));
    WebClient page = new WebClient();
    page.signIn(DemoUsers.OFFICER.username(), DemoUsers.PASSWORD);
    String nextReview =
        WebClient.text(page.get("/officer/monitoring-case.xhtml?id=" + returnId), "#next-review");
    assertEquals(day(within28) + ": " + why, nextReview);
  }
}
