package org.dpsupport.server.interfaces.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.monitoring.domain.model.risk.ReturnFrequency;
import org.dpsupport.server.application.monitoring.AccountMonitoring;
import org.dpsupport.server.application.monitoring.CaseService;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.application.monitoring.MonitoringReports;
import org.dpsupport.server.application.monitoring.MonitoringViews;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.dpsupport.server.application.monitoring.UploadStore;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * The monitoring pages: officer's queue, case page with actions, reports; the budget holder's
 * returns and return page (uploads, spending by category, declaration, answers).
 */
@Named("monitoring")
@RequestScoped
public class MonitoringPages {

  @Inject CurrentViewer current;

  @Inject MonitoringViews views;

  @Inject ReturnService returns;

  @Inject CaseService cases;

  @Inject MonitoringReports reports;

  @Inject AccountMonitoring accounts;

  private Long id;
  private MonitoringViews.ReturnDetail detail;
  private MonitoringViews.AccountView account;

  // form fields
  private String kind;
  private String reason;
  private Long flagId;
  private String category;
  private BigDecimal amount;
  private String frequency;
  private Part file;
  private String uploadKind = "STATEMENT";
  private final Map<String, BigDecimal> spending = new LinkedHashMap<>();
  private boolean declaration;
  private final Map<Long, String> answers = new LinkedHashMap<>();

  /**
   * Loads the return for the case page or the holder's return page; 403 or 404 as the page's
   * answer.
   */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (id == null) {
      faces.getExternalContext().responseSendError(404, "Choose a return from the list.");
      faces.responseComplete();
      return;
    }
    try {
      detail = views.detail(current.viewer(), id);
      account = views.account(current.viewer(), detail.summary().accountId());
      for (String c : accountCategories()) {
        spending.putIfAbsent(c, detail.declaredSpending().get(c));
      }
    } catch (RecordAccessDeniedException e) {
      faces.getExternalContext().responseSendError(403, e.getMessage());
      faces.responseComplete();
    } catch (MonitoringException e) {
      faces.getExternalContext().responseSendError(404, e.getMessage());
      faces.responseComplete();
    }
  }

  private List<String> accountCategories() {
    return AccountCategories.of(accounts.monitored(detail.summary().accountId()));
  }

  public List<MonitoringViews.ReturnSummary> getQueue() {
    return views.queue(current.viewer());
  }

  public List<MonitoringViews.ReturnSummary> getReturns() {
    return views.returns(current.viewer());
  }

  public MonitoringReports.Summary getSummary() {
    return reports.summary(current.viewer());
  }

  public CaseService.ActionKind[] getActionKinds() {
    return CaseService.ActionKind.values();
  }

  public ReturnFrequency[] getFrequencies() {
    return ReturnFrequency.values();
  }

  public String act() {
    return run(
        () ->
            cases.act(
                current.viewer(),
                id,
                new CaseService.ActionRequest(
                    kind == null || kind.isBlank() ? null : CaseService.ActionKind.valueOf(kind),
                    reason,
                    flagId,
                    category,
                    amount,
                    frequency == null || frequency.isBlank()
                        ? null
                        : ReturnFrequency.valueOf(frequency))),
        Done.ACTION,
        "/officer/monitoring-case.xhtml");
  }

  public String upload() {
    if (file == null || file.getSize() == 0) {
      error("Choose a PDF file to upload.");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      byte[] bytes = in.readAllBytes();
      ReturnService.Uploaded u =
          returns.upload(
              current.viewer(),
              id,
              UploadStore.Kind.valueOf(uploadKind),
              file.getSubmittedFileName(),
              bytes);
      Done done = u.duplicate() ? Done.DUPLICATE : Done.UPLOAD;
      return "/holder/return.xhtml?faces-redirect=true&id="
          + id
          + "&done="
          + done.key
          + "&upload="
          + u.id();
    } catch (IOException e) {
      error("We could not receive your file. Please try again.");
      return null;
    } catch (MonitoringException | RecordAccessDeniedException e) {
      error(e.getMessage());
      return null;
    }
  }

  public String submit() {
    Map<String, BigDecimal> given = new LinkedHashMap<>();
    spending.forEach((k, v) -> given.put(k, v == null ? BigDecimal.ZERO.setScale(2) : v));
    return run(
        () -> returns.submit(current.viewer(), id, given, declaration),
        Done.SUBMITTED,
        "/holder/return.xhtml");
  }

  public String respond(long actionId) {
    return run(
        () -> cases.respond(current.viewer(), actionId, answers.get(actionId)),
        Done.ANSWERED,
        "/holder/return.xhtml");
  }

  /**
   * What a redirect after a successful post says: a key in the address, not the flash scope (which
   * a client may not carry over the redirect), so the confirmation survives the redirect whatever
   * the client.
   */
  enum Done {
    ACTION("action", "Your action has been recorded."),
    UPLOAD("upload", null),
    DUPLICATE("duplicate", null),
    SUBMITTED("submitted", "Thank you. Your return has been sent."),
    ANSWERED("answered", "Your answer has been sent to the officer.");

    final String key;
    final String message;

    Done(String key, String message) {
      this.key = key;
      this.message = message;
    }
  }

  /**
   * The confirmation for {@code ?done=}: fixed words, or the stored outcome of the upload just made
   * (for a file sent twice, of the one kept the first time).
   */
  public String getDone() {
    if (detail == null) {
      return null;
    }
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String key = params.get("done");
    for (Done d : Done.values()) {
      if (d.key.equals(key)) {
        if (d.message != null) {
          return d.message;
        }
        String upload = params.get("upload");
        return detail.uploads().stream()
            .filter(u -> String.valueOf(u.id()).equals(upload))
            .map(
                u ->
                    d == Done.DUPLICATE
                        ? UploadStore.alreadyUploaded(u.fileName(), u.message())
                        : u.fileName() + ": " + u.message())
            .findFirst()
            .orElse(null);
      }
    }
    return null;
  }

  private String run(Runnable action, Done done, String page) {
    try {
      action.run();
      return redirect(page, done);
    } catch (MonitoringException | RecordAccessDeniedException e) {
      error(e.getMessage());
      return null;
    }
  }

  private String redirect(String page, Done done) {
    return page + "?faces-redirect=true&id=" + id + "&done=" + done.key;
  }

  private static void error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  /** "£1,234.50" */
  public String money(BigDecimal amount) {
    return amount == null
        ? ""
        : (amount.signum() < 0 ? "-£" : "£") + String.format("%,.2f", amount.abs());
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public MonitoringViews.ReturnDetail getDetail() {
    return detail;
  }

  public MonitoringViews.AccountView getAccount() {
    return account;
  }

  public String getKind() {
    return kind;
  }

  public void setKind(String kind) {
    this.kind = kind;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public Long getFlagId() {
    return flagId;
  }

  public void setFlagId(Long flagId) {
    this.flagId = flagId;
  }

  public String getCategory() {
    return category;
  }

  public void setCategory(String category) {
    this.category = category;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public void setAmount(BigDecimal amount) {
    this.amount = amount;
  }

  public String getFrequency() {
    return frequency;
  }

  public void setFrequency(String frequency) {
    this.frequency = frequency;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getUploadKind() {
    return uploadKind;
  }

  public void setUploadKind(String uploadKind) {
    this.uploadKind = uploadKind;
  }

  public Map<String, BigDecimal> getSpending() {
    return spending;
  }

  public boolean isDeclaration() {
    return declaration;
  }

  public void setDeclaration(boolean declaration) {
    this.declaration = declaration;
  }

  public Map<Long, String> getAnswers() {
    return answers;
  }
}
