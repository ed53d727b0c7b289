package org.dpsupport.payroll.interfaces.file;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.kernel.Money;
import org.junit.jupiter.api.Test;

class RemittanceAdvicePdfTest {

  @Test
  void aTaggedAdviceWithEachInvoiceSettledAndWhatIsStillOwed() throws Exception {
    // £980.00 invoiced, £49.00 credit note taken off, £600.00 paid: £331.00 still owed
    RemittanceAdvicePdf.Advice advice =
        new RemittanceAdvicePdf.Advice(
            "Northgate Care Accounts",
            "Brightside Care",
            "180002",
            "0190",
            "Grace Adebayo",
            "DP-BDG-0141",
            LocalDate.of(2026, 12, 14),
            List.of(
                new RemittanceAdvicePdf.Line(
                    "BC-11",
                    LocalDate.of(2026, 11, 1),
                    LocalDate.of(2026, 11, 30),
                    Money.of("980.00"),
                    Money.of("49.00"),
                    Money.of("600.00"),
                    Money.of("331.00"))));
    assertEquals(Money.of("600.00"), advice.total());
    byte[] pdf = RemittanceAdvicePdf.pdf(advice);
    try (PDDocument doc = Loader.loadPDF(pdf)) {
      assertNotNull(doc.getDocumentCatalog().getStructureTreeRoot(), "tagged");
      assertEquals("en-GB", doc.getDocumentCatalog().getLanguage());
      assertEquals(
          "Remittance advice DP-BDG-0141 from Northgate Care Accounts to Brightside Care",
          doc.getDocumentInformation().getTitle());
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Sort code 18-00-02, account ending 0190"), text);
      assertTrue(text.contains("14 December 2026"), text);
      assertTrue(
          text.contains("BC-11 1 November 2026 to 30 November 2026 £980.00 £49.00 £600.00 £331.00"),
          text);
    }
  }
}
