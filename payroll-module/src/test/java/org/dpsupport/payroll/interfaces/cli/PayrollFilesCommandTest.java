package org.dpsupport.payroll.interfaces.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.testresources.rti.RtiSpecs;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

@DisplayName(
    "bin/dps payroll-files: one employer's pay period to every file, or a list of problems")
class PayrollFilesCommandTest {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private record Run(int exit, String out, String err) {}

  private static Run run(Path runFile, Path outDir) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int exit =
        PayrollCli.run(
            new String[] {"payroll-files", runFile.toString(), outDir.toString()},
            new ByteArrayInputStream(new byte[0]),
            new PrintStream(out, true, StandardCharsets.UTF_8),
            new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(
        exit, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  private static ObjectNode example() throws Exception {
    try (InputStream in =
        PayrollFilesCommandTest.class.getResourceAsStream("/payroll-files/example-run.json")) {
      return (ObjectNode) MAPPER.readTree(in);
    }
  }

  private static Path write(Path dir, ObjectNode run) throws Exception {
    Path f = dir.resolve("run.json");
    Files.writeString(f, MAPPER.writeValueAsString(run));
    return f;
  }

  private static List<String> files(Path dir) throws Exception {
    if (!Files.exists(dir)) {
      return List.of();
    }
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile)
          .map(p -> dir.relativize(p).toString())
          .sorted()
          .toList();
    }
  }

  @Test
  @DisplayName(
      "The conformance example: FPS, EPS (Employment Allowance), BACS, three payslips, one P45, invoice, PAPDIS")
  void example(@TempDir Path dir) throws Exception {
    Path out = dir.resolve("out");
    Run r = run(write(dir, example()), out);
    assertEquals(0, r.exit(), r.err());
    assertEquals(
        List.of(
            "bacs.txt",
            "eps.xml",
            "fps.xml",
            "invoice.csv",
            "invoice.pdf",
            "p45/PA-0003.pdf",
            "payslips/PA-0001.pdf",
            "payslips/PA-0002.pdf",
            "payslips/PA-0003.pdf",
            "pension.csv"),
        files(out));
    String fps = Files.readString(out.resolve("fps.xml"));
    for (String id : List.of("PA-0001", "PA-0002", "PA-0003")) {
      assertTrue(fps.contains(">" + id + "<"), id);
    }
    assertTrue(fps.contains("2026-11-14"), "the leaver's leaving date is on the FPS");
    assertTrue(Files.readString(out.resolve("eps.xml")).contains("EmpAllceInd"));
    String bacs = Files.readString(out.resolve("bacs.txt"), StandardCharsets.US_ASCII);
    assertTrue(bacs.contains("P SHAH") && bacs.contains("R O PRITCHARD"), bacs);

    String pension = Files.readString(out.resolve("pension.csv"));
    String[] rows = pension.split("\r\n");
    assertEquals(4, rows.length, pension);
    assertTrue(rows[1].contains(",PA-0001,Ms,Priya,,Shah,1994-04-12,F,AB123456C,3 Mill Lane,"));
    assertTrue(rows[1].contains(",IG11 7QP,GB,"), rows[1]);
    assertTrue(rows[1].contains(",2025-12-01,,1,0,2025-12-01,"), "enrolled eligible jobholder");
    assertTrue(rows[3].contains(",2026-11-14,3,0,"), "the leaver: exit date, entitled worker");

    try (PDDocument p45 = Loader.loadPDF(out.resolve("p45/PA-0003.pdf").toFile())) {
      assertEquals(3, p45.getNumberOfPages(), "parts 1A, 2 and 3 each on their own page");
      String text = new PDFTextStripper().getText(p45);
      assertTrue(text.contains("12 Elm Road") && text.contains("88 Gale Street"), text);
      assertTrue(text.contains("17 February 1961") && text.contains("Female"), text);
      assertTrue(text.contains("8 New employer PAYE reference"), text);
      assertFalse(text.contains("has been sent to HMRC"), text);
    }
    try (PDDocument invoice = Loader.loadPDF(out.resolve("invoice.pdf").toFile())) {
      String text = new PDFTextStripper().getText(invoice);
      assertTrue(text.contains("Eastbrook Payroll Services") && text.contains("IG11 7BT"), text);
      assertTrue(text.contains("standard-rated for VAT at 20%"), text);
      assertTrue(text.contains("£13.20") && text.contains("£7.92"), text);
    }
    String invoiceCsv = Files.readString(out.resolve("invoice.csv"));
    assertTrue(invoiceCsv.contains(",VAT,,VAT at 20% on the fee,,,,,7.92"), invoiceCsv);
  }

  @Test
  @DisplayName(
      "Invalid input: exit 2, one plain line per problem naming the PA and the field, nothing written")
  void invalid(@TempDir Path dir) throws Exception {
    ObjectNode run = example();
    ArrayNode pas = (ArrayNode) run.get("employees");
    ((ObjectNode) pas.get(0)).put("niNumber", "QQ123456C");
    ((ObjectNode) pas.get(1)).put("taxCode", "1257Q");
    ((ObjectNode) pas.get(2)).put("leavingDate", "2026-05-01");
    ((ObjectNode) pas.get(2)).remove("dateOfBirth");
    ((ObjectNode) run.get("employer")).put("accountsOfficeReference", "120P");
    ((ObjectNode) pas.get(0).get("bank")).put("sortCode", "10-79");
    Path out = dir.resolve("out");
    Run r = run(write(dir, run), out);
    assertEquals(2, r.exit(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(6, lines.size(), r.err());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("PA-0001: niNumber")), r.err());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("PA-0001: bank sortCode")), r.err());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("PA-0002: taxCode")), r.err());
    assertTrue(
        lines.stream().anyMatch(l -> l.startsWith("PA-0003: leavingDate 2026-05-01 is before")),
        r.err());
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("PA-0003: dateOfBirth is missing")));
    assertTrue(lines.stream().anyMatch(l -> l.startsWith("employer: ")), r.err());
    assertTrue(lines.stream().noneMatch(l -> l.contains("Exception")), r.err());
    assertEquals(List.of(), files(out), "nothing is written");
  }

  @Test
  @DisplayName(
      "A wrong Accounts Office check character and bank details failing Vocalink's modulus check are refused, once each")
  void checkCharacterAndModulus(@TempDir Path dir) throws Exception {
    ObjectNode run = example();
    ((ObjectNode) run.get("employer")).put("accountsOfficeReference", "120PM00001000");
    ((ObjectNode) run.get("employees").get(1).get("bank")).put("accountNumber", "63748473");
    Path out = dir.resolve("out");
    Run r = run(write(dir, run), out);
    assertEquals(2, r.exit(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(2, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("employer: accountsOfficeReference:"), r.err());
    assertTrue(lines.get(0).contains("check letter"), r.err());
    assertTrue(lines.get(1).startsWith("PA-0002: bank:"), r.err());
    assertTrue(lines.get(1).contains("cannot belong to sort code 20-29-59"), r.err());
    assertEquals(List.of(), files(out));
  }

  @Test
  @DisplayName("Pay elements: overtime at its own rate is refused, weekend hours need a weekend")
  void payElements(@TempDir Path dir) throws Exception {
    ObjectNode run = example();
    ArrayNode pay = (ArrayNode) run.get("employees").get(0).get("pay");
    pay.addObject().put("element", "OVERTIME").put("hours", "4").put("rate", "19.35");
    pay.addObject().put("element", "EXPENSES").put("amount", "12.40");
    pay.addObject().put("element", "TIPS").put("amount", "1");
    Run r = run(write(dir, run), dir.resolve("out"));
    assertEquals(2, r.exit());
    assertTrue(r.err().contains("PA-0001: pay element OVERTIME is at £19.35"), r.err());
    assertTrue(r.err().contains("PA-0001: pay element TIPS is not one"), r.err());
    assertEquals(2, r.err().lines().count(), r.err());
  }

  @Test
  @DisplayName("A weekly employer: the period ends on the pay day, weekend and sleep-in lines paid")
  void weekly(@TempDir Path dir) throws Exception {
    ObjectNode run = example();
    run.put("payFrequency", "Weekly").put("period", 34).put("payDate", "2026-11-27");
    ArrayNode pas = (ArrayNode) run.get("employees");
    pas.remove(2);
    pas.remove(1);
    ArrayNode pay = (ArrayNode) pas.get(0).get("pay");
    pay.removeAll();
    pay.addObject().put("element", "BASIC").put("hours", "20").put("rate", "12.90");
    pay.addObject().put("element", "WEEKEND").put("hours", "6").put("rate", "14.00");
    pay.addObject().put("element", "SLEEP_IN").put("units", "2").put("rate", "60.00");
    Path out = dir.resolve("out");
    Run r = run(write(dir, run), out);
    assertEquals(0, r.exit(), r.err());
    try (PDDocument slip = Loader.loadPDF(out.resolve("payslips/PA-0001.pdf").toFile())) {
      String text = new PDFTextStripper().getText(slip);
      assertTrue(text.contains("£258.00"), "20 h x £12.90: " + text);
      assertTrue(text.contains("£84.00"), "6 weekend hours x £14: " + text);
      assertTrue(text.contains("£120.00"), "2 sleep-ins x £60: " + text);
    }
    assertTrue(Files.readString(out.resolve("pension.csv")).contains(",W1,34,"));
  }

  @Test
  @DisplayName(
      "The year's last pay day (25 March 2027; the next, 25 April, is in 2027-28): the FPS is"
          + " flagged final; November's is not")
  void finalFpsOfTheYear(@TempDir Path dir) throws Exception {
    ObjectNode run = example();
    run.put("period", 12).put("payDate", "2027-03-25");
    ((ArrayNode) run.get("employees")).remove(2); // the November leaver
    Path out = dir.resolve("out");
    Run r = run(write(dir, run), out);
    assertEquals(0, r.exit(), r.err());
    String fps = Files.readString(out.resolve("fps.xml"));
    assertTrue(fps.contains("<FinalSubmission>") && fps.contains("<ForYear>yes</ForYear>"), fps);

    Path november = dir.resolve("november");
    assertEquals(0, run(write(dir, example()), november).exit());
    assertFalse(Files.readString(november.resolve("fps.xml")).contains("FinalSubmission"));
  }

  @Test
  @DisplayName(
      "Statutory pay to date on the EPS as the service recovers it: 100% plus 8.5% under Small"
          + " Employers' Relief, 92% without; valid against the EPS schema")
  void statutoryRecoveries(@TempDir Path dir) throws Exception {
    ObjectNode run = example();
    ObjectNode employer = (ObjectNode) run.get("employer");
    employer.putObject("statutoryPayToDate").put("SMP", "1840.50").put("ShPP", "374.70");
    employer.put("smallEmployersRelief", true);
    Path out = dir.resolve("relief");
    Run r = run(write(dir, run), out);
    assertEquals(0, r.exit(), r.err());
    String eps = Files.readString(out.resolve("eps.xml"));
    assertEquals(List.of(), RtiSpecs.schemaErrors("EmployerPaymentSummary", "26-27", eps), eps);
    assertTrue(eps.contains("<RecoverableAmountsYTD><TaxMonth>8</TaxMonth>"), eps);
    assertTrue(eps.contains("<SMPRecovered>1840.50</SMPRecovered>"), eps);
    assertTrue(eps.contains("<ShPPRecovered>374.70</ShPPRecovered>"), eps);
    assertTrue(eps.contains("<NICCompensationOnSMP>156.44</NICCompensationOnSMP>"), eps);
    assertTrue(eps.contains("<NICCompensationOnShPP>31.85</NICCompensationOnShPP>"), eps);
    assertTrue(eps.contains("<SPPRecovered>0.00</SPPRecovered>"), eps);

    // last year's Class 1 NICs above £45,000: no relief, 92% and no compensation; an employer not
    // claiming Employment Allowance still sends the EPS for what it recovers
    employer.remove("smallEmployersRelief");
    employer.put("class1NicsLastYear", "45000.01").put("careAndSupportEmployer", false);
    out = dir.resolve("no-relief");
    r = run(write(dir, run), out);
    assertEquals(0, r.exit(), r.err());
    eps = Files.readString(out.resolve("eps.xml"));
    assertEquals(List.of(), RtiSpecs.schemaErrors("EmployerPaymentSummary", "26-27", eps), eps);
    assertTrue(eps.contains("<SMPRecovered>1693.26</SMPRecovered>"), eps);
    assertTrue(eps.contains("<NICCompensationOnSMP>0.00</NICCompensationOnSMP>"), eps);
    assertFalse(eps.contains("EmpAllceInd"), eps);

    employer.put("class1NicsLastYear", "45000.00");
    out = dir.resolve("at-threshold");
    assertEquals(0, run(write(dir, run), out).exit());
    assertTrue(
        Files.readString(out.resolve("eps.xml"))
            .contains("<NICCompensationOnSMP>156.44</NICCompensationOnSMP>"),
        "at the threshold the employer still qualifies");
  }

  @Test
  @DisplayName("Bad statutory pay input: exit 2, one line per problem, nothing written")
  void statutoryRecoveriesRefused(@TempDir Path dir) throws Exception {
    ObjectNode run = example();
    ObjectNode employer = (ObjectNode) run.get("employer");
    employer
        .putObject("statutoryPayToDate")
        .put("SMX", "10.00")
        .put("SPP", "-5.00")
        .put("SAP", "ten");
    Path out = dir.resolve("out");
    Run r = run(write(dir, run), out);
    assertEquals(2, r.exit(), r.err());
    List<String> lines = r.err().lines().toList();
    assertEquals(3, lines.size(), r.err());
    assertTrue(lines.get(0).startsWith("employer: statutoryPayToDate 'SMX': The kind"), r.err());
    assertTrue(lines.get(1).contains("SPP '-5.00' is below nothing"), r.err());
    assertTrue(lines.get(2).contains("SAP 'ten' is not a number"), r.err());
    assertEquals(List.of(), files(out), "nothing is written");

    ((ObjectNode) employer.get("statutoryPayToDate")).removeAll().put("SMP", "100.00");
    r = run(write(dir, run), out);
    assertEquals(2, r.exit(), r.err());
    assertTrue(
        r.err().strip().startsWith("employer: statutoryPayToDate is given, so say"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());

    employer.put("smallEmployersRelief", true).put("class1NicsLastYear", "100.00");
    r = run(write(dir, run), out);
    assertEquals(2, r.exit(), r.err());
    assertTrue(r.err().contains("not both"), r.err());
    assertEquals(1, r.err().lines().count(), r.err());
    assertEquals(List.of(), files(out), "nothing is written");
  }
}
