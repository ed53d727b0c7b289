package org.dpsupport.monitoring.domain.model.statement;

import java.util.List;
import java.util.Objects;

/**
 * A bank statement as read from a PDF: the account details, the transactions in statement order and
 * the result of checking its arithmetic. A plain value (a statement import), not an entity; the
 * server decides what to keep.
 */
public record Statement(
    AccountDetails account, List<StatementLine> lines, Verification verification) {

  public Statement {
    Objects.requireNonNull(account, "account");
    lines = List.copyOf(lines);
    Objects.requireNonNull(verification, "verification");
  }

  public boolean verified() {
    return verification.verified();
  }
}
