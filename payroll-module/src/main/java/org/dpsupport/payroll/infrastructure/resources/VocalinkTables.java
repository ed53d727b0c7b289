package org.dpsupport.payroll.infrastructure.resources;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.dpsupport.payroll.domain.model.bank.ModulusTable;

/**
 * Vocalink's modulus-checking text files from disk, e.g. a newer release than the one this module
 * ships ({@link ModulusTable#standard()}): the weight table (VALACDOS) and the sorting code
 * substitution table (SCSUBTAB).
 */
public final class VocalinkTables {

  private VocalinkTables() {}

  /** The tables shipped in this module. */
  public static ModulusTable standard() {
    return ModulusTable.standard();
  }

  /** Tables from files on disk. */
  public static ModulusTable load(Path weights, Path substitutions) {
    try (Reader w = Files.newBufferedReader(weights, StandardCharsets.US_ASCII);
        Reader s = Files.newBufferedReader(substitutions, StandardCharsets.US_ASCII)) {
      return ModulusTable.read(w, s, weights + ", " + substitutions);
    } catch (IOException e) {
      throw new UncheckedIOException("Vocalink's tables could not be read: " + e.getMessage(), e);
    }
  }
}
