package org.dpsupport.monitoring.domain.service;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one list of words UK banks use for a statement's opening and closing balance, shared by the
 * table reader (a brought/carried forward row is not a transaction) and the summary finder (a
 * labelled balance): brought/carried forward, opening/closing, start/end, previous/new, "balance
 * from previous statement", "balance at end of period", and "balance on DATE" (which of the two it
 * is follows from the date).
 */
public final class BalanceWording {

  /** Which balance a label names. */
  public enum Which {
    OPENING,
    CLOSING,
    /** "Balance on 1 March 2026": opening or closing by its date. */
    ON_DATE
  }

  /** A label found in a line of text, where it ends, and which balance it names. */
  public record Label(Which which, int start, int end) {}

  private static final String OPENING =
      "balance\\s+brought\\s+(?:forward|fwd)|brought\\s+(?:forward|fwd)|b/fwd|b/f(?![a-z])"
          + "|opening\\s+balance|start(?:ing)?\\s+balance|previous\\s+balance"
          + "|balance\\s+(?:at|on)\\s+(?:the\\s+)?start(?:\\s+of\\s+(?:the\\s+)?(?:period|statement))?"
          + "|balance\\s+from\\s+(?:your\\s+)?(?:previous|last)\\s+statement"
          + "|(?:previous|last)\\s+statement(?:'s)?\\s+balance";
  private static final String CLOSING =
      "balance\\s+carried\\s+(?:forward|fwd)|carried\\s+(?:forward|fwd)|c/fwd|c/f(?![a-z])"
          + "|closing\\s+balance|end(?:ing)?\\s+balance|new\\s+balance|final\\s+balance"
          + "|balance\\s+(?:at|on)\\s+(?:the\\s+)?end(?:\\s+of\\s+(?:the\\s+)?(?:period|statement))?"
          + "|balance\\s+to\\s+(?:your\\s+)?next\\s+statement";
  private static final String ON_DATE = "balance\\s+(?:on|at|as\\s+at|as\\s+of)(?=\\s+\\d)";

  private static final Pattern ANY =
      Pattern.compile(
          "(?i)(?<![a-z])(?:(?<opening>"
              + OPENING
              + ")|(?<closing>"
              + CLOSING
              + ")|(?<date>"
              + ON_DATE
              + "))(?![a-z])");

  private BalanceWording() {}

  /** The first balance label in {@code text}, if any. */
  public static Optional<Label> find(String text) {
    return find(text, 0);
  }

  /** The first balance label in {@code text} at or after {@code from}. */
  public static Optional<Label> find(String text, int from) {
    if (!mayHoldLabel(text)) {
      return Optional.empty(); // most lines: no "balance", "forward" or "b/f" at all
    }
    Matcher m = ANY.matcher(text);
    if (!m.find(from)) {
      return Optional.empty();
    }
    Which which =
        m.group("opening") != null
            ? Which.OPENING
            : m.group("closing") != null ? Which.CLOSING : Which.ON_DATE;
    return Optional.of(new Label(which, m.start(), m.end()));
  }

  private static boolean mayHoldLabel(String text) {
    String t = text.toLowerCase(java.util.Locale.ROOT);
    return t.contains("bal")
        || t.contains("forward")
        || t.contains("fwd")
        || t.contains("b/f")
        || t.contains("c/f");
  }

  /** True when a table row's description names the opening balance (brought forward). */
  public static boolean isOpening(String description) {
    return find(description).map(l -> l.which() == Which.OPENING).orElse(false);
  }

  /** True when a table row's description names the closing balance (carried forward). */
  public static boolean isClosing(String description) {
    return find(description).map(l -> l.which() == Which.CLOSING).orElse(false);
  }

  /** True when the text names a balance "on" a date; which one it is depends on the date. */
  public static boolean isOnDate(String description) {
    return find(description).map(l -> l.which() == Which.ON_DATE).orElse(false);
  }
}
