package org.dpsupport.register.domain.model.profile;

import java.util.Locale;
import org.dpsupport.register.domain.model.InvalidDetailException;

/**
 * A language a PA speaks besides English, e.g. "Punjabi", "Polish", "British Sign Language". Names
 * are kept in title case so "polish" and "Polish" are the same language.
 */
public record Language(String name) implements Comparable<Language> {
  public Language {
    if (name == null || name.isBlank()) {
      throw new InvalidDetailException("Please enter the name of the language.");
    }
    String stripped = name.strip().replaceAll("\\s+", " ");
    if (stripped.length() > 40 || !stripped.matches("[\\p{L} '()-]+")) {
      throw new InvalidDetailException(
          "'"
              + stripped
              + "' does not look like the name of a language. Please write it in words, for example Punjabi.");
    }
    name = titleCase(stripped);
  }

  public static Language of(String name) {
    return new Language(name);
  }

  private static String titleCase(String text) {
    StringBuilder out = new StringBuilder(text.length());
    boolean startOfWord = true;
    for (char c : text.toLowerCase(Locale.UK).toCharArray()) {
      out.append(startOfWord ? Character.toUpperCase(c) : c);
      startOfWord = c == ' ' || c == '-' || c == '(';
    }
    return out.toString();
  }

  @Override
  public int compareTo(Language other) {
    return name.compareTo(other.name);
  }

  @Override
  public String toString() {
    return name;
  }
}
