package org.dpsupport.register.domain.model.profile;

import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * A PA's short profile in their own words, shown to budget holders. Kept short so it fits a result
 * card and reads well on a phone.
 */
public record ProfileText(String text) {
  /** Longest profile, in characters (about 100 words). */
  public static final int MAXIMUM_LENGTH = 600;

  public ProfileText {
    text = text == null ? "" : text.strip();
    if (text.length() > MAXIMUM_LENGTH) {
      throw new InvalidDetailException(
          "Your profile is "
              + text.length()
              + " characters long. Please shorten it to "
              + MAXIMUM_LENGTH
              + " characters or fewer (about 100 words).");
    }
  }

  public static ProfileText of(String text) {
    return new ProfileText(text);
  }

  public static ProfileText empty() {
    return new ProfileText("");
  }
}
