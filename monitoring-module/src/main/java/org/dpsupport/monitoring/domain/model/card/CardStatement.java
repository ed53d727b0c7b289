package org.dpsupport.monitoring.domain.model.card;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.dpsupport.monitoring.domain.model.reconciliation.ReturnStatement;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;

/**
 * A card file read for reconciliation: its transactions as statement lines, oldest first, with each
 * line's merchant category code beside it. The card's balances chain (the reader refused the file
 * otherwise), so it reconciles as a verified statement over the days it covers.
 */
public final class CardStatement {

  private static final short NO_CODE = -1;

  private final String id;
  private final CardFileSummary summary;
  private final List<StatementLine> lines;
  private final short[] codes;
  private final long[] rows;

  private CardStatement(
      String id, CardFileSummary summary, List<StatementLine> lines, short[] codes, long[] rows) {
    this.id = Objects.requireNonNull(id, "id");
    this.summary = Objects.requireNonNull(summary, "summary");
    this.lines = Collections.unmodifiableList(lines);
    this.codes = codes;
    this.rows = rows;
  }

  public String id() {
    return id;
  }

  public CardFileSummary summary() {
    return summary;
  }

  public List<StatementLine> lines() {
    return lines;
  }

  /** The merchant category of line {@code lineNumber} (1 is the oldest), if the file gives one. */
  public Optional<MerchantCategoryCode> merchantCategory(int lineNumber) {
    short code = codes[lineNumber - 1];
    return code == NO_CODE ? Optional.empty() : Optional.of(new MerchantCategoryCode(code));
  }

  /** The row of the file line {@code lineNumber} was read from (the heading is row 1). */
  public long fileRow(int lineNumber) {
    return rows[lineNumber - 1];
  }

  /** As reconciliation reads a statement: the card's own balances, which chain. */
  public ReturnStatement asReturnStatement() {
    return new ReturnStatement(
        id,
        summary.period(),
        Optional.of(summary.opening()),
        Optional.of(summary.closing()),
        true,
        lines);
  }

  /**
   * Collects the transactions as the reader hands them over, in the file's order, as a compact
   * line, a two-byte code and the row number each.
   */
  public static final class Collector implements Consumer<CardTransaction> {
    private final List<StatementLine> lines = new ArrayList<>();
    private short[] codes = new short[1024];
    private long[] rows = new long[1024];

    @Override
    public void accept(CardTransaction t) {
      if (lines.size() == codes.length) {
        codes = Arrays.copyOf(codes, codes.length * 2);
        rows = Arrays.copyOf(rows, rows.length * 2);
      }
      rows[lines.size()] = t.row();
      codes[lines.size()] = t.merchantCategory().map(c -> (short) c.code()).orElse(NO_CODE);
      lines.add(t.asStatementLine());
    }

    /** The statement, oldest transaction first whatever the file's order. */
    public CardStatement build(String id, CardFileSummary summary, CardFileFormat.RowOrder order) {
      List<StatementLine> ordered = new ArrayList<>(lines);
      short[] orderedCodes = Arrays.copyOf(codes, lines.size());
      long[] orderedRows = Arrays.copyOf(rows, lines.size());
      if (order == CardFileFormat.RowOrder.NEWEST_FIRST) {
        Collections.reverse(ordered);
        for (int i = 0, j = orderedCodes.length - 1; i < j; i++, j--) {
          short swap = orderedCodes[i];
          orderedCodes[i] = orderedCodes[j];
          orderedCodes[j] = swap;
          long row = orderedRows[i];
          orderedRows[i] = orderedRows[j];
          orderedRows[j] = row;
        }
      }
      return new CardStatement(id, summary, ordered, orderedCodes, orderedRows);
    }
  }
}
