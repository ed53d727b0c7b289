package org.dpsupport.server.it.payroll;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.dpsupport.server.demo.DemoUsers;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.WebArchive;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The invoice as a document, the employer's and the agency's addresses and VAT setting, and a
 * starter's previous employment, on the demo bureau.
 */
@ExtendWith(ArquillianExtension.class)
class PayrollDocumentsIT {

  @Deployment(testable = false)
  static WebArchive deployment() {
    return PayrollApi.realWar();
  }

  @Test
  @DisplayName(
      "A finalised run's invoice PDF and CSV: agency and employer addresses, each PA, VAT at 20% on the fee, how to pay")
  void finalisedInvoice() throws Exception {
    long okafor = PayrollApi.accountId("DP-BDG-0001");
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    long october = -1;
    for (JsonNode run : agency.json("/payroll/employers/" + okafor + "/runs")) {
      if (run.get("periodStart").asText().equals("2026-10-01")) {
        october = run.get("id").asLong();
      }
    }
    HttpResponse<byte[]> pdf = agency.bytes("/payroll/runs/" + october + "/invoice.pdf");
    assertEquals(200, pdf.statusCode());
    assertEquals("application/pdf", pdf.headers().firstValue("Content-Type").orElse(""));
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertTrue(doc.getDocumentCatalog().getMarkInfo().isMarked(), "a tagged PDF");
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("Invoice DPS-"), text);
      assertTrue(
          text.contains("Eastbrook Payroll Services, Unit 4, Riverside Court, Barking, IG11 7BT"),
          text);
      assertTrue(text.contains("Direct payment account DP-BDG-0001"), text);
      assertTrue(text.contains("Priya Shah"), text);
      assertTrue(text.contains("standard-rated for VAT at 20% (VAT registration number"), text);
      assertTrue(text.contains("quoting invoice number DPS-"), text);
      assertFalse(text.contains("DRAFT"), text);
    }
    HttpResponse<String> csv = agency.get("/payroll/runs/" + october + "/invoice.csv");
    assertEquals(200, csv.statusCode());
    assertTrue(csv.body().startsWith("InvoiceNumber,InvoiceDate,Status,Line"), csv.body());
    assertTrue(csv.body().contains(",FINAL,TOTAL,,Total,"), csv.body());
    // the budget holder may have their own invoice; another holder may not
    assertEquals(
        200,
        new PayrollApi(DemoUsers.HOLDER.username())
            .bytes("/payroll/runs/" + october + "/invoice.pdf")
            .statusCode());
    assertEquals(
        403,
        // newholder@ holds no account
        new PayrollApi("newholder@demo.dpsupport.org")
            .bytes("/payroll/runs/" + october + "/invoice.pdf")
            .statusCode());
  }

  @Test
  @DisplayName(
      "A draft run's invoice says DRAFT on every page; the employer's address is checked, set, audited and printed")
  void draftInvoiceAndEmployerAddress() throws Exception {
    long account = PayrollApi.accountId("DP-BDG-0213");
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    HttpResponseCheck.badRequest(
        agency.put(
            "/payroll/employers/" + account + "/address",
            Map.of("line1", "7 Mill Lane", "town", "Barking", "postcode", "NOT A POSTCODE")),
        "real postcode");
    HttpResponseCheck.badRequest(
        agency.put(
            "/payroll/employers/" + account + "/address",
            Map.of("line1", "7 Mill Lane", "postcode", "IG11 7QP")),
        "town or city");
    JsonNode set =
        JsonNodeOf.of(
            agency.put(
                "/payroll/employers/" + account + "/address",
                Map.of("line1", "7 Mill Lane", "town", "Barking", "postcode", "ig117qp")));
    assertEquals("IG11 7QP", set.get("postcode").asText());
    assertEquals(
        "7 Mill Lane",
        agency.json("/payroll/employers/" + account).get("address").get("line1").asText());

    // something to pay: the employer approves a timesheet for February (no run is made without)
    PayrollApi employer = new PayrollApi("employer13@demo.dpsupport.org");
    long employment =
        agency
            .json("/payroll/employers/" + account + "/employees")
            .get(0)
            .get("employmentId")
            .asLong();
    long sheet =
        employer
            .send(
                "/payroll/timesheets",
                Map.of(
                    "employmentId",
                    employment,
                    "periodStart",
                    "2027-02-01",
                    "periodEnd",
                    "2027-02-28",
                    "shifts",
                    java.util.List.of(
                        Map.of(
                            "start", "2027-02-01T09:00",
                            "end", "2027-02-01T13:00",
                            "rateType", "DAY"))))
            .get("id")
            .asLong();
    employer.send("/payroll/timesheets/" + sheet + "/approve", Map.of());
    long run =
        agency
            .send("/payroll/employers/" + account + "/runs", Map.of("month", "2027-02"))
            .get("id")
            .asLong();
    HttpResponse<byte[]> pdf = agency.bytes("/payroll/runs/" + run + "/invoice.pdf");
    assertEquals(200, pdf.statusCode());
    try (PDDocument doc = Loader.loadPDF(pdf.body())) {
      assertTrue(doc.getDocumentInformation().getTitle().startsWith("DRAFT: Invoice"));
      for (int p = 1; p <= doc.getNumberOfPages(); p++) {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(p);
        s.setEndPage(p);
        assertTrue(s.getText(doc).contains("DRAFT"), "page " + p);
      }
      String text = new PDFTextStripper().getText(doc);
      assertTrue(text.contains("7 Mill Lane, Barking, IG11 7QP"), text);
    }
  }

  @Test
  @DisplayName(
      "The agency's own details: shown to its staff, changed only with a reason, VAT number checked")
  void agencyDetails() throws Exception {
    PayrollApi eastbrook = new PayrollApi(DemoUsers.PAYROLL.username());
    JsonNode a = eastbrook.json("/payroll/agency");
    assertEquals("Eastbrook Payroll Services", a.get("name").asText());
    assertTrue(a.get("vatRegistered").asBoolean());
    assertEquals("IG11 7BT", a.get("address").get("postcode").asText());
    HttpResponseCheck.badRequest(
        eastbrook.put("/payroll/agency", Map.of("vatNumber", "GB123456782")), "Say why");
    HttpResponseCheck.badRequest(
        eastbrook.put("/payroll/agency", Map.of("vatNumber", "12AB", "reason", "new certificate")),
        "VAT registration number");
    JsonNode riverside = new PayrollApi("payroll2@demo.dpsupport.org").json("/payroll/agency");
    assertEquals("Riverside Payroll Bureau", riverside.get("name").asText());
    assertFalse(riverside.get("vatRegistered").asBoolean());
    assertEquals(
        403, new PayrollApi(DemoUsers.HOLDER.username()).get("/payroll/agency").statusCode());
  }

  @Test
  @DisplayName(
      "A starter's P45 figures from an earlier employment: refused without a reason, kept with one")
  void previousEmployment() throws Exception {
    long account = PayrollApi.accountId("DP-BDG-0213");
    PayrollApi agency = new PayrollApi(DemoUsers.PAYROLL.username());
    long employment =
        agency
            .json("/payroll/employers/" + account + "/employees")
            .get(0)
            .get("employmentId")
            .asLong();
    HttpResponseCheck.badRequest(
        agency.put(
            "/payroll/employments/" + employment + "/previous-employment",
            Map.of("taxYear", "2026-27", "pay", "4200.00", "tax", "310.40")),
        "Say where");
    JsonNode kept =
        JsonNodeOf.of(
            agency.put(
                "/payroll/employments/" + employment + "/previous-employment",
                Map.of(
                    "taxYear",
                    "2026-27",
                    "pay",
                    "4200.00",
                    "tax",
                    "310.40",
                    "reason",
                    "P45 from Care Co, left 30 June")));
    assertEquals(0, new java.math.BigDecimal("4200.00").compareTo(kept.get("pay").decimalValue()));
    assertEquals("2026-27", kept.get("taxYear").asText());
  }

  /** A 2xx answer's JSON body. */
  private static final class JsonNodeOf {
    static JsonNode of(HttpResponse<String> r) throws Exception {
      assertEquals(2, r.statusCode() / 100, r.body());
      return PayrollApi.JSON.readTree(r.body());
    }
  }
}
