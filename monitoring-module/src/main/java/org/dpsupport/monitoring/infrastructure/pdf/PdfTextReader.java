package org.dpsupport.monitoring.infrastructure.pdf;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.io.MemoryUsageSetting;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.dpsupport.monitoring.application.ReadingLimits;
import org.dpsupport.monitoring.domain.model.layout.PageText;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.statement.DocumentNotReadableException;
import org.dpsupport.monitoring.domain.model.statement.Refusal;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;

/**
 * Opens an uploaded PDF with Apache PDFBox within the reading limits and returns each page's
 * positioned text. Every way a file can fail (not a PDF, too big, locked, damaged, too many pages,
 * too slow, too deep, a decompression bomb, too many objects) becomes a {@link
 * DocumentNotReadableException} with the reason for the person; nothing escapes as a crash.
 */
public final class PdfTextReader {

  private static final Logger LOG = Logger.getLogger(PdfTextReader.class.getName());

  private final ReadingLimits limits;

  public PdfTextReader(ReadingLimits limits) {
    this.limits = limits;
  }

  /** Every page's text; pages without text are returned with no lines. */
  public List<PageText> read(byte[] pdf) throws DocumentNotReadableException {
    long deadline = System.nanoTime() + limits.maxTime().toNanos();
    checkBeforeOpening(pdf);
    try (PDDocument document = open(pdf)) {
      if (document.getDocument().getXrefTable().size() > limits.maxObjects()) {
        throw refuse(RefusalReason.TOO_COMPLEX);
      }
      new WorkBudget(limits.maxInflatedBytes(), deadline).measure(document.getDocument());
      int pages = document.getNumberOfPages();
      if (pages > limits.maxPages()) {
        throw refuse(RefusalReason.TOO_MANY_PAGES, limits.maxPages());
      }
      if (pages == 0) {
        throw refuse(RefusalReason.DAMAGED);
      }
      PositionedTextStripper stripper = new PositionedTextStripper(deadline);
      TextOnlyEngine engine = new TextOnlyEngine(stripper);
      List<PageText> result = new ArrayList<>(pages);
      for (int number = 1; number <= pages; number++) {
        PDPage page = document.getPage(number - 1);
        List<TextLine> lines = GlyphLines.lines(glyphs(engine, stripper, document, page, number));
        boolean images = lines.isEmpty() && hasImages(page);
        result.add(new PageText(number, lines, images));
      }
      return result;
    } catch (DocumentNotReadableException e) {
      throw e;
    } catch (PositionedTextStripper.ReadingTimedOutException | WorkBudget.OutOfTime e) {
      throw refuse(RefusalReason.TOO_SLOW);
    } catch (WorkBudget.TooMuchInflated e) {
      throw refuse(RefusalReason.TOO_COMPLEX);
    } catch (InvalidPasswordException e) {
      throw new DocumentNotReadableException(Refusal.of(RefusalReason.PASSWORD_PROTECTED), e);
    } catch (IOException | RuntimeException e) {
      // PDFBox reports damage as IOExceptions and, on hostile input, runtime exceptions
      LOG.log(Level.FINE, "damaged PDF", e);
      throw new DocumentNotReadableException(Refusal.of(RefusalReason.DAMAGED), e);
    } catch (StackOverflowError e) {
      // deeply nested objects: refuse the file, the thread's stack has unwound by now
      throw new DocumentNotReadableException(Refusal.of(RefusalReason.TOO_COMPLEX), e);
    }
  }

  /**
   * The page's glyphs from the text-only engine; a page it leaves to PDFBox (a font it does not
   * read, or anything it did not expect) is read again by PDFBox's own text engine, which decides
   * as before whether the page is damaged.
   */
  private static List<Glyph> glyphs(
      TextOnlyEngine engine,
      PositionedTextStripper stripper,
      PDDocument document,
      PDPage page,
      int number)
      throws IOException {
    try {
      return engine.glyphs(page);
    } catch (PositionedTextStripper.ReadingTimedOutException e) {
      throw e;
    } catch (IOException | RuntimeException e) {
      LOG.log(Level.FINE, "page left to PDFBox's text engine", e);
      return stripper.glyphsOf(document, number);
    }
  }

  private void checkBeforeOpening(byte[] pdf) throws DocumentNotReadableException {
    if (pdf == null || pdf.length == 0) {
      throw refuse(RefusalReason.EMPTY_FILE);
    }
    if (pdf.length > limits.maxBytes()) {
      throw refuse(RefusalReason.TOO_LARGE, limits.sizeForPeople());
    }
    // PDF 32000-1 7.5.2: the header %PDF-n.m; readers accept it within the first 1024 bytes
    String start = new String(pdf, 0, Math.min(pdf.length, 1024), StandardCharsets.ISO_8859_1);
    if (!start.contains("%PDF-")) {
      throw refuse(RefusalReason.NOT_A_PDF);
    }
  }

  private PDDocument open(byte[] pdf) throws IOException {
    return Loader.loadPDF(
        new RandomAccessReadBuffer(pdf),
        "",
        null,
        null,
        MemoryUsageSetting.setupMainMemoryOnly(limits.maxMemoryBytes()).streamCache);
  }

  private static boolean hasImages(PDPage page) {
    try {
      PDResources resources = page.getResources();
      if (resources == null) {
        return false;
      }
      for (COSName name : resources.getXObjectNames()) {
        if (resources.isImageXObject(name)) {
          return true;
        }
      }
      // a scan wrapped in a form XObject still counts as a picture
      return resources.getXObjectNames().iterator().hasNext();
    } catch (RuntimeException e) {
      return false;
    }
  }

  private static DocumentNotReadableException refuse(RefusalReason reason, Object... limits) {
    return new DocumentNotReadableException(Refusal.of(reason, limits));
  }
}
