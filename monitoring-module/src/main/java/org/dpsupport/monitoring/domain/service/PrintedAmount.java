package org.dpsupport.monitoring.domain.service;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.dpsupport.kernel.Money;

/**
 * A figure as a statement prints it: the size of the amount and how its sign is shown (a minus,
 * brackets, a trailing minus, or a CR/DR/OD marker). Pound signs and thousands separators are read
 * and dropped. Statements always print pence, so a figure needs two decimals.
 */
public record PrintedAmount(BigDecimal size, Marker marker) {

  /** How the figure's direction is shown. */
  public enum Marker {
    NONE,
    MINUS,
    CREDIT,
    DEBIT
  }

  private static final Pattern FIGURE =
      Pattern.compile(
          "(?<plus>\\+)?(?<lead>[-\u2212\u2013])?(?<open>\\()?(?<lead2>[-\u2212])?£?(?<plus2>\\+)?(?<lead3>[-\u2212])?"
              + "(?<num>\\d{1,3}(?:,\\d{3})+|\\d+)\\.(?<pence>\\d{2})(?<close>\\))?(?<trail>-)?\\s?"
              + "(?<suffix>CR|DR|OD|C|D)?");

  /**
   * Reads text that is wholly a figure, e.g. {@code £1,234.56}, {@code 12.00DR}, {@code (3.50)}.
   */
  public static Optional<PrintedAmount> read(String text) {
    String t = text.strip();
    if (t.isEmpty() || t.length() > 24 || t.indexOf('.') < 0) {
      return Optional.empty(); // every figure has pence after a point
    }
    Matcher m = FIGURE.matcher(t.toUpperCase(Locale.ROOT));
    if (!m.matches() || (m.group("open") == null) != (m.group("close") == null)) {
      return Optional.empty();
    }
    BigDecimal size = new BigDecimal(m.group("num").replace(",", "") + "." + m.group("pence"));
    Marker marker = Marker.NONE;
    if (m.group("lead") != null
        || m.group("lead2") != null
        || m.group("lead3") != null
        || m.group("open") != null
        || m.group("trail") != null) {
      marker = Marker.MINUS;
    }
    if (m.group("plus") != null || m.group("plus2") != null) {
      if (marker == Marker.MINUS) {
        return Optional.empty(); // "+-12.00" is not a figure
      }
      marker = Marker.CREDIT;
    }
    String suffix = m.group("suffix");
    if (suffix != null) {
      marker = suffix.startsWith("C") ? Marker.CREDIT : Marker.DEBIT;
    }
    return Optional.of(new PrintedAmount(size, marker));
  }

  /** True for a word that only marks direction after a figure: CR, DR, OD. */
  public static boolean isMarkerWord(String text) {
    String t = text.strip().toUpperCase(Locale.ROOT);
    return t.equals("CR") || t.equals("DR") || t.equals("OD") || t.equals("D") || t.equals("C");
  }

  /** This figure with a marker printed as a separate word after it. */
  public PrintedAmount withMarkerWord(String word) {
    String t = word.strip().toUpperCase(Locale.ROOT);
    return new PrintedAmount(size, t.startsWith("C") ? Marker.CREDIT : Marker.DEBIT);
  }

  /** As a balance: overdrawn (DR, OD or minus) is negative. */
  public Money asBalance() {
    Money money = Money.of(size);
    return marker == Marker.MINUS || marker == Marker.DEBIT ? money.negated() : money;
  }

  /**
   * As a transaction in a single amount column: CR is money in, DR or minus money out; an unmarked
   * figure is money out only where the statement marks just its credits.
   */
  public Money asSignedAmount(boolean unmarkedMeansOut) {
    Money money = Money.of(size);
    return switch (marker) {
      case CREDIT -> money;
      case DEBIT, MINUS -> money.negated();
      case NONE -> unmarkedMeansOut ? money.negated() : money;
    };
  }
}
