package org.dpsupport.register.domain.model.introduction;

import org.dpsupport.register.domain.model.InvalidDetailException;

/** The register's identifier for an introduction between a PA and a need. */
public record IntroductionId(String value) {
  public IntroductionId {
    if (value == null || value.isBlank()) {
      throw new InvalidDetailException("An introduction needs an identifier.");
    }
    value = value.strip();
  }

  public static IntroductionId of(String value) {
    return new IntroductionId(value);
  }

  @Override
  public String toString() {
    return value;
  }
}
