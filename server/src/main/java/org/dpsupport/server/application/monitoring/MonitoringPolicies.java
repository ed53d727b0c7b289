package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import org.dpsupport.monitoring.domain.model.account.ReviewPolicy;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.model.reconciliation.SpendingTolerance;
import org.dpsupport.monitoring.domain.model.returns.ReturnDeadlines;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;
import org.dpsupport.monitoring.domain.model.risk.RiskRules;
import org.dpsupport.server.infrastructure.persistence.monitoring.CouncilPolicyEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.PolicyStore;

/**
 * A council's monitoring policy, risk rules and learned payee rules, read from the database. The
 * words that mean cash are the standard ones; everything else a council sets is in its policy row.
 */
@ApplicationScoped
public class MonitoringPolicies {

  @Inject PolicyStore store;

  /** The council's own rules, or the defaults when it has none of its own. */
  public RiskRules riskRules(long councilId) {
    return new RiskRules(store.riskRules(councilId));
  }

  public CouncilPolicyEntity policy(long councilId) {
    return store.policy(councilId);
  }

  public ReturnDeadlines deadlines(long councilId) {
    CouncilPolicyEntity p = policy(councilId);
    return new ReturnDeadlines(p.getDaysToSubmit(), p.getReminderDaysBefore());
  }

  /**
   * How the council reconciles returns: tolerance on declared spending, receipts, payroll's
   * category.
   */
  public ReconciliationPolicy reconciliation(long councilId) {
    CouncilPolicyEntity p = policy(councilId);
    return ReconciliationPolicy.standard()
        .withPayrollCategory(p.getPayrollCategory())
        .withDeclaredTolerance(
            new SpendingTolerance(p.getDeclaredToleranceAmount(), p.getDeclaredTolerancePercent()))
        .withReceiptsRequiredAbove(Optional.ofNullable(p.getReceiptRequiredAbove()))
        .withReceiptDays(p.getReceiptDays(), p.getInvoiceDays());
  }

  /** When a review an event calls for is due, and which concerns call for one. */
  public ReviewPolicy reviews(long councilId) {
    CouncilPolicyEntity p = policy(councilId);
    EnumSet<ConcernKind> concerns = EnumSet.noneOf(ConcernKind.class);
    Arrays.stream(p.getReviewConcerns().split(","))
        .map(String::strip)
        .filter(s -> !s.isEmpty())
        .map(ConcernKind::valueOf)
        .forEach(concerns::add);
    return new ReviewPolicy(p.getEventReviewDays(), concerns);
  }

  public PayeeRules payeeRules(long councilId) {
    return new PayeeRules(store.payeeRules(councilId));
  }
}
