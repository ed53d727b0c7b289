package org.dpsupport.monitoring.infrastructure.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSFloat;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.cos.COSStream;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject;
import org.dpsupport.monitoring.application.ReadingLimits;
import org.dpsupport.monitoring.domain.model.layout.PageText;
import org.dpsupport.monitoring.statements.Fixtures;
import org.dpsupport.testresources.statements.StatementPdfWriter;
import org.dpsupport.testresources.statements.StatementSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The text-only engine must give exactly the glyphs PDFBox's PDFTextStripper gives (text, position,
 * width and size, float for float) on every fixture and on hand-written pages that use each text
 * operator, and must leave to PDFBox what it does not read.
 */
class TextOnlyEngineTest {

  static Stream<String> fixturePdfs() {
    List<String> names = new ArrayList<>();
    for (String name : Fixtures.statementNames()) {
      if (!name.endsWith("owner-password-only")) {
        names.add("/fixtures/statements/" + name + ".pdf");
      }
    }
    for (String name : Fixtures.receiptNames()) {
      names.add("/fixtures/receipts/" + name + ".pdf");
    }
    for (String name : List.of("blank-pages", "council-letter", "scanned-statement")) {
      names.add("/fixtures/refusals/" + name + ".pdf");
    }
    return names.stream();
  }

  @ParameterizedTest
  @MethodSource("fixturePdfs")
  void fixturesReadExactlyAsPdfBoxReadsThem(String resource) throws IOException {
    assertSameGlyphs(Fixtures.bytes(resource), resource);
  }

  @Test
  void generatedStatementsOfEveryLayoutReadExactlyAsPdfBoxReadsThem() throws IOException {
    for (String name : Fixtures.statementNames()) {
      if (name.endsWith("owner-password-only")) {
        continue;
      }
      StatementSpec spec = Fixtures.spec(name);
      assertSameGlyphs(StatementPdfWriter.write(spec).pdf(), name);
    }
  }

  @Test
  void everyTextOperatorFollowsPdfBox() throws IOException {
    try (PDDocument document = new PDDocument()) {
      PDType1Font helvetica = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
      PDFont liberation;
      try (InputStream ttf =
          PDDocument.class.getResourceAsStream(
              "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf")) {
        liberation = PDType0Font.load(document, ttf);
      }
      PDPage page = new PDPage(new PDRectangle(10, 20, 600, 800)); // crop box off the origin
      document.addPage(page);
      PDResources resources = new PDResources();
      page.setResources(resources);
      COSName f1 = resources.add(helvetica);
      COSName f2 = resources.add(liberation);
      COSName f3 = COSName.getPDFName("TimesDifferences");
      resources.getCOSObject().getCOSDictionary(COSName.FONT).setItem(f3, timesWithDifferences());
      COSName f4 = resources.add(new PDType1Font(Standard14Fonts.FontName.COURIER));
      PDFormXObject form = new PDFormXObject(document);
      form.setBBox(new PDRectangle(0, 0, 300, 100));
      form.setMatrix(new java.awt.geom.AffineTransform(1, 0, 0, 1, 40, 30));
      PDResources formResources = new PDResources();
      formResources.add(helvetica);
      form.setResources(formResources);
      write(form.getContentStream(), "BT /F1 8 Tf 5 5 Td (In a form) Tj ET");
      COSName x1 = resources.add(form);
      String embedded = "\u2212\u00a315.00 Caf\u00e9";
      // as PDPageContentStream's showText does, and the subset (with its ToUnicode) as save does
      embedded.codePoints().forEach(liberation::addToSubset);
      String hex = HexFormat.of().formatHex(liberation.encode(embedded));
      String content =
          String.join(
              "\n",
              "q 1 0 0 1 5 -3 cm",
              "BT /" + f1.getName() + " 10 Tf 14 TL 50 700 Td (Plain text) Tj",
              "T* (Next line) Tj 0 -20 TD (Moved with TD) Tj T* (After TD) Tj",
              "(Quote line) ' 3 1 (Double quote) \"",
              "0 Tw 0 Tc [(Ker) -120 (ned) 250 (text)] TJ",
              "1 0 0 1 300 600 Tm 2 Tc 4 Tw (Spaced words here) Tj 0 Tc 0 Tw",
              "120 Tz (Wide) Tj 100 Tz 3 Ts (Raised) Tj 0 Ts",
              "/" + f2.getName() + " 11 Tf 1 0 0 1 60 500 Tm <" + hex + "> Tj",
              "/" + f3.getName() + " 12 Tf 1 0 0 1 60 480 Tm (abc) Tj",
              "/" + f4.getName() + " 9 1 Tf 1 0 0 1 60 460 Tm (Two operands) Tj",
              "% a comment (not text) Tj",
              "/Span <</MCID 3 /ActualText (x\\)y) /Alt <41>>> BDC",
              "1 0 0 1 60 440 Tm (Esc\\(aped\\) \\101\\102\\7 \\\\ (nested) end) Tj EMC",
              "1 0 0 1 60 420 Tm <48 65 6C6C 6F2> Tj [<41> -.5 (B) 1.25 <43>] TJ",
              "1 0 0 1 60 400 Tm -.5 Tc .5 Tc (Last operand) Tj 0 Tc",
              "ET Q",
              "q 0 1 -1 0 500 100 cm BT /" + f1.getName() + " 9 Tf 0 0 Td (Turned) Tj ET Q",
              "q 2 0 0 2 0 0 cm BT /" + f1.getName() + " 7 Tf 20 20 Td (Scaled) Tj ET Q",
              "BT /" + f1.getName() + " 9 Tf 1 0 0 -1 100 300 Tm (Upside) Tj ET",
              "/" + x1.getName() + " Do",
              "(Outside BT) Tj Q Q",
              "BT /" + f1.getName() + " 9 Tf 1 0 0 1 70 70 Tm (After extra Q) Tj ET");
      liberation.subset();
      PDStream stream = new PDStream(document);
      write(stream, content);
      page.setContents(stream);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      List<Glyph> glyphs = assertSameGlyphs(out.toByteArray(), "hand-written page");
      String text = glyphs.stream().map(Glyph::text).reduce("", String::concat);
      assertTrue(text.contains("Kerned"), text);
      assertTrue(text.contains("\u2212\u00a315.00"), text);
      assertTrue(text.contains("In a form"), text);
      assertTrue(text.contains("Turned"), text);
      assertTrue(text.contains("\u20ac\u00a3c"), text);
      assertTrue(text.contains("Esc(aped) AB\u0007 \\ (nested) end"), text);
      assertTrue(text.contains("Hello ABC"), text);
    }
  }

  @Test
  void aType3FontIsLeftToPdfBoxAndTheReaderStillReadsThePage() throws Exception {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      COSDictionary type3 = new COSDictionary();
      type3.setItem(COSName.TYPE, COSName.FONT);
      type3.setItem(COSName.SUBTYPE, COSName.TYPE3);
      type3.setItem(COSName.FONT_BBOX, numbers(0, 0, 750, 750));
      type3.setItem(COSName.FONT_MATRIX, numbers(0.001f, 0, 0, 0.001f, 0, 0));
      COSStream glyph = document.getDocument().createCOSStream();
      try (OutputStream os = glyph.createOutputStream()) {
        os.write("600 0 0 0 750 750 d1 0 0 750 750 re f".getBytes(StandardCharsets.US_ASCII));
      }
      COSDictionary procs = new COSDictionary();
      procs.setItem(COSName.getPDFName("a"), glyph);
      type3.setItem(COSName.CHAR_PROCS, procs);
      COSDictionary encoding = new COSDictionary();
      COSArray differences = new COSArray();
      differences.add(COSInteger.get(97));
      differences.add(COSName.getPDFName("a"));
      encoding.setItem(COSName.DIFFERENCES, differences);
      type3.setItem(COSName.ENCODING, encoding);
      type3.setInt(COSName.FIRST_CHAR, 97);
      type3.setInt(COSName.LAST_CHAR, 97);
      type3.setItem(COSName.WIDTHS, numbers(600));
      PDResources resources = new PDResources();
      COSDictionary fonts = new COSDictionary();
      fonts.setItem(COSName.getPDFName("T3"), type3);
      resources.getCOSObject().setItem(COSName.FONT, fonts);
      page.setResources(resources);
      PDStream stream = new PDStream(document);
      write(stream, "BT /T3 12 Tf 50 700 Td (aaa) Tj ET");
      page.setContents(stream);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      pdf = out.toByteArray();
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PositionedTextStripper stripper = new PositionedTextStripper(Long.MAX_VALUE);
      TextOnlyEngine engine = new TextOnlyEngine(stripper);
      assertThrows(TextOnlyEngine.Unsupported.class, () -> engine.glyphs(document.getPage(0)));
      assertFalse(stripper.glyphsOf(document, 1).isEmpty());
    }
    List<PageText> pages = new PdfTextReader(ReadingLimits.defaults()).read(pdf);
    assertEquals("aaa", pages.get(0).lines().get(0).text());
  }

  @Test
  void aPageWithAnInlinePictureIsLeftToPdfBox() throws Exception {
    byte[] pdf;
    try (PDDocument document = new PDDocument()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      PDResources resources = new PDResources();
      page.setResources(resources);
      COSName font = resources.add(new PDType1Font(Standard14Fonts.FontName.HELVETICA));
      PDStream stream = new PDStream(document);
      write(
          stream,
          "BT /"
              + font.getName()
              + " 12 Tf 50 700 Td (Before) Tj ET\n"
              + "q 10 0 0 10 50 600 cm BI /W 1 /H 1 /BPC 8 /CS /G ID \u0080 EI Q\n"
              + "BT /"
              + font.getName()
              + " 12 Tf 50 650 Td (After) Tj ET");
      page.setContents(stream);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      document.save(out);
      pdf = out.toByteArray();
    }
    try (PDDocument document = Loader.loadPDF(pdf)) {
      TextOnlyEngine engine = new TextOnlyEngine(new PositionedTextStripper(Long.MAX_VALUE));
      assertThrows(TextOnlyEngine.Unsupported.class, () -> engine.glyphs(document.getPage(0)));
    }
    List<PageText> pages = new PdfTextReader(ReadingLimits.defaults()).read(pdf);
    assertEquals("Before", pages.get(0).lines().get(0).text());
    assertEquals("After", pages.get(0).lines().get(1).text());
  }

  private static List<Glyph> assertSameGlyphs(byte[] pdf, String what) throws IOException {
    List<Glyph> all = new ArrayList<>();
    try (PDDocument document = Loader.loadPDF(pdf)) {
      PositionedTextStripper stripper = new PositionedTextStripper(Long.MAX_VALUE);
      TextOnlyEngine engine = new TextOnlyEngine(stripper);
      for (int number = 1; number <= document.getNumberOfPages(); number++) {
        List<Glyph> expected = stripper.glyphsOf(document, number);
        List<Glyph> actual = engine.glyphs(document.getPage(number - 1));
        assertEquals(expected, actual, what + " page " + number);
        all.addAll(actual);
      }
    }
    return all;
  }

  private static COSDictionary timesWithDifferences() {
    COSDictionary font = new COSDictionary();
    font.setItem(COSName.TYPE, COSName.FONT);
    font.setItem(COSName.SUBTYPE, COSName.TYPE1);
    font.setName(COSName.BASE_FONT, "Times-Roman");
    COSDictionary encoding = new COSDictionary();
    encoding.setItem(COSName.BASE_ENCODING, COSName.WIN_ANSI_ENCODING);
    COSArray differences = new COSArray();
    differences.add(COSInteger.get(97));
    differences.add(COSName.getPDFName("Euro"));
    differences.add(COSName.getPDFName("sterling"));
    encoding.setItem(COSName.DIFFERENCES, differences);
    font.setItem(COSName.ENCODING, encoding);
    // changed glyphs make it no longer a standard 14 font: its widths must be given
    font.setInt(COSName.FIRST_CHAR, 97);
    font.setInt(COSName.LAST_CHAR, 99);
    font.setItem(COSName.WIDTHS, numbers(500, 500, 444));
    return font;
  }

  private static COSArray numbers(float... values) {
    COSArray array = new COSArray();
    for (float value : values) {
      array.add(new COSFloat(value));
    }
    return array;
  }

  private static void write(PDStream stream, String content) throws IOException {
    try (OutputStream out = stream.createOutputStream()) {
      out.write(content.getBytes(StandardCharsets.ISO_8859_1));
    }
  }
}
