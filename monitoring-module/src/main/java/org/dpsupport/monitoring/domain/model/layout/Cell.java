package org.dpsupport.monitoring.domain.model.layout;

import java.util.List;

/**
 * Words on one line close enough together to be read as one phrase, such as a column heading "Paid
 * out" or a description; a wide gap starts the next cell.
 */
public record Cell(List<Word> words) {

  public Cell {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a cell has words");
    }
  }

  public String text() {
    StringBuilder text = new StringBuilder();
    for (Word word : words) {
      if (text.length() > 0) {
        text.append(' ');
      }
      text.append(word.text());
    }
    return text.toString();
  }

  public float x() {
    return words.get(0).x();
  }

  public float right() {
    return words.get(words.size() - 1).right();
  }
}
