package org.dpsupport.monitoring.statements;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import org.dpsupport.monitoring.application.ReadingLimits;
import org.dpsupport.monitoring.application.StatementReader;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Hostile and damaged files: each mutant must end, within a time bound, in a clear refusal or in a
 * reading whose arithmetic is either verified (and then its amounts are the true ones) or flagged
 * as not verified. The heap bound is surefire's -Xmx (see the pom) plus the reader's memory limit.
 */
@DisplayName("Mutated PDFs end in a clear refusal or an honest reading, quickly")
class MutatedPdfFuzzTest {

  private static final Duration PER_FILE = Duration.ofSeconds(5);
  private static final long SEED = 20260403L;
  private static final String BASE = "out-and-in-columns";

  private final StatementReader reader =
      new StatementReader(
          ReadingLimits.defaults()
              .withMaxTime(Duration.ofSeconds(3))
              .withMaxMemoryBytes(32L * 1024 * 1024));
  private final List<String> trueAmounts =
      amounts(
          ((StatementReading.Read) new StatementReader().read(Fixtures.statementPdf(BASE)))
              .statement());

  @TestFactory
  @DisplayName("truncated at 100 offsets through the file")
  Stream<DynamicTest> truncated() {
    byte[] pdf = Fixtures.statementPdf(BASE);
    return Stream.iterate(0, i -> i + 1)
        .limit(100)
        .map(
            i -> {
              int length = (int) ((long) pdf.length * i / 100);
              byte[] cut = java.util.Arrays.copyOf(pdf, length);
              return DynamicTest.dynamicTest(
                  "first " + length + " of " + pdf.length + " bytes", () -> endsClearly(cut));
            });
  }

  @TestFactory
  @DisplayName("1 to 8 random bytes overwritten, 200 mutants from a fixed seed")
  Stream<DynamicTest> flipped() {
    List<DynamicTest> tests = new ArrayList<>();
    Random random = new Random(SEED);
    for (String name : List.of(BASE, "cr-dr-suffixes")) {
      byte[] pdf = Fixtures.statementPdf(name);
      for (int m = 0; m < 100; m++) {
        byte[] mutant = pdf.clone();
        int flips = 1 + random.nextInt(8);
        StringBuilder where = new StringBuilder();
        for (int f = 0; f < flips; f++) {
          int at = random.nextInt(mutant.length);
          mutant[at] = (byte) random.nextInt(256);
          where.append(at).append(' ');
        }
        tests.add(
            DynamicTest.dynamicTest(
                name + " bytes " + where.toString().strip(),
                () -> {
                  StatementReading reading = endsClearly(mutant);
                  if (reading instanceof StatementReading.Read read
                      && read.statement().verified()
                      && name.equals(BASE)) {
                    // a verified reading of a damaged file must still carry the true amounts
                    assertEquals(trueAmounts, amounts(read.statement()));
                  }
                }));
      }
    }
    return tests.stream();
  }

  @TestFactory
  @DisplayName("hostile structures")
  Stream<DynamicTest> hostile() {
    return Stream.of(
        DynamicTest.dynamicTest(
            "page tree claims 2,147,483,647 pages",
            () -> {
              byte[] huge =
                  pdf(2147483647, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] >>", null);
              assertEquals(RefusalReason.TOO_MANY_PAGES, assertRefused(endsClearly(huge)));
            }),
        DynamicTest.dynamicTest(
            "arrays nested 200,000 deep",
            () -> assertRefused(endsClearly(nested("[", "]", 200_000)))),
        DynamicTest.dynamicTest(
            "dictionaries nested 100,000 deep",
            () -> assertRefused(endsClearly(nested("<</A ", ">>", 100_000)))),
        DynamicTest.dynamicTest(
            "a content stream that inflates to 256 MB of zeros",
            () -> assertRefused(endsClearly(inflating(256)))),
        DynamicTest.dynamicTest(
            "a page tree that contains itself",
            () -> assertRefused(endsClearly(selfReferencingPages()))));
  }

  private StatementReading endsClearly(byte[] pdf) {
    StatementReading reading = assertTimeoutPreemptively(PER_FILE, () -> reader.read(pdf));
    if (reading instanceof StatementReading.Refused refused) {
      assertFalse(refused.refusal().message().isBlank());
    } else {
      Statement statement = ((StatementReading.Read) reading).statement();
      // not verified is an honest answer only when it says what does not add up
      assertTrue(
          statement.verified()
              || !statement.verification().disagreements().isEmpty()
              || !statement.verification().gaps().isEmpty());
    }
    return reading;
  }

  private static RefusalReason assertRefused(StatementReading reading) {
    return assertInstanceOf(StatementReading.Refused.class, reading, reading.toString())
        .refusal()
        .reason();
  }

  private static List<String> amounts(Statement statement) {
    return statement.lines().stream().map(StatementLine::amount).map(Object::toString).toList();
  }

  /** A one-page PDF whose page dictionary holds an object nested {@code depth} deep. */
  private static byte[] nested(String open, String close, int depth) {
    String deep = open.repeat(depth) + close.repeat(depth);
    return pdf(1, "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /X " + deep + " >>", null);
  }

  private static byte[] inflating(int megabytes) {
    Deflater deflater = new Deflater(Deflater.BEST_COMPRESSION);
    byte[] zeros = new byte[1024 * 1024];
    ByteArrayOutputStream compressed = new ByteArrayOutputStream();
    byte[] buffer = new byte[64 * 1024];
    for (int i = 0; i < megabytes; i++) {
      deflater.setInput(zeros);
      while (!deflater.needsInput()) {
        compressed.write(buffer, 0, deflater.deflate(buffer));
      }
    }
    deflater.finish();
    while (!deflater.finished()) {
      compressed.write(buffer, 0, deflater.deflate(buffer));
    }
    return pdf(
        1,
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R >>",
        compressed.toByteArray());
  }

  private static byte[] selfReferencingPages() {
    String body =
        "%PDF-1.7\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n"
            + "2 0 obj << /Type /Pages /Kids [2 0 R 2 0 R] /Count 2 >> endobj\n"
            + "trailer << /Root 1 0 R >>\n%%EOF\n";
    return body.getBytes(StandardCharsets.ISO_8859_1);
  }

  /** A minimal PDF with a correct cross-reference table, so PDFBox trusts what it declares. */
  private static byte[] pdf(int count, String page, byte[] flateContent) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Integer> offsets = new ArrayList<>();
    write(out, "%PDF-1.7\n");
    offsets.add(out.size());
    write(out, "1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n");
    offsets.add(out.size());
    write(out, "2 0 obj << /Type /Pages /Kids [3 0 R] /Count " + count + " >> endobj\n");
    offsets.add(out.size());
    write(out, "3 0 obj " + page + " endobj\n");
    if (flateContent != null) {
      offsets.add(out.size());
      write(
          out, "4 0 obj << /Length " + flateContent.length + " /Filter /FlateDecode >>\nstream\n");
      out.writeBytes(flateContent);
      write(out, "\nendstream\nendobj\n");
    }
    int xref = out.size();
    StringBuilder table = new StringBuilder("xref\n0 " + (offsets.size() + 1) + "\n");
    table.append("0000000000 65535 f \n");
    for (int offset : offsets) {
      table.append(String.format("%010d 00000 n \n", offset));
    }
    write(
        out,
        table
            + "trailer << /Size "
            + (offsets.size() + 1)
            + " /Root 1 0 R >>\nstartxref\n"
            + xref
            + "\n%%EOF\n");
    return out.toByteArray();
  }

  private static void write(ByteArrayOutputStream out, String text) {
    out.writeBytes(text.getBytes(StandardCharsets.ISO_8859_1));
  }
}
