package org.dpsupport.monitoring.domain.model.reconciliation;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;
import org.dpsupport.monitoring.domain.model.statement.StatementPeriod;

/**
 * A statement submitted with a return, as reconciliation needs it: an id to cite as evidence, the
 * dates it covers, its balances, whether its arithmetic verified, and its lines.
 */
public record ReturnStatement(
    String id,
    StatementPeriod period,
    Optional<Money> opening,
    Optional<Money> closing,
    boolean verified,
    List<StatementLine> lines) {

  public ReturnStatement {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(period, "period");
    Objects.requireNonNull(opening, "opening");
    Objects.requireNonNull(closing, "closing");
    lines = List.copyOf(lines);
  }
}
