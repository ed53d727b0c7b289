package org.dpsupport.server.interfaces.web.monitoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class SvgBarChartTest {

  @Test
  void barsAreScaledToTheLargestValueAndLabelled() {
    Map<String, Long> values = new LinkedHashMap<>();
    values.put("Flagged", 10L);
    values.put("Overdue", 5L);
    String svg = SvgBarChart.of("Returns by state", values, false);
    Matcher widths = Pattern.compile("<rect [^>]*width=\"(\\d+)\"").matcher(svg);
    assertTrue(widths.find());
    int first = Integer.parseInt(widths.group(1));
    assertTrue(widths.find());
    int second = Integer.parseInt(widths.group(1));
    assertEquals(first / 2, second, 1);
    assertTrue(svg.contains("<title>Returns by state</title>"));
    assertTrue(svg.contains(">Flagged</text>"));
    assertTrue(svg.contains("aria-hidden=\"true\""), "the table beside it is what is read out");
  }

  @Test
  void moneyAndMarkupInLabels() {
    Map<String, BigDecimal> values = new LinkedHashMap<>();
    values.put("<script>alert(1)</script>", new BigDecimal("1234.5"));
    String svg = SvgBarChart.of("Spending & more", values, true);
    assertFalse(svg.contains("<script>"));
    assertTrue(svg.contains("&lt;script&gt;"));
    assertTrue(svg.contains("£1,234.50"));
    assertTrue(svg.contains("<title>Spending &amp; more</title>"));
  }

  @Test
  void noValuesStillDrawsAnEmptyChart() {
    String svg = SvgBarChart.of("Nothing", Map.of(), false);
    assertTrue(svg.startsWith("<svg") && svg.endsWith("</svg>"));
  }
}
