package org.dpsupport.register.domain.model.people;

import java.util.List;
import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * A postal address, kept so a PA who is hired can be set up in payroll.
 *
 * @param lines street lines, first line first (at least one)
 * @param town post town
 * @param postcode full postcode, e.g. "RM10 8AB"
 */
public record PostalAddress(List<String> lines, String town, String postcode) {
  public PostalAddress {
    lines =
        lines == null
            ? List.of()
            : lines.stream().filter(l -> l != null && !l.isBlank()).map(String::strip).toList();
    if (lines.isEmpty()) {
      throw new InvalidDetailException("Please enter the first line of the address.");
    }
    if (town == null || town.isBlank()) {
      throw new InvalidDetailException("Please enter the town of the address.");
    }
    if (postcode == null || postcode.isBlank()) {
      throw new InvalidDetailException("Please enter the postcode of the address.");
    }
    town = town.strip();
    postcode = postcode.strip().toUpperCase(java.util.Locale.UK);
  }

  @Override
  public String toString() {
    return "PostalAddress[hidden]";
  }
}
