package org.dpsupport.server.it.monitoring;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.dpsupport.testresources.statements.StatementPdfWriter;
import org.dpsupport.testresources.statements.StatementSpec;
import org.dpsupport.testresources.statements.StatementSpec.Transaction;

/**
 * Bank statement PDFs for a return period, made by the ingestion fixtures' generator with the
 * layout of the {@code signed-amount-column} fixture: the council's four-weekly payments in and a
 * care agency paid after each, plus whatever extra lines a test adds.
 */
final class Statements {

  private Statements() {}

  static StatementSpec layout() {
    try (var in =
        Statements.class.getResourceAsStream(
            "/fixtures/statements/signed-amount-column.statement")) {
      return StatementSpec.read("layout", new InputStreamReader(in, StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A statement for [start, endExclusive) with instalments every four weeks from start. */
  static byte[] quarter(
      LocalDate start,
      LocalDate endExclusive,
      String opening,
      String instalment,
      List<Transaction> extra) {
    List<Transaction> lines = new ArrayList<>();
    for (LocalDate pay = start; pay.isBefore(endExclusive); pay = pay.plusWeeks(4)) {
      lines.add(
          new Transaction(
              pay, new BigDecimal(instalment), "DIRECT PAYMENT BARKING AND DAGENHAM COUNCIL"));
      LocalDate out = pay.plusDays(2).isBefore(endExclusive) ? pay.plusDays(2) : pay;
      lines.add(
          new Transaction(
              out,
              new BigDecimal(instalment).subtract(new BigDecimal("50.00")).negate(),
              "FASTER PAYMENT TO SUNRISE HOMECARE LTD"));
    }
    lines.addAll(extra);
    return of(start, endExclusive, opening, lines);
  }

  /** A statement for [start, endExclusive) with exactly these lines (in date order on the page). */
  static byte[] of(
      LocalDate start, LocalDate endExclusive, String opening, List<Transaction> transactions) {
    return of(layout().holder(), start, endExclusive, opening, transactions);
  }

  /** As {@link #of}, printed in the name of {@code holder}. */
  static byte[] of(
      String holder,
      LocalDate start,
      LocalDate endExclusive,
      String opening,
      List<Transaction> transactions) {
    List<Transaction> lines = new ArrayList<>(transactions);
    lines.sort(Comparator.comparing(Transaction::date));
    StatementSpec l = layout();
    StatementSpec spec =
        new StatementSpec(
            "it-" + start,
            l.bank(),
            holder,
            l.address(),
            l.sortCode(),
            l.accountNumber(),
            start,
            endExclusive.minusDays(1),
            new BigDecimal(opening),
            l.columns(),
            l.dateHeader(),
            l.descriptionHeader(),
            l.outHeader(),
            l.inHeader(),
            l.balanceHeader(),
            l.dateFormat(),
            l.periodFormat(),
            l.balanceStyle(),
            l.poundSigns(),
            l.orientation(),
            l.rowsPerPage(),
            l.wrapAt(),
            l.balanceOnEveryRow(),
            l.dateOncePerDay(),
            l.amountOnLastLine(),
            l.font(),
            0,
            l.twoLineHeadings(),
            lines);
    return StatementPdfWriter.write(spec).pdf();
  }

  /**
   * A statement that prints no opening or closing balance and no running balance (a credit union
   * style): it can be read but not checked.
   */
  static byte[] withoutBalances(
      LocalDate start, LocalDate endExclusive, List<Transaction> transactions) {
    StatementSpec l = layout();
    StatementSpec.Layout none =
        new StatementSpec.Layout(
            StatementSpec.Summary.NONE,
            false,
            false,
            "Balance brought forward",
            "Balance carried forward",
            false,
            "Page %d of %d",
            false,
            false,
            9f);
    List<Transaction> lines = new ArrayList<>(transactions);
    lines.sort(Comparator.comparing(Transaction::date));
    StatementSpec spec =
        new StatementSpec(
            "it-no-balances-" + start,
            l.bank(),
            l.holder(),
            l.address(),
            l.sortCode(),
            l.accountNumber(),
            start,
            endExclusive.minusDays(1),
            BigDecimal.ZERO,
            l.columns(),
            l.dateHeader(),
            l.descriptionHeader(),
            l.outHeader(),
            l.inHeader(),
            l.balanceHeader(),
            l.dateFormat(),
            l.periodFormat(),
            l.balanceStyle(),
            l.poundSigns(),
            l.orientation(),
            l.rowsPerPage(),
            l.wrapAt(),
            l.balanceOnEveryRow(),
            false,
            l.amountOnLastLine(),
            l.font(),
            0,
            l.twoLineHeadings(),
            none,
            lines);
    return StatementPdfWriter.write(spec).pdf();
  }
}
