package org.dpsupport.monitoring.domain.model.statement;

import org.dpsupport.kernel.Money;

/**
 * A place where the statement's own arithmetic does not add up: a printed running balance (row
 * {@code row}, counted from 1 in statement order) or the closing balance ({@code row} 0) differs
 * from what the previous balance plus the amounts gives.
 */
public record BalanceDisagreement(int row, String what, Money expected, Money printed) {

  /** A plain-English sentence for an officer. */
  public String explanation() {
    Money difference = printed.minus(expected);
    return what
        + ": the statement prints "
        + printed.formatted()
        + " but the figures add up to "
        + expected.formatted()
        + " (a difference of "
        + difference.formatted()
        + ")";
  }
}
