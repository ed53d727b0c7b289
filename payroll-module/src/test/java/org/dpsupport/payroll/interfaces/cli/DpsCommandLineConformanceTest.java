package org.dpsupport.payroll.interfaces.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.dpsupport.payroll.conformance.HmrcConformanceCases;
import org.dpsupport.payroll.conformance.HmrcConformanceCases.NiCase;
import org.dpsupport.payroll.conformance.HmrcConformanceCases.TaxCase;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/**
 * Runs every HMRC 2025-26 case through the real {@code bin/dps} script, as a person would: one
 * process per subcommand, all cases as JSON Lines. Needs target/classes and target/dps.classpath,
 * which the build writes before tests run.
 */
@DisplayName("bin/dps tax and bin/dps ni give HMRC's answers for every 2025-26 case")
class DpsCommandLineConformanceTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final Path DPS = Path.of("..", "bin", "dps");

  @Test
  @DisplayName("bin/dps tax: all 168 income tax cases, cumulative series carrying tax paid to date")
  void incomeTaxThroughTheScript() throws Exception {
    List<TaxCase> cases = HmrcConformanceCases.incomeTax();
    StringBuilder input = new StringBuilder();
    for (TaxCase c : cases) {
      ObjectNode line = MAPPER.createObjectNode();
      line.put("taxYear", c.taxYear());
      line.put("payFrequency", c.payFrequency());
      line.put("period", c.period());
      line.put("taxCode", c.taxCode());
      line.put("week1Month1", c.week1Month1());
      line.put("grossPay", c.grossPay().setScale(2).toPlainString());
      line.put("taxablePayToDate", c.taxablePayToDate().setScale(2).toPlainString());
      line.put("taxPaidToDate", c.taxPaidToDate().setScale(2).toPlainString());
      input.append(MAPPER.writeValueAsString(line)).append('\n');
    }
    Run run = dps("tax", input.toString());
    assertEquals(0, run.exitCode, run.stderr);
    assertEquals(cases.size(), run.lines.size());
    for (int i = 0; i < cases.size(); i++) {
      TaxCase c = cases.get(i);
      JsonNode out = MAPPER.readTree(run.lines.get(i));
      assertEquals(
          c.expectedTaxDueInPeriod().setScale(2).toPlainString(),
          out.path("taxDueInPeriod").asText(),
          c.id());
      assertEquals(
          c.expectedTaxDueToDate().setScale(2).toPlainString(),
          out.path("taxDueToDate").asText(),
          c.id());
    }
  }

  @Test
  @DisplayName("bin/dps ni: all 896 NI cases, every category letter and pay frequency")
  void nationalInsuranceThroughTheScript() throws Exception {
    List<NiCase> cases = HmrcConformanceCases.nationalInsurance();
    StringBuilder input = new StringBuilder();
    for (NiCase c : cases) {
      ObjectNode line = MAPPER.createObjectNode();
      line.put("taxYear", c.taxYear());
      line.put("payFrequency", c.payFrequency());
      line.put("period", c.period());
      line.put("niCategory", c.niCategory());
      line.put("grossPay", c.grossPay().setScale(2).toPlainString());
      input.append(MAPPER.writeValueAsString(line)).append('\n');
    }
    Run run = dps("ni", input.toString());
    assertEquals(0, run.exitCode, run.stderr);
    assertEquals(cases.size(), run.lines.size());
    for (int i = 0; i < cases.size(); i++) {
      NiCase c = cases.get(i);
      JsonNode out = MAPPER.readTree(run.lines.get(i));
      assertEquals(
          c.expectedEmployeeNi().setScale(2).toPlainString(),
          out.path("employeeNi").asText(),
          c.id());
      assertEquals(
          c.expectedEmployerNi().setScale(2).toPlainString(),
          out.path("employerNi").asText(),
          c.id());
      assertEquals(
          c.expectedAtLel().setScale(2).toPlainString(),
          out.path("earningsAtLEL").asText(),
          c.id());
      assertEquals(
          c.expectedLelToPt().setScale(2).toPlainString(),
          out.path("earningsLELtoPT").asText(),
          c.id());
      assertEquals(
          c.expectedPtToUel().setScale(2).toPlainString(),
          out.path("earningsPTtoUEL").asText(),
          c.id());
    }
  }

  @Test
  @DisplayName(
      "a malformed line gets an error on its own line, the others are answered, and the exit code is 1")
  void malformedLineThroughTheScript() throws Exception {
    String input =
        """
        {"taxYear":"2025-26","payFrequency":"Monthly","period":1,"taxCode":"1257L","grossPay":"1156.25","taxablePayToDate":"1156.25","taxPaidToDate":"0.00"}
        {"taxYear":"2025-26","payFrequency":"Monthly","period":1,"taxCode":"1257Q","grossPay":"1156.25","taxablePayToDate":"1156.25","taxPaidToDate":"0.00"}
        not json
        {"taxYear":"2025-26","payFrequency":"Weekly","period":1,"taxCode":"BR","grossPay":"650.15","taxablePayToDate":"650.15","taxPaidToDate":"0"}
        """;
    Run run = dps("tax", input);
    assertEquals(1, run.exitCode);
    assertEquals(4, run.lines.size());
    assertEquals("{\"taxDueInPeriod\":\"21.40\",\"taxDueToDate\":\"21.40\"}", run.lines.get(0));
    assertTrue(
        MAPPER
            .readTree(run.lines.get(1))
            .path("error")
            .asText()
            .contains("'1257Q' is not a tax code"));
    assertTrue(MAPPER.readTree(run.lines.get(2)).path("error").asText().contains("not valid JSON"));
    assertEquals("{\"taxDueInPeriod\":\"130.00\",\"taxDueToDate\":\"130.00\"}", run.lines.get(3));
  }

  private record Run(int exitCode, List<String> lines, String stderr) {}

  private static Run dps(String command, String input) throws IOException, InterruptedException {
    assertTrue(
        Files.isExecutable(DPS),
        "bin/dps should exist and be executable at " + DPS.toAbsolutePath());
    Process p = new ProcessBuilder(DPS.toString(), command).start();
    Thread writer =
        new Thread(
            () -> {
              try (var stdin = p.getOutputStream()) {
                stdin.write(input.getBytes(StandardCharsets.UTF_8));
              } catch (IOException ignored) {
                // the process ended early; its exit code and stderr tell why
              }
            });
    writer.start();
    byte[] out = p.getInputStream().readAllBytes();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS), "bin/dps did not finish");
    writer.join();
    List<String> lines = new ArrayList<>(new String(out, StandardCharsets.UTF_8).lines().toList());
    return new Run(p.exitValue(), lines, err);
  }
}
