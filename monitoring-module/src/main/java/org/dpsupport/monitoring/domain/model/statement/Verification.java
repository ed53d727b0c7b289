package org.dpsupport.monitoring.domain.model.statement;

import java.util.List;
import java.util.Objects;

/**
 * The result of checking a statement's arithmetic: opening balance plus every transaction equals
 * the closing balance, and each printed running balance equals the previous balance plus the
 * amount. Only a verified statement may be treated as fact downstream.
 *
 * @param disagreements where the figures do not add up (row numbers in printed order)
 * @param gaps what the check needed but the statement does not print
 * @param order the order the rows are printed in; they are checked oldest first
 * @param check what proved (or would have proved) the rows
 */
public record Verification(
    List<BalanceDisagreement> disagreements, List<String> gaps, RowOrder order, Check check) {

  /** The order of the rows on the statement. */
  public enum RowOrder {
    OLDEST_FIRST,
    NEWEST_FIRST
  }

  /** What the rows were checked against. */
  public enum Check {
    /** The printed opening and closing balance (and any running balances). */
    BALANCES,
    /** No summary balances, but a running balance on every row, each following the one before. */
    RUNNING_BALANCE,
    /** Nothing: the statement prints neither. */
    NONE
  }

  public Verification {
    disagreements = List.copyOf(disagreements);
    gaps = List.copyOf(gaps);
    Objects.requireNonNull(order, "order");
    Objects.requireNonNull(check, "check");
  }

  /** A check of an oldest-first statement against its printed balances. */
  public Verification(List<BalanceDisagreement> disagreements, List<String> gaps) {
    this(disagreements, gaps, RowOrder.OLDEST_FIRST, Check.BALANCES);
  }

  /** Everything added up and nothing needed for the check was missing. */
  public boolean verified() {
    return disagreements.isEmpty() && gaps.isEmpty();
  }

  /** Read, but nothing disagrees: the statement just does not print what the check needs. */
  public boolean uncheckable() {
    return disagreements.isEmpty() && !gaps.isEmpty();
  }

  /** A copy with more gaps (e.g. a page that could not be read). */
  public Verification withGaps(List<String> more) {
    List<String> all = new java.util.ArrayList<>(gaps);
    all.addAll(more);
    return new Verification(disagreements, all, order, check);
  }

  public String summary() {
    if (verified()) {
      return "VERIFIED";
    }
    return "NOT VERIFIED: "
        + disagreements.size()
        + " disagreement(s)"
        + (gaps.isEmpty() ? "" : ", " + String.join("; ", gaps));
  }

  /** One plain-English sentence saying what was checked and how it came out. */
  public String explanation() {
    if (verified()) {
      return check == Check.RUNNING_BALANCE
          ? "The figures add up: every running balance follows from the one before."
          : "The figures add up: the opening balance plus every payment gives the closing"
              + " balance.";
    }
    if (uncheckable()) {
      return "The payments were read but could not be checked: " + String.join("; ", gaps) + ".";
    }
    return "The figures do not add up: "
        + disagreements.size()
        + (disagreements.size() == 1 ? " place disagrees" : " places disagree")
        + (gaps.isEmpty() ? "" : ", and " + String.join("; ", gaps))
        + ".";
  }
}
