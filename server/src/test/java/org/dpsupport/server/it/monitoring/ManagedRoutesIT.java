package org.dpsupport.server.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.ManagedDemoData;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.server.it.browser.Browser;
import org.dpsupport.server.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Managed (invoice agency) accounts, the gaps users hit (issue 19): the header's links follow what
 * the person has; a nominee approves and disputes on the holder's behalf; the agency uploads a PDF
 * invoice on its page (bad files refused, nothing stored); remittance advices are e-mailed to
 * providers with an address (GreenMail is the SMTP server) and downloaded for the rest; a finalised
 * pay run's cost is posted to the managed ledger once.
 */
@ExtendWith(ArquillianExtension.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ManagedRoutesIT {

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final LocalDate LAST_MONTH = TODAY.withDayOfMonth(1).minusMonths(1);

  private static GreenMail smtp;

  private final MonitoringApi agency =
      MonitoringApi.of(ManagedDemoData.AGENCY_STAFF, "/monitoring");
  private final MonitoringApi agencyPayments =
      MonitoringApi.of(ManagedDemoData.AGENCY_STAFF, "/managed");
  private final MonitoringApi agencyPayroll = MonitoringApi.of(ManagedDemoData.AGENCY_STAFF, "");

  private static final DemoUsers.DemoUser STAFF =
      new DemoUsers.DemoUser(ManagedDemoData.AGENCY_STAFF, "Omar Haddad", Role.PAYROLL_STAFF);
  private static final DemoUsers.DemoUser SEAN =
      new DemoUsers.DemoUser(ManagedDemoData.NOMINEE, "Sean Walsh", Role.BUDGET_HOLDER);
  private static final DemoUsers.DemoUser GRACE =
      new DemoUsers.DemoUser(ManagedDemoData.CLIENT_HOLDER, "Grace Adebayo", Role.BUDGET_HOLDER);
  private static final DemoUsers.DemoUser AISHA =
      new DemoUsers.DemoUser(
          ManagedDemoData.PAYROLL_CLIENT_HOLDER, "Aisha Karim", Role.BUDGET_HOLDER);

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

  private static long mine(String username, String reference) throws Exception {
    JsonNode mine = MonitoringApi.of(username, "/managed").get("/mine").body();
    return MonitoredAccounts.find(mine, a -> a.get("reference").asText().equals(reference))
        .orElseThrow(() -> new AssertionError(username + " does not hold " + reference + mine))
        .get("accountId")
        .asLong();
  }

  private static List<String> headerLinks() {
    return Browser.driver().findElements(By.cssSelector("#navigation a")).stream()
        .map(WebElement::getText)
        .map(String::strip)
        .toList();
  }

  /** A field left out of the JSON or null: not shown to this viewer. */
  private static boolean absent(JsonNode node, String field) {
    return node.path(field).isMissingNode() || node.get(field).isNull();
  }

  private static String text(String id) {
    return MonitoredAccounts.text(id);
  }

  private static String message(MonitoringApi.Reply reply) {
    return reply.body() == null ? reply.text() : reply.body().path("detail").asText(reply.text());
  }

  private static void click(String id) {
    Browser.clickThrough(Browser.driver().findElement(By.id(id)));
  }

  @Test
  @Order(1)
  @DisplayName(
      "The header follows what the person has: care invoices for a managed holder, managed"
          + " accounts and no payroll bureau for an invoice agency's staff, the payroll links for a"
          + " payroll bureau and its clients")
  void headerByRoute() throws Exception {
    Browser.signIn(GRACE);
    Browser.open("/holder/index.xhtml");
    List<String> grace = headerLinks();
    assertTrue(grace.contains("Your care invoices"), grace.toString());
    assertFalse(grace.contains("Your returns"), grace.toString());
    assertFalse(grace.contains("Timesheets and pay"), grace.toString());
    Browser.driver().findElement(By.linkText("Your care invoices")).click();
    Browser.waitFor(By.id("invoices-heading"));
    MonitoredAccounts.assertAccessible("managed-header-holder");

    // Northgate runs no payroll yet: its staff land on their managed accounts
    Browser.signIn(STAFF);
    Browser.waitFor(By.id("managed-heading"));
    List<String> staff = headerLinks();
    assertTrue(staff.contains("Managed accounts"), staff.toString());
    assertFalse(staff.contains("Payroll bureau"), staff.toString());
    assertFalse(staff.contains("Payroll"), staff.toString());

    Browser.signIn(DemoUsers.PAYROLL);
    Browser.open("/agency/index.xhtml");
    List<String> bureau = headerLinks();
    assertTrue(bureau.contains("Payroll bureau"), bureau.toString());
    assertTrue(bureau.contains("Payroll"), bureau.toString());
    assertFalse(bureau.contains("Managed accounts"), bureau.toString());

    Browser.signIn(DemoUsers.HOLDER);
    Browser.open("/holder/index.xhtml");
    List<String> holder = headerLinks();
    assertTrue(holder.contains("Your returns"), holder.toString());
    assertTrue(holder.contains("Timesheets and pay"), holder.toString());
    assertFalse(holder.contains("Your care invoices"), holder.toString());
  }

  @Test
  @Order(2)
  @DisplayName(
      "Edna Walsh's nominee approves one invoice over the API and disputes the other in the"
          + " browser; each records him on her behalf; an unrelated holder gets 403")
  void nomineeApprovesAndDisputes() throws Exception {
    long id = mine(ManagedDemoData.NOMINEE, ManagedDemoData.NOMINEE_CLIENT);
    assertEquals(id, mine(ManagedDemoData.NOMINEE_CLIENT_HOLDER, ManagedDemoData.NOMINEE_CLIENT));
    String base = "/accounts/" + id + "/managed";
    MonitoringApi sean = MonitoringApi.of(ManagedDemoData.NOMINEE, "/monitoring");
    MonitoringApi grace = MonitoringApi.of(ManagedDemoData.CLIENT_HOLDER, "/monitoring");
    JsonNode account = sean.get(base).body();
    assertTrue(account.get("canApprove").asBoolean(), account.toString());
    LocalDate earlier = LAST_MONTH.minusMonths(1);
    String first = "HHC-" + earlier.getYear() + "-" + earlier.getMonthValue();
    String second = "HHC-" + LAST_MONTH.getYear() + "-" + LAST_MONTH.getMonthValue();
    long firstId =
        MonitoredAccounts.find(account.get("invoices"), i -> i.get("number").asText().equals(first))
            .orElseThrow()
            .get("id")
            .asLong();

    // an unrelated holder can neither see nor approve; the agency cannot approve past the person
    assertEquals(403, grace.get(base).status());
    assertEquals(403, grace.post(base + "/invoices/" + firstId + "/approve", Map.of()).status());
    assertEquals(403, agency.post(base + "/invoices/" + firstId + "/approve", Map.of()).status());
    assertEquals(
        "AWAITING_APPROVAL",
        MonitoredAccounts.find(
                sean.get(base).body().get("invoices"), i -> i.get("id").asLong() == firstId)
            .orElseThrow()
            .get("state")
            .asText(),
        "the refusals changed nothing");

    MonitoringApi.Reply approved = sean.post(base + "/invoices/" + firstId + "/approve", Map.of());
    assertEquals(200, approved.status(), approved.text());
    assertEquals("APPROVED", approved.body().get("state").asText());
    assertEquals(ManagedDemoData.NOMINEE, approved.body().get("decidedBy").asText());
    assertEquals(
        "Approved by Sean Walsh, nominee, on behalf of Edna Walsh",
        approved.body().get("decidedWords").asText());

    // in the browser (JavaScript off): Sean disputes last month's invoice
    Browser.signIn(SEAN);
    Browser.open("/holder/index.xhtml");
    List<String> links = headerLinks();
    assertTrue(links.contains("Your care invoices"), links.toString());
    assertFalse(links.contains("Your returns"), links.toString());
    Browser.open("/holder/managed.xhtml");
    Browser.waitFor(By.id("invoices-heading"));
    assertEquals("1 invoice is waiting for your approval.", text("waiting"));
    assertEquals(
        "Approved by Sean Walsh, nominee, on behalf of Edna Walsh", text("decided-" + first));
    click("decide-" + second);
    Browser.waitFor(By.id("invoice-heading"));
    click("dispute:dispute");
    Browser.waitFor(By.id("error-summary"));
    assertTrue(text("error-summary").contains("Say why you dispute the invoice"));
    Browser.type("dispute:reason", "Mum was in hospital for a week of this month");
    click("dispute:dispute");
    Browser.waitFor(By.id("done"));
    assertEquals(
        "Disputed by Sean Walsh, nominee, on behalf of Edna Walsh", text("decided-" + second));
    MonitoredAccounts.assertAccessible("managed-nominee");

    // read back as Edna: both decisions recorded as her nominee's
    JsonNode stored =
        MonitoringApi.of(ManagedDemoData.NOMINEE_CLIENT_HOLDER, "/monitoring").get(base).body();
    JsonNode disputed =
        MonitoredAccounts.find(stored.get("invoices"), i -> i.get("number").asText().equals(second))
            .orElseThrow();
    assertEquals("DISPUTED", disputed.get("state").asText());
    assertEquals(ManagedDemoData.NOMINEE, disputed.get("decidedBy").asText());
    assertEquals(
        "Mum was in hospital for a week of this month", disputed.get("disputeReason").asText());
  }

  @Test
  @Order(3)
  @DisplayName(
      "The agency records providers (a bad e-mail refused), uploads a PDF invoice on its page"
          + " (not a PDF, damaged, a contradicted total, over the rate, a duplicate refused,"
          + " nothing stored), pays, and the provider with an address gets the remittance advice"
          + " by e-mail")
  void pdfUploadAndRemittanceEmails() throws Exception {
    long id = mine(ManagedDemoData.PAYROLL_CLIENT_HOLDER, ManagedDemoData.PAYROLL_CLIENT);
    String base = "/accounts/" + id + "/managed";

    // over the API: an address that is not one is refused, nothing stored
    Map<String, Object> oak = new LinkedHashMap<>();
    oak.put("name", "Oak Tree Care");
    oak.put("sortCode", "18-00-02");
    oak.put("accountNumber", "00000190");
    oak.put("hourlyRate", new BigDecimal("25.00"));
    oak.put("hoursPerWeek", new BigDecimal("10"));
    oak.put("remittanceEmail", "accounts at oaktree");
    MonitoringApi.Reply badEmail = agency.post(base + "/providers", oak);
    assertEquals(400, badEmail.status(), badEmail.text());
    assertTrue(message(badEmail).contains("e-mail address"), badEmail.text());
    assertEquals(0, agency.get(base).body().get("providers").size(), "nothing stored");
    oak.put("remittanceEmail", "accounts@oaktreecare.example.org");
    MonitoringApi.Reply recorded = agency.post(base + "/providers", oak);
    assertEquals(201, recorded.status(), recorded.text());
    assertEquals(
        "accounts@oaktreecare.example.org", recorded.body().get("remittanceEmail").asText());
    long oakId = recorded.body().get("id").asLong();
    JsonNode seenByHolder =
        MonitoringApi.of(ManagedDemoData.PAYROLL_CLIENT_HOLDER, "/monitoring").get(base).body();
    assertTrue(
        absent(seenByHolder.get("providers").get(0), "remittanceEmail"),
        "the provider's details are the agency's only");

    // a file that is not a PDF is refused over the API too
    String query =
        "/invoices/pdf?providerId="
            + oakId
            + "&number=OTC-API&periodStart="
            + LAST_MONTH
            + "&periodEnd="
            + LAST_MONTH.plusDays(6)
            + "&hours=10&rate=25.00&amount=250.00&fileName=oak.txt";
    MonitoringApi.Reply notPdf =
        agency.upload(
            base + query, "Invoice: £250.00".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertEquals(400, notPdf.status(), notPdf.text());
    assertTrue(message(notPdf).contains("not a PDF"), notPdf.text());
    assertEquals(0, agency.get(base).body().get("invoices").size(), "nothing stored");

    // the agency's page: a second provider without an address, a bad address refused first
    Browser.signIn(STAFF);
    Browser.open("/agency/managed-account.xhtml?id=" + id);
    Browser.waitFor(By.id("account-heading"));
    Browser.type("provider:name", "Birch Lane Care");
    Browser.type("provider:sortCode", "18-00-02");
    Browser.type("provider:accountNumber", "00000190");
    Browser.type("provider:rate", "20.00");
    Browser.type("provider:hours", "5");
    Browser.type("provider:email", "birch@");
    click("provider:save-provider");
    Browser.waitFor(By.id("error-summary"));
    assertTrue(text("error-summary").contains("e-mail address"), text("error-summary"));
    Browser.type("provider:email", "");
    click("provider:save-provider");
    Browser.waitFor(By.id("done"));
    assertTrue(
        text("providers").contains("E-mailed to accounts@oaktreecare.example.org"),
        text("providers"));
    assertTrue(text("providers").contains("Downloaded and sent on by you"), text("providers"));

    // the invoice form with Oak Tree Care's PDF
    LocalDate end = LAST_MONTH.plusDays(6);
    String number = "OTC-" + LAST_MONTH.getMonthValue();
    Path dir = Files.createDirectories(Path.of("target", "managed-routes-it"));
    Path text = Files.writeString(dir.resolve("invoice.txt"), "Invoice OTC: £250.00");
    Path damaged = Files.write(dir.resolve("damaged.pdf"), "%PDF-1.7\n1 0 obj <<".getBytes());
    Path good =
        Files.write(dir.resolve("oak.pdf"), Receipts.careInvoice("Oak Tree Care", end, "250.00"));
    Browser.driver()
        .findElement(By.cssSelector("#invoice-provider option[value='" + oakId + "']"))
        .click();
    Browser.type("invoice:number", number);
    Browser.type("invoice:start:day", String.valueOf(LAST_MONTH.getDayOfMonth()));
    Browser.type("invoice:start:month", String.valueOf(LAST_MONTH.getMonthValue()));
    Browser.type("invoice:start:year", String.valueOf(LAST_MONTH.getYear()));
    Browser.type("invoice:end:day", String.valueOf(end.getDayOfMonth()));
    Browser.type("invoice:end:month", String.valueOf(end.getMonthValue()));
    Browser.type("invoice:end:year", String.valueOf(end.getYear()));
    Browser.type("invoice:hours", "10");
    Browser.type("invoice:rate", "25.00");
    for (Object[] bad :
        new Object[][] {
          {text, "", "This file is not a PDF"},
          {damaged, "", "damaged or incomplete"},
          {good, "260.00", "The total typed, £260.00, is not the £250.00 the invoice shows"},
        }) {
      Browser.type("invoice:total", (String) bad[1]);
      Browser.driver()
          .findElement(By.id("invoice:file"))
          .sendKeys(((Path) bad[0]).toAbsolutePath().toString());
      click("invoice:save-invoice");
      Browser.waitFor(By.id("error-summary"));
      assertTrue(text("error-summary").contains((String) bad[2]), text("error-summary"));
    }
    MonitoredAccounts.assertAccessible("managed-pdf-upload-error");
    // over the plan's rate
    Browser.type("invoice:rate", "26.00");
    Browser.type("invoice:total", "");
    Browser.driver().findElement(By.id("invoice:file")).sendKeys(good.toAbsolutePath().toString());
    click("invoice:save-invoice");
    Browser.waitFor(By.id("error-summary"));
    assertTrue(
        text("error-summary").contains("more than the £25.00 an hour"), text("error-summary"));
    assertEquals(0, agency.get(base).body().get("invoices").size(), "no refusal stored anything");
    // the PDF at the contract rate, its total read from it
    Browser.type("invoice:rate", "25.00");
    Browser.driver().findElement(By.id("invoice:file")).sendKeys(good.toAbsolutePath().toString());
    click("invoice:save-invoice");
    Browser.waitFor(By.id("done"));
    assertTrue(text("invoices").contains(number), text("invoices"));
    MonitoredAccounts.assertAccessible("managed-pdf-upload-done");
    // the same invoice again is a duplicate
    Browser.driver()
        .findElement(By.cssSelector("#invoice-provider option[value='" + oakId + "']"))
        .click();
    Browser.type("invoice:number", number);
    Browser.type("invoice:start:day", String.valueOf(LAST_MONTH.getDayOfMonth()));
    Browser.type("invoice:start:month", String.valueOf(LAST_MONTH.getMonthValue()));
    Browser.type("invoice:start:year", String.valueOf(LAST_MONTH.getYear()));
    Browser.type("invoice:end:day", String.valueOf(end.getDayOfMonth()));
    Browser.type("invoice:end:month", String.valueOf(end.getMonthValue()));
    Browser.type("invoice:end:year", String.valueOf(end.getYear()));
    Browser.type("invoice:hours", "10");
    Browser.type("invoice:rate", "25.00");
    Browser.driver().findElement(By.id("invoice:file")).sendKeys(good.toAbsolutePath().toString());
    click("invoice:save-invoice");
    Browser.waitFor(By.id("error-summary"));
    assertTrue(text("error-summary").contains(number), text("error-summary"));

    // read back: one invoice, from the PDF, £250.00 read from it, approved (no approval needed)
    JsonNode invoices = agency.get(base).body().get("invoices");
    assertEquals(1, invoices.size(), invoices.toString());
    assertEquals("PDF", invoices.get(0).get("source").asText());
    assertEquals(
        0, new BigDecimal("250.00").compareTo(invoices.get(0).get("amount").decimalValue()));
    assertEquals("APPROVED", invoices.get(0).get("state").asText());
    // and Birch Lane Care's invoice, typed over the API
    long birchId =
        MonitoredAccounts.find(
                agency.get(base).body().get("providers"),
                p -> p.get("name").asText().equals("Birch Lane Care"))
            .orElseThrow()
            .get("id")
            .asLong();
    Map<String, Object> birch = new LinkedHashMap<>();
    birch.put("providerId", birchId);
    birch.put("number", "BLC-" + LAST_MONTH.getMonthValue());
    birch.put("periodStart", LAST_MONTH.toString());
    birch.put("periodEnd", end.toString());
    birch.put("hours", new BigDecimal("5"));
    birch.put("rate", new BigDecimal("20.00"));
    birch.put("amount", new BigDecimal("100.00"));
    assertEquals(201, agency.post(base + "/invoices", birch).status());

    // the payment file: Oak Tree Care's advice is e-mailed, Birch Lane's is downloaded
    LocalDate payDay = TODAY.plusDays(7);
    while (payDay.getDayOfWeek() == DayOfWeek.SATURDAY
        || payDay.getDayOfWeek() == DayOfWeek.SUNDAY) {
      payDay = payDay.plusDays(1);
    }
    MonitoringApi.Reply paid =
        agencyPayments.post("/payment-files", Map.of("payDay", payDay.toString()));
    assertEquals(201, paid.status(), paid.text());
    JsonNode sent =
        agency.await(
            base,
            a -> {
              for (JsonNode r : a.get("remittances")) {
                if (r.get("provider").asText().equals("Oak Tree Care")
                    && r.get("emailWords").asText().startsWith("E-mailed to")) {
                  return true;
                }
              }
              return false;
            },
            Duration.ofSeconds(60));
    JsonNode oakAdvice =
        MonitoredAccounts.find(
                sent.get("remittances"), r -> r.get("provider").asText().equals("Oak Tree Care"))
            .orElseThrow();
    assertEquals("accounts@oaktreecare.example.org", oakAdvice.get("emailedTo").asText());
    JsonNode birchAdvice =
        MonitoredAccounts.find(
                sent.get("remittances"), r -> r.get("provider").asText().equals("Birch Lane Care"))
            .orElseThrow();
    assertTrue(absent(birchAdvice, "emailedTo"), birchAdvice.toString());
    assertTrue(
        birchAdvice.get("emailWords").asText().startsWith("Not e-mailed"), birchAdvice.toString());

    List<MimeMessage> mails =
        Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> recipient(m).equals("accounts@oaktreecare.example.org"))
            .toList();
    assertEquals(1, mails.size(), "one e-mail to Oak Tree Care");
    assertEquals("Remittance advice: £250.00 for Aisha Karim", mails.get(0).getSubject());
    String body = (String) mails.get(0).getContent();
    assertTrue(body.contains("Invoice " + number), body);
    assertTrue(body.contains("paid £250.00"), body);
    assertTrue(body.contains(ManagedDemoData.PAYROLL_CLIENT), body);
    assertTrue(
        Arrays.stream(smtp.getReceivedMessages())
            .noneMatch(m -> subject(m).equals("Remittance advice: £100.00 for Aisha Karim")),
        "no e-mail for a provider without an address");

    // the agency's page shows which were sent; the advice's PDF for looking at
    Browser.open("/agency/managed-account.xhtml?id=" + id);
    Browser.waitFor(By.id("remittances-heading"));
    assertTrue(
        text("remittances").contains("E-mailed to accounts@oaktreecare.example.org"),
        text("remittances"));
    assertTrue(text("remittances").contains("Not e-mailed"), text("remittances"));
    MonitoredAccounts.assertAccessible("managed-remittances-agency");
    HttpResponse<byte[]> pdf =
        agency.bytes(base + "/remittances/" + oakAdvice.get("id").asLong() + "/pdf");
    assertEquals(200, pdf.statusCode());
    Files.write(dir.resolve("remittance-oak.pdf"), pdf.body());
    JsonNode holderSees =
        MonitoringApi.of(ManagedDemoData.PAYROLL_CLIENT_HOLDER, "/monitoring").get(base).body();
    assertTrue(
        absent(holderSees.get("remittances").get(0), "emailedTo"),
        "the provider's address is the agency's only");
  }

  /**
   * Aisha's timesheet for the month starting {@code monthStart}, three five-hour days, approved.
   */
  private static void approvedTimesheet(long employment, LocalDate monthStart) throws Exception {
    MonitoringApi aisha = MonitoringApi.of(ManagedDemoData.PAYROLL_CLIENT_HOLDER, "");
    List<Map<String, Object>> shifts = new ArrayList<>();
    for (int day : new int[] {10, 12, 17}) {
      LocalDate d = monthStart.withDayOfMonth(day);
      shifts.add(Map.of("start", d + "T09:00", "end", d + "T14:00", "rateType", "DAY"));
    }
    MonitoringApi.Reply sheet =
        aisha.post(
            "/payroll/timesheets",
            Map.of(
                "employmentId",
                employment,
                "periodStart",
                monthStart.toString(),
                "periodEnd",
                monthStart.plusMonths(1).minusDays(1).toString(),
                "shifts",
                shifts));
    assertTrue(sheet.status() == 200 || sheet.status() == 201, sheet.text());
    MonitoringApi.Reply approved =
        aisha.post("/payroll/timesheets/" + sheet.body().get("id").asLong() + "/approve", Map.of());
    assertEquals(200, approved.status(), approved.text());
  }

  private JsonNode bureauRunFinished(long bureauRunId) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      JsonNode p = agencyPayroll.get("/payroll/bureau-runs/" + bureauRunId).body();
      if (p.get("finished").asBoolean()) {
        return p;
      }
      assertTrue(System.currentTimeMillis() < deadline, "the pay day did not finish: " + p);
      Thread.sleep(200);
    }
  }

  private static String subject(MimeMessage m) {
    try {
      return m.getSubject();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  @Order(4)
  @DisplayName(
      "Aisha Karim's PA is paid through Northgate's payroll: the finalised run's cost is posted to"
          + " her managed ledger once, and her header shows both routes")
  void payRunWagesPostedToTheLedger() throws Exception {
    long id = mine(ManagedDemoData.PAYROLL_CLIENT_HOLDER, ManagedDemoData.PAYROLL_CLIENT);
    String base = "/accounts/" + id + "/managed";
    Map<String, Object> setup = new LinkedHashMap<>();
    setup.put("accountId", id);
    setup.put("employerName", "Aisha Karim");
    setup.put("payeReference", "475/AK14700");
    setup.put(
        "accountsOfficeReference",
        org.dpsupport.payroll.domain.model.employer.AccountsOfficeReference.withCheckCharacter(
                "475", "00014700")
            .value());
    setup.put("careAndSupport", true);
    setup.put("payFrequency", "Monthly");
    setup.put("payDay", 28);
    setup.put("sortCode", "40-47-84");
    setup.put("accountNumber", "70872490");
    setup.put("feePerPayslip", new BigDecimal("12.50"));
    setup.put("monthlyBudget", new BigDecimal("1500.00"));
    setup.put("insurer", "Markel (UK) Ltd");
    setup.put("insurancePolicy", "EL-14700");
    setup.put("insuranceExpires", "2027-06-30");
    MonitoringApi.Reply employer = agencyPayroll.post("/payroll/employers", setup);
    assertEquals(201, employer.status(), employer.text());
    Map<String, Object> starter = new LinkedHashMap<>();
    LocalDate twoMonthsAgo = LAST_MONTH.minusMonths(1);
    starter.put("startDate", twoMonthsAgo.toString());
    starter.put("forename", "Kemi");
    starter.put("surname", "Adeyemi");
    starter.put("niNumber", "CE147470A");
    starter.put("dateOfBirth", "1990-03-14");
    starter.put("gender", "F");
    starter.put("addressLine1", "4 Wood Lane");
    starter.put("addressLine2", "Dagenham");
    starter.put("postcode", "RM10 7DT");
    starter.put("taxCode", "1257L");
    starter.put("week1Month1", false);
    starter.put("niCategory", "A");
    starter.put("hourlyRate", new BigDecimal("13.10"));
    starter.put("usualWeeklyHours", new BigDecimal("5"));
    starter.put("sortCode", "20-45-77");
    starter.put("accountNumber", "44332253");
    starter.put("accountName", "K ADEYEMI");
    starter.put("rightToWorkChecked", twoMonthsAgo.minusDays(10).toString());
    starter.put("dbsChecked", twoMonthsAgo.minusDays(5).toString());
    MonitoringApi.Reply started =
        agencyPayroll.post("/payroll/employers/" + id + "/employees", starter);
    assertTrue(started.status() == 200 || started.status() == 201, started.text());
    long employment = started.body().get("employmentId").asLong();
    approvedTimesheet(employment, twoMonthsAgo);

    // the month before last is paid on Northgate's bureau pay day, a batch job
    MonitoringApi.Reply payDay =
        agencyPayroll.post(
            "/payroll/bureau-runs", Map.of("month", twoMonthsAgo.toString().substring(0, 7)));
    assertTrue(payDay.status() == 200 || payDay.status() == 202, payDay.text());
    JsonNode paid = bureauRunFinished(payDay.body().get("id").asLong());
    assertEquals("COMPLETED", paid.get("batchStatus").asText(), paid.toString());
    assertEquals(1, paid.get("employersPaid").asInt(), paid.toString());
    JsonNode bureauRun = agencyPayroll.get("/payroll/employers/" + id + "/runs").body().get(0);
    assertEquals("FINALISED", bureauRun.get("status").asText(), bureauRun.toString());
    BigDecimal bureauCost = bureauRun.get("totalCost").decimalValue();
    assertTrue(bureauCost.signum() > 0, bureauRun.toString());

    // last month is paid on the page's steps: calculated, approved, finalised
    approvedTimesheet(employment, LAST_MONTH);
    String month = LAST_MONTH.toString().substring(0, 7);
    MonitoringApi.Reply run =
        agencyPayroll.post("/payroll/employers/" + id + "/runs", Map.of("month", month));
    assertTrue(run.status() == 200 || run.status() == 201, run.text());
    long runId = run.body().get("id").asLong();
    assertEquals(200, agencyPayroll.post("/payroll/runs/" + runId + "/approve", Map.of()).status());
    MonitoringApi.Reply finalised =
        agencyPayroll.post("/payroll/runs/" + runId + "/finalise", Map.of());
    assertEquals(200, finalised.status(), finalised.text());
    BigDecimal totalCost = finalised.body().get("totalCost").decimalValue();
    assertTrue(totalCost.signum() > 0, finalised.text());

    // the ledger has each run's cost as wages paid, once, even if finalising is asked again
    MonitoringApi.Reply again =
        agencyPayroll.post("/payroll/runs/" + runId + "/finalise", Map.of());
    assertEquals(409, again.status(), again.text());
    JsonNode ledger = agency.get(base).body();
    List<BigDecimal> wages = new ArrayList<>();
    ledger
        .get("ledger")
        .forEach(
            e -> {
              if (e.get("kind").asText().equals("WAGES_PAID")) {
                assertTrue(e.get("description").asText().startsWith("Pay run for"), e.toString());
                wages.add(e.get("amount").decimalValue().stripTrailingZeros());
              }
            });
    assertEquals(
        List.of(bureauCost.stripTrailingZeros(), totalCost.stripTrailingZeros()).stream()
            .sorted()
            .toList(),
        wages.stream().sorted().toList(),
        "the bureau pay day's run and the page's run, each once: " + ledger.get("ledger"));
    assertEquals(0, totalCost.add(bureauCost).compareTo(ledger.get("wagesOut").decimalValue()));

    // Aisha has both routes: care invoices and timesheets; Northgate's staff now run payroll too
    Browser.signIn(AISHA);
    Browser.open("/holder/index.xhtml");
    List<String> links = headerLinks();
    assertTrue(links.contains("Your care invoices"), links.toString());
    assertTrue(links.contains("Timesheets and pay"), links.toString());
    Browser.open("/holder/managed.xhtml");
    Browser.waitFor(By.id("invoices-heading"));
    MonitoredAccounts.assertAccessible("managed-holder-with-payroll");
    Browser.signIn(STAFF);
    Browser.open("/agency/managed.xhtml");
    Browser.waitFor(By.id("managed-heading"));
    List<String> staff = headerLinks();
    assertTrue(staff.contains("Managed accounts"), staff.toString());
    assertTrue(staff.contains("Payroll"), staff.toString());
    assertNotNull(ledger);
  }
}
