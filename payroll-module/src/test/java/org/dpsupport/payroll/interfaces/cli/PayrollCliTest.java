package org.dpsupport.payroll.interfaces.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

@DisplayName("The payroll command line, in process")
class PayrollCliTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private record Run(int exit, List<JsonNode> lines) {}

  private static Run run(String command, String input) throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        PayrollCli.run(
            new String[] {command},
            new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    List<JsonNode> lines =
        out.toString(StandardCharsets.UTF_8)
            .lines()
            .map(
                l -> {
                  try {
                    return MAPPER.readTree(l);
                  } catch (Exception e) {
                    throw new AssertionError("not JSON: " + l, e);
                  }
                })
            .toList();
    return new Run(exit, lines);
  }

  @Test
  @DisplayName("gross-to-net: 8 hours at £12.71 and a sleep-in, each line with its basis")
  void grossToNet() throws Exception {
    Run r =
        run(
            "gross-to-net",
            """
        {"paymentDate":"2026-04-30","payFrequency":"Monthly","personalAssistant":{"dateOfBirth":"1996-01-10","taxCode":"1257L"},"rates":{"hourly":12.71,"sleepInAllowance":90},"shifts":[{"date":"2026-04-29","kind":"DAY","hours":8},{"date":"2026-04-30","kind":"SLEEP_IN","hours":9}]}
        """);
    assertEquals(0, r.exit());
    JsonNode result = r.lines().get(0);
    // 8 x 12.71 = 101.68 + 90.00 sleep-in = 191.68, under every threshold: net = gross
    assertEquals("191.68", result.path("grossPay").asText());
    assertEquals("191.68", result.path("netPay").asText());
    assertEquals("Monthly", result.path("payFrequency").asText());
    assertEquals(
        "basic hours: 8 h x £12.71 = £101.68", result.path("lines").get(0).path("basis").asText());
    assertEquals("2026-27", result.path("yearToDate").path("taxYear").asText());
  }

  @Test
  @DisplayName(
      "statutory-pay: one line per payment type in, one out; money as decimal strings; refusals"
          + " and bad lines in plain words")
  void statutoryPay() throws Exception {
    Run r =
        run(
            "statutory-pay",
            """
        {"type":"SMP","dueDate":"2026-09-16","employmentStart":"2024-09-02","payStart":"2026-08-30","averageWeeklyEarnings":"450.00","evidenceReceived":true,"periodStart":"2026-09-01","periodEnd":"2026-09-30","smallEmployer":true}
        {"type":"SPP","dueDate":"2026-09-16","employmentStart":"2024-09-02","payStart":"2026-09-20","weeks":2,"averageWeeklyEarnings":"180.00","evidenceReceived":true}
        {"type":"SAP","matchedOn":"2026-05-14","employmentStart":"2024-09-02","payStart":"2026-07-05","averageWeeklyEarnings":"600.00","evidenceReceived":true}
        {"type":"ShPP","dueDate":"2026-09-16","employmentStart":"2024-09-02","payStart":"2026-12-06","weeks":10,"weeksBeforeCurtailment":12,"averageWeeklyEarnings":"300.00","evidenceReceived":true}
        {"type":"SPBP","eventDate":"2026-06-09","employmentStart":"2024-09-02","payStart":"2026-06-14","weeks":2,"averageWeeklyEarnings":"200.00","evidenceReceived":true}
        {"type":"SNCP","dueDate":"2026-09-16","employmentStart":"2024-09-02","payStart":"2026-09-27","weeks":12,"averageWeeklyEarnings":"400.00","evidenceReceived":true}
        {"type":"SMP","dueDate":"2026-09-16","employmentStart":"2024-09-02","payStart":"2026-08-30","payFrequency":"Monthly","payments":[{"paidOn":"2026-03-31","amount":"1950.00"},{"paidOn":"2026-04-30","amount":"1950.00"},{"paidOn":"2026-05-29","amount":"1950.00"}],"evidenceReceived":true}
        {"type":"SPP","dueDate":"2026-09-16","employmentStart":"2024-09-02","payStart":"2026-09-20","averageWeeklyEarnings":"128.99","evidenceReceived":true}
        {"type":"SMP","dueDate":"16/09/2026","employmentStart":"2024-09-02","payStart":"2026-08-30","averageWeeklyEarnings":"450"}
        """);
    assertEquals(1, r.exit(), "the last line is bad");
    JsonNode smp = r.lines().get(0);
    assertEquals("SMP", smp.path("type").asText());
    assertTrue(smp.path("eligible").asBoolean());
    assertEquals("2026-05-31", smp.path("qualifyingWeek").path("from").asText());
    assertEquals("405.00", smp.path("weeks").get(0).path("rate").asText());
    assertEquals("194.32", smp.path("weeks").get(6).path("rate").asText());
    assertEquals("8842.56", smp.path("total").asText());
    assertEquals("1735.71", smp.path("period").path("amount").asText());
    assertEquals(30, smp.path("period").path("days").asInt());
    // Small Employers' Relief: 100% and 8.5% of 8,842.56 = 751.6176 -> 751.62
    assertEquals("8842.56", smp.path("recovery").path("recovered").asText());
    assertEquals("751.62", smp.path("recovery").path("nicCompensation").asText());
    assertEquals("324.00", r.lines().get(1).path("total").asText());
    assertEquals("9652.56", r.lines().get(2).path("total").asText());
    assertEquals("1943.20", r.lines().get(3).path("total").asText());
    assertEquals("360.00", r.lines().get(4).path("total").asText());
    assertEquals("2331.84", r.lines().get(5).path("total").asText());
    // from the pay days: (1,950 + 1,950) / 2 x 12 / 52 = 450.00
    assertEquals("450.00", r.lines().get(6).path("averageWeeklyEarnings").asText());
    assertEquals("8842.56", r.lines().get(6).path("total").asText());
    JsonNode refused = r.lines().get(7);
    assertTrue(!refused.path("eligible").asBoolean());
    assertEquals(
        "No paternity pay: average weekly earnings of £128.99 are below the lower earnings limit"
            + " of £129.00 a week.",
        refused.path("refusals").get(0).asText());
    assertEquals(
        "dueDate must be a date like \"2026-09-16\"; it was \"16/09/2026\"",
        r.lines().get(8).path("error").asText());
  }

  @Test
  @DisplayName(
      "gross-to-net: bad lines get plain errors naming the field, good lines still run, exit 1")
  void grossToNetErrors() throws Exception {
    Run r =
        run(
            "gross-to-net",
            """
        {"paymentDate":"2026-04-30","payFrequency":"Monthy","personalAssistant":{"dateOfBirth":"1996-01-10","taxCode":"1257L"}}
        {"paymentDate":"2026-04-30","payFrequency":"Monthly","personalAssistant":{"dateOfBirth":"1996-01-10","taxCode":"1257L","nicat":"A"}}
        {"paymentDate":"2026-04-30","payFrequency":"Monthly","personalAssistant":{"dateOfBirth":"1996-01-10","taxCode":"1257L"}}
        """);
    assertEquals(1, r.exit());
    assertEquals(3, r.lines().size());
    assertTrue(r.lines().get(0).path("error").asText().contains("'Monthy' is not a pay frequency"));
    assertTrue(
        r.lines()
            .get(1)
            .path("error")
            .asText()
            .contains("unknown field 'nicat' (at personalAssistant.nicat)"));
    assertEquals("0.00", r.lines().get(2).path("netPay").asText());
  }

  @Test
  @DisplayName("ni: the issue's example line, and a missing field named in the error")
  void ni() throws Exception {
    Run r =
        run(
            "ni",
            """
        {"taxYear":"2026-27","payFrequency":"Weekly","period":1,"niCategory":"A","grossPay":"96.03"}
        {"taxYear":"2026-27","payFrequency":"Weekly","period":1,"grossPay":"96.03"}
        """);
    assertEquals(1, r.exit());
    assertEquals(
        "{\"employeeNi\":\"0.00\",\"employerNi\":\"0.00\",\"earningsAtLEL\":\"0.00\",\"earningsLELtoPT\":\"0.00\","
            + "\"earningsPTtoUEL\":\"0.00\"}",
        r.lines().get(0).toString());
    assertEquals("niCategory is missing", r.lines().get(1).path("error").asText());
  }

  @Test
  @DisplayName("tax: amounts with a fraction of a penny and unknown tax years are explained")
  void taxErrors() throws Exception {
    Run r =
        run(
            "tax",
            """
        {"taxYear":"2026-27","payFrequency":"Monthly","period":1,"taxCode":"1257L","grossPay":"100.005","taxablePayToDate":"100","taxPaidToDate":"0"}
        {"taxYear":"2031-32","payFrequency":"Monthly","period":1,"taxCode":"1257L","grossPay":"100","taxablePayToDate":"100","taxPaidToDate":"0"}
        {"taxYear":"2026-27","payFrequency":"Monthly","period":13,"taxCode":"1257L","grossPay":"100","taxablePayToDate":"100","taxPaidToDate":"0"}
        """);
    assertEquals(1, r.exit());
    assertTrue(r.lines().get(0).path("error").asText().contains("fraction of a penny"));
    assertTrue(
        r.lines()
            .get(1)
            .path("error")
            .asText()
            .contains("no payroll figures for tax year 2031-32"));
    assertTrue(
        r.lines()
            .get(2)
            .path("error")
            .asText()
            .contains("Period 13 does not exist for Monthly pay"));
  }
}
