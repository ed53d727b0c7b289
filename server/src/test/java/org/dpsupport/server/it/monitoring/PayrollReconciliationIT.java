package org.dpsupport.server.it.monitoring;

import static org.dpsupport.server.it.monitoring.MonitoredAccounts.UK;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.awaitReturn;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.find;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.flagKinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.PayrollDemoData;
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

/**
 * Monitoring a direct payment whose payroll the bureau runs: every demo employer paid by Eastbrook
 * for October 2026 is monitored as the demo left it (from {@link PayrollDemoData#MONITORED_FROM},
 * no set-up here), and their statements are reconciled against the finalised pay run (each PA's net
 * pay on the pay day, the agency's fee, PAYE to HMRC and the pension contributions by the 22nd of
 * the next month). Payroll's "HMRC unpaid" concern drives the risk rating only while the agency has
 * not recorded the payment: the demo leaves it unrecorded for {@link PayrollDemoData#HMRC_UNPAID},
 * and recording it re-rates the account at once. The officer sees an overdue HMRC payment in the
 * queue and on the account page, in words.
 */
@ExtendWith(ArquillianExtension.class)
class PayrollReconciliationIT {

  private static final BigDecimal OPENING = new BigDecimal("500.00");
  private static final String UNPAID_HMRC =
      "Payroll reports tax or National Insurance unpaid to HMRC";
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

  private final MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
  private final MonitoringApi bureau = MonitoringApi.of(DemoUsers.PAYROLL.username(), "/payroll");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return Deployments.realWar();
  }

  /**
   * The paid month's run of one employer, as payroll shows it, with whether HMRC and the pension
   * are paid over.
   */
  private record PayRun(
      long id,
      LocalDate paymentDate,
      LocalDate hmrcDue,
      BigDecimal hmrc,
      BigDecimal pensions,
      BigDecimal agencyFee,
      BigDecimal totalCost,
      String hmrcStatus,
      String pensionStatus,
      List<Payslip> payslips) {}

  private record Payslip(String paName, BigDecimal netPay) {}

  /** A return of an employer's account, evidenced with a statement and sent by the employer. */
  private record Sent(JsonNode detail, PayRun run) {}

  @Test
  @DisplayName(
      "Each PA's net pay, the fee, HMRC and the pension on the statement match the pay run: nothing is an unknown payee and the return is accepted")
  void payrollPaymentsMatchedToThePayRun() throws Exception {
    assertFalse(
        PayrollDemoData.HMRC_UNPAID.contains("DP-BDG-0215"),
        "the agency recorded this employer's HMRC payment");
    assertEquals("DP-BDG-0215", PayrollDemoData.QUARTERLY_BY_OFFICER);
    Sent sent = send("DP-BDG-0215", "employer15@demo.dpsupport.org", true);
    JsonNode detail = sent.detail();
    PayRun run = sent.run();
    assertEquals(List.of(), flagKinds(detail), detail.get("flags").toString());
    assertEquals("ACCEPTED_AUTOMATICALLY", detail.get("summary").get("state").asText());
    for (Payslip slip : run.payslips()) {
      assertEquals("NET_PAY", categoryOf(detail, wages(slip)), slip.toString());
    }
    assertEquals("AGENCY_FEE", categoryOf(detail, "EASTBROOK PAYROLL SERVICES FEE"));
    // the council's payee rule would file "HMRC PAYE" under PA_WAGES; the pay run says what it is
    assertEquals("HMRC", categoryOf(detail, "HMRC PAYE CUMBERNAULD"));
    if (run.pensions().signum() > 0) {
      assertEquals("PENSION", categoryOf(detail, "NEST PENSION CONTRIBUTIONS"));
    }
    assertEquals(
        "COUNCIL_PAYMENT", categoryOf(detail, "DIRECT PAYMENT BARKING AND DAGENHAM COUNCIL"));
    assertEquals("PERSONAL_CARE", categoryOf(detail, "FASTER PAYMENT TO SUNRISE HOMECARE LTD"));
  }

  @Test
  @DisplayName(
      "PAYE the pay run says was due by the 22nd is not on the statement: the return is flagged for the officer")
  void missingHmrcPaymentFlagged() throws Exception {
    assertTrue(
        PayrollDemoData.HMRC_UNPAID.contains("DP-BDG-0209"),
        "the agency has not recorded this employer's HMRC payment");
    Sent sent = send("DP-BDG-0209", "employer09@demo.dpsupport.org", false);
    JsonNode detail = sent.detail();
    PayRun run = sent.run();
    // the holder declared the run's whole cost as PA wages, HMRC included: the declaration is out
    // by the
    // missing payment too, and says so with the figures
    assertEquals(
        List.of("DECLARED_SPENDING_MISMATCH", "LATE_HMRC_OR_PENSION"),
        flagKinds(detail).stream().sorted().toList(),
        detail.get("flags").toString());
    String hmrc = String.format("£%,.2f", run.hmrc());
    String mismatch =
        find(detail.get("flags"), f -> f.get("kind").asText().equals("DECLARED_SPENDING_MISMATCH"))
            .orElseThrow()
            .get("message")
            .asText();
    assertTrue(mismatch.contains("The difference of " + hmrc + " is more than"), mismatch);
    String message =
        find(detail.get("flags"), f -> f.get("kind").asText().equals("LATE_HMRC_OR_PENSION"))
            .orElseThrow()
            .get("message")
            .asText();
    assertEquals(
        "Payroll expected £"
            + run.hmrc().setScale(2, RoundingMode.UNNECESSARY).toPlainString()
            + " to HMRC by "
            + run.hmrcDue()
            + "; it is not on the statements.",
        message);
    assertEquals("FLAGGED", detail.get("summary").get("state").asText());
    for (Payslip slip : run.payslips()) {
      assertEquals("NET_PAY", categoryOf(detail, wages(slip)), "the wages still match: " + slip);
    }
    long returnId = detail.get("summary").get("id").asLong();
    assertTrue(
        find(officer.get("/queue").body(), r -> r.get("id").asLong() == returnId).isPresent(),
        "in the officer's queue");
  }

  @Test
  @DisplayName(
      "The agency records the HMRC payment: payroll's concern closes and the account is re-rated at once; a date in the future or before the pay day, the budget holder, another agency and a second recording without a reason are refused")
  void recordingTheHmrcPaymentClearsTheConcern() throws Exception {
    String reference = "DP-BDG-0217";
    String holder = "employer17@demo.dpsupport.org";
    assertTrue(
        PayrollDemoData.HMRC_UNPAID.contains(reference),
        "the agency has not recorded this employer's HMRC payment");
    long accountId =
        find(bureau.get("/employers").body(), e -> e.get("reference").asText().equals(reference))
            .orElseThrow(() -> new AssertionError("demo employer " + reference))
            .get("accountId")
            .asLong();
    PayRun run = paidMonth(accountId);
    assertTrue(
        LocalDate.now(UK).isAfter(run.hmrcDue()), "the demo's pay run is past its HMRC due date");
    assertTrue(run.hmrc().signum() > 0, "the run owes HMRC: " + run);
    assertEquals("OVERDUE", run.hmrcStatus(), run.toString());
    assertEquals("PAID", run.pensionStatus(), "only HMRC is outstanding: " + run);

    JsonNode before = officer.get("/accounts/" + accountId).body();
    assertEquals("QUARTERLY", before.get("frequency").asText(), before.toString());
    assertTrue(
        before.get("riskReasons").asText().contains(UNPAID_HMRC),
        before.get("riskReasons").asText());

    String payments = "/runs/" + run.id() + "/payments";
    MonitoringApi.Reply future =
        bureau.post(payments, payment(LocalDate.now(UK).plusDays(1), "120PZ00001017", null));
    assertEquals(400, future.status(), future.text());
    assertTrue(future.body().get("error").asText().contains("is in the future"), future.text());
    MonitoringApi.Reply early =
        bureau.post(payments, payment(run.paymentDate().minusDays(1), null, null));
    assertEquals(400, early.status(), early.text());
    assertTrue(
        early
            .body()
            .get("error")
            .asText()
            .contains("is before the pay day of " + DATE.format(run.paymentDate())),
        early.text());
    MonitoringApi.Reply byHolder =
        MonitoringApi.of(holder, "/payroll").post(payments, payment(run.hmrcDue(), null, null));
    assertEquals(
        403,
        byHolder.status(),
        "the budget holder does not record the agency's payments: " + byHolder.text());
    MonitoringApi.Reply byOtherAgency =
        MonitoringApi.of(PayrollDemoData.SECOND_AGENCY_STAFF, "/payroll")
            .post(payments, payment(run.hmrcDue(), null, null));
    assertEquals(403, byOtherAgency.status(), byOtherAgency.text());
    assertTrue(
        officer
            .get("/accounts/" + accountId)
            .body()
            .get("riskReasons")
            .asText()
            .contains(UNPAID_HMRC),
        "nothing was recorded by the refusals");

    MonitoringApi.Reply recorded =
        bureau.post(payments, payment(run.hmrcDue(), "120PZ00001017 2707", null));
    assertEquals(200, recorded.status(), recorded.text());
    assertEquals(
        List.of(run.id()),
        StreamSupport.stream(recorded.body().get("runIds").spliterator(), false)
            .map(JsonNode::asLong)
            .toList(),
        "a monthly employer's payment covers its own tax month");
    assertEquals(
        0, run.hmrc().compareTo(recorded.body().get("amount").decimalValue()), recorded.text());
    assertEquals(
        "PAID",
        recorded.body().get("run").get("hmrcPayment").get("status").asText(),
        recorded.text());

    JsonNode after = officer.get("/accounts/" + accountId).body();
    assertFalse(
        after.get("riskReasons").asText().contains(UNPAID_HMRC),
        "the concern closed with the payment: " + after.get("riskReasons").asText());
    assertEquals(
        "ANNUAL",
        after.get("frequency").asText(),
        "no other rule calls for closer monitoring: " + after);

    MonitoringApi.Reply again =
        bureau.post(payments, payment(run.hmrcDue(), "120PZ00001017 2707", null));
    assertEquals(409, again.status(), again.text());
    String error = again.body().get("error").asText();
    assertTrue(
        error.contains("already recorded: paid on " + DATE.format(run.hmrcDue()))
            && error.contains(
                "recorded by "
                    + DemoUsers.PAYROLL.username()
                    + " on "
                    + DATE.format(LocalDate.now(UK))),
        error);
    MonitoringApi.Reply corrected =
        bureau.post(
            payments,
            payment(
                run.hmrcDue().minusDays(1),
                "120PZ00001017 2707",
                "The bank statement shows it left the day before"));
    assertEquals(200, corrected.status(), corrected.text());
    assertTrue(corrected.body().get("corrected").asBoolean(), corrected.text());
    assertEquals(
        run.hmrcDue().minusDays(1).toString(),
        corrected.body().get("run").get("hmrcPayment").get("paidOn").asText(),
        corrected.text());
    assertEquals("ANNUAL", officer.get("/accounts/" + accountId).body().get("frequency").asText());
  }

  @Test
  @DisplayName(
      "Every bureau employer is monitored from the demo's start; the officer sees an employer's overdue HMRC payment in the queue (high priority) and on the account page, in words")
  void officerSeesOverdueHmrcInThePages() throws Exception {
    String reference = "DP-BDG-0209";
    assertTrue(PayrollDemoData.HMRC_UNPAID.contains(reference));
    for (JsonNode e : bureau.get("/employers").body()) {
      MonitoringApi.Reply account = officer.get("/accounts/" + e.get("accountId").asLong());
      assertEquals(200, account.status(), e.get("reference").asText() + ": " + account.text());
    }
    long accountId =
        find(bureau.get("/employers").body(), e -> e.get("reference").asText().equals(reference))
            .orElseThrow()
            .get("accountId")
            .asLong();
    PayRun run = paidMonth(accountId);
    assertEquals("OVERDUE", run.hmrcStatus(), run.toString());
    // payroll's concern made it quarterly: its first return, from the day monitoring started, has
    // opened (and is flagged once the holder sends it)
    String state =
        awaitReturn(officer, accountId, PayrollDemoData.MONITORED_FROM).get("state").asText();
    assertTrue(List.of("OPEN", "FLAGGED").contains(state), state);
    String expected =
        "PAYE of "
            + String.format(Locale.UK, "£%,.2f", run.hmrc())
            + " for the pay run of "
            + DATE.format(run.paymentDate())
            + " was due to HMRC by "
            + DATE.format(run.hmrcDue())
            + " and the agency has not recorded it as paid.";

    Browser.signIn(DemoUsers.OFFICER);
    Browser.open("/officer/monitoring-queue.xhtml?q=" + reference);
    String row = Browser.waitFor(By.id("queue")).getText();
    assertTrue(row.contains(reference), row);
    assertTrue(row.contains("High"), row);
    assertTrue(row.contains("Payroll reports PAYE unpaid to HMRC"), row);
    Browser.screenshot("officer-queue-payroll", 320);
    Browser.driver().findElement(By.linkText(reference)).click();
    Browser.waitFor(By.tagName("h1"));
    if (Browser.driver().findElements(By.id("account-heading")).isEmpty()) {
      // the row links to the case of its open return: the case links to the account
      Browser.driver().findElement(By.id("account-link")).click();
    }
    Browser.waitFor(By.id("account-heading"));
    String concerns = Browser.waitFor(By.id("payroll-concerns")).getText();
    assertTrue(concerns.contains(expected), concerns);
    String risk = Browser.driver().findElement(By.id("risk")).getText();
    assertTrue(risk.contains(UNPAID_HMRC), risk);
    assertFalse(risk.contains("UNPAID_HMRC"), "no rule id on the page: " + risk);
    Browser.screenshot("officer-account-payroll", 320);
    Browser.screenshot("officer-account-payroll", 1024);
    assertEquals(List.of(), Browser.accessibilityViolations());
    assertEquals(0, Browser.horizontalOverflowAt(320));
  }

  private static Map<String, Object> payment(LocalDate paidOn, String reference, String reason) {
    Map<String, Object> p = new LinkedHashMap<>();
    p.put("kind", "HMRC");
    p.put("paidOn", paidOn.toString());
    p.put("reference", reference);
    p.put("reason", reason);
    return p;
  }

  /**
   * Sends the return of the employer's first quarter under monitoring (from {@link
   * PayrollDemoData#MONITORED_FROM} to the day HMRC was due for the paid month, so it covers the
   * pay day and the due date and has ended) with a statement of the council's payments in (a
   * thirteenth of the yearly budget every four weeks, as the demo agreed), the run's payments out
   * (HMRC only if paid: the agency recorded it, so payroll raises no concern and the officer asked
   * for quarterly returns; otherwise payroll's concern makes it quarterly) and a care agency's bill
   * that leaves {@link #OPENING} in the account.
   */
  private Sent send(String reference, String holder, boolean hmrcPaid) throws Exception {
    JsonNode employer =
        find(bureau.get("/employers").body(), e -> e.get("reference").asText().equals(reference))
            .orElseThrow(() -> new AssertionError("demo employer " + reference));
    long accountId = employer.get("accountId").asLong();
    PayRun run = paidMonth(accountId);
    assertTrue(run.payslips().size() >= 2, "an employer of two PAs: " + run.payslips());
    LocalDate periodEnd = run.hmrcDue().plusDays(1);
    LocalDate periodStart = PayrollDemoData.MONITORED_FROM;
    assertEquals(periodEnd.minusMonths(3), periodStart, "a quarter ending on the HMRC due date");
    assertTrue(
        LocalDate.now(UK).isAfter(run.hmrcDue()), "the demo's pay run is past its HMRC due date");
    JsonNode account = officer.get("/accounts/" + accountId).body();
    assertEquals("MANAGED_BY_PAYROLL_AGENCY", account.get("route").asText(), account.toString());
    BigDecimal instalment =
        account
            .get("annualBudget")
            .decimalValue()
            .divide(BigDecimal.valueOf(13), 2, RoundingMode.HALF_UP);
    if (hmrcPaid) {
      assertEquals("PAID", run.hmrcStatus(), "the agency recorded the payment: " + run);
      assertFalse(
          account.get("riskReasons").asText().contains(UNPAID_HMRC),
          "HMRC was paid, so payroll raises no concern: " + account.get("riskReasons").asText());
    } else {
      assertEquals("OVERDUE", run.hmrcStatus(), "the agency has not recorded the payment: " + run);
      assertTrue(
          account.get("riskReasons").asText().contains(UNPAID_HMRC),
          "payroll's concern raises the risk: " + account.get("riskReasons").asText());
    }
    assertEquals("QUARTERLY", account.get("frequency").asText(), account.toString());

    List<Transaction> lines = new ArrayList<>();
    LocalDate accountStart = LocalDate.parse(account.get("startDate").asText());
    for (LocalDate pay = accountStart; pay.isBefore(periodEnd); pay = pay.plusWeeks(4)) {
      if (!pay.isBefore(periodStart)) {
        lines.add(new Transaction(pay, instalment, "DIRECT PAYMENT BARKING AND DAGENHAM COUNCIL"));
      }
    }
    for (Payslip slip : run.payslips()) {
      lines.add(new Transaction(run.paymentDate(), slip.netPay().negate(), wages(slip)));
    }
    // the agency is paid its fee with VAT: what the run's cost has beyond wages, HMRC and pensions
    BigDecimal feeWithVat =
        run.totalCost()
            .subtract(
                run.payslips().stream()
                    .map(Payslip::netPay)
                    .reduce(BigDecimal.ZERO, BigDecimal::add))
            .subtract(run.hmrc())
            .subtract(run.pensions());
    assertTrue(feeWithVat.compareTo(run.agencyFee()) > 0, "Eastbrook charges VAT on its fee");
    lines.add(
        new Transaction(run.paymentDate(), feeWithVat.negate(), "EASTBROOK PAYROLL SERVICES FEE"));
    if (hmrcPaid) {
      lines.add(
          new Transaction(
              run.hmrcDue().minusDays(2), run.hmrc().negate(), "HMRC PAYE CUMBERNAULD"));
    }
    if (run.pensions().signum() > 0) {
      lines.add(
          new Transaction(
              run.hmrcDue().minusDays(1), run.pensions().negate(), "NEST PENSION CONTRIBUTIONS"));
    }
    BigDecimal left =
        lines.stream().map(Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
    assertTrue(left.signum() > 0, "the council paid more than the run cost");
    lines.add(
        new Transaction(run.hmrcDue(), left.negate(), "FASTER PAYMENT TO SUNRISE HOMECARE LTD"));
    // in the account holder's name: a statement in anyone else's is refused at upload
    byte[] statement =
        Statements.of(
            employer.get("employerName").asText(),
            periodStart,
            periodEnd,
            OPENING.toPlainString(),
            lines);

    long returnId = awaitReturn(officer, accountId, periodStart).get("id").asLong();
    MonitoringApi employerApi = new MonitoringApi(holder);
    MonitoringApi.Reply upload =
        employerApi.upload(
            "/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q.pdf", statement);
    assertEquals("READ", upload.body().get("outcome").asText(), upload.text());
    MonitoringApi.Reply sent =
        employerApi.post(
            "/returns/" + returnId + "/submission",
            Map.of(
                "spending",
                Map.of(
                    "PA_WAGES",
                    run.totalCost().toPlainString(),
                    "PERSONAL_CARE",
                    left.toPlainString()),
                "declaration",
                true));
    assertEquals(200, sent.status(), sent.text());
    assertEquals(
        0, OPENING.compareTo(sent.body().get("closingBalance").decimalValue()), sent.text());
    return new Sent(sent.body(), run);
  }

  /** The employer's finalised run for the demo's paid month, and its payslips. */
  private PayRun paidMonth(long accountId) throws Exception {
    String month = PayrollDemoData.PAID.atDay(1).toString();
    JsonNode run =
        find(
                bureau.get("/employers/" + accountId + "/runs").body(),
                r -> r.get("periodStart").asText().equals(month))
            .orElseThrow(() -> new AssertionError("no run for " + month));
    assertEquals("FINALISED", run.get("status").asText(), run.toString());
    List<Payslip> slips =
        StreamSupport.stream(
                bureau.get("/runs/" + run.get("id").asLong() + "/payslips").body().spliterator(),
                false)
            .map(p -> new Payslip(p.get("paName").asText(), p.get("netPay").decimalValue()))
            .toList();
    assertTrue(slips.size() >= 1, "the run paid someone: " + slips);
    return new PayRun(
        run.get("id").asLong(),
        LocalDate.parse(run.get("paymentDate").asText()),
        LocalDate.parse(run.get("hmrcDueDate").asText()),
        run.get("hmrc").decimalValue(),
        run.get("pensions").decimalValue(),
        run.get("agencyFee").decimalValue(),
        run.get("totalCost").decimalValue(),
        run.get("hmrcPayment").get("status").asText(),
        run.get("pensionPayment").get("status").asText(),
        slips);
  }

  private static String wages(Payslip slip) {
    return "FASTER PAYMENT TO " + slip.paName().toUpperCase() + " WAGES";
  }

  private static String categoryOf(JsonNode detail, String description) {
    return find(detail.get("lines"), l -> l.get("description").asText().equals(description))
        .orElseThrow(
            () ->
                new AssertionError(
                    "no statement line " + description + " in " + detail.get("lines")))
        .get("category")
        .asText();
  }
}
