package org.dpsupport.server.application.monitoring;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import org.dpsupport.kernel.Money;
import org.dpsupport.monitoring.domain.model.account.MonitoringStatus;
import org.dpsupport.monitoring.domain.model.account.ReviewEvent;
import org.dpsupport.monitoring.domain.model.cases.CaseActionKind;
import org.dpsupport.monitoring.domain.model.cases.CaseActionStatus;
import org.dpsupport.monitoring.domain.model.cases.CaseOutcome;
import org.dpsupport.monitoring.domain.model.reconciliation.FlagKind;
import org.dpsupport.monitoring.domain.model.returns.ReturnState;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.server.application.AuditLog;
import org.dpsupport.server.infrastructure.persistence.DirectPaymentAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseActionEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.CaseStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.FlagEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.FlagStore;
import org.dpsupport.server.infrastructure.persistence.monitoring.MonitoredAccountEntity;
import org.dpsupport.server.infrastructure.persistence.monitoring.ReturnEntity;
import org.dpsupport.server.security.Viewer;

/**
 * The monitoring officer's actions on a case, each recorded with who, when and why (and audited),
 * and the budget holder's answers to questions and surplus-recovery proposals. A referral or a
 * request for a review brings the account's next review forward (reg 7: a review whenever there is
 * a concern).
 */
@ApplicationScoped
public class CaseService {

  /**
   * An officer's action: always a reason; the flags (of this return) it answers or asks about (for
   * accepting an explanation, none means every open flag); for an unknown payee the category to
   * learn; an amount for a surplus recovery (more than the surplus on the case page only with
   * {@code overSurplusReason}); a frequency for a change; an outcome for closing the case.
   */
  public record ActionRequest(
      CaseActionKind kind,
      String reason,
      List<Long> flagIds,
      String category,
      BigDecimal amount,
      ReturnFrequency frequency,
      CaseOutcome outcome,
      String overSurplusReason) {

    public ActionRequest {
      flagIds = flagIds == null ? List.of() : List.copyOf(flagIds);
    }

    /** The first API's shape: one flag or none. */
    public ActionRequest(
        CaseActionKind kind,
        String reason,
        Long flagId,
        String category,
        BigDecimal amount,
        ReturnFrequency frequency) {
      this(
          kind,
          reason,
          flagId == null ? List.of() : List.of(flagId),
          category,
          amount,
          frequency,
          null,
          null);
    }
  }

  @Inject FlagStore flags;

  @Inject CaseStore caseActions;

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
    List<FlagEntity> chosen = chosenFlags(r, request.flagIds());
    OffsetDateTime now = OffsetDateTime.now(clock);
    CaseActionEntity action =
        new CaseActionEntity()
            .setAccountId(r.getAccountId())
            .setReturnId(returnId)
            .setKind(request.kind())
            .setActor(viewer.username())
            .setActedAt(now)
            .setReason(request.reason().strip())
            .setAmount(
                request.amount() == null ? null : Money.of(request.amount(), RoundingMode.HALF_UP))
            .setStatus(CaseActionStatus.DONE)
            .setFlagIds(chosen.stream().map(FlagEntity::getId).toList());
    switch (request.kind()) {
      case ACCEPT_EXPLANATION -> {
        List<FlagEntity> answered = acceptExplanation(viewer, r, account, request, chosen, now);
        action.setFlagIds(answered.stream().map(FlagEntity::getId).toList());
      }
      case ASK_QUESTION -> action.setStatus(CaseActionStatus.AWAITING_RESPONSE);
      case CHANGE_FREQUENCY -> {
        if (request.frequency() == null) {
          throw MonitoringException.invalid("Choose how often returns should be due from now on.");
        }
        accounts.override(viewer, r.getAccountId(), request.frequency(), request.reason());
      }
      case PROPOSE_SURPLUS_RECOVERY -> {
        requireRecoverable(r, request, action);
        action.setStatus(CaseActionStatus.AWAITING_RESPONSE);
      }
      case CONFIRM_SURPLUS_RECOVERY -> confirmRecovery(r, action, now, viewer);
      case REFER_SAFEGUARDING -> {
        action.setStatus(CaseActionStatus.OPEN);
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
        m.setStatus(
            request.kind() == CaseActionKind.SUSPEND
                ? MonitoringStatus.SUSPENDED
                : MonitoringStatus.ENDED);
        accounts.schedule(m);
      }
      case CLOSE_CASE -> closeCase(viewer, r, request, action, now);
    }
    caseActions.record(action);
    audit.record(
        viewer.username(),
        "CASE_" + request.kind().name(),
        "Return",
        returnId,
        request.reason().strip()
            + (action.getAmount() == null ? "" : " (" + action.getAmount().formatted() + ")"));
    accounts.rerate(r.getAccountId(), viewer.username(), "Officer action " + request.kind().name());
    return action;
  }

  /** The flags named, each of them this return's; refused otherwise. */
  private List<FlagEntity> chosenFlags(ReturnEntity r, List<Long> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    List<FlagEntity> found = flags.ofReturn(r.getId(), ids);
    if (found.size() != new java.util.HashSet<>(ids).size()) {
      throw MonitoringException.invalid("Choose flags from this case's list of flags.");
    }
    return found;
  }

  /**
   * A recovery amount in pounds and pence, no more than the surplus over contingency the case shows
   * unless the officer says why.
   */
  private void requireRecoverable(ReturnEntity r, ActionRequest request, CaseActionEntity action) {
    if (request.amount() == null
        || request.amount().signum() <= 0
        || request.amount().scale() > 2) {
      throw MonitoringException.invalid(
          "Enter the amount to recover in pounds and pence, for example 1250.00.");
    }
    BigDecimal surplus =
        r.getSurplus() == null ? BigDecimal.ZERO : r.getSurplus().amount().max(BigDecimal.ZERO);
    if (request.amount().compareTo(surplus) > 0) {
      if (request.overSurplusReason() == null || request.overSurplusReason().isBlank()) {
        throw MonitoringException.invalid(
            "The surplus over contingency for this return is "
                + Money.format(surplus)
                + ". To recover "
                + Money.format(request.amount())
                + ", say why it is more than the surplus.");
      }
      action.setOverSurplusReason(request.overSurplusReason().strip());
    }
  }

  private List<FlagEntity> acceptExplanation(
      Viewer viewer,
      ReturnEntity r,
      DirectPaymentAccountEntity account,
      ActionRequest request,
      List<FlagEntity> chosen,
      OffsetDateTime now) {
    List<FlagEntity> answered =
        chosen.isEmpty()
            ? flags.open(r.getId())
            : chosen.stream().filter(FlagEntity::isOpen).toList();
    if (answered.isEmpty()) {
      throw MonitoringException.conflict(
          chosen.isEmpty()
              ? "There is no open flag to accept an explanation for."
              : "The flags you chose have been dealt with already.");
    }
    flags.resolve(answered, viewer.username(), now, request.reason().strip());
    for (FlagEntity f : answered) {
      if (request.category() != null
          && !request.category().isBlank()
          && f.getEvidenceUploadId() != null) {
        learnPayee(viewer, account, f, request.category().strip(), now);
      }
    }
    closeIfNothingOpen(r, viewer, now);
    return answered;
  }

  /**
   * Closes the case: every open flag is resolved with the reason, the return leaves the queue
   * (accepted by the officer), and the outcome is kept: a recovery records its amount (bounded by
   * the surplus), a referral brings the account's review forward.
   */
  private void closeCase(
      Viewer viewer,
      ReturnEntity r,
      ActionRequest request,
      CaseActionEntity action,
      OffsetDateTime now) {
    if (request.outcome() == null) {
      throw MonitoringException.invalid(
          "Choose how the case ends: accepted, surplus to be recovered, or referred.");
    }
    ReturnState state = r.state();
    if (state.closed()) {
      throw MonitoringException.conflict("This case is closed already.");
    }
    action.setOutcome(request.outcome());
    switch (request.outcome()) {
      case ACCEPTED -> {}
      case RECOVERY -> requireRecoverable(r, request, action);
      case REFERRED ->
          accounts.reviewFor(
              viewer, r.getAccountId(), ReviewEvent.SOCIAL_WORKER_REFERRAL, request.reason());
    }
    List<FlagEntity> open = flags.open(r.getId());
    flags.resolve(open, viewer.username(), now, "Case closed: " + request.reason().strip());
    action.setFlagIds(open.stream().map(FlagEntity::getId).toList());
    caseActions.closePending(r.getId());
    r.state(ReturnState.ACCEPTED_BY_OFFICER).setDecidedAt(now).setDecidedBy(viewer.username());
  }

  private void learnPayee(
      Viewer viewer,
      DirectPaymentAccountEntity account,
      FlagEntity f,
      String category,
      OffsetDateTime now) {
    String payee =
        caseActions.learnPayee(
            account.getCouncilId(),
            f.getEvidenceUploadId(),
            f.getEvidenceLineNo(),
            category,
            viewer.username(),
            now);
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
        caseActions
            .pendingProposal(r.getId())
            .orElseThrow(
                () ->
                    MonitoringException.conflict(
                        "Propose a surplus recovery first; the budget holder can"
                            + " respond before you confirm it."));
    proposal.setStatus(CaseActionStatus.CONFIRMED);
    action.setAmount(proposal.getAmount());
    flags.resolve(
        flags.open(r.getId(), FlagKind.SURPLUS_OVER_CONTINGENCY),
        viewer.username(),
        now,
        "Recovery of " + Money.format(proposal.getAmount().amount()) + " confirmed");
    closeIfNothingOpen(r, viewer, now);
  }

  private void closeIfNothingOpen(ReturnEntity r, Viewer viewer, OffsetDateTime now) {
    if (flags.countOpen(r.getId()) == 0 && r.state() == ReturnState.FLAGGED) {
      r.state(ReturnState.ACCEPTED_BY_OFFICER).setDecidedAt(now).setDecidedBy(viewer.username());
    }
  }

  /**
   * The budget holder answers a question or responds to a proposed recovery, on their return page.
   */
  @Transactional
  public CaseActionEntity respond(Viewer viewer, long actionId, String response) {
    CaseActionEntity action = caseActions.find(actionId).orElse(null);
    if (action == null || action.getReturnId() == null) {
      throw MonitoringException.notFound("There is no question " + actionId + ".");
    }
    returns.requireHolderSide(viewer, action.getReturnId());
    if (action.getStatus() != CaseActionStatus.AWAITING_RESPONSE) {
      throw MonitoringException.conflict("This has been answered already.");
    }
    if (response == null || response.isBlank()) {
      throw MonitoringException.invalid("Write your answer before sending it.");
    }
    action
        .setStatus(CaseActionStatus.RESPONDED)
        .setResponse(response.strip())
        .setRespondedBy(viewer.username())
        .setRespondedAt(OffsetDateTime.now(clock));
    audit.record(
        viewer.username(), "CASE_RESPONSE", "Return", action.getReturnId(), response.strip());
    return action;
  }
}
