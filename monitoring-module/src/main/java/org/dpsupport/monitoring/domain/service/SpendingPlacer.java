package org.dpsupport.monitoring.domain.service;

import java.util.Objects;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.model.statement.StatementLine;

/**
 * Places a payment out that the account's terms do not explain (not a council payment, not an
 * expected payroll payment): cash, a plan category, a kind of business the card must not be used
 * at, or not known. A bank statement's line is placed by its wording and the payees officers have
 * decided ({@link #byPayee}); a card's by its merchant category code ({@link CardSpending}).
 */
@FunctionalInterface
public interface SpendingPlacer {

  /** Where one payment out belongs. */
  record Placement(Kind kind, String category, String payee) {

    /** What reconciliation makes of the payment. */
    public enum Kind {
      CASH,
      /** Placed in a category by a payee rule officers taught. */
      IN_CATEGORY,
      /** Placed in a category by its merchant category code. */
      IN_MERCHANT_CATEGORY,
      BLOCKED,
      UNKNOWN
    }

    public Placement {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(category, "category");
      Objects.requireNonNull(payee, "payee");
    }
  }

  Placement place(String statementId, int lineNumber, StatementLine line);

  /** A bank statement: cash by the council's cash words, categories by learned payee rules. */
  static SpendingPlacer byPayee(ReconciliationPolicy policy, PayeeRules payees) {
    return (statementId, lineNumber, line) -> {
      String payee = PayeeRules.payeeOf(line.description());
      if (policy.isCash(line.description())) {
        return new Placement(Placement.Kind.CASH, Reconciler.CASH, payee);
      }
      return payees
          .categoryOf(line.description())
          .map(c -> new Placement(Placement.Kind.IN_CATEGORY, c, payee))
          .orElseGet(() -> new Placement(Placement.Kind.UNKNOWN, Reconciler.UNKNOWN, payee));
    };
  }
}
