package org.dpsupport.monitoring.infrastructure.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;

/** Groups a page's glyphs into lines by baseline and into words by spaces and gaps. */
final class GlyphLines {

  /** A gap wider than this many font sizes between two glyphs splits a word (a missing space). */
  private static final float WORD_GAP_EM = 0.2f;

  /**
   * Top to bottom, then left to right (the order comparingDouble gave, without its indirection).
   */
  private static final Comparator<Glyph> BY_Y_THEN_X =
      (a, b) -> {
        int y = Float.compare(a.y(), b.y());
        return y != 0 ? y : Float.compare(a.x(), b.x());
      };

  private static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x(), b.x());

  private GlyphLines() {}

  /**
   * Groups glyphs whose baselines are within a third of the font size into one line, left to right,
   * and splits each line into words at spaces and at gaps a space would fill. A glyph printed twice
   * on the same spot (bold faked by overprinting) counts once.
   */
  static List<TextLine> lines(List<Glyph> glyphs) {
    List<Glyph> sorted = new ArrayList<>(glyphs);
    sorted.sort(BY_Y_THEN_X);
    List<TextLine> lines = new ArrayList<>();
    List<Glyph> current = new ArrayList<>();
    float baseline = Float.NaN;
    for (Glyph glyph : sorted) {
      if (!current.isEmpty() && Math.abs(glyph.y() - baseline) > glyph.size() / 3) {
        line(current, baseline, lines);
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        baseline = glyph.y();
      }
      current.add(glyph);
    }
    if (!current.isEmpty()) {
      line(current, baseline, lines);
    }
    return lines;
  }

  private static void line(List<Glyph> glyphs, float baseline, List<TextLine> lines) {
    glyphs.sort(BY_X);
    List<Word> words = new ArrayList<>();
    StringBuilder text = new StringBuilder();
    Glyph first = null;
    Glyph previous = null;
    float right = 0;
    for (Glyph glyph : glyphs) {
      if (previous != null
          && glyph.text().equals(previous.text())
          && Math.abs(glyph.x() - previous.x()) < 0.1f * glyph.size()) {
        continue; // overprinted
      }
      boolean space = glyph.text().isBlank();
      boolean gap = previous != null && glyph.x() - previous.right() > WORD_GAP_EM * glyph.size();
      if ((space || gap) && first != null) {
        word(text, first, right, words);
        text.setLength(0);
        first = null;
      }
      previous = glyph;
      if (space) {
        continue;
      }
      if (first == null) {
        first = glyph;
        right = glyph.right();
      }
      text.append(glyph.text());
      right = Math.max(right, glyph.right());
    }
    if (first != null) {
      word(text, first, right, words);
    }
    if (!words.isEmpty()) {
      lines.add(new TextLine(words, baseline));
    }
  }

  private static void word(StringBuilder text, Glyph first, float right, List<Word> words) {
    String word = text.toString().strip();
    if (!word.isEmpty()) {
      words.add(new Word(word, first.x(), Math.max(first.x(), right), first.y(), first.size()));
    }
  }
}
