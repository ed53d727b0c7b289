package org.dpsupport.monitoring.receipts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.stream.Stream;
import org.dpsupport.monitoring.application.ReceiptReader;
import org.dpsupport.monitoring.domain.model.receipt.Confidence;
import org.dpsupport.monitoring.domain.model.receipt.Receipt;
import org.dpsupport.monitoring.domain.model.receipt.ReceiptReading;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;
import org.dpsupport.monitoring.statements.Fixtures;
import org.dpsupport.testresources.statements.ReceiptSpec;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

@DisplayName("Receipts and invoices")
class ReceiptFixturesTest {

  private final ReceiptReader reader = new ReceiptReader();

  static Stream<String> receipts() {
    return Fixtures.receiptNames().stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receipts")
  @DisplayName("supplier, date, total and VAT (where shown) are what was printed")
  void readsWhatWasPrinted(String name) throws IOException {
    ReceiptSpec spec = spec(name);
    Receipt receipt = read("/fixtures/receipts/" + name + ".pdf");
    assertEquals(spec.expectedSupplier(), receipt.supplier().value());
    assertEquals(spec.expectedDate(), receipt.date().value().toString());
    assertEquals(spec.expectedTotal(), receipt.total().value().toPlainString());
    assertEquals(spec.expectedVat(), receipt.vat().map(v -> v.value().toPlainString()));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("receipts")
  @DisplayName("item lines are found above the totals and add up to the total before VAT")
  void itemLinesAddUp(String name) {
    Receipt receipt = read("/fixtures/receipts/" + name + ".pdf");
    assertEquals(Optional.of(true), receipt.linesAddUp(), receipt.lines().toString());
  }

  @Test
  @DisplayName("the mobility shop invoice's two items, not its address, date or VAT number")
  void itemLines() {
    Receipt receipt = read("/fixtures/receipts/mobility-shop-invoice-with-vat.pdf");
    assertEquals(
        java.util.List.of(
            new org.dpsupport.monitoring.domain.model.receipt.ReceiptLine(
                "Folding walking frame", org.dpsupport.kernel.Money.parse("52.50")),
            new org.dpsupport.monitoring.domain.model.receipt.ReceiptLine(
                "Shower stool", org.dpsupport.kernel.Money.parse("9.38"))),
        receipt.lines());
  }

  @Test
  @DisplayName(
      "VAT of £6.92 in a £41.50 total is 20% of the net (41.50 × 20 / 120 = 6.9166…), so HIGH")
  void vatCrossChecked() {
    Receipt receipt = read("/fixtures/receipts/garden-centre-receipt-with-vat.pdf");
    assertEquals(Confidence.HIGH, receipt.vat().orElseThrow().confidence());
    assertEquals(Confidence.HIGH, receipt.total().confidence());
  }

  @Test
  @DisplayName("a taxi receipt's date with no 'Date' label is only MEDIUM confidence")
  void unlabelledDate() {
    Receipt receipt = read("/fixtures/receipts/taxi-receipt-no-labels.pdf");
    assertEquals(Confidence.MEDIUM, receipt.date().confidence());
    assertEquals(Optional.empty(), receipt.vat());
  }

  @Test
  @DisplayName("a scanned receipt is kept and marked for an officer, saying it is a picture")
  void scannedGoesToOfficer() {
    ReceiptReading reading = reader.read(Fixtures.refusal("scanned-statement.pdf"));
    assertEquals(
        RefusalReason.SCANNED_PICTURE,
        assertInstanceOf(ReceiptReading.ForOfficer.class, reading).reason().reason());
  }

  @Test
  @DisplayName("a letter with no total is kept for an officer: 'We could not find the total'")
  void noTotalGoesToOfficer() {
    ReceiptReading reading = reader.read(Fixtures.refusal("council-letter.pdf"));
    ReceiptReading.ForOfficer officer = assertInstanceOf(ReceiptReading.ForOfficer.class, reading);
    assertEquals(RefusalReason.RECEIPT_UNCLEAR, officer.reason().reason());
    assertEquals(
        "We could not find the total on this receipt. It has been kept, and an officer"
            + " will read it.",
        officer.reason().message());
  }

  private Receipt read(String resource) {
    ReceiptReading reading = reader.read(Fixtures.bytes(resource));
    return assertInstanceOf(ReceiptReading.Read.class, reading, reading.toString()).receipt();
  }

  private static ReceiptSpec spec(String name) throws IOException {
    try (InputStream in =
        Fixtures.class.getResourceAsStream("/fixtures/receipts/" + name + ".receipt")) {
      return ReceiptSpec.read(name, new InputStreamReader(in, StandardCharsets.UTF_8));
    }
  }
}
