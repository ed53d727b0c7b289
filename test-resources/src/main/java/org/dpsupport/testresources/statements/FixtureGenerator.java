package org.dpsupport.testresources.statements;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * Regenerates every PDF fixture and its ground truth from the data files: {@code
 * fixtures/statements/*.statement} to a PDF and a CSV, {@code fixtures/receipts/*.receipt} to a
 * PDF, and the bad inputs in {@code fixtures/refusals/}. Run it after changing a data file:
 *
 * <pre>
 * mvn -q -pl test-resources compile exec:java \
 *   -Dexec.mainClass=org.dpsupport.testresources.statements.FixtureGenerator \
 *   -Dexec.args=test-resources/src/main/resources/fixtures
 * </pre>
 */
public final class FixtureGenerator {

  /** The CSV header the statement reader prints, and the ground truth uses. */
  public static final String[] CSV_HEADER = {"date", "description", "amount", "balance"};

  private FixtureGenerator() {}

  public static void main(String[] args) throws IOException {
    Path fixtures = Path.of(args.length > 0 ? args[0] : "src/main/resources/fixtures");
    List<String> statements = statements(fixtures.resolve("statements"));
    List<String> receipts = receipts(fixtures.resolve("receipts"));
    statements(fixtures.resolve("unverified"));
    refusals(fixtures.resolve("refusals"), fixtures.resolve("statements"));
    System.out.println("statements: " + statements + "\nreceipts: " + receipts);
  }

  private static List<String> statements(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    for (Path file : dataFiles(dir, ".statement")) {
      String name = file.getFileName().toString().replace(".statement", "");
      StatementSpec spec;
      try (Reader in = Files.newBufferedReader(file)) {
        spec = StatementSpec.read(name, in);
      }
      StatementPdfWriter.Written written = StatementPdfWriter.write(spec);
      Files.write(dir.resolve(name + ".pdf"), written.pdf());
      writeTruth(dir.resolve(name + ".csv"), written.truth());
      names.add(name);
      if (name.equals("out-and-in-columns")) {
        // banks often lock statements against editing with an owner password only: still readable
        String locked = name + "-owner-password-only";
        Files.write(dir.resolve(locked + ".pdf"), encrypt(written.pdf(), "bank-owner", ""));
        writeTruth(dir.resolve(locked + ".csv"), written.truth());
        names.add(locked);
      }
    }
    names.sort(null);
    Files.write(dir.resolve("index.txt"), names, StandardCharsets.UTF_8);
    return names;
  }

  /** Writes ground truth as the statement reader's CSV. */
  public static void writeTruth(Path file, List<StatementPdfWriter.TruthRow> rows)
      throws IOException {
    try (Writer out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      out.write(truthCsv(rows));
    }
  }

  /** Ground truth as CSV text, header first, in statement order. */
  public static String truthCsv(List<StatementPdfWriter.TruthRow> rows) {
    StringBuilder text = new StringBuilder();
    try (CSVPrinter csv =
        new CSVPrinter(
            text,
            CSVFormat.DEFAULT.builder().setHeader(CSV_HEADER).setRecordSeparator("\n").build())) {
      for (StatementPdfWriter.TruthRow row : rows) {
        csv.printRecord(row.csv());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return text.toString();
  }

  private static List<String> receipts(Path dir) throws IOException {
    List<String> names = new ArrayList<>();
    for (Path file : dataFiles(dir, ".receipt")) {
      String name = file.getFileName().toString().replace(".receipt", "");
      try (Reader in = Files.newBufferedReader(file)) {
        Files.write(dir.resolve(name + ".pdf"), ReceiptPdfWriter.write(ReceiptSpec.read(name, in)));
      }
      names.add(name);
    }
    names.sort(null);
    Files.write(dir.resolve("index.txt"), names, StandardCharsets.UTF_8);
    return names;
  }

  private static void refusals(Path dir, Path statements) throws IOException {
    Files.createDirectories(dir);
    byte[] statement = Files.readAllBytes(statements.resolve("out-and-in-columns.pdf"));
    Files.write(dir.resolve("scanned-statement.pdf"), scanned(statement));
    Files.write(dir.resolve("password-protected.pdf"), encrypt(statement, "owner", "letmein"));
    Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(statement, statement.length * 3 / 5));
    Files.write(dir.resolve("not-a-pdf.pdf"), photo());
    Files.write(dir.resolve("too-many-pages.pdf"), manyPages(101));
    Files.write(dir.resolve("council-letter.pdf"), letter());
    Files.write(dir.resolve("blank-pages.pdf"), blank());
  }

  private static List<Path> dataFiles(Path dir, String suffix) throws IOException {
    try (Stream<Path> files = Files.list(dir)) {
      return files.filter(f -> f.toString().endsWith(suffix)).sorted().toList();
    }
  }

  /** The same PDF encrypted (AES-128) with the given owner and user passwords. */
  public static byte[] encrypt(byte[] pdf, String owner, String user) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf);
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      AccessPermission permissions = new AccessPermission();
      permissions.setCanModify(false);
      StandardProtectionPolicy policy = new StandardProtectionPolicy(owner, user, permissions);
      policy.setEncryptionKeyLength(128);
      document.protect(policy);
      document.save(out);
      return out.toByteArray();
    }
  }

  /** Each page of the PDF as a JPEG picture only, as a scanner or phone camera makes it. */
  public static byte[] scanned(byte[] pdf) throws IOException {
    try (PDDocument source = Loader.loadPDF(pdf);
        PDDocument scan = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDFRenderer renderer = new PDFRenderer(source);
      for (int i = 0; i < source.getNumberOfPages(); i++) {
        BufferedImage image = renderer.renderImageWithDPI(i, 72, ImageType.GRAY);
        PDPage page = new PDPage(PDRectangle.A4);
        scan.addPage(page);
        PDImageXObject picture = JPEGFactory.createFromImage(scan, image, 0.5f);
        try (PDPageContentStream cs = new PDPageContentStream(scan, page)) {
          cs.drawImage(picture, 0, 0, PDRectangle.A4.getWidth(), PDRectangle.A4.getHeight());
        }
      }
      fixIdentifier(scan, "scanned");
      scan.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] photo() throws IOException {
    BufferedImage image = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    g.setColor(Color.WHITE);
    g.fillRect(0, 0, 120, 80);
    g.setColor(Color.DARK_GRAY);
    g.drawString("TOTAL 12.40", 10, 40);
    g.dispose();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ImageIO.write(image, "png", out);
    return out.toByteArray();
  }

  /** A document of {@code pages} short pages. */
  public static byte[] manyPages(int pages) throws IOException {
    PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      for (int i = 1; i <= pages; i++) {
        PDPage page = new PDPage(PDRectangle.A4);
        document.addPage(page);
        try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
          line(cs, font, 10, 60, 780, "Transaction listing, page " + i + " of " + pages);
        }
      }
      fixIdentifier(document, "many-pages");
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] letter() throws IOException {
    PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    String[] text = {
      "Worcestershire County Council",
      "Adult Social Care, County Hall, Worcester WR5 2NP",
      "",
      "Mrs Margaret Ellis",
      "14 Orchard Close",
      "Dagenham RM10 8QT",
      "",
      "3 April 2026",
      "",
      "Dear Mrs Ellis,",
      "",
      "Review of your direct payment",
      "We will review how your direct payment is working for you within the next six weeks.",
      "Please have your bank statements, timesheets and receipts for the last 12 months ready.",
      "Your personal budget for 2026 to 2027 is 22,464.00 a year.",
      "",
      "Yours sincerely,",
      "Direct Payments Monitoring Team"
    };
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
        float y = 780;
        for (String line : text) {
          line(cs, font, 10, 60, y, line);
          y -= 14;
        }
      }
      fixIdentifier(document, "letter");
      document.save(out);
      return out.toByteArray();
    }
  }

  private static byte[] blank() throws IOException {
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      document.addPage(new PDPage(PDRectangle.A4));
      document.addPage(new PDPage(PDRectangle.A4));
      fixIdentifier(document, "blank");
      document.save(out);
      return out.toByteArray();
    }
  }

  /**
   * Gives the document a fixed file identifier derived from its name, so regenerating a fixture
   * from unchanged data gives the same bytes (PDFBox otherwise makes the /ID from the clock).
   */
  public static void fixIdentifier(PDDocument document, String name) {
    byte[] id = java.util.Arrays.copyOf(name.getBytes(StandardCharsets.UTF_8), 16);
    org.apache.pdfbox.cos.COSArray ids = new org.apache.pdfbox.cos.COSArray();
    ids.add(new org.apache.pdfbox.cos.COSString(id));
    ids.add(new org.apache.pdfbox.cos.COSString(id));
    document.getDocument().getTrailer().setItem(org.apache.pdfbox.cos.COSName.ID, ids);
  }

  static void line(PDPageContentStream cs, PDFont font, float size, float x, float y, String s)
      throws IOException {
    if (s.isEmpty()) {
      return;
    }
    cs.beginText();
    cs.setFont(font, size);
    cs.newLineAtOffset(x, y);
    cs.showText(s);
    cs.endText();
  }
}
