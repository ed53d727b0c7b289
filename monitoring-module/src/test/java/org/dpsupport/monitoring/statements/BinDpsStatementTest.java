package org.dpsupport.monitoring.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

/** Runs the real {@code bin/dps} launcher, as a person would, on every fixture. */
@DisplayName("bin/dps statement and bin/dps receipt")
class BinDpsStatementTest {

  private static final Path DPS = Path.of("..", "bin", "dps").toAbsolutePath().normalize();

  @TempDir Path dir;

  record Run(int exit, String out, String err) {}

  static Stream<String> fixtures() {
    return Fixtures.statementNames().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("fixtures")
  @DisplayName("prints exactly the ground truth CSV and exits 0")
  void printsGroundTruth(String name) throws Exception {
    Run run = dps("statement", write(name + ".pdf", Fixtures.statementPdf(name)));
    assertEquals(Fixtures.groundTruth(name), run.out(), run.err());
    assertEquals(0, run.exit(), run.err());
  }

  @Test
  @DisplayName("--json adds the account details and says the statement verified")
  void json() throws Exception {
    Run run =
        dps("statement", write("s.pdf", Fixtures.statementPdf("out-and-in-columns")), "--json");
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\"sortCode\" : \"20-45-77\""), run.out());
    assertTrue(run.out().contains("\"holder\" : \"Mrs Margaret Ellis\""), run.out());
    assertTrue(run.out().contains("\"verified\" : true"), run.out());
    assertTrue(run.out().contains("\"openingBalance\" : 2315.40"), run.out());
  }

  @Test
  @DisplayName("a statement that does not add up prints its rows, names row 4 on stderr, exits 3")
  void notVerified() throws Exception {
    Run run =
        dps(
            "statement",
            write("m.pdf", Fixtures.bytes("/fixtures/unverified/misprinted-balance.pdf")));
    assertEquals(3, run.exit());
    assertEquals(Fixtures.text("/fixtures/unverified/misprinted-balance.csv"), run.out());
    assertTrue(run.err().contains("Row 4 (2026-04-14, DIRECT DEBIT HMRC PAYE)"), run.err());
  }

  @Test
  @DisplayName("a statement without balances prints its rows and says it could not be checked")
  void notChecked() throws Exception {
    Run run =
        dps("statement", write("n.pdf", Fixtures.bytes("/fixtures/unverified/no-balances.pdf")));
    assertEquals(3, run.exit());
    assertEquals(Fixtures.text("/fixtures/unverified/no-balances.csv"), run.out());
    assertTrue(run.err().contains("could not be checked"), run.err());
    assertTrue(run.err().contains("does not print its opening balance"), run.err());
  }

  @Test
  @DisplayName(
      "many files in one run: --out DIR writes each CSV (equal to the ground truth), one line"
          + " each on stderr, and exits with the worst outcome")
  void batchToFolder() throws Exception {
    Path a = write("a.pdf", Fixtures.statementPdf("app-style"));
    Path b = write("b.pdf", Fixtures.statementPdf("newest-first-history"));
    Path bad = write("bad.pdf", Fixtures.refusal("truncated.pdf"));
    Path folder = dir.resolve("csv");
    Run run = dps("statement", a, b.toString(), bad.toString(), "--out", folder.toString());
    assertEquals(65, run.exit(), run.err());
    assertEquals(
        Fixtures.groundTruth("app-style"),
        Files.readString(folder.resolve("a.csv"), StandardCharsets.UTF_8));
    assertEquals(
        Fixtures.groundTruth("newest-first-history"),
        Files.readString(folder.resolve("b.csv"), StandardCharsets.UTF_8));
    assertTrue(run.err().contains("a.pdf: 11 rows, verified"), run.err());
    assertTrue(run.err().contains("bad.pdf: refused. This file is damaged"), run.err());
    assertEquals("", run.out());
  }

  @Test
  @DisplayName("--jsonl: one JSON object per file on stdout, read or refused")
  void batchJsonLines() throws Exception {
    Path a = write("a.pdf", Fixtures.statementPdf("summary-box-at-end"));
    Path n = write("n.pdf", Fixtures.bytes("/fixtures/unverified/no-balances.pdf"));
    Path bad = write("bad.pdf", Fixtures.refusal("scanned-statement.pdf"));
    Run run = dps("statement", a, n.toString(), bad.toString(), "--jsonl");
    assertEquals(65, run.exit(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size(), run.out());
    assertTrue(lines.get(0).contains("\"status\":\"VERIFIED\""), lines.get(0));
    assertTrue(lines.get(0).contains("\"closingBalance\":-740.19"), lines.get(0));
    assertTrue(lines.get(1).contains("\"status\":\"NOT_CHECKED\""), lines.get(1));
    assertTrue(lines.get(2).contains("\"reason\":\"SCANNED_PICTURE\""), lines.get(2));
  }

  @Test
  @DisplayName("two files without --out or --jsonl is a usage error (64) saying what to add")
  void batchNeedsADestination() throws Exception {
    Path a = write("a.pdf", Fixtures.statementPdf("app-style"));
    Run run = dps("statement", a, a.toString());
    assertEquals(64, run.exit());
    assertTrue(run.err().contains("--out DIR"), run.err());
  }

  @Test
  @DisplayName("a receipt prints as JSON: supplier, date, total, VAT and its item lines")
  void receipt() throws Exception {
    Run run =
        dps(
            "receipt",
            write(
                "r.pdf", Fixtures.bytes("/fixtures/receipts/mobility-shop-invoice-with-vat.pdf")));
    assertEquals(0, run.exit(), run.err());
    assertTrue(run.out().contains("\"value\" : \"Worcester Mobility Centre\""), run.out());
    assertTrue(run.out().contains("\"value\" : 74.25"), run.out());
    assertTrue(run.out().contains("\"description\" : \"Folding walking frame\""), run.out());
    assertTrue(run.out().contains("\"amount\" : 9.38"), run.out());
    assertTrue(run.out().contains("\"linesAddUp\" : true"), run.out());
  }

  @Test
  @DisplayName("a file that is not a readable receipt is refused in plain words, exit 65")
  void receiptRefused() throws Exception {
    Run run = dps("receipt", write("s.pdf", Fixtures.refusal("scanned-statement.pdf")));
    assertEquals(65, run.exit());
    assertEquals("", run.out());
    assertTrue(run.err().contains("This file is a scanned picture"), run.err());
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource({
    "scanned-statement.pdf, This file is a scanned picture",
    "password-protected.pdf, This file is locked with a password",
    "truncated.pdf, This file is damaged or incomplete",
    "not-a-pdf.pdf, This file is not a PDF",
    "too-many-pages.pdf, more pages than we can read",
    "council-letter.pdf, does not look like a bank statement"
  })
  @DisplayName("an unreadable file exits 65 with the reason on stderr and nothing on stdout")
  void refuses(String file, String reason) throws Exception {
    Run run = dps("statement", write(file, Fixtures.refusal(file)));
    assertEquals(65, run.exit());
    assertTrue(run.err().contains(reason), run.err());
    assertEquals("", run.out());
  }

  private Path write(String name, byte[] bytes) throws IOException {
    return Files.write(dir.resolve(name), bytes);
  }

  private Run dps(String command, Path file, String... more) throws Exception {
    List<String> line =
        new java.util.ArrayList<>(List.of(DPS.toString(), command, file.toString()));
    line.addAll(List.of(more));
    Process process =
        new ProcessBuilder(line)
            .redirectOutput(dir.resolve("out").toFile())
            .redirectError(dir.resolve("err").toFile())
            .start();
    assertTrue(process.waitFor(60, TimeUnit.SECONDS), "bin/dps finished");
    return new Run(
        process.exitValue(),
        Files.readString(dir.resolve("out"), StandardCharsets.UTF_8),
        Files.readString(dir.resolve("err"), StandardCharsets.UTF_8));
  }
}
