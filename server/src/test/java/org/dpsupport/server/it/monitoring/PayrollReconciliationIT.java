package org.dpsupport.server.it.monitoring;

import static org.dpsupport.server.it.monitoring.MonitoredAccounts.UK;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.account;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.awaitReturn;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.enrol;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.find;
import static org.dpsupport.server.it.monitoring.MonitoredAccounts.flagKinds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.PayrollDemoData;
import org.dpsupport.server.it.Deployments;
import org.dpsupport.testresources.statements.StatementSpec.Transaction;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Monitoring a direct payment whose payroll the bureau runs: two of the demo employers paid by
 * Eastbrook for October 2026 come under monitoring, and their statements are reconciled against
 * the finalised pay run (each PA's net pay on the pay day, the agency's fee, PAYE to HMRC and the
 * pension contributions by the 22nd of the next month).
 */
@ExtendWith(ArquillianExtension.class)
class PayrollReconciliationIT {

    private static final BigDecimal OPENING = new BigDecimal("500.00");

    private final MonitoringApi officer = new MonitoringApi(DemoUsers.OFFICER.username());
    private final MonitoringApi bureau = MonitoringApi.of(DemoUsers.PAYROLL.username(), "/payroll");

    @Deployment(testable = false)
    static WebArchive deployment() {
        return Deployments.realWar();
    }

    /** The paid month's run of one employer, as payroll shows it. */
    private record PayRun(LocalDate paymentDate, LocalDate hmrcDue, BigDecimal hmrc, BigDecimal pensions,
            BigDecimal agencyFee, BigDecimal totalCost, List<Payslip> payslips) {
    }

    private record Payslip(String paName, BigDecimal netPay) {
    }

    /** A return of an employer's account, evidenced with a statement and sent by the employer. */
    private record Sent(JsonNode detail, PayRun run) {
    }

    @Test
    @DisplayName("Each PA's net pay, the fee, HMRC and the pension on the statement match the pay run: nothing is an unknown payee and the return is accepted")
    void payrollPaymentsMatchedToThePayRun() throws Exception {
        Sent sent = monitorAndSend("DP-BDG-0215", "employer15@demo.dpsupport.org", true);
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
        assertEquals("COUNCIL_PAYMENT", categoryOf(detail, "DIRECT PAYMENT BARKING AND DAGENHAM COUNCIL"));
        assertEquals("PERSONAL_CARE", categoryOf(detail, "FASTER PAYMENT TO SUNRISE HOMECARE LTD"));
    }

    @Test
    @DisplayName("PAYE the pay run says was due by the 22nd is not on the statement: the return is flagged for the officer")
    void missingHmrcPaymentFlagged() throws Exception {
        Sent sent = monitorAndSend("DP-BDG-0209", "employer09@demo.dpsupport.org", false);
        JsonNode detail = sent.detail();
        PayRun run = sent.run();
        // the holder declared the run's whole cost as PA wages, HMRC included: the declaration is out by the
        // missing payment too, and says so with the figures
        assertEquals(List.of("DECLARED_SPENDING_MISMATCH", "LATE_HMRC_OR_PENSION"), flagKinds(detail).stream().sorted().toList(),
                detail.get("flags").toString());
        String hmrc = String.format("£%,.2f", run.hmrc());
        String mismatch = find(detail.get("flags"), f -> f.get("kind").asText().equals("DECLARED_SPENDING_MISMATCH"))
                .orElseThrow().get("message").asText();
        assertTrue(mismatch.contains("The difference of " + hmrc + " is more than"), mismatch);
        String message = find(detail.get("flags"), f -> f.get("kind").asText().equals("LATE_HMRC_OR_PENSION"))
                .orElseThrow().get("message").asText();
        assertEquals("Payroll expected £" + run.hmrc().setScale(2, RoundingMode.UNNECESSARY).toPlainString() + " to HMRC by " + run.hmrcDue()
                + "; it is not on the statements.", message);
        assertEquals("FLAGGED", detail.get("summary").get("state").asText());
        for (Payslip slip : run.payslips()) {
            assertEquals("NET_PAY", categoryOf(detail, wages(slip)), "the wages still match: " + slip);
        }
        long returnId = detail.get("summary").get("id").asLong();
        assertTrue(find(officer.get("/queue").body(), r -> r.get("id").asLong() == returnId).isPresent(),
                "in the officer's queue");
    }

    /**
     * Puts the employer's account under monitoring from the quarter that ends on the day HMRC was
     * due for the paid month (so the return covers the pay day and the due date and has ended),
     * and sends its return with a statement of the council's payments in, the run's payments out
     * (HMRC only if asked) and a care agency's bill that leaves {@link #OPENING} in the account.
     */
    private Sent monitorAndSend(String reference, String holder, boolean hmrcPaid) throws Exception {
        JsonNode employer = find(bureau.get("/employers").body(), e -> e.get("reference").asText().equals(reference))
                .orElseThrow(() -> new AssertionError("demo employer " + reference));
        long accountId = employer.get("accountId").asLong();
        PayRun run = paidMonth(accountId);
        LocalDate periodEnd = run.hmrcDue().plusDays(1);
        LocalDate periodStart = periodEnd.minusMonths(3);
        assertTrue(LocalDate.now(UK).isAfter(run.hmrcDue()), "the demo's pay run is past its HMRC due date");
        // the council pays about the run's cost every four weeks (13 a year)
        BigDecimal instalment = run.totalCost().setScale(-2, RoundingMode.CEILING).add(new BigDecimal("100"))
                .setScale(2, RoundingMode.UNNECESSARY);
        Map<String, Object> terms = account(reference, holder, periodStart, instalment.multiply(BigDecimal.valueOf(13))
                .toPlainString(), instalment.toPlainString(), List.of("PERSONAL_CARE", "PA_WAGES"));
        assertEquals(accountId, enrol(officer, terms), "monitoring starts on the account payroll runs, not a copy");
        MonitoringApi.Reply again = officer.post("/accounts", terms);
        assertEquals(409, again.status(), again.text());
        assertTrue(again.body().get("error").asText().contains("is already monitored"), again.text());
        JsonNode account = officer.get("/accounts/" + accountId).body();
        assertEquals("QUARTERLY", account.get("frequency").asText(), account.toString());
        assertTrue(account.get("riskReasons").asText().contains("Payroll reports tax or National Insurance unpaid to HMRC"),
                "payroll's concern raises the risk: " + account.get("riskReasons").asText());

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
        lines.add(new Transaction(run.paymentDate(), run.agencyFee().negate(), "EASTBROOK PAYROLL SERVICES FEE"));
        if (hmrcPaid) {
            lines.add(new Transaction(run.hmrcDue().minusDays(2), run.hmrc().negate(), "HMRC PAYE CUMBERNAULD"));
        }
        if (run.pensions().signum() > 0) {
            lines.add(new Transaction(run.hmrcDue().minusDays(1), run.pensions().negate(), "NEST PENSION CONTRIBUTIONS"));
        }
        BigDecimal left = lines.stream().map(Transaction::amount).reduce(BigDecimal.ZERO, BigDecimal::add);
        assertTrue(left.signum() > 0, "the council paid more than the run cost");
        lines.add(new Transaction(run.hmrcDue(), left.negate(), "FASTER PAYMENT TO SUNRISE HOMECARE LTD"));
        byte[] statement = Statements.of(periodStart, periodEnd, OPENING.toPlainString(), lines);

        long returnId = awaitReturn(officer, accountId, periodStart).get("id").asLong();
        MonitoringApi employerApi = new MonitoringApi(holder);
        MonitoringApi.Reply upload = employerApi.upload("/returns/" + returnId + "/uploads?kind=STATEMENT&fileName=q.pdf", statement);
        assertEquals("READ", upload.body().get("outcome").asText(), upload.text());
        MonitoringApi.Reply sent = employerApi.post("/returns/" + returnId + "/submission", Map.of("spending",
                Map.of("PA_WAGES", run.totalCost().toPlainString(), "PERSONAL_CARE", left.toPlainString()), "declaration", true));
        assertEquals(200, sent.status(), sent.text());
        assertEquals(0, OPENING.compareTo(sent.body().get("closingBalance").decimalValue()), sent.text());
        return new Sent(sent.body(), run);
    }

    /** The employer's finalised run for the demo's paid month, and its payslips. */
    private PayRun paidMonth(long accountId) throws Exception {
        String month = PayrollDemoData.PAID.atDay(1).toString();
        JsonNode run = find(bureau.get("/employers/" + accountId + "/runs").body(),
                r -> r.get("periodStart").asText().equals(month)).orElseThrow(() -> new AssertionError("no run for " + month));
        assertEquals("FINALISED", run.get("status").asText(), run.toString());
        List<Payslip> slips = StreamSupport.stream(bureau.get("/runs/" + run.get("id").asLong() + "/payslips").body()
                .spliterator(), false).map(p -> new Payslip(p.get("paName").asText(), p.get("netPay").decimalValue())).toList();
        assertTrue(slips.size() >= 2, "an employer of two PAs: " + slips);
        return new PayRun(LocalDate.parse(run.get("paymentDate").asText()), LocalDate.parse(run.get("hmrcDueDate").asText()),
                run.get("hmrc").decimalValue(), run.get("pensions").decimalValue(), run.get("agencyFee").decimalValue(),
                run.get("totalCost").decimalValue(), slips);
    }

    private static String wages(Payslip slip) {
        return "FASTER PAYMENT TO " + slip.paName().toUpperCase() + " WAGES";
    }

    private static String categoryOf(JsonNode detail, String description) {
        return find(detail.get("lines"), l -> l.get("description").asText().equals(description))
                .orElseThrow(() -> new AssertionError("no statement line " + description + " in " + detail.get("lines")))
                .get("category").asText();
    }
}
