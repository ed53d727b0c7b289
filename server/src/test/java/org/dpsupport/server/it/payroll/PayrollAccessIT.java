package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.PayrollDemoData;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** Per-record access to payroll records, on the demo bureau. */
@ExtendWith(ArquillianExtension.class)
class PayrollAccessIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName("A PA gets their own payslip but not another PA's, by JSON or PDF")
  void paSeesOnlyOwnPayslips() throws Exception {
    long okafor = PayrollApi.accountId("DP-BDG-0001");
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    JsonNode october = null;
    for (JsonNode run : agency.json("/payroll/employers/" + okafor + "/runs")) {
      if (run.get("periodStart").asText().equals("2026-10-01")) {
        october = run;
      }
    }
    long tomsPayslip = -1;
    for (JsonNode slip : agency.json("/payroll/runs/" + october.get("id").asLong() + "/payslips")) {
      if (slip.get("paName").asText().equals("Tom Baker")) {
        tomsPayslip = slip.get("id").asLong();
      }
    }
    PayrollApi priya = new PayrollApi(DemoUsers.PA.username());
    JsonNode own = priya.json("/payroll/payslips");
    assertTrue(own.size() >= 1);
    own.forEach(s -> assertEquals("Priya Shah", s.get("paName").asText()));
    assertEquals(
        200,
        priya.bytes("/payroll/payslips/" + own.get(0).get("id").asLong() + "/pdf").statusCode());

    HttpResponseCheck.status(
        priya.get("/payroll/payslips/" + tomsPayslip), 403, "another person's payslip");
    assertEquals(403, priya.bytes("/payroll/payslips/" + tomsPayslip + "/pdf").statusCode());
    assertEquals(
        403, priya.get("/payroll/runs/" + october.get("id").asLong() + "/fps").statusCode());
  }

  @Test
  @DisplayName(
      "A budget holder cannot approve another employer's timesheet, nor can the PA approve their own")
  void holderApprovesOnlyOwnTimesheets() throws Exception {
    long okafor = PayrollApi.accountId("DP-BDG-0001");
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    long waiting = -1;
    for (JsonNode t : agency.json("/payroll/employers/" + okafor + "/timesheets")) {
      if (t.get("status").asText().equals("SUBMITTED")
          && t.get("paName").asText().equals("Priya Shah")) {
        waiting = t.get("id").asLong();
      }
    }
    assertTrue(waiting > 0, "Priya's November timesheet waits for Margaret's approval");
    PayrollApi otherHolder = new PayrollApi("employer01@demo.dpsupport.org");
    HttpResponseCheck.status(
        otherHolder.post("/payroll/timesheets/" + waiting + "/approve", Map.of()),
        403,
        "Only the employer");
    assertEquals(403, otherHolder.get("/payroll/timesheets/" + waiting).statusCode());
    HttpResponseCheck.status(
        new PayrollApi(DemoUsers.PA.username())
            .post("/payroll/timesheets/" + waiting + "/approve", Map.of()),
        403,
        "Only the employer");
    assertEquals(
        "SUBMITTED",
        agency.json("/payroll/timesheets/" + waiting).get("status").asText(),
        "still waiting");
  }

  @Test
  @DisplayName("Agency A's staff cannot see agency B's employers, and the other way round")
  void agenciesSeeOnlyTheirOwnEmployers() throws Exception {
    long okafor = PayrollApi.accountId("DP-BDG-0001");
    long price = PayrollApi.accountId("DP-BDG-0002");
    PayrollApi eastbrook = new PayrollApi(DemoUsers.PAYROLL.username());
    PayrollApi riverside = new PayrollApi(PayrollDemoData.SECOND_AGENCY_STAFF);

    HttpResponseCheck.status(
        riverside.get("/payroll/employers/" + okafor), 403, "not one you look after");
    assertEquals(403, riverside.get("/payroll/employers/" + okafor + "/runs").statusCode());
    assertEquals(403, riverside.get("/payroll/employers/" + okafor + "/employees").statusCode());
    assertEquals(403, eastbrook.get("/payroll/employers/" + price).statusCode());
    assertEquals(200, riverside.get("/payroll/employers/" + price).statusCode());

    JsonNode riversideList = riverside.json("/payroll/employers");
    assertEquals(1, riversideList.size());
    assertEquals("DP-BDG-0002", riversideList.get(0).get("reference").asText());
    JsonNode eastbrookList = eastbrook.json("/payroll/employers");
    assertTrue(eastbrookList.size() >= 18);
    eastbrookList.forEach(e -> assertFalse(e.get("reference").asText().equals("DP-BDG-0002")));
    assertTrue(
        eastbrookList.toString().contains("insurance has lapsed"), "what needs action is listed");
  }
}
