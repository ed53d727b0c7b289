package org.dpsupport.server.interfaces.web.monitoring;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import org.dpsupport.kernel.Money;

/**
 * A horizontal bar chart drawn on the server as SVG (no JavaScript): one bar per entry, labelled,
 * scaled to the largest value. It is an image with a title; the page puts a table of the same
 * figures beside it for screen readers, so the SVG itself is hidden from them.
 */
final class SvgBarChart {

  private static final int WIDTH = 440;
  private static final int LABEL = 190;
  private static final int ROW = 28;
  private static final int BAR = 18;

  private SvgBarChart() {}

  /**
   * The chart's markup; {@code money} writes values as pounds. Labels and the title are escaped.
   */
  static String of(String title, Map<String, ? extends Number> values, boolean money) {
    double max =
        values.values().stream().mapToDouble(v -> Math.abs(v.doubleValue())).max().orElse(0);
    int height = Math.max(1, values.size()) * ROW + 8;
    StringBuilder svg = new StringBuilder();
    svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"dps-chart\" viewBox=\"0 0 ")
        .append(WIDTH)
        .append(' ')
        .append(height)
        .append("\" width=\"100%\" aria-hidden=\"true\" focusable=\"false\"")
        .append(" preserveAspectRatio=\"xMinYMin meet\"><title>")
        .append(escape(title))
        .append("</title>");
    int y = 4;
    for (Map.Entry<String, ? extends Number> e : values.entrySet()) {
      double v = Math.abs(e.getValue().doubleValue());
      int bar = max == 0 ? 0 : (int) Math.round((WIDTH - LABEL - 90) * v / max);
      svg.append("<text x=\"0\" y=\"")
          .append(y + 14)
          .append("\" font-family=\"Arial, sans-serif\" font-size=\"14\" fill=\"#0b0c0c\">")
          .append(escape(shorten(e.getKey())))
          .append("</text><rect x=\"")
          .append(LABEL)
          .append("\" y=\"")
          .append(y)
          .append("\" width=\"")
          .append(Math.max(bar, 1))
          .append("\" height=\"")
          .append(BAR)
          .append("\" fill=\"#1d70b8\"/><text x=\"")
          .append(LABEL + Math.max(bar, 1) + 6)
          .append("\" y=\"")
          .append(y + 14)
          .append("\" font-family=\"Arial, sans-serif\" font-size=\"14\" fill=\"#0b0c0c\">")
          .append(escape(format(e.getValue(), money)))
          .append("</text>");
      y += ROW;
    }
    return svg.append("</svg>").toString();
  }

  static String format(Number n, boolean money) {
    if (money) {
      BigDecimal b = n instanceof BigDecimal d ? d : BigDecimal.valueOf(n.doubleValue());
      return Money.format(b);
    }
    return String.format(Locale.UK, "%,d", n.longValue());
  }

  private static String shorten(String label) {
    return label.length() > 25 ? label.substring(0, 24) + "…" : label;
  }

  static String escape(String s) {
    return s.replace("&", "&amp;")
        .replace("<", "&lt;")
        .replace(">", "&gt;")
        .replace("\"", "&quot;");
  }
}
