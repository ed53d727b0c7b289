package org.dpsupport.testresources.statements;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/** Draws a {@link ReceiptSpec} as a one-page receipt or invoice PDF. */
public final class ReceiptPdfWriter {

  private ReceiptPdfWriter() {}

  /** The receipt as PDF bytes. */
  public static byte[] write(ReceiptSpec spec) {
    PDFont font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    PDFont bold = new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD);
    try (PDDocument document = new PDDocument();
        ByteArrayOutputStream out = new ByteArrayOutputStream()) {
      PDPage page = new PDPage(PDRectangle.A4);
      document.addPage(page);
      try (PDPageContentStream cs = new PDPageContentStream(document, page)) {
        float y = 780;
        for (ReceiptSpec.Line line : spec.lines()) {
          switch (line.kind()) {
            case "title" -> {
              FixtureGenerator.line(cs, bold, 18, 60, y, line.text());
              y -= 26;
            }
            case "pair" -> {
              FixtureGenerator.line(cs, font, 10, 60, y, line.text());
              float w = font.getStringWidth(line.value()) / 1000 * 10;
              FixtureGenerator.line(cs, font, 10, 420 - w, y, line.value());
              y -= 14;
            }
            case "gap" -> y -= 14;
            default -> {
              FixtureGenerator.line(cs, font, 10, 60, y, line.text());
              y -= 14;
            }
          }
        }
      }
      FixtureGenerator.fixIdentifier(document, spec.name());
      document.save(out);
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
