package org.dpsupport.server.it.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.ManagedDemoData;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.server.it.browser.Browser;
import org.dpsupport.server.security.Role;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;

/**
 * Managed (invoice agency) accounts (issue 19): Northgate Care Accounts' staff record a care
 * provider and its invoice for Grace Adebayo (DP-BDG-0141), she approves it, the agency pays it in
 * a Bacs Standard 18 file with a remittance advice, and she and the council's officer see the
 * ledger. Each refusal (bad bank details, malformed JSON, a duplicate, over the plan's rate, an
 * unknown provider, someone else's account) is a 4xx in plain words and stores nothing.
 */
@ExtendWith(ArquillianExtension.class)
class ManagedAccountIT {

  private final MonitoringApi agency =
      MonitoringApi.of(ManagedDemoData.AGENCY_STAFF, "/monitoring");
  private final MonitoringApi agencyPayments =
      MonitoringApi.of(ManagedDemoData.AGENCY_STAFF, "/managed");
  private final MonitoringApi holder =
      MonitoringApi.of(ManagedDemoData.CLIENT_HOLDER, "/monitoring");
  private final MonitoringApi holderMine =
      MonitoringApi.of(ManagedDemoData.CLIENT_HOLDER, "/managed");
  private final MonitoringApi otherHolder =
      MonitoringApi.of(ManagedDemoData.SECOND_HOLDER, "/monitoring");
  private final MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
  private final MonitoringApi otherAgency = new MonitoringApi(DemoUsers.PAYROLL.username());

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  static final LocalDate TODAY = LocalDate.now(ZoneId.of("Europe/London"));
  static final LocalDate LAST_MONTH = TODAY.withDayOfMonth(1).minusMonths(1);

  private long clientId() throws Exception {
    JsonNode mine = holderMine.get("/mine").body();
    assertEquals(1, mine.size(), mine.toString());
    assertEquals(ManagedDemoData.CLIENT, mine.get(0).get("reference").asText());
    return mine.get(0).get("accountId").asLong();
  }

  private static Map<String, Object> invoice(
      long providerId, String number, String hours, String rate, String amount) {
    Map<String, Object> i = new HashMap<>();
    i.put("providerId", providerId);
    i.put("number", number);
    i.put("periodStart", LAST_MONTH.toString());
    i.put("periodEnd", LAST_MONTH.plusMonths(1).minusDays(1).toString());
    i.put("hours", new BigDecimal(hours));
    i.put("rate", new BigDecimal(rate));
    i.put("amount", new BigDecimal(amount));
    return i;
  }

  private static String message(MonitoringApi.Reply reply) {
    return reply.body() == null ? reply.text() : reply.body().path("detail").asText(reply.text());
  }

  /** A Bacs pay day a week or so away, on a weekday. */
  private static LocalDate payDay() {
    LocalDate d = TODAY.plusDays(7);
    while (d.getDayOfWeek() == DayOfWeek.SATURDAY || d.getDayOfWeek() == DayOfWeek.SUNDAY) {
      d = d.plusDays(1);
    }
    return d;
  }

  @Test
  @DisplayName(
      "Agency records a provider and its invoice, refusals store nothing, the holder approves, the"
          + " agency pays in a Bacs file with a remittance advice, and holder and officer see the"
          + " ledger")
  void managedJourneyOverTheApi() throws Exception {
    long id = clientId();
    String base = "/accounts/" + id + "/managed";

    // the agency records Brightside Care: £24.50 an hour for 10 hours a week
    Map<String, Object> provider = new HashMap<>();
    provider.put("name", "Brightside Care");
    provider.put("sortCode", "18-00-02");
    provider.put("accountNumber", "00000192");
    provider.put("hourlyRate", new BigDecimal("24.50"));
    provider.put("hoursPerWeek", new BigDecimal("10"));
    MonitoringApi.Reply badBank = agency.post(base + "/providers", provider);
    assertEquals(400, badBank.status(), badBank.text());
    assertTrue(message(badBank).contains("cannot belong to sort code"), badBank.text());
    MonitoringApi.Reply malformed = agency.postText(base + "/providers", "{\"name\": \"Bright");
    assertEquals(400, malformed.status(), malformed.text());
    assertEquals(0, agency.get(base).body().get("providers").size(), "nothing stored");
    MonitoringApi.Reply notTheirs = otherAgency.post(base + "/providers", provider);
    assertEquals(403, notTheirs.status(), notTheirs.text());

    provider.put("accountNumber", "00000190");
    MonitoringApi.Reply recorded = agency.post(base + "/providers", provider);
    assertEquals(201, recorded.status(), recorded.text());
    long providerId = recorded.body().get("id").asLong();
    assertEquals("180002", recorded.body().get("sortCode").asText());

    // last month's invoice: 40 hours at £24.50
    String number = "BC-" + LAST_MONTH.getMonthValue() + "-01";
    MonitoringApi.Reply sent =
        agency.post(base + "/invoices", invoice(providerId, number, "40", "24.50", "980.00"));
    assertEquals(201, sent.status(), sent.text());
    long invoiceId = sent.body().get("id").asLong();
    assertEquals("AWAITING_APPROVAL", sent.body().get("state").asText());
    assertEquals("Waiting for approval", sent.body().get("stateWords").asText());

    // refusals: a duplicate number, the same amount and period again, over the rate, unknown
    // provider, malformed JSON
    MonitoringApi.Reply again =
        agency.post(base + "/invoices", invoice(providerId, number, "40", "24.50", "980.00"));
    assertEquals(409, again.status(), again.text());
    assertTrue(message(again).contains("has already been recorded"), again.text());
    MonitoringApi.Reply sameAmount =
        agency.post(base + "/invoices", invoice(providerId, "BC-OTHER", "40", "24.50", "980.00"));
    assertEquals(409, sameAmount.status(), sameAmount.text());
    MonitoringApi.Reply overRate =
        agency.post(base + "/invoices", invoice(providerId, "BC-RATE", "40", "26.00", "1040.00"));
    assertEquals(400, overRate.status(), overRate.text());
    assertTrue(
        message(overRate).contains("more than the £24.50 an hour agreed with Brightside Care"),
        overRate.text());
    MonitoringApi.Reply unknown =
        agency.post(base + "/invoices", invoice(999_999_999L, "BC-X", "4", "24.50", "98.00"));
    assertEquals(404, unknown.status(), unknown.text());
    assertTrue(message(unknown).contains("Record the provider first"), unknown.text());
    MonitoringApi.Reply broken = agency.postText(base + "/invoices", "[1, 2");
    assertEquals(400, broken.status(), broken.text());
    assertEquals(1, agency.get(base).body().get("invoices").size(), "only the first is stored");

    // an invoice sent as a PDF: its total is read by the invoice reader; a typed total the PDF
    // contradicts is refused; this one (20 hours of the month before last) waits for approval
    LocalDate earlier = LAST_MONTH.minusMonths(1);
    String pdfQuery =
        "/invoices/pdf?providerId="
            + providerId
            + "&number=BC-PDF-1&periodStart="
            + earlier
            + "&periodEnd="
            + earlier.plusDays(13)
            + "&hours=20&rate=24.50&fileName=brightside.pdf";
    byte[] pdfInvoice = Receipts.careInvoice("Brightside Care", earlier.plusDays(14), "490.00");
    MonitoringApi.Reply contradicted =
        agency.upload(base + pdfQuery + "&amount=500.00", pdfInvoice);
    assertEquals(400, contradicted.status(), contradicted.text());
    assertTrue(
        message(contradicted).contains("is not the £490.00 the invoice shows"),
        contradicted.text());
    // a total that is not a number: a plain 400 (JAX-RS would answer 404), nothing stored
    MonitoringApi.Reply notANumber =
        agency.upload(base + pdfQuery + "&amount=four-ninety", pdfInvoice);
    assertEquals(400, notANumber.status(), notANumber.text());
    assertTrue(
        message(notANumber).contains("The invoice total is not a number"), notANumber.text());
    assertEquals(1, agency.get(base).body().get("invoices").size(), "still only the first");
    MonitoringApi.Reply fromPdf = agency.upload(base + pdfQuery, pdfInvoice);
    assertEquals(201, fromPdf.status(), fromPdf.text());
    assertEquals("PDF", fromPdf.body().get("source").asText());
    assertEquals(
        0, new BigDecimal("490.00").compareTo(fromPdf.body().get("amount").decimalValue()));
    assertEquals(2, agency.get(base).body().get("invoices").size());

    // only Grace approves (the council requires it); Thomas cannot see her account
    assertEquals(403, agency.post(base + "/invoices/" + invoiceId + "/approve", Map.of()).status());
    assertEquals(403, otherHolder.get(base).status());
    JsonNode seen = holder.get(base).body();
    assertTrue(seen.get("canApprove").asBoolean());
    assertTrue(
        seen.get("providers").get(0).path("sortCode").isMissingNode()
            || seen.get("providers").get(0).get("sortCode").isNull(),
        "no bank details for the holder: " + seen.get("providers"));
    MonitoringApi.Reply approved =
        holder.post(base + "/invoices/" + invoiceId + "/approve", Map.of());
    assertEquals(200, approved.status(), approved.text());
    assertEquals("APPROVED", approved.body().get("state").asText());

    // the agency pays: one Bacs Standard 18 file
    JsonNode before = agency.get(base).body();
    BigDecimal balanceBefore = before.get("balance").decimalValue();
    MonitoringApi.Reply paid =
        agencyPayments.post("/payment-files", Map.of("payDay", payDay().toString()));
    assertEquals(201, paid.status(), paid.text());
    long fileId = paid.body().get("id").asLong();
    assertTrue(paid.body().get("credits").asInt() >= 1, paid.text());
    HttpResponse<byte[]> file = agencyPayments.bytes("/payment-files/" + fileId);
    assertEquals(200, file.statusCode());
    String bacs = new String(file.body(), java.nio.charset.StandardCharsets.US_ASCII);
    assertTrue(bacs.startsWith("VOL1"), bacs);
    assertTrue(bacs.contains("UHL1"), bacs);
    String credit =
        bacs.lines().filter(l -> l.contains("BRIGHTSIDE CARE")).findFirst().orElseThrow();
    assertTrue(credit.startsWith("180002" + "00000190" + "0" + "99"), credit);
    assertTrue(credit.contains("00000098000"), credit);
    assertTrue(credit.contains(ManagedDemoData.CLIENT), credit);
    assertEquals(
        409,
        agencyPayments.post("/payment-files", Map.of("payDay", payDay().toString())).status(),
        "nothing left to pay");
    assertEquals(
        403, holderMine.post("/payment-files", Map.of("payDay", payDay().toString())).status());

    // what was stored, as the holder sees it: paid, the balance down by £980.00, a remittance
    JsonNode after = holder.get(base).body();
    JsonNode inv =
        MonitoredAccounts.find(after.get("invoices"), i -> i.get("id").asLong() == invoiceId)
            .orElseThrow();
    assertEquals(
        "AWAITING_APPROVAL",
        MonitoredAccounts.find(after.get("invoices"), i -> i.get("source").asText().equals("PDF"))
            .orElseThrow()
            .get("state")
            .asText(),
        "the PDF invoice is not approved, so not paid");
    assertEquals("PAID", inv.get("state").asText());
    assertEquals(0, new BigDecimal("980.00").compareTo(inv.get("paid").decimalValue()));
    assertEquals(
        0,
        balanceBefore
            .subtract(new BigDecimal("980.00"))
            .compareTo(after.get("balance").decimalValue()),
        after.toString());
    assertEquals(1, after.get("remittances").size());
    long remittanceId = after.get("remittances").get(0).get("id").asLong();
    HttpResponse<byte[]> pdf = holder.bytes(base + "/remittances/" + remittanceId + "/pdf");
    assertEquals(200, pdf.statusCode());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Remittance advice"), text);
      assertTrue(text.contains("Brightside Care"), text);
      assertTrue(text.contains("£980.00"), text);
      assertTrue(doc.getDocumentCatalog().getStructureTreeRoot() != null, "tagged");
    }
    assertEquals(
        403, otherHolder.bytes(base + "/remittances/" + remittanceId + "/pdf").statusCode());

    // the officer reads the ledger: the payment out, and the invoice paid
    JsonNode ledger = officer.get(base).body();
    assertTrue(
        ledger.get("ledger").findValuesAsText("kind").contains("INVOICE_PAID"), ledger.toString());
    assertEquals(0, new BigDecimal("980.00").compareTo(ledger.get("invoicesOut").decimalValue()));
    assertTrue(
        ledger.get("providers").get(0).path("accountNumber").isMissingNode()
            || ledger.get("providers").get(0).get("accountNumber").isNull(),
        "no bank details for the officer: " + ledger.get("providers"));

    // a dispute needs a reason; the PDF invoice waiting for approval is disputed, and the agency
    // cannot approve it past the person; a paid invoice cannot be disputed
    long pdfId = fromPdf.body().get("id").asLong();
    MonitoringApi.Reply noReason =
        holder.post(base + "/invoices/" + pdfId + "/dispute", Map.of("reason", " "));
    assertEquals(400, noReason.status(), noReason.text());
    MonitoringApi.Reply disputed =
        holder.post(
            base + "/invoices/" + pdfId + "/dispute",
            Map.of("reason", "Two of these visits did not happen"));
    assertEquals(200, disputed.status(), disputed.text());
    assertEquals("DISPUTED", disputed.body().get("state").asText());
    assertEquals(
        "Two of these visits did not happen", disputed.body().get("disputeReason").asText());
    assertEquals(403, agency.post(base + "/invoices/" + pdfId + "/approve", Map.of()).status());
    assertEquals(
        409,
        holder
            .post(base + "/invoices/" + invoiceId + "/dispute", Map.of("reason", "Too many hours"))
            .status());
  }

  private static String text(String id) {
    return MonitoredAccounts.text(id);
  }

  private static void assertAccessible(String page) {
    MonitoredAccounts.assertAccessible(page);
  }

  private static void click(String id) {
    Browser.driver().findElement(By.id(id)).click();
  }

  @Test
  @DisplayName(
      "In the browser: the agency records a provider and an invoice (refusals shown in the error"
          + " summary), the holder approves, the agency pays, the holder and the officer see it")
  void managedJourneyInTheBrowser() throws Exception {
    DemoUsers.DemoUser staff =
        new DemoUsers.DemoUser(ManagedDemoData.AGENCY_STAFF, "Omar Haddad", Role.PAYROLL_STAFF);
    DemoUsers.DemoUser ruth =
        new DemoUsers.DemoUser(ManagedDemoData.THIRD_HOLDER, "Ruth Okonjo", Role.BUDGET_HOLDER);
    MonitoringApi ruthApi = MonitoringApi.of(ManagedDemoData.THIRD_HOLDER, "/managed");
    long id = ruthApi.get("/mine").body().get(0).get("accountId").asLong();

    Browser.signIn(staff);
    Browser.open("/agency/managed.xhtml");
    Browser.waitFor(By.id("managed-heading"));
    assertTrue(text("to-pay").contains("Ruth Okonjo"), text("to-pay"));
    assertAccessible("managed-agency-list");
    Browser.driver().findElement(By.linkText("Ruth Okonjo")).click();
    Browser.waitFor(By.id("account-heading"));
    assertEquals("No provider has been recorded yet.", text("no-providers"));

    // bad bank details: the error summary says so, nothing is stored
    Browser.type("provider:name", "Willow Care");
    Browser.type("provider:sortCode", "18-00-02");
    Browser.type("provider:accountNumber", "00000192");
    Browser.type("provider:rate", "24.50");
    Browser.type("provider:hours", "10");
    click("provider:save-provider");
    Browser.waitFor(By.id("error-summary"));
    assertTrue(text("error-summary").contains("cannot belong to sort code"), text("error-summary"));
    assertAccessible("managed-provider-error");
    Browser.type("provider:accountNumber", "00000190");
    click("provider:save-provider");
    Browser.waitFor(By.id("done"));
    assertTrue(text("providers").contains("Willow Care"), text("providers"));
    assertTrue(text("providers").contains("18-00-02 00000190"), text("providers"));

    // an invoice over the plan's rate is refused; then last month's at the contract rate
    String number = "WC-" + LAST_MONTH.getMonthValue();
    LocalDate end = LAST_MONTH.plusMonths(1).minusDays(1);
    Browser.type("invoice:number", number);
    Browser.type("invoice:start:day", String.valueOf(LAST_MONTH.getDayOfMonth()));
    Browser.type("invoice:start:month", String.valueOf(LAST_MONTH.getMonthValue()));
    Browser.type("invoice:start:year", String.valueOf(LAST_MONTH.getYear()));
    Browser.type("invoice:end:day", String.valueOf(end.getDayOfMonth()));
    Browser.type("invoice:end:month", String.valueOf(end.getMonthValue()));
    Browser.type("invoice:end:year", String.valueOf(end.getYear()));
    Browser.type("invoice:hours", "40");
    Browser.type("invoice:rate", "26.00");
    Browser.type("invoice:total", "1040.00");
    click("invoice:save-invoice");
    Browser.waitFor(By.id("error-summary"));
    assertTrue(
        text("error-summary").contains("more than the £24.50 an hour agreed with Willow Care"),
        text("error-summary"));
    assertAccessible("managed-invoice-error");
    Browser.type("invoice:rate", "24.50");
    Browser.type("invoice:total", "980.00");
    click("invoice:save-invoice");
    Browser.waitFor(By.id("done"));
    assertTrue(text("invoices").contains("Waiting for approval"), text("invoices"));
    assertAccessible("managed-account-agency");

    // Ruth approves it from her home page
    Browser.signIn(ruth);
    Browser.open("/holder/index.xhtml");
    Browser.waitFor(By.id("managed-link")).click();
    Browser.waitFor(By.id("invoices-heading"));
    assertEquals("1 invoice is waiting for your approval.", text("waiting"));
    assertAccessible("managed-holder");
    click("decide-" + number);
    Browser.waitFor(By.id("invoice-heading"));
    assertEquals("£980.00", text("invoice-total"));
    assertAccessible("managed-holder-invoice");
    click("approve:approve");
    Browser.waitFor(By.id("done"));
    assertTrue(text("invoices").contains("To be paid"), text("invoices"));

    // the agency makes the payment file
    LocalDate payDay = payDay();
    Browser.signIn(staff);
    Browser.open("/agency/managed.xhtml");
    Browser.waitFor(By.id("managed-heading"));
    Browser.type("pay:payDay:day", String.valueOf(payDay.getDayOfMonth()));
    Browser.type("pay:payDay:month", String.valueOf(payDay.getMonthValue()));
    Browser.type("pay:payDay:year", String.valueOf(payDay.getYear()));
    click("pay:make-file");
    Browser.waitFor(By.id("done"));
    assertEquals("The payment file was made.", text("done").lines().reduce((a, b) -> b).orElse(""));
    assertAccessible("managed-agency-paid");

    // what was stored, read back over the API
    JsonNode stored =
        MonitoringApi.of(ManagedDemoData.THIRD_HOLDER, "/monitoring")
            .get("/accounts/" + id + "/managed")
            .body();
    assertEquals("PAID", stored.get("invoices").get(0).get("state").asText(), stored.toString());
    assertEquals(1, stored.get("remittances").size());
    assertEquals(0, new BigDecimal("980.00").compareTo(stored.get("invoicesOut").decimalValue()));

    // Ruth sees it paid and the remittance; the officer sees the ledger on the account page
    Browser.signIn(ruth);
    Browser.open("/holder/managed.xhtml");
    Browser.waitFor(By.id("invoices-heading"));
    assertTrue(text("invoices").contains("Paid"), text("invoices"));
    assertTrue(text("remittances").contains("£980.00 to Willow Care"), text("remittances"));
    assertEquals("£980.00", text("invoices-out"));
    Browser.signIn(DemoUsers.OFFICER);
    Browser.open("/officer/monitoring-account.xhtml?id=" + id);
    Browser.waitFor(By.id("managed-heading"));
    assertEquals("None: the agency that manages the money keeps the ledger below", text("risk"));
    assertEquals("£980.00", text("invoices-out"));
    assertTrue(text("ledger").contains("Paid Willow Care"), text("ledger"));
    assertAccessible("managed-officer-account");
  }
}
