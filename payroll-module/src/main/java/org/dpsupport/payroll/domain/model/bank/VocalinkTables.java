package org.dpsupport.payroll.domain.model.bank;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Loads Vocalink's two modulus-checking text files: the weight table ({@code valacdos.txt}) and the
 * sorting code substitution table ({@code scsubtab.txt}). The module ships them in {@code
 * vocalink/} on the classpath (see the README there for the version and where they came from);
 * newer tables replace those files, or are loaded from disk with {@link #load(Path, Path)}.
 */
public final class VocalinkTables {

  public static final String WEIGHTS = "vocalink/valacdos.txt";
  public static final String SUBSTITUTIONS = "vocalink/scsubtab.txt";

  private VocalinkTables() {}

  /** The tables shipped in this module. */
  public static ModulusTable standard() {
    ClassLoader loader = VocalinkTables.class.getClassLoader();
    try (Reader weights = open(loader, WEIGHTS);
        Reader substitutions = open(loader, SUBSTITUTIONS)) {
      return read(weights, substitutions, WEIGHTS + ", " + SUBSTITUTIONS);
    } catch (IOException e) {
      throw new UncheckedIOException("Vocalink's tables could not be read: " + e.getMessage(), e);
    }
  }

  /** Tables from files on disk, e.g. a newer release from Vocalink. */
  public static ModulusTable load(Path weights, Path substitutions) {
    try (Reader w = Files.newBufferedReader(weights, StandardCharsets.US_ASCII);
        Reader s = Files.newBufferedReader(substitutions, StandardCharsets.US_ASCII)) {
      return read(w, s, weights + ", " + substitutions);
    } catch (IOException e) {
      throw new UncheckedIOException("Vocalink's tables could not be read: " + e.getMessage(), e);
    }
  }

  static ModulusTable read(Reader weights, Reader substitutions, String source) throws IOException {
    List<ModulusWeight> rows = new ArrayList<>();
    int n = 0;
    for (String line : lines(weights)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      try {
        rows.add(ModulusWeight.parse(line));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "Line "
                + n
                + " of the modulus weight table is not in Vocalink's format: "
                + e.getMessage(),
            e);
      }
    }
    Map<String, String> subs = new LinkedHashMap<>();
    n = 0;
    for (String line : lines(substitutions)) {
      n++;
      if (line.isBlank()) {
        continue;
      }
      String[] f = line.trim().split("\\s+");
      if (f.length != 2 || !f[0].matches("[0-9]{6}") || !f[1].matches("[0-9]{6}")) {
        throw new IllegalStateException(
            "Line " + n + " of the sorting code substitution table is not two sort codes: " + line);
      }
      subs.put(f[0], f[1]);
    }
    if (rows.isEmpty()) {
      throw new IllegalStateException("The modulus weight table " + source + " is empty.");
    }
    return new ModulusTable(rows, subs, source);
  }

  private static List<String> lines(Reader r) throws IOException {
    return new BufferedReader(r).lines().toList();
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
