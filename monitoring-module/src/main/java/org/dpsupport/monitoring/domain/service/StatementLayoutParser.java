package org.dpsupport.monitoring.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.layout.PageText;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;
import org.dpsupport.monitoring.domain.model.statement.AccountDetails;
import org.dpsupport.monitoring.domain.model.statement.DocumentNotReadableException;
import org.dpsupport.monitoring.domain.model.statement.Refusal;
import org.dpsupport.monitoring.domain.model.statement.RefusalReason;
import org.dpsupport.monitoring.domain.model.statement.Statement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.Verification;
import org.dpsupport.monitoring.domain.service.PrintedAmount.Marker;
import org.dpsupport.monitoring.domain.service.TransactionTable.Kind;
import org.dpsupport.monitoring.domain.service.TransactionTable.Row;
import org.dpsupport.monitoring.domain.service.UkDates.YearContext;

/**
 * Reads a bank statement from the positions of its text, for any bank's layout: finds the
 * transaction table by its heading, infers the columns from where the headings sit, follows the
 * table across pages (skipping brought/carried forward rows and page furniture), joins wrapped
 * descriptions, then checks the arithmetic.
 */
public final class StatementLayoutParser {

  private static final Pattern END_OF_TABLE =
      Pattern.compile(
          "(?i)^(?:total|totals|sub-?totals?|page\\s+totals?|summary|end of statement|page \\d+)\\b.*");
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)^(?:page \\d+(?:\\s*(?:of|/)\\s*\\d+)?|\\(?(?:statement )?continued\\b.*"
              + "|.*\\bcontinued (?:overleaf|on (?:the )?next page)\\b.*)$");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)\\bpage\\s+(\\d{1,4})\\s*(?:of|/)\\s*(\\d{1,4})\\b");

  /** A page number printed alone as "2/3" (app-style statements). */
  private static final Pattern BARE_PAGE_NUMBER =
      Pattern.compile("^(\\d{1,3})\\s*/\\s*(\\d{1,3})$");

  private static final Pattern CONTINUATION =
      Pattern.compile(
          "(?i)^\\(?(?:statement |transactions )?continued\\)?(?: from (?:the )?previous page)?$");
  private static final Pattern FORWARD_WORDING =
      Pattern.compile("(?i).*\\b(?:forward|fwd|b/f)\\b.*");

  /** A gap wider than this many font sizes below the last table line ends the table on a page. */
  private static final float TABLE_GAP_EM = 3.5f;

  private final AccountDetailsFinder detailsFinder = new AccountDetailsFinder();
  private final StatementVerifier verifier = new StatementVerifier();

  /** Reads the statement, or explains why these pages are not one we can read. */
  public Statement parse(List<PageText> pages) throws DocumentNotReadableException {
    TableWalk walk = walk(pages);
    if (walk.table == null) {
      throw new DocumentNotReadableException(Refusal.of(RefusalReason.NOT_A_STATEMENT));
    }
    AccountDetailsFinder.Found found = detailsFinder.find(walk.outside);
    // A brought-forward row stands for the opening balance only at the top of the first page, and
    // a carried-forward row for the closing only at the end of the last: if the first page could
    // not be read, page 2's brought-forward figure would otherwise make half a statement "verify".
    Optional<Money> opening = found.opening().or(() -> walk.openingRow);
    Optional<Money> closing = found.closing().or(() -> walk.closingRow);
    if (walk.headClosing.isPresent() && walk.footOpening.isPresent() && walk.openingRow.isEmpty()) {
      // newest first: closing at the head of the first page, opening at the foot of the last
      opening = found.opening().or(() -> walk.footOpening);
      closing = found.closing().or(() -> walk.headClosing);
    }
    Optional<YearContext> years =
        found
            .period()
            .map(p -> new YearContext(p.start(), p.lastDay()))
            .or(() -> found.anyFullDate().map(d -> new YearContext(d.minusDays(364), d)));
    List<StatementLine> lines = assemble(walk.rows, walk.sections, years);
    if (lines.isEmpty() && opening.isEmpty()) {
      throw new DocumentNotReadableException(Refusal.of(RefusalReason.NOT_A_STATEMENT));
    }
    AccountDetails account =
        new AccountDetails(
            found.holder(),
            found.sortCode(),
            found.accountNumber(),
            found.period(),
            opening,
            closing);
    boolean balancesPrinted =
        walk.sawBalanceRow
            || walk.outside.stream().anyMatch(l -> BalanceWording.find(l.text()).isPresent());
    Verification checked = verifier.verify(opening, lines, closing, balancesPrinted);
    List<String> gaps = new ArrayList<>();
    missingPages(pages).ifPresent(gaps::add);
    if (gaps.isEmpty()) {
      firstPageMissing(pages).ifPresent(gaps::add);
    }
    return new Statement(account, lines, checked.withGaps(gaps));
  }

  /**
   * Pages the statement numbers ("Page 2 of 3") but whose text we did not find: a page that could
   * not be read must not pass as a whole statement.
   */
  static Optional<String> missingPages(List<PageText> pages) {
    java.util.Set<Integer> seen = new java.util.TreeSet<>();
    int total = 0;
    for (PageText page : pages) {
      for (TextLine line : page.lines()) {
        String text = line.text();
        if (!containsIgnoreCase(text, "page") && text.indexOf('/') < 0) {
          continue; // neither "Page 2 of 3" nor "2/3"
        }
        java.util.regex.Matcher m = PAGE_NUMBER.matcher(text);
        boolean found = m.find();
        if (!found) {
          m = BARE_PAGE_NUMBER.matcher(text);
          found = m.matches() && Integer.parseInt(m.group(1)) == page.number();
        }
        if (found) {
          int number = Integer.parseInt(m.group(1));
          int of = Integer.parseInt(m.group(2));
          if (number >= 1 && number <= of && of <= 1000) {
            seen.add(number);
            total = Math.max(total, of);
          }
        }
      }
    }
    List<Integer> missing = new ArrayList<>();
    for (int n = 1; n <= total; n++) {
      if (!seen.contains(n)) {
        missing.add(n);
      }
    }
    if (missing.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        "page "
            + missing.stream()
                .map(String::valueOf)
                .collect(java.util.stream.Collectors.joining(", "))
            + " of "
            + total
            + " could not be read");
  }

  /**
   * The first page read says it continues a statement ("Statement continued"): the page before it
   * could not be read, whether or not the statement numbers its pages.
   */
  static Optional<String> firstPageMissing(List<PageText> pages) {
    Optional<PageText> first = pages.stream().filter(PageText::hasText).findFirst();
    if (first.isEmpty()) {
      return Optional.empty();
    }
    List<TextLine> lines = first.get().lines();
    for (int i = 0; i < Math.min(6, lines.size()); i++) {
      String text = lines.get(i).text();
      if (CONTINUATION.matcher(text).matches()) {
        return Optional.of("the first page of the statement could not be read");
      }
    }
    return Optional.empty();
  }

  /** The table lines of every page in order, and everything printed outside the table. */
  private static final class TableWalk {
    TransactionTable table;
    final List<Row> rows = new ArrayList<>();
    final List<TextLine> outside = new ArrayList<>();
    Optional<Money> openingRow = Optional.empty();
    Optional<Money> closingRow = Optional.empty();

    /** In a newest-first listing: the carried-forward row at the head of page 1. */
    Optional<Money> headClosing = Optional.empty();

    /** In a newest-first listing: a brought-forward row after the last transaction. */
    Optional<Money> footOpening = Optional.empty();

    /** The section ("Money in" or "Money out") each row was printed under, if any. */
    final List<Optional<Kind>> sections = new ArrayList<>();

    Kind section;

    /** A brought/carried forward row was printed in the table. */
    boolean sawBalanceRow;
  }

  private TableWalk walk(List<PageText> pages) {
    TableWalk walk = new TableWalk();
    for (PageText page : pages) {
      List<TextLine> lines = page.lines();
      List<Optional<TransactionTable>> headings = headings(lines);
      boolean pageHasHeading = headings.stream().anyMatch(Optional::isPresent);
      boolean inTable = false;
      float lastY = Float.NaN;
      for (int index = 0; index < lines.size(); index++) {
        TextLine line = lines.get(index);
        if (headings.get(index).isPresent()) {
          walk.table = headings.get(index).get();
          inTable = true;
          if (isSecondHeadingLine(headings, lines, index)) {
            index++;
          }
          lastY = lines.get(index).y();
          continue;
        }
        Optional<Kind> title = sectionTitle(line, walk.table);
        if (title.isPresent()) {
          // "Money in" / "Money out" above a section's table: its figures go that way
          walk.section = title.get();
          walk.outside.add(line);
          continue;
        }
        if (walk.table == null) {
          walk.outside.add(line);
          continue;
        }
        Row row = walk.table.read(line);
        if (!inTable) {
          // a page without a repeated heading: the table resumes at its first row
          if (!pageHasHeading && Float.isNaN(lastY) && looksLikeRow(row)) {
            inTable = true;
          } else {
            walk.outside.add(line);
            continue;
          }
        }
        if (isPageNumber(line, page)) {
          walk.outside.add(line);
          continue;
        }
        boolean farBelow = !Float.isNaN(lastY) && line.y() - lastY > TABLE_GAP_EM * line.fontSize();
        String text = line.text();
        if (farBelow
            || outsideTable(line, walk.table)
            || (mayEndTable(text) && END_OF_TABLE.matcher(text).matches())
            || (mayBeFurniture(text) && FURNITURE.matcher(text).matches())) {
          inTable = false;
          walk.outside.add(line);
          continue;
        }
        String description = row.description();
        if (isBalanceRow(row)) {
          walk.sawBalanceRow = true;
          // "Balance on 1 March": the opening before any payment, the closing after them
          boolean opening =
              BalanceWording.isOpening(description)
                  || (BalanceWording.isOnDate(description) && walk.rows.isEmpty());
          if (opening) {
            if (page.number() == 1 && walk.rows.isEmpty() && walk.openingRow.isEmpty()) {
              walk.openingRow = balanceOf(row);
            } else if (!walk.rows.isEmpty() && walk.headClosing.isPresent()) {
              // a newest-first listing ends with the balance brought forward at its foot
              walk.footOpening = balanceOf(row);
            }
            lastY = line.y();
            continue;
          }
          if (walk.rows.isEmpty() && page.number() == 1) {
            // a newest-first listing starts with the closing balance at its head
            walk.headClosing = balanceOf(row);
          } else {
            // stands for the closing balance only if no payment follows it (the end of the table,
            // which may be followed by a summary page)
            walk.closingRow = balanceOf(row);
          }
          lastY = line.y();
          continue;
        }
        walk.footOpening = Optional.empty();
        walk.closingRow = Optional.empty();
        walk.rows.add(row);
        walk.sections.add(Optional.ofNullable(walk.section));
        lastY = line.y();
      }
    }
    return walk;
  }

  /** For each line, the table whose heading starts there (on one line, or on two). */
  private static List<Optional<TransactionTable>> headings(List<TextLine> lines) {
    List<Optional<TransactionTable>> headings = new ArrayList<>();
    for (TextLine line : lines) {
      headings.add(TransactionTable.fromHeading(line));
    }
    for (int i = 0; i + 1 < lines.size(); i++) {
      if (headings.get(i).isEmpty() && headings.get(i + 1).isEmpty()) {
        headings.set(i, TransactionTable.fromHeading(lines.get(i), lines.get(i + 1)));
      }
    }
    return headings;
  }

  /** True when the heading found at {@code index} needed the line below it too. */
  private static boolean isSecondHeadingLine(
      List<Optional<TransactionTable>> headings, List<TextLine> lines, int index) {
    return TransactionTable.fromHeading(lines.get(index)).isEmpty() && index + 1 < lines.size();
  }

  private static boolean looksLikeRow(Row row) {
    if (!row.dateText().isBlank() && UkDates.read(row.dateText()).isPresent()) {
      return true;
    }
    boolean balanceWords =
        BalanceWording.find(row.description()).isPresent()
            || BalanceWording.find(row.line().text()).isPresent();
    if (balanceWords) {
      // a summary line on a page after the table ("Closing balance £1.00") does not resume it;
      // a brought-forward row at the top of a continuation page does
      return BalanceWording.isOpening(row.description())
          && FORWARD_WORDING.matcher(row.description()).matches();
    }
    // a row whose date is left blank (the second entry of a day); never a line of bare figures
    return row.hasTransactionAmount()
        && row.dateText().isBlank()
        && !row.description().isBlank()
        && row.description().chars().anyMatch(Character::isLetter);
  }

  /**
   * A brought/carried forward (or "balance on DATE") row: its figure is a balance, not a payment,
   * whichever column it was printed in.
   */
  private static boolean isBalanceRow(Row row) {
    String description = row.description();
    if (BalanceWording.find(description).isEmpty()) {
      return false;
    }
    return !row.hasTransactionAmount()
        || (row.amounts().size() == 1 && UkDates.read(row.dateText()).isEmpty());
  }

  /** "2/3" printed alone on page 2: a page number, not a date or a description. */
  private static boolean isPageNumber(TextLine line, PageText page) {
    if (line.words().size() > 3) {
      return false;
    }
    java.util.regex.Matcher m = BARE_PAGE_NUMBER.matcher(line.text());
    return m.matches()
        && Integer.parseInt(m.group(1)) == page.number()
        && Integer.parseInt(m.group(1)) <= Integer.parseInt(m.group(2));
  }

  /**
   * Whether {@code text} holds {@code lower} (lower-case ASCII) in any ASCII case, as a pattern
   * with {@code (?i)} matches it: a cheap test before the patterns that need the word.
   */
  private static boolean containsIgnoreCase(String text, String lower) {
    return indexOfIgnoreCase(text, lower, text.length() - lower.length()) >= 0;
  }

  private static boolean startsWithIgnoreCase(String text, String lower) {
    return indexOfIgnoreCase(text, lower, Math.min(0, text.length() - lower.length())) >= 0;
  }

  private static int indexOfIgnoreCase(String text, String lower, int lastStart) {
    int n = lower.length();
    outer:
    for (int i = 0; i <= lastStart; i++) {
      for (int j = 0; j < n; j++) {
        char c = text.charAt(i + j);
        if (c >= 'A' && c <= 'Z') {
          c += 'a' - 'A';
        }
        if (c != lower.charAt(j)) {
          continue outer;
        }
      }
      return i;
    }
    return -1;
  }

  /** END_OF_TABLE's lines start with total, sub-total, page, summary or end of statement. */
  private static boolean mayEndTable(String text) {
    if (text.isEmpty()) {
      return false;
    }
    char c = text.charAt(0);
    return c == 't' || c == 'T' || c == 's' || c == 'S' || c == 'p' || c == 'P' || c == 'e'
        || c == 'E';
  }

  /** FURNITURE's lines start with "page" or hold "continued". */
  private static boolean mayBeFurniture(String text) {
    return startsWithIgnoreCase(text, "page") || containsIgnoreCase(text, "continued");
  }

  private static boolean outsideTable(TextLine line, TransactionTable table) {
    float slack = 4 * line.fontSize();
    float left = table.left() - slack;
    float right = table.right() + slack;
    for (Word word : line.words()) {
      if (word.x() < left || word.right() > right) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Money> balanceOf(Row row) {
    return row.amounts().values().stream()
        .findFirst()
        .map(a -> row.amounts().getOrDefault(Kind.BALANCE, a))
        .map(PrintedAmount::asBalance);
  }

  /** Builds one transaction per line with an amount, joining wrapped description lines. */
  private List<StatementLine> assemble(
      List<Row> rows, List<Optional<Kind>> sections, Optional<YearContext> years)
      throws DocumentNotReadableException {
    // Some banks print a wrapped description above its amount (the amount sits on the last line),
    // most below it. Each entry is read by what it shows: a dated line without an amount holds its
    // lines for the amount below it. Only a line that could be either (no date, no amount, after
    // an amount) goes by the style most entries of this statement show, so one misread figure
    // does not move every other line.
    boolean amountOnLastLine = amountOnLastLineEntries(rows) > amountOnFirstLineEntries(rows);
    boolean unmarkedMeansOut = unmarkedAmountsAreOut(rows);
    List<Draft> drafts = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    boolean holding = false;
    LocalDate date = null;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      String description = row.description();
      boolean dated = false;
      if (!row.dateText().isBlank()) {
        Optional<UkDates.PrintedDate> printed = UkDates.read(row.dateText());
        if (printed.isPresent()) {
          dated = true;
          date =
              printed
                  .get()
                  .resolve(years)
                  .orElseThrow(
                      () ->
                          new DocumentNotReadableException(
                              Refusal.of(RefusalReason.DATES_UNCLEAR)));
        } else {
          description = (row.dateText() + " " + description).strip();
        }
      }
      if (row.hasTransactionAmount()) {
        if (date == null) {
          throw new DocumentNotReadableException(Refusal.of(RefusalReason.DATES_UNCLEAR));
        }
        Draft draft =
            new Draft(
                date,
                amountOf(row, unmarkedMeansOut, sections.get(i)),
                Optional.ofNullable(row.amounts().get(Kind.BALANCE)).map(PrintedAmount::asBalance));
        draft.add(pending.toString());
        pending.setLength(0);
        holding = false;
        draft.add(description);
        drafts.add(draft);
      } else if (!description.isBlank()) {
        boolean startsEntry = dated && amountBelowBeforeNextDate(rows, i);
        if (holding || startsEntry || amountOnLastLine) {
          pending.append(' ').append(description);
          holding = true;
        } else if (!drafts.isEmpty()) {
          drafts.get(drafts.size() - 1).add(description);
        }
      }
    }
    if (pending.length() > 0 && !drafts.isEmpty()) {
      // lines after the last amount belong to the last entry rather than being lost
      drafts.get(drafts.size() - 1).add(pending.toString());
    }
    List<StatementLine> lines = new ArrayList<>();
    for (Draft draft : drafts) {
      lines.add(
          new StatementLine(draft.date, draft.description.toString(), draft.amount, draft.balance));
    }
    return lines;
  }

  /** Entries whose dated first line has no amount and whose amount is on a later, undated line. */
  private static int amountOnLastLineEntries(List<Row> rows) {
    int count = 0;
    for (int i = 0; i < rows.size(); i++) {
      Row row = rows.get(i);
      if (!row.hasTransactionAmount()
          && !row.description().isBlank()
          && UkDates.read(row.dateText()).isPresent()
          && amountBelowBeforeNextDate(rows, i)) {
        count++;
      }
    }
    return count;
  }

  /** Entries whose amount is on their first line and which continue on the line below. */
  private static int amountOnFirstLineEntries(List<Row> rows) {
    int count = 0;
    for (int i = 0; i + 1 < rows.size(); i++) {
      Row row = rows.get(i);
      Row next = rows.get(i + 1);
      if (row.hasTransactionAmount()
          && UkDates.read(row.dateText()).isPresent()
          && !next.hasTransactionAmount()
          && next.dateText().isBlank()
          && !next.description().isBlank()) {
        count++;
      }
    }
    return count;
  }

  /** True when, below row {@code i}, a line with an amount comes before the next dated line. */
  private static boolean amountBelowBeforeNextDate(List<Row> rows, int i) {
    for (int j = i + 1; j < rows.size() && j <= i + 8; j++) {
      Row row = rows.get(j);
      if (UkDates.read(row.dateText()).isPresent()) {
        return false;
      }
      if (row.hasTransactionAmount()) {
        return true;
      }
    }
    return false;
  }

  /** Where a single amount column marks only its credits (CR), an unmarked figure is money out. */
  private static boolean unmarkedAmountsAreOut(List<Row> rows) {
    boolean credits = false;
    boolean debits = false;
    for (Row row : rows) {
      PrintedAmount amount = row.amounts().get(Kind.AMOUNT);
      if (amount != null) {
        credits |= amount.marker() == Marker.CREDIT;
        debits |= amount.marker() == Marker.DEBIT || amount.marker() == Marker.MINUS;
      }
    }
    return credits && !debits;
  }

  /**
   * A section title: a short line with no figure, printed from the left margin (not a wrapped
   * description line), whose words are a money-in or money-out heading ("Money out", "Payments in",
   * "Withdrawals").
   */
  private static Optional<Kind> sectionTitle(TextLine line, TransactionTable table) {
    if (line.words().size() > 4 || line.cells().size() > 1) {
      return Optional.empty();
    }
    for (Word word : line.words()) {
      if (PrintedAmount.read(word.text()).isPresent()) {
        return Optional.empty();
      }
    }
    if (table != null) {
      float descriptionX =
          table.column(Kind.DESCRIPTION).map(TransactionTable.Column::x).orElse(0f);
      if (line.words().get(0).x() >= descriptionX - 2) {
        return Optional.empty();
      }
    }
    return TransactionTable.kindOf(line.text()).filter(k -> k == Kind.IN || k == Kind.OUT);
  }

  private static Money amountOf(Row row, boolean unmarkedMeansOut, Optional<Kind> section) {
    Money amount = Money.zero();
    PrintedAmount out = row.amounts().get(Kind.OUT);
    PrintedAmount in = row.amounts().get(Kind.IN);
    PrintedAmount signed = row.amounts().get(Kind.AMOUNT);
    if (out != null) {
      amount = amount.minus(Money.of(out.size()));
    }
    if (in != null) {
      amount = amount.plus(Money.of(in.size()));
    }
    if (signed != null) {
      boolean unmarkedOut = section.map(k -> k == Kind.OUT).orElse(unmarkedMeansOut);
      amount = amount.plus(signed.asSignedAmount(unmarkedOut));
    }
    return amount;
  }

  /** A transaction being put together from its lines. */
  private static final class Draft {
    final LocalDate date;
    final Money amount;
    final Optional<Money> balance;
    final StringBuilder description = new StringBuilder();

    Draft(LocalDate date, Money amount, Optional<Money> balance) {
      this.date = date;
      this.amount = amount;
      this.balance = balance;
    }

    void add(String text) {
      String t = text.strip();
      if (t.isEmpty()) {
        return;
      }
      if (description.length() > 0) {
        description.append(' ');
      }
      description.append(t);
    }
  }
}
