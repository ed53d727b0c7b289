package org.dpsupport.payroll.domain.model.bank;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Vocalink's modulus weight table in file order (a sort code with two checks has two rows, the
 * first to run first) and the sorting code substitution table (original to substitute).
 */
public final class ModulusTable {

  private final List<ModulusWeight> rows;
  private final Map<String, String> substitutions;
  private final String version;

  public ModulusTable(List<ModulusWeight> rows, Map<String, String> substitutions, String version) {
    this.rows = List.copyOf(rows);
    this.substitutions = Map.copyOf(substitutions);
    this.version = version;
  }

  /** The rows for a sort code, in table order: none, one or two. */
  public List<ModulusWeight> rowsFor(String sortCode) {
    int code = Integer.parseInt(sortCode);
    List<ModulusWeight> found = new ArrayList<>(2);
    for (ModulusWeight w : rows) {
      if (w.covers(code)) {
        found.add(w);
      }
    }
    return found;
  }

  /** The sort code to use in the arithmetic for exception 5 (itself when not substituted). */
  public String substituteFor(String sortCode) {
    return substitutions.getOrDefault(sortCode, sortCode);
  }

  public int size() {
    return rows.size();
  }

  /** Where the table came from, e.g. the file names, for messages and logs. */
  public String version() {
    return version;
  }
}
