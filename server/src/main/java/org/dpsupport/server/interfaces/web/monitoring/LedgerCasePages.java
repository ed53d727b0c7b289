package org.dpsupport.server.interfaces.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import org.dpsupport.kernel.RuleException;
import org.dpsupport.server.application.monitoring.LedgerFlagRecording;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * The officer's case on a managed account: the ledger flags the queue counts, and the page to close
 * the case with a reason (GOV.UK error summary, nothing stored on a refusal).
 */
@Named("ledgerCase")
@RequestScoped
public class LedgerCasePages {

  @Inject CurrentViewer current;

  @Inject LedgerFlagRecording ledgerFlags;

  private Long accountId;

  /** Null until loaded: a postback decodes the form before the view action loads the flags. */
  private List<LedgerFlagRecording.OpenFlag> open;

  private String reason;

  /** Loads the open ledger flags for the closing page; 403 or 404 as the page's answer. */
  public void load() throws IOException {
    PageRefusal.load(
        accountId,
        "Choose an account from the queue.",
        () -> open = ledgerFlags.openFlags(current.viewer(), accountId),
        null);
  }

  /** The open ledger flags for the account page's link (none for a viewer who may not act). */
  public List<LedgerFlagRecording.OpenFlag> openFor(long id) {
    try {
      return ledgerFlags.openFlags(current.viewer(), id);
    } catch (RuleException | RecordAccessDeniedException e) {
      return List.of();
    }
  }

  /**
   * Closes the case with the reason, back to the account page saying so; refused, the page shows
   * the open flags again (read here: the view action loaded them before the form was decoded).
   */
  public String close() {
    if (reason == null || reason.isBlank()) {
      FormErrors.add(
          "close-case:reason", "Say why the case can be closed. Other officers will read this");
      open = openFor(accountId);
      return null;
    }
    try {
      int closed = ledgerFlags.close(current.viewer(), accountId, reason);
      return "/officer/monitoring-account.xhtml?faces-redirect=true&id="
          + accountId
          + "&closed="
          + closed;
    } catch (RuleException | RecordAccessDeniedException e) {
      FormErrors.add("close-case:reason", CardPages.withoutFullStop(e.getMessage()));
      open = openFor(accountId);
      return null;
    }
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  /**
   * The open flags. A postback's list is built while the form is decoded, before the view parameter
   * and the view action run, so it reads the account from the request then.
   */
  public List<LedgerFlagRecording.OpenFlag> getOpen() {
    if (open == null) {
      Long id = accountId != null ? accountId : requestedAccount();
      if (id != null) {
        open = openFor(id);
      }
    }
    return open;
  }

  private static Long requestedAccount() {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    return id != null && id.matches("[0-9]{1,18}") ? Long.valueOf(id) : null;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }
}
