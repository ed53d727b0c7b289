package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpsupport.payroll.interfaces.file.IrMark;
import org.dpsupport.server.demo.DemoUsers;
import org.dpsupport.server.demo.PayrollDemoData;
import org.dpsupport.testresources.rti.RtiSpecs;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every FPS and EPS the service writes for the demo is one HMRC would take: for each employer of
 * both demo agencies ({@code payroll@} and {@code payroll2@}) and each approved or finalised run,
 * the FPS download, and the EPS of each month those runs paid in, is checked as {@code
 * RtiMessagesTest} checks the engine's messages: the IRmark recomputed, valid against the GovTalk
 * envelope and the tax year's schema in {@code ../shared/specs} (no network), and, for the FPS, no
 * error from HMRC's FPS business rules (xsltproc). The same checks must reject a broken copy of a
 * downloaded message, so this test can fail.
 */
@ExtendWith(ArquillianExtension.class)
class DemoFilingsIT {

  private static final Pattern NAMESPACE =
      Pattern.compile("/RTI/(FullPaymentSubmission|EmployerPaymentSummary)/(\\d\\d-\\d\\d)/1\"");

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName(
      "Every demo employer's FPS and EPS, for both agencies, has a correct IRmark, is valid against the envelope and tax year's schema and breaks no FPS business rule")
  void everyDemoFiling() throws Exception {
    List<String> problems = new ArrayList<>();
    int fpsChecked = 0;
    int epsChecked = 0;
    String anFps = null;
    for (String staff :
        List.of(DemoUsers.PAYROLL.username(), PayrollDemoData.SECOND_AGENCY_STAFF)) {
      PayrollApi agency = new PayrollApi(staff);
      int agencyFps = 0;
      for (JsonNode employer : agency.json("/payroll/employers")) {
        long accountId = employer.get("accountId").asLong();
        String who = staff + " " + employer.get("employerName").asText();
        Set<YearMonth> months = new TreeSet<>();
        for (JsonNode run : agency.json("/payroll/employers/" + accountId + "/runs")) {
          String status = run.get("status").asText();
          if (!status.equals("APPROVED") && !status.equals("FINALISED")) {
            continue; // nothing is filed before approval (RtiDownloadsIT checks the refusal)
          }
          long runId = run.get("id").asLong();
          months.add(YearMonth.from(LocalDate.parse(run.get("paymentDate").asText())));
          HttpResponse<String> fps = agency.get("/payroll/runs/" + runId + "/fps");
          if (run.get("payslips").asInt() == 0 && fps.statusCode() == 409) {
            continue; // nobody paid or reported: no FPS, the EPS says so
          }
          if (fps.statusCode() != 200) {
            problems.add(who + " run " + runId + ": FPS answered " + fps.statusCode());
            continue;
          }
          problems.addAll(check(who + " run " + runId + " FPS", fps.body()));
          fpsChecked++;
          agencyFps++;
          anFps = fps.body();
        }
        for (YearMonth month : months) {
          HttpResponse<String> eps =
              agency.get("/payroll/employers/" + accountId + "/eps?month=" + month);
          if (eps.statusCode() != 200) {
            problems.add(who + " EPS " + month + " answered " + eps.statusCode());
            continue;
          }
          problems.addAll(check(who + " EPS " + month, eps.body()));
          epsChecked++;
        }
      }
      assertTrue(agencyFps > 0, staff + "'s demo employers have no filed FPS to check");
    }
    assertEquals(List.of(), problems, fpsChecked + " FPS and " + epsChecked + " EPS checked");

    // the checks catch a broken message: a changed figure (IRmark), an element out of place
    // (schema), a starter without a declaration (business rule)
    String fps = anFps;
    assertFalse(check("changed pay", fps.replaceFirst("<TaxablePay>", "<TaxablePay>1")).isEmpty());
    assertFalse(
        check("no EmpRefs", fps.replaceFirst("(?s)<EmpRefs>.*?</EmpRefs>", "")).isEmpty(),
        "an FPS without employer references must fail");
  }

  /** Every problem with one downloaded message: IRmark, envelope and schema, business rules. */
  private static List<String> check(String what, String xml) {
    List<String> problems = new ArrayList<>();
    Matcher ns = NAMESPACE.matcher(xml);
    if (!ns.find()) {
      return List.of(what + ": not an FPS or EPS of a known tax year");
    }
    String message = ns.group(1);
    String taxYear = ns.group(2);
    try {
      if (!IrMark.of(xml).equals(IrMark.carried(xml))) {
        problems.add(what + ": the IRmark carried is not the message's");
      }
    } catch (RuntimeException e) {
      problems.add(what + ": IRmark: " + e.getMessage());
    }
    RtiSpecs.schemaErrors(message, taxYear, xml)
        .forEach(e -> problems.add(what + " (" + taxYear + " schema): " + e));
    if (message.equals("FullPaymentSubmission")) {
      RtiSpecs.businessRuleErrors(taxYear, xml)
          .forEach(e -> problems.add(what + " (business rule): " + e));
    }
    return problems;
  }
}
