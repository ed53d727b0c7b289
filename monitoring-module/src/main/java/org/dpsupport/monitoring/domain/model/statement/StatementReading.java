package org.dpsupport.monitoring.domain.model.statement;

import java.util.Objects;

/**
 * The outcome of reading a statement PDF: either the {@link Statement} (check {@link
 * Statement#verified()} before treating it as fact) or a {@link Refusal} with a reason. Never
 * partial data.
 */
public sealed interface StatementReading {

  /** The statement was read. */
  record Read(Statement statement) implements StatementReading {
    public Read {
      Objects.requireNonNull(statement, "statement");
    }
  }

  /** The document was not read, and why. */
  record Refused(Refusal refusal) implements StatementReading {
    public Refused {
      Objects.requireNonNull(refusal, "refusal");
    }
  }
}
