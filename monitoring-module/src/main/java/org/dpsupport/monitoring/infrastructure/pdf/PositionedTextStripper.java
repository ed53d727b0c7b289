package org.dpsupport.monitoring.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects a page's glyphs with their positions through PDFBox's own text engine, in the page's
 * reading direction (so a page turned by /Rotate reads as the person sees it). PDFTextStripper's
 * own page writing (sorting every glyph, bidi, paragraphs) is skipped: the layout reader needs
 * positions, not flowing text. This is the complete reader, used for any page the faster {@link
 * TextOnlyEngine} leaves to it (fonts it does not read, Type 3 fonts, vertical writing).
 */
final class PositionedTextStripper extends PDFTextStripper {

  private final long deadlineNanos;
  private final List<Glyph> glyphs = new ArrayList<>();

  PositionedTextStripper(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
  }

  /** The glyphs of one page, in content order. */
  List<Glyph> glyphsOf(org.apache.pdfbox.pdmodel.PDDocument document, int pageNumber)
      throws IOException {
    glyphs.clear();
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    getText(document);
    return new ArrayList<>(glyphs);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    checkDeadline();
    super.startPage(page);
  }

  @Override
  protected void processTextPosition(TextPosition position) {
    if ((glyphs.size() & 255) == 0) {
      checkDeadline();
    }
    String unicode = position.getUnicode();
    if (unicode == null || unicode.isEmpty()) {
      return;
    }
    float x = position.getXDirAdj();
    float y = position.getYDirAdj();
    float right = x + Math.max(0f, position.getWidthDirAdj());
    if (!Float.isFinite(x) || !Float.isFinite(y) || !Float.isFinite(right)) {
      return;
    }
    glyphs.add(new Glyph(unicode, x, right, y, Math.max(1f, position.getFontSizeInPt())));
  }

  @Override
  protected void writePage() {
    // words and lines are built from the glyphs by GlyphLines
  }

  void checkDeadline() {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new ReadingTimedOutException();
    }
  }

  /** Reading went past its time limit. */
  static final class ReadingTimedOutException extends RuntimeException {
    ReadingTimedOutException() {
      super("reading took longer than its limit", null, false, false);
    }
  }
}
