package org.dpsupport.monitoring.cards;

import java.io.Reader;
import java.time.LocalDate;
import java.util.Random;

/**
 * A Clearcard file of any number of rows, written as it is read (never held whole): a council load
 * every four weeks, then care, travel, activities, the odd cash withdrawal and grocery shop; the
 * balances chain. For the million-row test and the benchmark.
 */
public final class GeneratedCardFile extends Reader {

  /** The day the first row is dated; the council pays on it and every 28 days after. */
  public static final LocalDate START = LocalDate.of(2026, 4, 1);

  /** The council's four-weekly load, in pence: a little more than four weeks' spending. */
  public static long loadPence(int rowsPerDay) {
    return rowsPerDay * 28L * 1_100;
  }

  private static final String[][] SPENDING = {
    {"SUNRISE HOMECARE LTD", "8050"},
    {"BRIGHTSIDE HOME CARE", "8050"},
    {"TFL TRAVEL CH", "4111"},
    {"ADDISON LEE", "4121"},
    {"BECONTREE LEISURE CENTRE", "7997"},
    {"ODEON DAGENHAM", "7832"},
    {"BOOTS 1182", "5912"},
    {"TESCO STORES 2231", "5411"},
    {"LINK ATM SAINSBURYS", "6011"},
  };

  private final long rows;
  private final int rowsPerDay;
  private final Random random = new Random(19);
  private long written;
  private long balancePence = 50_000;
  private final StringBuilder pending = new StringBuilder(256);
  private int pendingAt;

  /** {@code rows} transactions, {@code rowsPerDay} a day. */
  public GeneratedCardFile(long rows, int rowsPerDay) {
    this.rows = rows;
    this.rowsPerDay = rowsPerDay;
    pending.append("Transaction Date,Card ID,Merchant Name,MCC,Amount,Balance,Reference\r\n");
  }

  /** The days a file of this many rows covers. */
  public static LocalDate lastDay(long rows, int rowsPerDay) {
    return START.plusDays((rows - 1) / rowsPerDay);
  }

  @Override
  public int read(char[] buffer, int offset, int length) {
    if (pendingAt == pending.length()) {
      if (written == rows) {
        return -1;
      }
      pending.setLength(0);
      pendingAt = 0;
      nextRow();
    }
    int n = Math.min(length, pending.length() - pendingAt);
    pending.getChars(pendingAt, pendingAt + n, buffer, offset);
    pendingAt += n;
    return n;
  }

  private void nextRow() {
    long day = written / rowsPerDay;
    LocalDate date = START.plusDays(day);
    boolean load = written % rowsPerDay == 0 && day % 28 == 0;
    String merchant;
    String mcc;
    long amount;
    if (load) {
      merchant = "DP LOAD LB BARKING AND DAGENHAM";
      mcc = "";
      amount = loadPence(rowsPerDay);
    } else {
      String[] spend = SPENDING[pick()];
      merchant = spend[0];
      mcc = spend[1];
      amount = -Math.min(balancePence, 100 + random.nextInt(2_000));
    }
    balancePence += amount;
    pending
        .append(two(date.getDayOfMonth()))
        .append('/')
        .append(two(date.getMonthValue()))
        .append('/')
        .append(date.getYear())
        .append(",C-0048213,")
        .append(merchant)
        .append(',')
        .append(mcc)
        .append(',')
        .append(pounds(amount))
        .append(',')
        .append(pounds(balancePence))
        .append(",TX")
        .append(written)
        .append("\r\n");
    written++;
  }

  /** Mostly care and travel; cash and groceries now and then. */
  private int pick() {
    int r = random.nextInt(100);
    return r < 40
        ? 0
        : r < 55
            ? 1
            : r < 70 ? 2 : r < 78 ? 3 : r < 86 ? 4 : r < 92 ? 5 : r < 96 ? 6 : r < 99 ? 7 : 8;
  }

  private static String two(int n) {
    return n < 10 ? "0" + n : Integer.toString(n);
  }

  private static String pounds(long pence) {
    long abs = Math.abs(pence);
    return (pence < 0 ? "-" : "") + abs / 100 + "." + two((int) (abs % 100));
  }

  @Override
  public void close() {}
}
