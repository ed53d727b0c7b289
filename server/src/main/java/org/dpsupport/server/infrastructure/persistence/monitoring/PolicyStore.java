package org.dpsupport.server.infrastructure.persistence.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;
import org.dpsupport.monitoring.domain.model.risk.RiskCondition;
import org.dpsupport.monitoring.domain.model.risk.RiskRule;

/** A council's monitoring policy row, its risk rules and its learned payee rules. */
@ApplicationScoped
public class PolicyStore {

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  /** The council's own risk rules in code order, or the defaults when it has none of its own. */
  public List<RiskRule> riskRules(long councilId) {
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
    return rows.stream()
        .map(
            r ->
                new RiskRule(
                    r.getCode(),
                    RiskCondition.valueOf(r.getConditionKind()),
                    r.getThreshold(),
                    Optional.ofNullable(r.getConcern()).map(ConcernKind::valueOf),
                    r.getFrequency(),
                    r.getReason()))
        .toList();
  }

  /** The council's own policy, or the default one when it has none. */
  public CouncilPolicyEntity policy(long councilId) {
    return em.createQuery(
            "select p from CouncilPolicyEntity p where p.councilId = :c or p.councilId is null"
                + " order by p.councilId",
            CouncilPolicyEntity.class)
        .setParameter("c", councilId)
        .getResultList()
        .get(0);
  }

  /** The categories the council's officers have decided for payees: payee to category. */
  public Map<String, String> payeeRules(long councilId) {
    return em.createQuery(
            "select p from PayeeRuleEntity p where p.councilId = :c", PayeeRuleEntity.class)
        .setParameter("c", councilId)
        .getResultStream()
        .collect(
            Collectors.toMap(PayeeRuleEntity::getPayee, PayeeRuleEntity::getCategory, (a, b) -> b));
  }
}
