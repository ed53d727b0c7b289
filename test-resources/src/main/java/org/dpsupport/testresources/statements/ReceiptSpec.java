package org.dpsupport.testresources.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A fixture receipt or invoice as data: the lines to print and what a reader should find.
 *
 * <p>File format: {@code title: text} (large bold line), {@code line: text}, {@code pair: label |
 * value} (value right-aligned), {@code gap:} (blank line), and {@code expect-supplier}, {@code
 * expect-date} (ISO), {@code expect-total}, {@code expect-vat} (absent when none).
 */
public record ReceiptSpec(String name, List<Line> lines, Map<String, String> expected) {

  /** One printed line. */
  public record Line(String kind, String text, String value) {}

  public String expectedSupplier() {
    return expected.get("expect-supplier");
  }

  public String expectedDate() {
    return expected.get("expect-date");
  }

  public String expectedTotal() {
    return expected.get("expect-total");
  }

  public Optional<String> expectedVat() {
    return Optional.ofNullable(expected.get("expect-vat"));
  }

  /** Reads a spec from its data file. */
  public static ReceiptSpec read(String name, Reader source) throws IOException {
    List<Line> lines = new ArrayList<>();
    Map<String, String> expected = new LinkedHashMap<>();
    try (BufferedReader in = new BufferedReader(source)) {
      String raw;
      while ((raw = in.readLine()) != null) {
        String text = raw.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        int colon = text.indexOf(':');
        String key = text.substring(0, colon).strip();
        String value = text.substring(colon + 1).strip();
        if (key.startsWith("expect-")) {
          expected.put(key, value);
        } else if (key.equals("pair")) {
          String[] parts = value.split("\\|", 2);
          lines.add(new Line(key, parts[0].strip(), parts[1].strip()));
        } else {
          lines.add(new Line(key, value, ""));
        }
      }
    }
    return new ReceiptSpec(name, List.copyOf(lines), Map.copyOf(expected));
  }
}
