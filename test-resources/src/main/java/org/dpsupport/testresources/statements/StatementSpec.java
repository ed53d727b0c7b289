package org.dpsupport.testresources.statements;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One fixture statement as data: the bank's layout choices and the transactions. The PDF and its
 * ground-truth CSV are both derived from this, so the truth is exact by construction.
 *
 * <p>File format: {@code key: value} lines, then a line {@code transactions:}, then one line per
 * transaction {@code yyyy-mm-dd | signed amount | description}. {@code #} starts a comment. {@code
 * misprint-balance-row: N} prints row N's running balance £10.00 too high, as a tampered or
 * misprinted statement would (the ground truth then holds the printed figure).
 */
public record StatementSpec(
    String name,
    String bank,
    String holder,
    List<String> address,
    String sortCode,
    String accountNumber,
    LocalDate periodStart,
    LocalDate periodEnd,
    BigDecimal opening,
    Columns columns,
    String dateHeader,
    String descriptionHeader,
    String outHeader,
    String inHeader,
    String balanceHeader,
    String dateFormat,
    String periodFormat,
    BalanceStyle balanceStyle,
    boolean poundSigns,
    Orientation orientation,
    int rowsPerPage,
    int wrapAt,
    boolean balanceOnEveryRow,
    boolean dateOncePerDay,
    boolean amountOnLastLine,
    String font,
    int misprintBalanceRow,
    boolean twoLineHeadings,
    Layout layout,
    List<Transaction> transactions) {

  /**
   * The layout choices added for statements from banks the reader had not seen (issue 16); each
   * defaults to the original layout, so older data files print exactly as before.
   *
   * @param summary how the account summary prints the balances
   * @param summaryAtEnd the summary on a page of its own after the transactions
   * @param forwardRows print "brought forward" / "carried forward" rows in the table
   * @param openingRow the wording of the brought-forward row
   * @param closingRow the wording of the carried-forward row
   * @param newestFirst rows printed newest first (an online transaction history)
   * @param pageNumbers "Page 1 of 2" or "1/2"
   * @param balanceColumn print a running balance column at all
   * @param upperCaseDates print dates in capitals ("02MAR26")
   * @param referenceFont a smaller font for the reference line (text after " // ")
   */
  public record Layout(
      Summary summary,
      boolean summaryAtEnd,
      boolean forwardRows,
      String openingRow,
      String closingRow,
      boolean newestFirst,
      String pageNumbers,
      boolean balanceColumn,
      boolean upperCaseDates,
      float referenceFont) {}

  /** How the account summary shows the opening and closing balance. */
  public enum Summary {
    /** "Opening balance" then the figure at the right, one per line. */
    LINES,
    /** "Opening balance on 1 March 2026 £1,418.78": words between label and figure. */
    WORDS_BETWEEN,
    /** Four labels on one line, the values on the line below. */
    BOX,
    /** App-style cards: a small label above a large value. */
    CARDS,
    /** No summary at all. */
    NONE
  }

  /** The original layout (summary lines, forward rows, oldest first, "Page 1 of 2"). */
  public static final Layout CLASSIC =
      new Layout(
          Summary.LINES,
          false,
          true,
          "Balance brought forward",
          "Balance carried forward",
          false,
          "Page %d of %d",
          true,
          false,
          9f);

  /** A statement in the original layout (as callers built before {@link Layout} existed). */
  public StatementSpec(
      String name,
      String bank,
      String holder,
      List<String> address,
      String sortCode,
      String accountNumber,
      LocalDate periodStart,
      LocalDate periodEnd,
      BigDecimal opening,
      Columns columns,
      String dateHeader,
      String descriptionHeader,
      String outHeader,
      String inHeader,
      String balanceHeader,
      String dateFormat,
      String periodFormat,
      BalanceStyle balanceStyle,
      boolean poundSigns,
      Orientation orientation,
      int rowsPerPage,
      int wrapAt,
      boolean balanceOnEveryRow,
      boolean dateOncePerDay,
      boolean amountOnLastLine,
      String font,
      int misprintBalanceRow,
      boolean twoLineHeadings,
      List<Transaction> transactions) {
    this(
        name,
        bank,
        holder,
        address,
        sortCode,
        accountNumber,
        periodStart,
        periodEnd,
        opening,
        columns,
        dateHeader,
        descriptionHeader,
        outHeader,
        inHeader,
        balanceHeader,
        dateFormat,
        periodFormat,
        balanceStyle,
        poundSigns,
        orientation,
        rowsPerPage,
        wrapAt,
        balanceOnEveryRow,
        dateOncePerDay,
        amountOnLastLine,
        font,
        misprintBalanceRow,
        twoLineHeadings,
        CLASSIC,
        transactions);
  }

  /** True when the statement prints its opening and closing balance somewhere. */
  public boolean printsBalances() {
    return layout.summary() != Summary.NONE || layout.forwardRows();
  }

  /** The ground-truth description: the reference line joined to the payee line. */
  public static String truthDescription(String description) {
    return description.replace(" // ", " ");
  }

  /** How the money columns are laid out. */
  public enum Columns {
    /** Separate "paid out" and "paid in" columns. */
    OUT_AND_IN,
    /** One amount column, money out printed with a leading minus. */
    SIGNED,
    /** One amount column with CR or DR after each figure. */
    CR_DR,
    /** One amount column, only credits marked CR (debits unmarked). */
    CR_ONLY,
    /** App style: "+£12.00" for money in, "−£12.00" (Unicode minus) for money out. */
    APP_SIGNS,
    /**
     * Separate sections: a "Money in" table then a "Money out" table, each with one unsigned Amount
     * column and a total under it; the direction comes from the section.
     */
    SECTIONS
  }

  /** How a running balance is printed. */
  public enum BalanceStyle {
    /** 1,234.56 or -1,234.56 when overdrawn. */
    MINUS,
    /** 1,234.56 CR or 1,234.56 DR when overdrawn. */
    CR_DR,
    /** 1,234.56 or 1,234.56- when overdrawn. */
    TRAILING_MINUS,
    /** 1,234.56 or (1,234.56) when overdrawn. */
    BRACKETS
  }

  /** Page shape. */
  public enum Orientation {
    PORTRAIT,
    /** A landscape media box (842 x 595). */
    LANDSCAPE_WIDE,
    /** A portrait media box with /Rotate 90, content drawn landscape. */
    LANDSCAPE_ROTATED
  }

  /** One transaction as the bank booked it; money in is positive. */
  public record Transaction(LocalDate date, BigDecimal amount, String description) {}

  /** The closing balance: opening plus every transaction. */
  public BigDecimal closing() {
    return transactions.stream().map(Transaction::amount).reduce(opening, BigDecimal::add);
  }

  /** Reads a spec from its data file. */
  public static StatementSpec read(String name, Reader source) throws IOException {
    Map<String, String> keys = new LinkedHashMap<>();
    List<Transaction> transactions = new ArrayList<>();
    boolean inTransactions = false;
    try (BufferedReader in = new BufferedReader(source)) {
      String line;
      while ((line = in.readLine()) != null) {
        String text = line.strip();
        if (text.isEmpty() || text.startsWith("#")) {
          continue;
        }
        if (inTransactions) {
          String[] parts = text.split("\\|", 3);
          transactions.add(
              new Transaction(
                  LocalDate.parse(parts[0].strip()),
                  new BigDecimal(parts[1].strip()),
                  parts[2].strip().replaceAll("\\s+", " ")));
        } else if (text.equals("transactions:")) {
          inTransactions = true;
        } else {
          int colon = text.indexOf(':');
          keys.put(text.substring(0, colon).strip(), text.substring(colon + 1).strip());
        }
      }
    }
    String[] period = keys.get("period").split("\\s+");
    return new StatementSpec(
        name,
        keys.get("bank"),
        keys.get("holder"),
        List.of(keys.getOrDefault("address", "").split("\\s*;\\s*")),
        keys.get("sort-code"),
        keys.get("account-number"),
        LocalDate.parse(period[0]),
        LocalDate.parse(period[1]),
        new BigDecimal(keys.get("opening")),
        Columns.valueOf(keys.get("columns")),
        keys.getOrDefault("date-header", "Date"),
        keys.getOrDefault("description-header", "Description"),
        keys.getOrDefault("out-header", "Paid out"),
        keys.getOrDefault("in-header", "Paid in"),
        keys.getOrDefault("balance-header", "Balance"),
        keys.get("date-format"),
        keys.getOrDefault("period-format", "d MMMM yyyy"),
        BalanceStyle.valueOf(keys.getOrDefault("balance-style", "MINUS")),
        Boolean.parseBoolean(keys.getOrDefault("pound-signs", "false")),
        Orientation.valueOf(keys.getOrDefault("orientation", "PORTRAIT")),
        Integer.parseInt(keys.getOrDefault("rows-per-page", "25")),
        Integer.parseInt(keys.getOrDefault("wrap-at", "40")),
        Boolean.parseBoolean(keys.getOrDefault("balance-on-every-row", "true")),
        Boolean.parseBoolean(keys.getOrDefault("date-once-per-day", "false")),
        Boolean.parseBoolean(keys.getOrDefault("amount-on-last-line", "false")),
        keys.getOrDefault("font", "HELVETICA"),
        Integer.parseInt(keys.getOrDefault("misprint-balance-row", "0")),
        Boolean.parseBoolean(keys.getOrDefault("two-line-headings", "false")),
        new Layout(
            Summary.valueOf(keys.getOrDefault("summary", "LINES")),
            Boolean.parseBoolean(keys.getOrDefault("summary-at-end", "false")),
            Boolean.parseBoolean(keys.getOrDefault("forward-rows", "true")),
            keys.getOrDefault("opening-row", "Balance brought forward"),
            keys.getOrDefault("closing-row", "Balance carried forward"),
            Boolean.parseBoolean(keys.getOrDefault("newest-first", "false")),
            keys.getOrDefault("page-numbers", "Page %d of %d"),
            Boolean.parseBoolean(keys.getOrDefault("balance-column", "true")),
            Boolean.parseBoolean(keys.getOrDefault("upper-case-dates", "false")),
            Float.parseFloat(keys.getOrDefault("reference-font", "9"))),
        List.copyOf(transactions));
  }

  /** A copy with other transactions (used to build large benchmark batches). */
  public StatementSpec withTransactions(String newName, List<Transaction> newTransactions) {
    return new StatementSpec(
        newName,
        bank,
        holder,
        address,
        sortCode,
        accountNumber,
        periodStart,
        periodEnd,
        opening,
        columns,
        dateHeader,
        descriptionHeader,
        outHeader,
        inHeader,
        balanceHeader,
        dateFormat,
        periodFormat,
        balanceStyle,
        poundSigns,
        orientation,
        rowsPerPage,
        wrapAt,
        balanceOnEveryRow,
        dateOncePerDay,
        amountOnLastLine,
        font,
        misprintBalanceRow,
        twoLineHeadings,
        layout,
        List.copyOf(newTransactions));
  }
}
