package org.dpsupport.monitoring.statements;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.dpsupport.testresources.statements.StatementSpec;

/** The fixture PDFs and their data from the test-resources module. */
public final class Fixtures {

  private static final Logger PDFBOX = Logger.getLogger("org.apache.pdfbox");
  private static final Logger FONTBOX = Logger.getLogger("org.apache.fontbox");

  static {
    // damaged fixtures make PDFBox log loudly; the tests check our refusals instead
    PDFBOX.setLevel(Level.OFF);
    FONTBOX.setLevel(Level.OFF);
  }

  private Fixtures() {}

  public static List<String> statementNames() {
    return text("/fixtures/statements/index.txt").lines().filter(l -> !l.isBlank()).toList();
  }

  public static List<String> receiptNames() {
    return text("/fixtures/receipts/index.txt").lines().filter(l -> !l.isBlank()).toList();
  }

  public static byte[] bytes(String resource) {
    try (InputStream in = Fixtures.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalArgumentException("no fixture " + resource);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static String text(String resource) {
    return new String(bytes(resource), StandardCharsets.UTF_8);
  }

  public static byte[] statementPdf(String name) {
    return bytes("/fixtures/statements/" + name + ".pdf");
  }

  public static String groundTruth(String name) {
    return text("/fixtures/statements/" + name + ".csv");
  }

  /** The data the statement was generated from (the locked copy shares its source's data). */
  public static StatementSpec spec(String name) {
    String source = name.replace("-owner-password-only", "");
    try (InputStream in =
        Fixtures.class.getResourceAsStream("/fixtures/statements/" + source + ".statement")) {
      return StatementSpec.read(source, new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static byte[] refusal(String file) {
    return bytes("/fixtures/refusals/" + file);
  }
}
