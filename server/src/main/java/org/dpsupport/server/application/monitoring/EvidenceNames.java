package org.dpsupport.server.application.monitoring;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Whether the account holder's name printed on a statement is the direct payment's recipient:
 * titles and punctuation aside, the surname must be there, and a first name or initial printed must
 * fit the recipient's ("MR D HUGHES" and "David Hughes" agree; "Mrs Sarah O'Neill" and "David
 * Hughes" do not). Joint accounts print both names; one of them agreeing is enough.
 */
final class EvidenceNames {

  private static final Set<String> TITLES =
      Set.of("MR", "MRS", "MS", "MISS", "MX", "DR", "PROF", "SIR", "DAME", "REV", "AND", "THE");

  private EvidenceNames() {}

  static boolean sameHolder(String printed, String recipient) {
    List<String> p = words(printed);
    List<String> r = words(recipient);
    if (p.isEmpty() || r.isEmpty()) {
      return true; // nothing to compare: the officer sees the statement
    }
    String surname = r.get(r.size() - 1);
    if (!p.contains(surname)) {
      return false;
    }
    List<String> others = new ArrayList<>(p);
    others.removeIf(w -> w.equals(surname));
    if (others.isEmpty() || r.size() == 1) {
      return true;
    }
    String first = r.get(0);
    return others.stream()
        .anyMatch(w -> w.equals(first) || (w.length() == 1 && first.startsWith(w)));
  }

  private static List<String> words(String name) {
    List<String> out = new ArrayList<>();
    if (name == null) {
      return out;
    }
    for (String w :
        name.toUpperCase(Locale.UK).replace("'", "").replaceAll("[^A-Z]+", " ").trim().split(" ")) {
      if (!w.isEmpty() && !TITLES.contains(w)) {
        out.add(w);
      }
    }
    return out;
  }
}
