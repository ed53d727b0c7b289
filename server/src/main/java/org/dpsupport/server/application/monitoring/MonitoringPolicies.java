package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.returns.ReturnDeadlines;
import org.dpsupport.monitoring.domain.model.risk.ConcernKind;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.monitoring.domain.model.risk.RiskCondition;
import org.dpsupport.monitoring.domain.model.risk.RiskRule;
import org.dpsupport.monitoring.domain.model.risk.RiskRules;
import org.dpsupport.server.infrastructure.persistence.monitoring.CouncilPolicyEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.PayeeRuleEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.RiskRuleEntity;

/** A council's monitoring policy, risk rules and learned payee rules, read from the database. */
@ApplicationScoped
public class MonitoringPolicies {

    @PersistenceContext(unitName = "dps")
    EntityManager em;

    /** The council's own rules, or the defaults when it has none of its own. */
    public RiskRules riskRules(long councilId) {
        List<RiskRuleEntity> rows = em.createQuery("select r from RiskRuleEntity r where r.councilId = :c order by r.code",
                RiskRuleEntity.class).setParameter("c", councilId).getResultList();
        if (rows.isEmpty()) {
            rows = em.createQuery("select r from RiskRuleEntity r where r.councilId is null order by r.code",
                    RiskRuleEntity.class).getResultList();
        }
        return new RiskRules(rows.stream().map(r -> new RiskRule(r.getCode(), RiskCondition.valueOf(r.getConditionKind()),
                r.getThreshold(), Optional.ofNullable(r.getConcern()).map(ConcernKind::valueOf),
                ReturnFrequency.valueOf(r.getFrequency()), r.getReason())).toList());
    }

    public CouncilPolicyEntity policy(long councilId) {
        return em.createQuery("select p from CouncilPolicyEntity p where p.councilId = :c or p.councilId is null"
                + " order by p.councilId", CouncilPolicyEntity.class).setParameter("c", councilId)
                .getResultList().get(0);
    }

    public ReturnDeadlines deadlines(long councilId) {
        CouncilPolicyEntity p = policy(councilId);
        return new ReturnDeadlines(p.getDaysToSubmit(), p.getReminderDaysBefore());
    }

    public PayeeRules payeeRules(long councilId) {
        return new PayeeRules(em.createQuery("select p from PayeeRuleEntity p where p.councilId = :c", PayeeRuleEntity.class)
                .setParameter("c", councilId).getResultStream()
                .collect(Collectors.toMap(PayeeRuleEntity::getPayee, PayeeRuleEntity::getCategory, (a, b) -> b)));
    }
}
