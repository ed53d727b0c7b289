package org.dpsupport.payroll.domain.model.employer;

import java.util.ArrayList;
import java.util.List;

/**
 * A UK postal address as GOV.UK's address pattern collects it: up to four lines (building and
 * street, a second line, town or city, county) and a postcode. Blank lines are dropped.
 */
public record PostalAddress(List<String> lines, String postcode) {

  public static final PostalAddress NONE = new PostalAddress(List.of(), null);

  public PostalAddress {
    List<String> kept = new ArrayList<>();
    if (lines != null) {
      for (String l : lines) {
        if (l != null && !l.isBlank()) {
          kept.add(l.strip());
        }
      }
    }
    lines = List.copyOf(kept);
    postcode =
        postcode == null || postcode.isBlank()
            ? null
            : postcode.strip().toUpperCase(java.util.Locale.ROOT);
  }

  public static PostalAddress of(String postcode, String... lines) {
    return new PostalAddress(java.util.Arrays.asList(lines), postcode);
  }

  public boolean isEmpty() {
    return lines.isEmpty() && postcode == null;
  }

  /** The lines and the postcode, in order. */
  public List<String> allLines() {
    List<String> all = new ArrayList<>(lines);
    if (postcode != null) {
      all.add(postcode);
    }
    return all;
  }

  /** "12 Elm Road, Dagenham, RM10 8AB"; "address not recorded" when there is none. */
  public String oneLine() {
    return isEmpty() ? "address not recorded" : String.join(", ", allLines());
  }
}
