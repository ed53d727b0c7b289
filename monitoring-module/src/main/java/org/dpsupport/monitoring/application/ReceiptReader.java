package org.dpsupport.monitoring.application;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Properties;
import org.dpsupport.monitoring.domain.model.layout.PageText;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptReading;
import org.dpsupport.monitoring.domain.model.statement.DocumentNotReadableException;
import org.dpsupport.monitoring.domain.model.statement.Refusal;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;
import org.dpsupport.monitoring.domain.service.ReceiptFinder;
import org.dpsupport.monitoring.infrastructure.pdf.PdfTextReader;

/**
 * Reads a receipt or invoice PDF. A document it cannot read is never lost: the result says to keep
 * it for an officer, with the reason. Thread-safe.
 */
public final class ReceiptReader {

  private final ReadingLimits limits;
  private final ReceiptFinder finder;

  public ReceiptReader() {
    this(ReadingLimits.defaults());
  }

  public ReceiptReader(ReadingLimits limits) {
    this.limits = limits;
    this.finder = new ReceiptFinder(vatRates());
  }

  public ReceiptReading read(byte[] pdf) {
    try {
      List<PageText> pages = new PdfTextReader(limits).read(pdf);
      StatementReader.refuseWithoutText(pages);
      return finder.find(pages);
    } catch (DocumentNotReadableException e) {
      return new ReceiptReading.ForOfficer(e.refusal());
    } catch (OutOfMemoryError e) {
      return new ReceiptReading.ForOfficer(Refusal.of(RefusalReason.TOO_COMPLEX));
    } catch (RuntimeException | StackOverflowError e) {
      return new ReceiptReading.ForOfficer(Refusal.of(RefusalReason.DAMAGED));
    }
  }

  private static List<BigDecimal> vatRates() {
    Properties properties = new Properties();
    try (InputStream in = ReceiptReader.class.getResourceAsStream("/vat-rates.properties")) {
      properties.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Arrays.stream(properties.getProperty("rates").split(","))
        .map(String::strip)
        .map(BigDecimal::new)
        .toList();
  }
}
