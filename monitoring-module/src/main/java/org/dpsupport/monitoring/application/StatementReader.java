package org.dpsupport.monitoring.application;

import java.util.List;
import org.dpsupport.monitoring.domain.model.layout.PageText;
import org.dpsupport.monitoring.domain.model.statement.DocumentNotReadableException;
import org.dpsupport.monitoring.domain.model.statement.Refusal;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;
import org.dpsupport.monitoring.domain.model.statement.StatementReading;
import org.dpsupport.monitoring.domain.service.StatementLayoutParser;
import org.dpsupport.monitoring.infrastructure.pdf.PdfTextReader;

/**
 * Reads a bank statement PDF into a checked {@link
 * org.dpsupport.monitoring.domain.model.statement.Statement}, or refuses it with a plain-English
 * reason. Thread-safe; one instance can serve every upload.
 *
 * <pre>
 * StatementReading reading = new StatementReader().read(pdfBytes);
 * switch (reading) {
 *   case StatementReading.Read read -> ... read.statement() (check verified())
 *   case StatementReading.Refused refused -> ... refused.refusal().message()
 * }
 * </pre>
 */
public final class StatementReader {

  private final ReadingLimits limits;

  /** A reader with the default limits from {@code reading-limits.properties}. */
  public StatementReader() {
    this(ReadingLimits.defaults());
  }

  public StatementReader(ReadingLimits limits) {
    this.limits = limits;
  }

  /** Reads the statement in {@code pdf}; never throws for anything wrong with the file. */
  public StatementReading read(byte[] pdf) {
    try {
      List<PageText> pages = new PdfTextReader(limits).read(pdf);
      refuseWithoutText(pages);
      return new StatementReading.Read(new StatementLayoutParser().parse(pages));
    } catch (DocumentNotReadableException e) {
      return new StatementReading.Refused(e.refusal());
    } catch (OutOfMemoryError e) {
      // one hostile file must not take the service down; its objects are garbage by now
      return new StatementReading.Refused(Refusal.of(RefusalReason.TOO_COMPLEX));
    } catch (RuntimeException | StackOverflowError e) {
      return new StatementReading.Refused(Refusal.of(RefusalReason.DAMAGED));
    }
  }

  /** An image-only document has no text layer: a scan or a photograph of paper. */
  static void refuseWithoutText(List<PageText> pages) throws DocumentNotReadableException {
    if (pages.stream().noneMatch(PageText::hasText)) {
      boolean pictures = pages.stream().anyMatch(PageText::hasImages);
      throw new DocumentNotReadableException(
          Refusal.of(pictures ? RefusalReason.SCANNED_PICTURE : RefusalReason.BLANK));
    }
  }
}
