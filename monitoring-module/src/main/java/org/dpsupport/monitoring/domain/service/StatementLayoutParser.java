package org.dpsupport.monitoring.domain.service;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.dpsupport.monitoring.domain.model.layout.PageText;
import org.dpsupport.monitoring.domain.model.layout.TextLine;
import org.dpsupport.monitoring.domain.model.layout.Word;
import org.dpsupport.monitoring.domain.model.money.Money;
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

  private static final Pattern BROUGHT_FORWARD =
      Pattern.compile(
          "(?i).*\\b(?:brought\\s+(?:forward|fwd)|b/fwd|b/f)\\b.*"
              + "|(?:opening|start(?:ing)?|previous)\\s+balance.*");
  private static final Pattern CARRIED_FORWARD =
      Pattern.compile(
          "(?i).*\\b(?:carried\\s+(?:forward|fwd)|c/fwd|c/f)\\b.*"
              + "|(?:closing|end(?:ing)?|new)\\s+balance.*");
  private static final Pattern END_OF_TABLE =
      Pattern.compile("(?i)^(?:total|totals|summary|end of statement|page \\d+)\\b.*");
  private static final Pattern FURNITURE =
      Pattern.compile(
          "(?i)^(?:page \\d+(?: of \\d+)?|(?:statement )?continued\\b.*|.*\\bcontinued (?:overleaf|on next page)\\b.*)$");
  private static final Pattern PAGE_NUMBER =
      Pattern.compile("(?i)\\bpage\\s+(\\d{1,4})\\s+of\\s+(\\d{1,4})\\b");

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
    Optional<YearContext> years =
        found
            .period()
            .map(p -> new YearContext(p.start(), p.lastDay()))
            .or(() -> found.anyFullDate().map(d -> new YearContext(d.minusDays(364), d)));
    List<StatementLine> lines = assemble(walk.rows, years);
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
    Verification checked = verifier.verify(opening, lines, closing);
    List<String> gaps = new ArrayList<>(checked.gaps());
    missingPages(pages).ifPresent(gaps::add);
    return new Statement(account, lines, new Verification(checked.disagreements(), gaps));
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
        java.util.regex.Matcher m = PAGE_NUMBER.matcher(line.text());
        if (m.find()) {
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

  /** The table lines of every page in order, and everything printed outside the table. */
  private static final class TableWalk {
    TransactionTable table;
    final List<Row> rows = new ArrayList<>();
    final List<TextLine> outside = new ArrayList<>();
    Optional<Money> openingRow = Optional.empty();
    Optional<Money> closingRow = Optional.empty();
  }

  private TableWalk walk(List<PageText> pages) {
    TableWalk walk = new TableWalk();
    int lastPage = pages.isEmpty() ? 0 : pages.get(pages.size() - 1).number();
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
        boolean farBelow = !Float.isNaN(lastY) && line.y() - lastY > TABLE_GAP_EM * line.fontSize();
        if (farBelow
            || outsideTable(line, walk.table)
            || END_OF_TABLE.matcher(line.text()).matches()
            || FURNITURE.matcher(line.text()).matches()) {
          inTable = false;
          walk.outside.add(line);
          continue;
        }
        String description = row.description();
        if (!row.hasTransactionAmount() && BROUGHT_FORWARD.matcher(description).matches()) {
          if (page.number() == 1 && walk.rows.isEmpty() && walk.openingRow.isEmpty()) {
            walk.openingRow = balanceOf(row);
          }
          lastY = line.y();
          continue;
        }
        if (!row.hasTransactionAmount() && CARRIED_FORWARD.matcher(description).matches()) {
          walk.closingRow = page.number() == lastPage ? balanceOf(row) : Optional.empty();
          inTable = false;
          continue;
        }
        walk.rows.add(row);
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
    return row.hasTransactionAmount()
        || (!row.dateText().isBlank() && UkDates.read(row.dateText()).isPresent())
        || BROUGHT_FORWARD.matcher(row.description()).matches();
  }

  private static boolean outsideTable(TextLine line, TransactionTable table) {
    float slack = 4 * line.fontSize();
    for (Word word : line.words()) {
      if (word.x() < table.left() - slack || word.right() > table.right() + slack) {
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
  private List<StatementLine> assemble(List<Row> rows, Optional<YearContext> years)
      throws DocumentNotReadableException {
    // Some banks print a wrapped description above its amount (the amount sits on the last line):
    // then a dated line without an amount exists, and description lines belong to the next amount.
    boolean amountOnLastLine =
        rows.stream()
            .anyMatch(
                r ->
                    !r.hasTransactionAmount()
                        && !r.description().isBlank()
                        && UkDates.read(r.dateText()).isPresent());
    boolean unmarkedMeansOut = unmarkedAmountsAreOut(rows);
    List<Draft> drafts = new ArrayList<>();
    StringBuilder pending = new StringBuilder();
    LocalDate date = null;
    for (Row row : rows) {
      String description = row.description();
      if (!row.dateText().isBlank()) {
        Optional<UkDates.PrintedDate> printed = UkDates.read(row.dateText());
        if (printed.isPresent()) {
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
                amountOf(row, unmarkedMeansOut),
                Optional.ofNullable(row.amounts().get(Kind.BALANCE)).map(PrintedAmount::asBalance));
        if (amountOnLastLine) {
          draft.add(pending.toString());
          pending.setLength(0);
        }
        draft.add(description);
        drafts.add(draft);
      } else if (!description.isBlank()) {
        if (amountOnLastLine) {
          pending.append(' ').append(description);
        } else if (!drafts.isEmpty()) {
          drafts.get(drafts.size() - 1).add(description);
        }
      }
    }
    List<StatementLine> lines = new ArrayList<>();
    for (Draft draft : drafts) {
      lines.add(
          new StatementLine(draft.date, draft.description.toString(), draft.amount, draft.balance));
    }
    return lines;
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

  private static Money amountOf(Row row, boolean unmarkedMeansOut) {
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
      amount = amount.plus(signed.asSignedAmount(unmarkedMeansOut));
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
