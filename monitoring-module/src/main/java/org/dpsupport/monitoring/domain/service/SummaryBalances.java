package org.dpsupport.monitoring.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.layout.Cell;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;

/**
 * Finds a statement's opening and closing balance wherever its summary prints them, reading the
 * page in two dimensions: a value on the label's own line, with any words between ("Opening balance
 * on 1 March 2026 £1,418.78"); or a value printed below its label and overlapping it horizontally
 * (a box with four labels on one line and the values on the line below, or app-style cards with the
 * label above the value). The summary may be at the start or the end, or on a page of its own.
 * "Balance on DATE" is the opening or the closing by its date.
 */
public record SummaryBalances(Optional<Money> opening, Optional<Money> closing) {

  /** A value below a label is at most this many of the label's font sizes lower. */
  private static final float BELOW_EM = 3.6f;

  /** A label's cell may hold a few words besides the label ("Opening balance (£)"). */
  private static final int LABEL_CELL_SLACK = 12;

  private record Dated(LocalDate date, Money value) {}

  /** Reads the lines printed outside the transaction table, top to bottom, page after page. */
  public static SummaryBalances find(List<TextLine> lines, Optional<StatementPeriod> period) {
    Optional<Money> opening = Optional.empty();
    Optional<Money> closing = Optional.empty();
    List<Dated> dated = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      TextLine line = lines.get(i);
      String text = line.text();
      int from = 0;
      Optional<BalanceWording.Label> found;
      while ((found = BalanceWording.find(text, from)).isPresent()) {
        BalanceWording.Label label = found.get();
        int next =
            BalanceWording.find(text, label.end())
                .map(BalanceWording.Label::start)
                .orElse(text.length());
        Optional<LocalDate> date = Optional.empty();
        int valueFrom = label.end();
        if (label.which() == BalanceWording.Which.ON_DATE) {
          Matcher m = UkDates.DATE_IN_TEXT.matcher(text);
          if (m.find(label.end()) && m.start() < next) {
            date = UkDates.readFull(m.group());
            valueFrom = m.end();
          }
        }
        Optional<Money> value = sameLine(line, valueFrom, next);
        if (value.isEmpty()) {
          value = below(lines, i, label);
        }
        final Optional<Money> figure = value;
        if (value.isPresent()) {
          switch (label.which()) {
            case OPENING -> opening = opening.or(() -> figure);
            case CLOSING -> closing = closing.or(() -> figure);
            case ON_DATE -> {
              if (date.isPresent()) {
                dated.add(new Dated(date.get(), value.get()));
              }
            }
          }
        }
        from = label.end();
      }
    }
    if (!dated.isEmpty()) {
      Dated first = dated.stream().min((a, b) -> a.date().compareTo(b.date())).get();
      Dated last = dated.stream().max((a, b) -> a.date().compareTo(b.date())).get();
      if (!first.date().equals(last.date())) {
        opening = opening.or(() -> Optional.of(first.value()));
        closing = closing.or(() -> Optional.of(last.value()));
      } else if (period.isPresent()) {
        long toStart = Math.abs(first.date().toEpochDay() - period.get().start().toEpochDay());
        long toEnd = Math.abs(first.date().toEpochDay() - period.get().lastDay().toEpochDay());
        if (toStart < toEnd) {
          opening = opening.or(() -> Optional.of(first.value()));
        } else {
          closing = closing.or(() -> Optional.of(first.value()));
        }
      }
    }
    return new SummaryBalances(opening, closing);
  }

  /** The first figure on the line after the label (characters {@code from}..{@code to}). */
  private static Optional<Money> sameLine(TextLine line, int from, int to) {
    List<Word> words = line.words();
    int offset = 0;
    for (int w = 0; w < words.size(); w++) {
      Word word = words.get(w);
      int start = offset;
      offset += word.text().length() + 1;
      if (start < from || start >= to) {
        continue;
      }
      Optional<PrintedAmount> figure = PrintedAmount.read(word.text());
      if (figure.isPresent()) {
        if (w + 1 < words.size() && PrintedAmount.isMarkerWord(words.get(w + 1).text())) {
          figure = Optional.of(figure.get().withMarkerWord(words.get(w + 1).text()));
        }
        return figure.map(PrintedAmount::asBalance);
      }
    }
    return Optional.empty();
  }

  /**
   * The figure printed under the label: on one of the next lines of the same page, no more than a
   * few font sizes lower, overlapping the label's cell horizontally. Only for a label that stands
   * alone in its cell (a box or a card), never for a label inside a sentence.
   */
  private static Optional<Money> below(
      List<TextLine> lines, int index, BalanceWording.Label label) {
    TextLine line = lines.get(index);
    Optional<Cell> cell = cellAt(line, label.start());
    if (cell.isEmpty()
        || cell.get().text().length() > label.end() - label.start() + LABEL_CELL_SLACK) {
      return Optional.empty();
    }
    float left = cell.get().x();
    float right = cell.get().right();
    float limit = BELOW_EM * line.fontSize();
    for (int j = index + 1; j < lines.size(); j++) {
      TextLine under = lines.get(j);
      float drop = under.y() - line.y();
      if (drop <= 0 || drop > limit) {
        return Optional.empty(); // a new page, or too far below
      }
      List<Word> words = under.words();
      for (int w = 0; w < words.size(); w++) {
        Word word = words.get(w);
        Optional<PrintedAmount> figure = PrintedAmount.read(word.text());
        if (figure.isEmpty()) {
          continue;
        }
        float wordRight = word.right();
        if (w + 1 < words.size() && PrintedAmount.isMarkerWord(words.get(w + 1).text())) {
          figure = Optional.of(figure.get().withMarkerWord(words.get(w + 1).text()));
          wordRight = words.get(w + 1).right();
        }
        if (word.x() < right && wordRight > left) {
          return figure.map(PrintedAmount::asBalance);
        }
      }
    }
    return Optional.empty();
  }

  /** The cell of {@code line} that holds the character at {@code at} of its text. */
  private static Optional<Cell> cellAt(TextLine line, int at) {
    int offset = 0;
    for (Cell cell : line.cells()) {
      int end = offset + cell.text().length();
      if (at >= offset && at < end) {
        return Optional.of(cell);
      }
      offset = end + 1;
    }
    return Optional.empty();
  }
}
