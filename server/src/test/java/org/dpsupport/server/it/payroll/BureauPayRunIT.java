package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.dpsupport.server.demo.DemoUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The bureau's November pay day as a batch job, stopped partway and restarted: every employer is
 * paid, every approved timesheet is paid by exactly one run, and nobody has two payslips.
 */
@ExtendWith(ArquillianExtension.class)
class BureauPayRunIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName("A pay day stopped partway and restarted pays everyone exactly once")
  void stopAndRestart() throws Exception {
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    // staff calculated one employer's November on the page and left it; another they approved
    // but did not finalise: the pay day pays both (their PAs are not left unpaid)
    List<Long> leftOnThePage = new ArrayList<>();
    for (JsonNode employer : agency.json("/payroll/employers")) {
      long accountId = employer.get("accountId").asLong();
      if (leftOnThePage.size() < 2 && toPayInNovember(agency, accountId)) {
        long runId = agency.calculatedRun(accountId, "2026-11");
        if (leftOnThePage.isEmpty()) {
          assertEquals(
              "APPROVED",
              agency.send("/payroll/runs/" + runId + "/approve", Map.of()).get("status").asText());
        }
        leftOnThePage.add(runId);
      }
    }
    assertEquals(2, leftOnThePage.size(), "two employers with November to pay");
    JsonNode started =
        agency.send(
            "/payroll/bureau-runs", Map.of("month", "2026-11", "partitions", 1, "chunkSize", 1));
    long id = started.get("id").asLong();
    agency.send("/payroll/bureau-runs/" + id + "/stop", Map.of());
    JsonNode stopped = waitUntilFinished(agency, id);
    int due = stopped.get("employersDue").asInt();
    // every Eastbrook employer with approved November timesheets; employer 2 (not approved) and
    // employer 3 (missing) have nothing to pay, so no run
    assertTrue(due >= 15, stopped.toString());
    assertEquals("STOPPED", stopped.get("batchStatus").asText(), stopped.toString());
    assertTrue(stopped.get("employersPaid").asInt() < due, "stopped partway: " + stopped);

    agency.send("/payroll/bureau-runs/" + id + "/restart", Map.of());
    JsonNode done = waitUntilFinished(agency, id);
    assertEquals("COMPLETED", done.get("batchStatus").asText(), done.toString());
    assertEquals(due, done.get("employersPaid").asInt(), "nobody missed");
    assertEquals(100, done.get("percent").asInt());

    long payslips = 0;
    for (JsonNode employer : agency.json("/payroll/employers")) {
      long accountId = employer.get("accountId").asLong();
      JsonNode november = null;
      for (JsonNode run : agency.json("/payroll/employers/" + accountId + "/runs")) {
        if (run.get("periodStart").asText().equals("2026-11-01")) {
          assertTrue(november == null, "one run per employer per month");
          november = run;
        }
      }
      boolean anythingApproved = false;
      for (JsonNode t : agency.json("/payroll/employers/" + accountId + "/timesheets")) {
        anythingApproved |=
            t.get("periodStart").asText().equals("2026-11-01")
                && t.get("status").asText().equals("APPROVED");
      }
      if (!anythingApproved) {
        assertTrue(november == null, "nothing to pay, so no run: " + employer);
        continue;
      }
      assertEquals("FINALISED", november.get("status").asText(), employer.toString());
      long runId = november.get("id").asLong();
      Set<Long> paidEmployments = new HashSet<>();
      for (JsonNode slip : agency.json("/payroll/runs/" + runId + "/payslips")) {
        assertTrue(
            paidEmployments.add(slip.get("employmentId").asLong()), "one payslip per PA: " + slip);
      }
      Set<Long> approved = new HashSet<>();
      for (JsonNode t : agency.json("/payroll/employers/" + accountId + "/timesheets")) {
        if (t.get("periodStart").asText().equals("2026-11-01")
            && t.get("status").asText().equals("APPROVED")) {
          assertEquals(
              runId, t.get("payRunId").asLong(), "the approved timesheet was paid by this run");
          approved.add(t.get("employmentId").asLong());
        }
      }
      assertEquals(approved, paidEmployments, employer.get("reference").asText());
      payslips += paidEmployments.size();
    }
    assertEquals(payslips, done.get("payslips").asLong());
    assertTrue(payslips >= 25, "payslips: " + payslips);

    for (long runId : leftOnThePage) {
      assertEquals(
          "FINALISED",
          agency.json("/payroll/runs/" + runId).get("status").asText(),
          "the run left on the page is the one the pay day paid");
    }

    // starting the same pay day again pays nobody a second time
    agency.send("/payroll/bureau-runs", Map.of("month", "2026-11"));
    JsonNode again = waitUntilFinished(agency, id);
    assertEquals(due, again.get("employersPaid").asInt());
    assertEquals(payslips, again.get("payslips").asLong());
  }

  /** Approved November timesheets in no run yet, and no November run. */
  private static boolean toPayInNovember(PayrollApi agency, long accountId) throws Exception {
    for (JsonNode run : agency.json("/payroll/employers/" + accountId + "/runs")) {
      if (run.get("periodStart").asText().equals("2026-11-01")) {
        return false;
      }
    }
    for (JsonNode t : agency.json("/payroll/employers/" + accountId + "/timesheets")) {
      if (t.get("periodStart").asText().equals("2026-11-01")
          && t.get("status").asText().equals("APPROVED")
          && !t.hasNonNull("payRunId")) {
        return true;
      }
    }
    return false;
  }

  private static JsonNode waitUntilFinished(PayrollApi agency, long id) throws Exception {
    long deadline = System.currentTimeMillis() + 120_000;
    while (true) {
      JsonNode p = agency.json("/payroll/bureau-runs/" + id);
      if (p.get("finished").asBoolean()) {
        return p;
      }
      if (System.currentTimeMillis() > deadline) {
        throw new AssertionError("The pay run did not finish: " + p);
      }
      Thread.sleep(200);
    }
  }
}
