package org.dpsupport.payroll.domain.model.bank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Vocalink's modulus weight table in file order (a sort code with two checks has two rows, the
 * first to run first) and the sorting code substitution table (original to substitute).
 *
 * <p>The module ships Vocalink's two text files on the classpath ({@code vocalink/valacdos.txt} and
 * {@code vocalink/scsubtab.txt}; see the README there for the version and where they came from):
 * {@link #standard()} reads them. Newer tables replace those files, or are read from elsewhere with
 * {@link #read(Reader, Reader, String)}.
 */
public final class ModulusTable {

  public static final String WEIGHTS = "vocalink/valacdos.txt";
  public static final String SUBSTITUTIONS = "vocalink/scsubtab.txt";

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

  /** The tables shipped in this module. */
  public static ModulusTable standard() {
    ClassLoader loader = ModulusTable.class.getClassLoader();
    try (Reader weights = open(loader, WEIGHTS);
        Reader substitutions = open(loader, SUBSTITUTIONS)) {
      return read(weights, substitutions, WEIGHTS + ", " + SUBSTITUTIONS);
    } catch (IOException e) {
      throw new UncheckedIOException("Vocalink's tables could not be read: " + e.getMessage(), e);
    }
  }

  /**
   * Reads Vocalink's text formats: the weight table (section 2.3.2 of the specification) and the
   * substitution table (two sort codes a line).
   *
   * @throws IllegalStateException naming the line that is not in the format
   */
  public static ModulusTable read(Reader weights, Reader substitutions, String source)
      throws IOException {
    List<ModulusWeight> rows = new ArrayList<>();
    List<String> lines = new BufferedReader(weights).lines().toList();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      try {
        rows.add(ModulusWeight.parse(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "Line "
                + (n + 1)
                + " of the modulus weight table is not in Vocalink's format: "
                + e.getMessage(),
            e);
      }
    }
    Map<String, String> subs = new LinkedHashMap<>();
    lines = new BufferedReader(substitutions).lines().toList();
    for (int n = 0; n < lines.size(); n++) {
      String line = lines.get(n);
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      if (f.length != 2 || !f[0].matches("[0-9]{6}") || !f[1].matches("[0-9]{6}")) {
        throw new IllegalStateException(
            "Line "
                + (n + 1)
                + " of the sorting code substitution table is not two sort codes: "
                + line);
      }
      subs.put(f[0], f[1]);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("The modulus weight table " + source + " is empty.");
    }
    return new ModulusTable(rows, subs, source);
  }

  private static Reader open(ClassLoader loader, String resource) {
    InputStream in = loader.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "The payroll data file " + resource + " is missing from the classpath.");
    }
    return new InputStreamReader(in, StandardCharsets.US_ASCII);
  }
}
