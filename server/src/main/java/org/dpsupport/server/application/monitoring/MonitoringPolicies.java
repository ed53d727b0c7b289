package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.ReviewPolicy;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.reconciliation.ReconciliationPolicy;
import org.dpsupport.monitoring.domain.model.reconciliation.SpendingTolerance;
import org.dpsupport.monitoring.domain.model.returns.ReturnDeadlines;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.monitoring.domain.model.risk.RiskCondition;
import org.dpsupport.monitoring.domain.model.risk.RiskRule;
import org.dpsupport.monitoring.domain.model.risk.RiskRules;
import org.dpsupport.server.infrastructure.persistence.monitoring.CouncilPolicyEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.PayeeRuleEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.RiskRuleEntity;

/**
 * A council's monitoring policy, risk rules and learned payee rules, read from the database. The
 * words that mean cash are the standard ones; everything else a council sets is in its policy row.
 */
@ApplicationScoped
public class MonitoringPolicies {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The council's own rules, or the defaults when it has none of its own. */
  public RiskRules riskRules(long councilId) {
    List<RiskRuleEntity> rows =
        em.createQuery(
                "select r from RiskRuleEntity r where r.councilId = :c order by r.code",
                RiskRuleEntity.class)
            .setParameter("c", councilId)
            .getResultList();
    if (rows.isEmpty()) {
      rows =
          em.createQuery(
                  "select r from RiskRuleEntity r where r.councilId is null order by r.code",
                  RiskRuleEntity.class)
              .getResultList();
    }
    return new RiskRules(
        rows.stream()
            .map(
                r ->
                    new RiskRule(
                        r.getCode(),
                        RiskCondition.valueOf(r.getConditionKind()),
                        r.getThreshold(),
                        Optional.ofNullable(r.getConcern()).map(ConcernKind::valueOf),
                        ReturnFrequency.valueOf(r.getFrequency()),
                        r.getReason()))
            .toList());
  }

  public CouncilPolicyEntity policy(long councilId) {
    return em.createQuery(
            "select p from CouncilPolicyEntity p where p.councilId = :c or p.councilId is null"
                + " order by p.councilId",
            CouncilPolicyEntity.class)
        .setParameter("c", councilId)
        .getResultList()
        .get(0);
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
            new SpendingTolerance(
                Money.of(p.getDeclaredToleranceAmount()), p.getDeclaredTolerancePercent()))
        .withReceiptsRequiredAbove(Optional.ofNullable(p.getReceiptRequiredAbove()).map(Money::of))
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
    return new PayeeRules(
        em.createQuery(
                "select p from PayeeRuleEntity p where p.councilId = :c", PayeeRuleEntity.class)
            .setParameter("c", councilId)
            .getResultStream()
            .collect(
                Collectors.toMap(
                    PayeeRuleEntity::getPayee, PayeeRuleEntity::getCategory, (a, b) -> b)));
  }
}
