package org.dpsupport.register.domain.model.profile;

import org.dpsupport.register.domain.model.InvalidDetailException;

/** The register's identifier for a personal assistant's profile, e.g. "PA-000123". */
public record PaId(String value) implements Comparable<PaId> {
  public PaId {
    if (value == null || value.isBlank()) {
      throw new InvalidDetailException("A PA profile needs an identifier.");
    }
    value = value.strip();
  }

  public static PaId of(String value) {
    return new PaId(value);
  }

  @Override
  public int compareTo(PaId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
