package org.dpsupport.monitoring.domain.model.reconciliation;

import java.time.LocalDate;
import java.util.Objects;
import org.dpsupport.kernel.Money;

/** The statement line a flag rests on: which statement, which line, and what it says. */
public record Evidence(
    String statementId, int lineNumber, LocalDate date, String description, Money amount) {

  public Evidence {
    Objects.requireNonNull(statementId, "statementId");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(amount, "amount");
  }

  /** The line this evidence cites. */
  public LineRef ref() {
    return new LineRef(statementId, lineNumber);
  }
}
