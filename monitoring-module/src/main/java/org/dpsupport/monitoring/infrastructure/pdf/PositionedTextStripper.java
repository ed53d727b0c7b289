package org.dpsupport.monitoring.infrastructure.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;

/**
 * Collects a page's words with their positions, in the page's reading direction (so a page turned
 * by /Rotate reads as the person sees it), then groups them into lines by baseline.
 */
final class PositionedTextStripper extends PDFTextStripper {

  private final long deadlineNanos;
  private final List<Word> words = new ArrayList<>();

  PositionedTextStripper(long deadlineNanos) {
    this.deadlineNanos = deadlineNanos;
    setSortByPosition(true);
    setSuppressDuplicateOverlappingText(true);
  }

  /** The lines of one page, top to bottom. */
  List<TextLine> linesOf(org.apache.pdfbox.pdmodel.PDDocument document, int pageNumber)
      throws IOException {
    words.clear();
    setStartPage(pageNumber);
    setEndPage(pageNumber);
    getText(document);
    return lines(words);
  }

  @Override
  protected void startPage(PDPage page) throws IOException {
    checkDeadline();
    super.startPage(page);
  }

  @Override
  protected void writeString(String text, List<TextPosition> positions) {
    checkDeadline();
    List<TextPosition> run = new ArrayList<>();
    for (TextPosition position : positions) {
      String unicode = position.getUnicode();
      if (unicode == null || unicode.isBlank()) {
        addWord(run);
        run.clear();
      } else {
        run.add(position);
      }
    }
    addWord(run);
  }

  private void addWord(List<TextPosition> run) {
    if (run.isEmpty()) {
      return;
    }
    StringBuilder text = new StringBuilder();
    for (TextPosition p : run) {
      text.append(p.getUnicode());
    }
    TextPosition first = run.get(0);
    TextPosition last = run.get(run.size() - 1);
    float x = first.getXDirAdj();
    float right = Math.max(x, last.getXDirAdj() + last.getWidthDirAdj());
    float size = Math.max(1f, first.getFontSizeInPt());
    String word = text.toString().strip();
    if (!word.isEmpty()
        && Float.isFinite(x)
        && Float.isFinite(right)
        && Float.isFinite(first.getYDirAdj())) {
      words.add(new Word(word, x, right, first.getYDirAdj(), size));
    }
  }

  private void checkDeadline() {
    if (System.nanoTime() - deadlineNanos > 0) {
      throw new ReadingTimedOutException();
    }
  }

  /** Groups words whose baselines are within a third of the font size into one line. */
  static List<TextLine> lines(List<Word> words) {
    List<Word> sorted = new ArrayList<>(words);
    sorted.sort(Comparator.comparingDouble(Word::y).thenComparingDouble(Word::x));
    List<TextLine> lines = new ArrayList<>();
    List<Word> current = new ArrayList<>();
    float baseline = Float.NaN;
    for (Word word : sorted) {
      if (!current.isEmpty() && Math.abs(word.y() - baseline) > word.fontSize() / 3) {
        lines.add(line(current, baseline));
        current = new ArrayList<>();
      }
      if (current.isEmpty()) {
        baseline = word.y();
      }
      current.add(word);
    }
    if (!current.isEmpty()) {
      lines.add(line(current, baseline));
    }
    return lines;
  }

  private static TextLine line(List<Word> words, float baseline) {
    words.sort(Comparator.comparingDouble(Word::x));
    return new TextLine(words, baseline);
  }

  /** Reading went past its time limit. */
  static final class ReadingTimedOutException extends RuntimeException {
    ReadingTimedOutException() {
      super("reading took longer than its limit", null, false, false);
    }
  }
}
