package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.dpsupport.monitoring.domain.model.account.ReviewEvent;
import org.dpsupport.monitoring.domain.model.reconciliation.PayeeRules;
import org.dpsupport.monitoring.domain.model.returns.ReturnState;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseActionEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.FlagEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.PayeeRuleEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReturnEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.StatementLineEntity;
import org.dpsupport.server.security.Viewer;

/**
 * The monitoring officer's actions on a case, each recorded with who, when and why (and audited),
 * and the budget holder's answers to questions and surplus-recovery proposals. A referral or a
 * request for a review brings the account's next review forward (reg 7: a review whenever there is
 * a concern).
 */
@ApplicationScoped
public class CaseService {

  /** What an officer can do about a return. */
  public enum ActionKind {
    ACCEPT_EXPLANATION,
    ASK_QUESTION,
    CHANGE_FREQUENCY,
    PROPOSE_SURPLUS_RECOVERY,
    CONFIRM_SURPLUS_RECOVERY,
    REFER_SOCIAL_WORKER,
    REFER_SAFEGUARDING,
    REQUEST_REVIEW,
    RECORD_REVIEW,
    SUSPEND,
    END
  }

  /**
   * An officer's action: always a reason; a flag and (for an unknown payee) the category to learn
   * when accepting an explanation; an amount for a surplus recovery; a frequency for a change.
   */
  public record ActionRequest(
      ActionKind kind,
      String reason,
      Long flagId,
      String category,
      BigDecimal amount,
      ReturnFrequency frequency) {}

  @PersistenceContext(unitName = "dps")
  EntityManager em;

  @Inject AuditLog audit;

  @Inject Clock clock;

  @Inject AccountMonitoring accounts;

  @Inject ReturnService returns;

  @Transactional
  public CaseActionEntity act(Viewer viewer, long returnId, ActionRequest request) {
    ReturnEntity r = returns.find(viewer, returnId);
    DirectPaymentAccountEntity account = accounts.requireOfficer(viewer, r.getAccountId());
    if (request.kind() == null) {
      throw MonitoringException.invalid("Choose what you want to do.");
    }
    if (request.reason() == null || request.reason().isBlank()) {
      throw MonitoringException.invalid(
          "Write why you are doing this; the budget holder and other officers will read it.");
    }
    OffsetDateTime now = OffsetDateTime.now(clock);
    CaseActionEntity action =
        new CaseActionEntity()
            .setAccountId(r.getAccountId())
            .setReturnId(returnId)
            .setKind(request.kind().name())
            .setActor(viewer.username())
            .setActedAt(now)
            .setReason(request.reason().strip())
            .setAmount(request.amount())
            .setStatus("DONE");
    switch (request.kind()) {
      case ACCEPT_EXPLANATION -> acceptExplanation(viewer, r, account, request, now);
      case ASK_QUESTION -> action.setStatus("AWAITING_RESPONSE");
      case CHANGE_FREQUENCY ->
          accounts.override(viewer, r.getAccountId(), request.frequency(), request.reason());
      case PROPOSE_SURPLUS_RECOVERY -> {
        if (request.amount() == null
            || request.amount().signum() <= 0
            || request.amount().scale() > 2) {
          throw MonitoringException.invalid(
              "Enter the amount to recover in pounds and pence, for example 1250.00.");
        }
        action.setStatus("AWAITING_RESPONSE");
      }
      case CONFIRM_SURPLUS_RECOVERY -> confirmRecovery(r, action, now, viewer);
      case REFER_SAFEGUARDING -> {
        action.setStatus("OPEN");
        accounts.reviewFor(
            viewer, r.getAccountId(), ReviewEvent.SAFEGUARDING_REFERRAL, request.reason());
      }
      case REFER_SOCIAL_WORKER ->
          accounts.reviewFor(
              viewer, r.getAccountId(), ReviewEvent.SOCIAL_WORKER_REFERRAL, request.reason());
      case REQUEST_REVIEW ->
          accounts.reviewFor(
              viewer, r.getAccountId(), ReviewEvent.OFFICER_REQUEST, request.reason());
      case RECORD_REVIEW -> accounts.recordReview(viewer, r.getAccountId(), request.reason());
      case SUSPEND, END -> {
        MonitoredAccountEntity m = accounts.monitored(r.getAccountId());
        m.setStatus(request.kind() == ActionKind.SUSPEND ? "SUSPENDED" : "ENDED");
        accounts.schedule(m);
      }
    }
    em.persist(action);
    em.flush();
    audit.record(
        viewer.username(),
        "CASE_" + request.kind().name(),
        "Return",
        returnId,
        request.reason().strip()
            + (request.amount() == null ? "" : " (£" + request.amount() + ")"));
    accounts.rerate(r.getAccountId(), viewer.username(), "Officer action " + request.kind().name());
    return action;
  }

  private void acceptExplanation(
      Viewer viewer,
      ReturnEntity r,
      DirectPaymentAccountEntity account,
      ActionRequest request,
      OffsetDateTime now) {
    List<FlagEntity> flags =
        em.createQuery(
                "select f from FlagEntity f where f.returnId = :r and f.status = 'OPEN'"
                    + (request.flagId() == null ? "" : " and f.id = :f"),
                FlagEntity.class)
            .setParameter("r", r.getId())
            .setParameter("f", request.flagId() == null ? -1L : request.flagId())
            .getResultList();
    if (flags.isEmpty()) {
      throw MonitoringException.conflict("There is no open flag to accept an explanation for.");
    }
    for (FlagEntity f : flags) {
      f.setStatus("RESOLVED")
          .setResolvedAt(now)
          .setResolvedBy(viewer.username())
          .setResolution(request.reason().strip());
      if (request.category() != null
          && !request.category().isBlank()
          && f.getEvidenceUploadId() != null) {
        learnPayee(viewer, account, f, request.category().strip(), now);
      }
    }
    closeIfNothingOpen(r, viewer, now);
  }

  private void learnPayee(
      Viewer viewer,
      DirectPaymentAccountEntity account,
      FlagEntity f,
      String category,
      OffsetDateTime now) {
    StatementLineEntity line =
        em.createQuery(
                "select l from StatementLineEntity l where l.uploadId = :u and l.lineNo = :n",
                StatementLineEntity.class)
            .setParameter("u", f.getEvidenceUploadId())
            .setParameter("n", f.getEvidenceLineNo())
            .getSingleResult();
    String payee = PayeeRules.payeeOf(line.getDescription());
    em.createQuery("delete from PayeeRuleEntity p where p.councilId = :c and p.payee = :p")
        .setParameter("c", account.getCouncilId())
        .setParameter("p", payee)
        .executeUpdate();
    em.persist(
        new PayeeRuleEntity()
            .setCouncilId(account.getCouncilId())
            .setPayee(payee)
            .setCategory(category)
            .setDecidedBy(viewer.username())
            .setDecidedAt(now));
    line.setCategory(category).setSource("PAYEE_RULE");
    audit.record(
        viewer.username(),
        "PAYEE_RULE_LEARNED",
        "Council",
        account.getCouncilId(),
        payee + " is " + category);
  }

  private void confirmRecovery(
      ReturnEntity r, CaseActionEntity action, OffsetDateTime now, Viewer viewer) {
    CaseActionEntity proposal =
        em.createQuery(
                "select c from CaseActionEntity c where c.returnId = :r and c.kind ="
                    + " 'PROPOSE_SURPLUS_RECOVERY' and c.status in ('AWAITING_RESPONSE', 'RESPONDED') order by c.actedAt desc",
                CaseActionEntity.class)
            .setParameter("r", r.getId())
            .getResultStream()
            .findFirst()
            .orElseThrow(
                () ->
                    MonitoringException.conflict(
                        "Propose a surplus recovery first; the budget holder can"
                            + " respond before you confirm it."));
    proposal.setStatus("CONFIRMED");
    action.setAmount(proposal.getAmount());
    em.createQuery(
            "select f from FlagEntity f where f.returnId = :r and f.status = 'OPEN' and f.kind ="
                + " 'SURPLUS_OVER_CONTINGENCY'",
            FlagEntity.class)
        .setParameter("r", r.getId())
        .getResultList()
        .forEach(
            f ->
                f.setStatus("RESOLVED")
                    .setResolvedAt(now)
                    .setResolvedBy(viewer.username())
                    .setResolution("Recovery of £" + proposal.getAmount() + " confirmed"));
    closeIfNothingOpen(r, viewer, now);
  }

  private void closeIfNothingOpen(ReturnEntity r, Viewer viewer, OffsetDateTime now) {
    long open =
        em.createQuery(
                "select count(f) from FlagEntity f where f.returnId = :r and f.status = 'OPEN'",
                Long.class)
            .setParameter("r", r.getId())
            .getSingleResult();
    if (open == 0 && ReturnState.valueOf(r.getState()) == ReturnState.FLAGGED) {
      r.setState(ReturnState.ACCEPTED_BY_OFFICER.name())
          .setDecidedAt(now)
          .setDecidedBy(viewer.username());
    }
  }

  /**
   * The budget holder answers a question or responds to a proposed recovery, on their return page.
   */
  @Transactional
  public CaseActionEntity respond(Viewer viewer, long actionId, String response) {
    CaseActionEntity action = em.find(CaseActionEntity.class, actionId);
    if (action == null || action.getReturnId() == null) {
      throw MonitoringException.notFound("There is no question " + actionId + ".");
    }
    returns.requireHolderSide(viewer, action.getReturnId());
    if (!"AWAITING_RESPONSE".equals(action.getStatus())) {
      throw MonitoringException.conflict("This has been answered already.");
    }
    if (response == null || response.isBlank()) {
      throw MonitoringException.invalid("Write your answer before sending it.");
    }
    action
        .setStatus("RESPONDED")
        .setResponse(response.strip())
        .setRespondedBy(viewer.username())
        .setRespondedAt(OffsetDateTime.now(clock));
    audit.record(
        viewer.username(), "CASE_RESPONSE", "Return", action.getReturnId(), response.strip());
    return action;
  }
}
