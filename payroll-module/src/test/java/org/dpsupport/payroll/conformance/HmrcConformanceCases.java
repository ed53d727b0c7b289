package org.dpsupport.payroll.conformance;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * HMRC's published 2025-26 test data (test-resources), read as cases. Income tax cases sharing an
 * identifier prefix, with rising period numbers, are one employee's successive periods, so each
 * carries the tax due to date of the case before it as tax paid to date.
 */
public final class HmrcConformanceCases {

  public record TaxCase(
      String id,
      String taxYear,
      String payFrequency,
      int period,
      String taxCode,
      boolean week1Month1,
      BigDecimal grossPay,
      BigDecimal taxablePayToDate,
      BigDecimal taxPaidToDate,
      BigDecimal expectedTaxDueInPeriod,
      BigDecimal expectedTaxDueToDate) {}

  public record NiCase(
      String id,
      String taxYear,
      String payFrequency,
      int period,
      String niCategory,
      BigDecimal grossPay,
      BigDecimal expectedEmployeeNi,
      BigDecimal expectedEmployerNi,
      BigDecimal expectedAtLel,
      BigDecimal expectedLelToPt,
      BigDecimal expectedPtToUel) {}

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private HmrcConformanceCases() {}

  public static List<TaxCase> incomeTax() {
    List<TaxCase> cases = new ArrayList<>();
    String previousSeries = null;
    int previousPeriod = 0;
    BigDecimal previousDueToDate = BigDecimal.ZERO;
    for (JsonNode c : read("/conformance/hmrc-2025-26/income_tax.json")) {
      String id = c.get("TestIdentifier").asText();
      String series = id.substring(0, id.lastIndexOf('/'));
      int period = c.get("Period").asInt();
      boolean continues = series.equals(previousSeries) && period > previousPeriod;
      BigDecimal paid = continues ? previousDueToDate : BigDecimal.ZERO;
      BigDecimal dueToDate = c.get("TaxDueToDate").decimalValue();
      cases.add(
          new TaxCase(
              id,
              taxYear(c),
              c.get("PayFrequency").asText(),
              period,
              c.get("TaxCode").asText(),
              c.get("W1M1Flag").asBoolean(),
              c.get("GrossPay").decimalValue(),
              c.get("TaxablePayToDate").decimalValue(),
              paid,
              c.get("TaxDueInPeriod").decimalValue(),
              dueToDate));
      previousSeries = series;
      previousPeriod = period;
      previousDueToDate = dueToDate;
    }
    return cases;
  }

  public static List<NiCase> nationalInsurance() {
    List<NiCase> cases = new ArrayList<>();
    for (JsonNode c : read("/conformance/hmrc-2025-26/national_insurance.json")) {
      cases.add(
          new NiCase(
              c.get("TestIdentifier").asText(),
              taxYear(c),
              c.get("PayFrequency").asText(),
              c.get("Period").asInt(),
              c.get("NiCategory").asText(),
              c.get("GrossPay").decimalValue(),
              c.get("EmployeeNiContribution").decimalValue(),
              c.get("EmployerNiContribution").decimalValue(),
              c.get("EarningsAtLEL_YTD").decimalValue(),
              c.get("EarningsLELtoPT_YTD").decimalValue(),
              c.get("EarningsPTtoUEL_YTD").decimalValue()));
    }
    return cases;
  }

  /** "Apr5_2026" is the tax year ending 5 April 2026, i.e. 2025-26. */
  private static String taxYear(JsonNode c) {
    String ending = c.get("TaxYearEnding").asText();
    int endYear = Integer.parseInt(ending.substring(ending.length() - 4));
    return (endYear - 1) + "-" + String.format("%02d", endYear % 100);
  }

  private static JsonNode read(String resource) {
    try (InputStream in = HmrcConformanceCases.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException(
            resource + " is not on the test classpath (test-resources module)");
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
