package org.dpsupport.monitoring.domain.service;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.dpsupport.monitoring.domain.model.layout.Cell;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;

/**
 * The columns of a statement's transaction table, inferred from its heading line by where each
 * heading sits: date, description, paid out, paid in, a single signed amount, balance. Reads a
 * table line into its parts by the same positions.
 */
public record TransactionTable(Map<Kind, Column> columns) {

  /** What a column holds. */
  public enum Kind {
    DATE,
    DESCRIPTION,
    OUT,
    IN,
    AMOUNT,
    BALANCE
  }

  /** A column heading and where it is printed. */
  public record Column(Kind kind, float x, float right) {
    float distanceTo(Word word) {
      return Math.max(0, Math.max(x - word.right(), word.x() - right));
    }
  }

  /** One table line split into its columns; any part may be missing. */
  public record Row(
      TextLine line, String dateText, String description, Map<Kind, PrintedAmount> amounts) {

    public boolean hasTransactionAmount() {
      return amounts.containsKey(Kind.OUT)
          || amounts.containsKey(Kind.IN)
          || amounts.containsKey(Kind.AMOUNT);
    }
  }

  private static final Set<String> OUT_HEADINGS =
      Set.of(
          "paid out",
          "money out",
          "payments",
          "payments out",
          "out",
          "withdrawals",
          "withdrawn",
          "debit",
          "debits",
          "paid out £",
          "spent",
          "outgoings",
          "payments / debits");
  private static final Set<String> IN_HEADINGS =
      Set.of(
          "paid in",
          "money in",
          "receipts",
          "in",
          "deposits",
          "credit",
          "credits",
          "received",
          "payments in",
          "payments / credits");
  private static final Set<String> AMOUNT_HEADINGS =
      Set.of("amount", "value", "transaction amount");
  private static final List<String> DESCRIPTION_WORDS =
      List.of(
          "description",
          "details",
          "particulars",
          "narrative",
          "transaction",
          "payee",
          "reference",
          "type");

  public TransactionTable {
    columns = Map.copyOf(columns);
  }

  /** The table whose heading is this line, if the line is a transaction table heading. */
  public static Optional<TransactionTable> fromHeading(TextLine line) {
    if (hasDigit(line)) {
      return Optional.empty(); // a table row or a date line, never a heading: skip the work
    }
    List<Column> cells = new ArrayList<>();
    for (Cell cell : line.cells()) {
      cells.add(new Column(null, cell.x(), cell.right()));
    }
    List<String> texts = line.cells().stream().map(Cell::text).toList();
    return fromCells(texts, cells);
  }

  /**
   * The table whose heading is printed over two lines ("Paid" above "out"): a cell of the second
   * line that sits under a cell of the first continues that heading. Only when neither line alone
   * is a heading.
   */
  public static Optional<TransactionTable> fromHeading(TextLine first, TextLine second) {
    if (second.y() - first.y() > 1.6f * first.fontSize()
        || second.y() <= first.y()
        || hasDigit(first)
        || hasDigit(second)) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    List<Column> spans = new ArrayList<>();
    for (Cell cell : first.cells()) {
      texts.add(cell.text());
      spans.add(new Column(null, cell.x(), cell.right()));
    }
    for (Cell cell : second.cells()) {
      int above = -1;
      for (int i = 0; i < spans.size(); i++) {
        if (cell.x() < spans.get(i).right() && cell.right() > spans.get(i).x()) {
          above = i;
        }
      }
      if (above < 0) {
        texts.add(cell.text());
        spans.add(new Column(null, cell.x(), cell.right()));
      } else {
        Column span = spans.get(above);
        texts.set(above, texts.get(above) + " " + cell.text());
        spans.set(
            above,
            new Column(null, Math.min(span.x(), cell.x()), Math.max(span.right(), cell.right())));
      }
    }
    return fromCells(texts, spans);
  }

  private static Optional<TransactionTable> fromCells(List<String> texts, List<Column> spans) {
    if (texts.size() < 3 || texts.size() > 9) {
      return Optional.empty();
    }
    Map<Kind, Column> columns = new EnumMap<>(Kind.class);
    for (int i = 0; i < texts.size(); i++) {
      Optional<Kind> kind = kindOf(texts.get(i));
      if (kind.isEmpty()) {
        continue;
      }
      if (kind.get() == Kind.DESCRIPTION && columns.containsKey(Kind.DESCRIPTION)) {
        continue; // e.g. "Type" then "Details": both are read as the description
      }
      if (columns.containsKey(kind.get())) {
        return Optional.empty();
      }
      columns.put(kind.get(), new Column(kind.get(), spans.get(i).x(), spans.get(i).right()));
    }
    boolean hasMoney =
        columns.containsKey(Kind.OUT)
            || columns.containsKey(Kind.IN)
            || columns.containsKey(Kind.AMOUNT);
    if (!columns.containsKey(Kind.DATE) || !columns.containsKey(Kind.DESCRIPTION) || !hasMoney) {
      return Optional.empty();
    }
    return Optional.of(new TransactionTable(columns));
  }

  private static boolean hasDigit(TextLine line) {
    for (Word word : line.words()) {
      String text = word.text();
      for (int i = 0; i < text.length(); i++) {
        if (Character.isDigit(text.charAt(i))) {
          return true;
        }
      }
    }
    return false;
  }

  private static final java.util.regex.Pattern NOT_HEADING_CHARS =
      java.util.regex.Pattern.compile("[^a-z /]");
  private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

  static Optional<Kind> kindOf(String heading) {
    String h =
        SPACES
            .matcher(
                NOT_HEADING_CHARS
                    .matcher(heading.toLowerCase(Locale.ROOT).replace("(£)", "").replace("£", ""))
                    .replaceAll(" "))
            .replaceAll(" ")
            .strip();
    if (h.isEmpty()) {
      return Optional.empty();
    }
    if (h.contains("balance")) {
      return Optional.of(Kind.BALANCE);
    }
    if (h.equals("date") || h.endsWith(" date") || h.startsWith("date ")) {
      return Optional.of(Kind.DATE);
    }
    if (OUT_HEADINGS.contains(h)) {
      return Optional.of(Kind.OUT);
    }
    if (IN_HEADINGS.contains(h)) {
      return Optional.of(Kind.IN);
    }
    if (AMOUNT_HEADINGS.contains(h)) {
      return Optional.of(Kind.AMOUNT);
    }
    for (String word : DESCRIPTION_WORDS) {
      if (h.contains(word)) {
        return Optional.of(Kind.DESCRIPTION);
      }
    }
    return Optional.empty();
  }

  public Optional<Column> column(Kind kind) {
    return Optional.ofNullable(columns.get(kind));
  }

  /** The left and right edges of the table, for telling table lines from page furniture. */
  public float left() {
    double left = Double.NaN;
    for (Column column : columns.values()) {
      left = Double.isNaN(left) ? column.x() : Math.min(left, column.x());
    }
    return Double.isNaN(left) ? 0 : (float) left;
  }

  public float right() {
    double right = Double.NaN;
    for (Column column : columns.values()) {
      right = Double.isNaN(right) ? column.right() : Math.max(right, column.right());
    }
    return Double.isNaN(right) ? 0 : (float) right;
  }

  /** Splits a line into date, description and figures by where each word sits. */
  public Row read(TextLine line) {
    Column description = columns.get(Kind.DESCRIPTION);
    float descriptionStart = description.x() - 2;
    float descriptionEnd =
        moneyColumns().stream()
            .filter(c -> c.x() > description.x())
            .map(Column::x)
            .min(Float::compare)
            .orElse(Float.MAX_VALUE);
    StringBuilder date = new StringBuilder();
    StringBuilder text = new StringBuilder();
    Map<Kind, PrintedAmount> amounts = new EnumMap<>(Kind.class);
    List<Word> words = line.words();
    for (int i = 0; i < words.size(); i++) {
      Word word = words.get(i);
      if (word.right() <= descriptionStart && columns.containsKey(Kind.DATE)) {
        append(date, word.text());
        continue;
      }
      Optional<PrintedAmount> figure = PrintedAmount.read(word.text());
      if (figure.isPresent()) {
        Word span = word;
        if (i + 1 < words.size()
            && PrintedAmount.isMarkerWord(words.get(i + 1).text())
            && words.get(i + 1).x() - word.right() < 1.5f * word.fontSize()) {
          figure = Optional.of(figure.get().withMarkerWord(words.get(i + 1).text()));
          span =
              new Word(word.text(), word.x(), words.get(i + 1).right(), word.y(), word.fontSize());
          i++;
        }
        Optional<Column> money = moneyColumnFor(span, descriptionStart, descriptionEnd);
        if (money.isPresent() && !amounts.containsKey(money.get().kind())) {
          amounts.put(money.get().kind(), figure.get());
          continue;
        }
      }
      append(text, word.text());
    }
    return new Row(line, date.toString(), text.toString(), amounts);
  }

  private Optional<Column> moneyColumnFor(Word word, float descriptionStart, float descriptionEnd) {
    Column nearest = null;
    float best = Float.MAX_VALUE;
    for (Column column : moneyColumns()) {
      float distance = column.distanceTo(word);
      if (distance < best) {
        best = distance;
        nearest = column;
      }
    }
    if (nearest == null) {
      return Optional.empty();
    }
    boolean inDescription = word.x() >= descriptionStart && word.right() < descriptionEnd;
    // a figure inside the description (an invoice total in a reference) is words, not money
    if (best > 0 && inDescription) {
      return Optional.empty();
    }
    return Optional.of(nearest);
  }

  private List<Column> moneyColumns() {
    List<Column> money = new ArrayList<>();
    for (Kind kind : List.of(Kind.OUT, Kind.IN, Kind.AMOUNT, Kind.BALANCE)) {
      column(kind).ifPresent(money::add);
    }
    return money;
  }

  private static void append(StringBuilder text, String word) {
    if (text.length() > 0) {
      text.append(' ');
    }
    text.append(word);
  }
}
