package org.dpsupport.server.interfaces.web.holder;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.server.application.monitoring.AccountMonitoring;
import org.dpsupport.server.application.monitoring.CaseService;
import org.dpsupport.server.application.monitoring.MonitoringException;
import org.dpsupport.server.application.monitoring.MonitoringViews;
import org.dpsupport.server.application.monitoring.ReturnService;
import org.dpsupport.server.application.monitoring.UploadIntake;
import org.dpsupport.server.infrastructure.persistence.monitoring.UploadKind;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.FormInput;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.interfaces.web.PlainWords;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * The budget holder's (or nominee's) returns: the list, and one return's page: files (refused ones
 * as errors, removable), what was spent by category as typed, the declaration or a reason for
 * missing statements, the confirmation with its reference, the flags in plain words with what to
 * do, and the officer's questions to answer.
 */
@Named("holderReturn")
@RequestScoped
public class HolderReturnPage {

  static final String FORM = "form";

  @Inject CurrentViewer current;

  @Inject MonitoringViews views;

  @Inject ReturnService returns;

  @Inject CaseService cases;

  @Inject AccountMonitoring accounts;

  private Long id;
  private MonitoringViews.ReturnDetail detail;
  private List<Category> categories;

  private Part file;
  private String uploadKind = "STATEMENT";
  private boolean declaration;
  private String missingReason;
  private final Map<Long, String> answers = new LinkedHashMap<>();

  /** A spending category of the support plan and what the holder typed for it. */
  public static final class Category {
    private final String code;
    private final String label;
    private String typed;

    Category(String code, String typed) {
      this.code = code;
      this.label = PlainWords.category(code);
      this.typed = typed;
    }

    public String getCode() {
      return code;
    }

    public String getLabel() {
      return label;
    }

    public String getTyped() {
      return typed;
    }

    public void setTyped(String typed) {
      this.typed = typed;
    }
  }

  /** 404 without a return, 403 for someone else's; the return is then read once. */
  public void load() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      if (getDetail() == null) {
        PageRefusal.send(faces, 404, "Choose a return from the list of your returns.");
      }
    } catch (RecordAccessDeniedException e) {
      PageRefusal.send(faces, 403, e.getMessage());
    } catch (MonitoringException e) {
      PageRefusal.send(faces, 404, e.getMessage());
    }
  }

  private Long returnId() {
    if (id == null) {
      String p =
          FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
      if (p != null && p.matches("\\d{1,18}")) {
        id = Long.valueOf(p);
      }
    }
    return id;
  }

  /** The return (read on first use, so the form's fields exist when a post is applied). */
  public MonitoringViews.ReturnDetail getDetail() {
    if (detail == null && returnId() != null) {
      detail = views.detail(current.viewer(), returnId());
    }
    return detail;
  }

  /** The plan's categories, each with the amount typed (or stored). */
  public List<Category> getCategories() {
    if (categories == null) {
      categories = new ArrayList<>();
      if (getDetail() != null) {
        for (String c : ReturnCategories.of(accounts, detail.summary().accountId())) {
          BigDecimal stored = detail.declaredSpending().get(c);
          categories.add(new Category(c, stored == null ? null : stored.toPlainString()));
        }
      }
    }
    return categories;
  }

  public boolean isEditable() {
    String s = getDetail() == null ? null : detail.summary().state();
    return "OPEN".equals(s) || "OVERDUE".equals(s);
  }

  public boolean isSent() {
    return getDetail() != null && !isEditable();
  }

  // ---- upload and remove ----

  public String upload() {
    if (file == null || file.getSize() == 0) {
      FormErrors.add("upload:file", "Choose a PDF file to upload");
      return null;
    }
    UploadKind kind;
    try {
      kind = UploadKind.valueOf(uploadKind);
    } catch (IllegalArgumentException | NullPointerException e) {
      FormErrors.add(
          "upload:kind", "Choose whether the file is a bank statement, receipt or invoice");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      ReturnService.Uploaded u =
          returns.upload(
              current.viewer(), id, kind, file.getSubmittedFileName(), in.readAllBytes());
      String done =
          u.duplicate()
              ? "duplicate"
              : switch (u.outcome()) {
                case "REFUSED" -> "refused";
                case "NEEDS_OFFICER" -> "officer";
                default -> "upload";
              };
      return "/holder/return.xhtml?faces-redirect=true&id="
          + id
          + "&done="
          + done
          + "&upload="
          + u.id();
    } catch (IOException e) {
      FormErrors.add("upload:file", "The file did not reach us. Choose it again and upload it");
      return null;
    } catch (MonitoringException | RecordAccessDeniedException e) {
      FormErrors.add("upload:file", e.getMessage());
      return null;
    }
  }

  public String remove(long uploadId) {
    try {
      returns.removeUpload(current.viewer(), returnId(), uploadId);
      return "/holder/return.xhtml?faces-redirect=true&id=" + id + "&done=removed";
    } catch (MonitoringException | RecordAccessDeniedException e) {
      FormErrors.add(null, e.getMessage());
      return null;
    }
  }

  // ---- send ----

  /**
   * Checks every amount and the declaration at once, keeps what was typed, and sends the return;
   * then the confirmation page.
   */
  public String submit() {
    Map<String, BigDecimal> spending = new LinkedHashMap<>();
    List<Category> cs = getCategories();
    for (int i = 0; i < cs.size(); i++) {
      Category c = cs.get(i);
      FormInput.Read<BigDecimal> read =
          FormInput.pounds(c.getTyped(), "what you spent on " + c.getLabel().toLowerCase(), null);
      if (read.ok()) {
        spending.put(c.getCode(), read.value());
      } else {
        FormErrors.add(amountField(i), read.error());
      }
    }
    if (!declaration) {
      FormErrors.add(
          FORM + ":declaration",
          "Tick the box to confirm the return is true and complete, or come back when it is");
    }
    if (FormErrors.any()) {
      return null;
    }
    try {
      returns.submit(current.viewer(), returnId(), spending, true, missingReason);
      return "/holder/return-sent.xhtml?faces-redirect=true&id=" + id;
    } catch (ReturnService.StatementsMissing e) {
      FormErrors.add(FORM + ":missingReason", e.getMessage());
      return null;
    } catch (MonitoringException | RecordAccessDeniedException e) {
      FormErrors.add(null, e.getMessage());
      return null;
    }
  }

  /** The client id of a category's amount box, for its error and the summary's link. */
  public String amountField(int index) {
    return FORM + ":spending:" + index + ":amount";
  }

  /** The client id of the answer box of the question at this index. */
  public String answerField(int index) {
    return "answers:q:" + index + ":answer";
  }

  public String respond(long actionId, int index) {
    String answer = answers.get(actionId);
    if (answer == null || answer.isBlank()) {
      FormErrors.add(answerField(index), "Write your answer to the officer's question");
      return null;
    }
    try {
      cases.respond(current.viewer(), actionId, answer);
      return "/holder/return.xhtml?faces-redirect=true&id=" + id + "&done=answered";
    } catch (MonitoringException | RecordAccessDeniedException e) {
      FormErrors.add(answerField(index), e.getMessage());
      return null;
    }
  }

  // ---- what the page says ----

  /** The confirmation for {@code ?done=} after a redirect; null for none. */
  public String getDone() {
    if (getDetail() == null) {
      return null;
    }
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    String key = params.get("done");
    if (key == null) {
      return null;
    }
    String upload = params.get("upload");
    MonitoringViews.UploadView u =
        detail.uploads().stream()
            .filter(x -> String.valueOf(x.id()).equals(upload))
            .findFirst()
            .orElse(null);
    return switch (key) {
      case "answered" -> "Your answer has been sent to your officer.";
      case "removed" -> "The file has been removed.";
      case "upload" -> u == null ? null : u.fileName() + " uploaded. " + u.message();
      case "duplicate" ->
          u == null ? null : UploadIntake.alreadyUploaded(u.fileName(), u.message());
      default -> null;
    };
  }

  /** A refused file just uploaded: shown as an error, not as a success. */
  public String getRefused() {
    return justUploaded("refused", " was not accepted. ");
  }

  /** A file just uploaded that we could not read: kept for an officer, shown as a warning. */
  public String getForOfficer() {
    return justUploaded("officer", ": ");
  }

  private String justUploaded(String done, String joiner) {
    var params = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    if (getDetail() == null || !done.equals(params.get("done"))) {
      return null;
    }
    return detail.uploads().stream()
        .filter(x -> String.valueOf(x.id()).equals(params.get("upload")))
        .map(x -> x.fileName() + joiner + x.message())
        .findFirst()
        .orElse(null);
  }

  public List<MonitoringViews.UploadView> getAcceptedFiles() {
    return getDetail() == null
        ? List.of()
        : detail.uploads().stream().filter(u -> !"REFUSED".equals(u.outcome())).toList();
  }

  public List<MonitoringViews.UploadView> getRefusedFiles() {
    return getDetail() == null
        ? List.of()
        : detail.uploads().stream().filter(u -> "REFUSED".equals(u.outcome())).toList();
  }

  public String kind(String kind) {
    return switch (kind == null ? "" : kind) {
      case "STATEMENT" -> "Bank statement";
      case "RECEIPT" -> "Receipt";
      case "INVOICE" -> "Invoice";
      default -> PlainWords.sentence(kind);
    };
  }

  /** The open flags, each in plain words with what the holder can do. */
  public List<FlagWords> getFlags() {
    if (getDetail() == null) {
      return List.of();
    }
    return detail.flags().stream()
        .map(
            f ->
                new FlagWords(
                    f.id(),
                    f.title(),
                    PlainWords.datesInWords(f.message()),
                    FlagAdvice.of(f.kind()),
                    f.status(),
                    f.resolution()))
        .toList();
  }

  /** A flag for the holder: what was found and what they can do. */
  public record FlagWords(
      long id, String title, String found, String whatToDo, String status, String resolution) {}

  /** The officer's questions and proposals, newest last. */
  public List<MonitoringViews.ActionView> getQuestions() {
    return getDetail() == null
        ? List.of()
        : detail.actions().stream()
            .filter(
                a ->
                    a.status() != null
                        && (a.status().equals("AWAITING_RESPONSE")
                            || a.status().equals("RESPONDED")))
            .toList();
  }

  public boolean isAwaitingAnswers() {
    return getQuestions().stream().anyMatch(this::awaitingAnswer);
  }

  /** The return's reference for the holder: the account's and the return's number. */
  public String getReference() {
    return getDetail() == null ? "" : detail.summary().reference() + "-R" + detail.summary().id();
  }

  public boolean awaitingAnswer(MonitoringViews.ActionView a) {
    return "AWAITING_RESPONSE".equals(a.status());
  }

  public String actionHeading(MonitoringViews.ActionView a) {
    return "PROPOSE_SURPLUS_RECOVERY".equals(a.kind())
        ? "Your officer proposes to recover " + PlainWords.money(a.amount())
        : "Your officer asks";
  }

  /** What the state means for the holder, in a sentence. */
  public String getStateExplained() {
    if (getDetail() == null) {
      return "";
    }
    var s = detail.summary();
    return switch (s.state()) {
      case "OPEN" -> "This return is due by " + PlainWords.date(s.dueDate()) + ".";
      case "OVERDUE" ->
          "This return was due by "
              + PlainWords.date(s.dueDate())
              + ". Send it as soon as you can: your officer has been told it is late.";
      case "SUBMITTED" -> "You have sent this return. We are checking it against your statements.";
      case "ACCEPTED_AUTOMATICALLY" ->
          "You have sent this return and it has been accepted. You do not need to do anything else.";
      case "FLAGGED" ->
          "You have sent this return. We found "
              + (detail.flags().size() == 1 ? "1 thing" : detail.flags().size() + " things")
              + " your officer needs to check, listed below. Your officer will look at them; if they"
              + " have a question, it will appear on this page and on your start page.";
      case "ACCEPTED_BY_OFFICER" ->
          "Your officer has checked this return and accepted it. You do not need to do anything else.";
      default -> PlainWords.status(s.state());
    };
  }

  /** What the return page's heading says: "Your return for 1 September to 30 November 2026". */
  public String getPeriod() {
    if (getDetail() == null) {
      return "";
    }
    var s = detail.summary();
    return PlainWords.date(s.periodStart()) + " to " + PlainWords.date(s.periodEnd());
  }

  public String money(BigDecimal amount) {
    return PlainWords.money(amount);
  }

  // ---- list page ----

  private List<MonitoringViews.ReturnSummary> list;

  public List<MonitoringViews.ReturnSummary> getReturns() {
    if (list == null) {
      list = views.returns(current.viewer());
    }
    return list;
  }

  // ---- properties ----

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
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

  public boolean isDeclaration() {
    return declaration;
  }

  public void setDeclaration(boolean declaration) {
    this.declaration = declaration;
  }

  public String getMissingReason() {
    return missingReason;
  }

  public void setMissingReason(String missingReason) {
    this.missingReason = missingReason;
  }

  public Map<Long, String> getAnswers() {
    return answers;
  }
}
