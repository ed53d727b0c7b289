package org.dpsupport.register.domain.model.need;

import org.dpsupport.register.domain.model.InvalidDetailException;

/** The register's identifier for a need, e.g. "NEED-0042". */
public record NeedId(String value) implements Comparable<NeedId> {
  public NeedId {
    if (value == null || value.isBlank()) {
      throw new InvalidDetailException("A need needs an identifier.");
    }
    value = value.strip();
  }

  public static NeedId of(String value) {
    return new NeedId(value);
  }

  @Override
  public int compareTo(NeedId other) {
    return value.compareTo(other.value);
  }

  @Override
  public String toString() {
    return value;
  }
}
