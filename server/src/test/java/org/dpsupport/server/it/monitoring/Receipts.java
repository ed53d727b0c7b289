package org.dpsupport.server.it.monitoring;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.dpsupport.testresources.statements.ReceiptPdfWriter;
import org.dpsupport.testresources.statements.ReceiptSpec;

/**
 * Receipt and invoice PDFs dated inside a test's return period, made by the ingestion fixtures'
 * generator in the layouts of the {@code care-agency-invoice-no-vat} and {@code
 * taxi-receipt-no-labels} fixtures.
 */
final class Receipts {

  private static final DateTimeFormatter LONG =
      DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
  private static final DateTimeFormatter SHORT =
      DateTimeFormatter.ofPattern("dd/MM/yyyy", Locale.UK);

  private Receipts() {}

  /** A care agency's invoice, exempt from VAT. */
  static byte[] careInvoice(String supplier, LocalDate date, String total) {
    return pdf(
        "invoice-" + date,
        """
                title: %1$s
                line: Unit 4, Riverside Business Park, Romford RM1 3ER
                line: Invoice to: Mr David Hughes, 14 Orchard Close, Romford RM7 8QT
                gap:
                pair: Invoice number | INV-%2$s
                pair: Invoice date | %3$s
                gap:
                pair: Personal care visits | %4$s
                gap:
                pair: Total due | £%4$s
                line: Care services are exempt from VAT.
                """
            .formatted(supplier, date.getDayOfYear(), LONG.format(date), total));
  }

  /** A taxi's receipt: no "Date" label and no VAT. */
  static byte[] taxiReceipt(String cab, LocalDate date, String fare) {
    return pdf(
        "taxi-" + date,
        """
                title: %1$s
                line: Licensed Hackney Carriage 214
                line: %2$s 14:32
                line: From: Market Place  To: Queen's Hospital
                gap:
                pair: Fare | £%3$s
                pair: Total | £%3$s
                line: Driver not VAT registered
                """
            .formatted(cab, SHORT.format(date), fare));
  }

  private static byte[] pdf(String name, String spec) {
    try {
      return ReceiptPdfWriter.write(ReceiptSpec.read(name, new StringReader(spec)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
