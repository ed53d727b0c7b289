package org.dpsupport.monitoring.domain.model.layout;

import java.util.ArrayList;
import java.util.List;

/** The words printed on one baseline, left to right. */
public record TextLine(List<Word> words, float y) {

  /** A gap wider than this many font sizes separates cells (two spaces or more in most fonts). */
  private static final float CELL_GAP_EM = 0.75f;

  public TextLine {
    words = List.copyOf(words);
    if (words.isEmpty()) {
      throw new IllegalArgumentException("a line has words");
    }
  }

  /** The line's words as one string, single-spaced. */
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

  public float fontSize() {
    return words.get(0).fontSize();
  }

  /** The words grouped into cells by the gaps between them. */
  public List<Cell> cells() {
    List<Cell> cells = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    for (Word word : words) {
      if (!current.isEmpty()) {
        Word previous = current.get(current.size() - 1);
        float gap = word.x() - previous.right();
        if (gap > CELL_GAP_EM * Math.max(previous.fontSize(), word.fontSize())) {
          cells.add(new Cell(current));
          current = new ArrayList<>();
        }
      }
      current.add(word);
    }
    cells.add(new Cell(current));
    return cells;
  }
}
