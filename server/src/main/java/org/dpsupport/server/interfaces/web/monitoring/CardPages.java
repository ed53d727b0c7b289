package org.dpsupport.server.interfaces.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.dpsupport.kernel.RuleException;
import org.dpsupport.server.application.monitoring.CardService;
import org.dpsupport.server.interfaces.web.FormErrors;
import org.dpsupport.server.interfaces.web.PageRefusal;
import org.dpsupport.server.interfaces.web.PlainWords;
import org.dpsupport.server.security.CurrentViewer;
import org.dpsupport.server.security.RecordAccessDeniedException;

/**
 * The officer's view of a prepaid card: on the account page, what the card files held and what was
 * flagged; and the page to import the provider's CSV file (GOV.UK file upload, error summary).
 */
@Named("cardPages")
@RequestScoped
public class CardPages {

  @Inject CurrentViewer current;

  @Inject CardService cards;

  private Long accountId;
  private CardService.CardView card;
  private Part file;
  private String imported;
  private String closed;
  private String reason;
  private List<String> chosen = new ArrayList<>();

  /** Loads the card for the account page or the import page; 403 or 404 as the page's answer. */
  public void load() throws IOException {
    PageRefusal.load(
        accountId,
        "Choose an account from the queue.",
        () -> card = cards.card(current.viewer(), accountId),
        null);
  }

  /** Imports the chosen card file, back to the account page with what was found. */
  public String importFile() {
    if (file == null || file.getSize() == 0) {
      FormErrors.add("import:file", "Choose the card file to import");
      return null;
    }
    try (InputStream in = file.getInputStream()) {
      CardService.Imported done =
          cards.importFile(current.viewer(), accountId, fileName(file), in.readAllBytes());
      return "/officer/monitoring-account.xhtml?faces-redirect=true&id="
          + accountId
          + "&imported="
          + done.id();
    } catch (IOException e) {
      FormErrors.add("import:file", "The file did not reach us. Choose it again and import it");
      return null;
    } catch (RuleException | RecordAccessDeniedException e) {
      FormErrors.add("import:file", withoutFullStop(e.getMessage()));
      return null;
    }
  }

  /**
   * Closes the ticked card flags with the officer's reason, back to the account page saying how
   * many; errors at the checkboxes and the reason, with what was ticked and typed kept.
   */
  public String closeFlags() {
    String[] ticked =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestParameterValuesMap()
            .get("card-flag");
    chosen = ticked == null ? new ArrayList<>() : new ArrayList<>(List.of(ticked));
    if (chosen.isEmpty()) {
      FormErrors.add(getFlagsField(), "Choose the flags you are closing");
    }
    if (reason == null || reason.isBlank()) {
      FormErrors.add(
          "close-flags:reason",
          "Say why these flags can be closed. The budget holder may read this");
    }
    if (chosen.stream().anyMatch(id -> !id.matches("[0-9]{1,18}"))) {
      FormErrors.add(getFlagsField(), "Choose from the flags shown");
    }
    if (FormErrors.any()) {
      return null;
    }
    try {
      cards.closeFlags(
          current.viewer(), accountId, chosen.stream().map(Long::valueOf).toList(), reason);
      return "/officer/monitoring-account.xhtml?faces-redirect=true&id="
          + accountId
          + "&closed="
          + chosen.size();
    } catch (RuleException | RecordAccessDeniedException e) {
      FormErrors.add(getFlagsField(), withoutFullStop(e.getMessage()));
      return null;
    }
  }

  /** The first checkbox's id: where an error about the choice of flags is shown and linked to. */
  public String getFlagsField() {
    return card == null || card.openFlags().isEmpty()
        ? "card-flags"
        : "card-flag-" + card.openFlags().get(0).id();
  }

  /** "2 flags were closed." */
  public String getClosedInWords() {
    return "1".equals(closed) ? "The flag was closed." : "The flags were closed.";
  }

  private static String fileName(Part part) {
    String name = part.getSubmittedFileName();
    return name == null ? null : name.replaceAll("^.*[/\\\\]", "");
  }

  static String withoutFullStop(String message) {
    return message != null && message.endsWith(".")
        ? message.substring(0, message.length() - 1)
        : message;
  }

  /** The latest file's spending by category, in words. */
  public Map<String, BigDecimal> getSpendingInWords() {
    Map<String, BigDecimal> words = new LinkedHashMap<>();
    if (card != null) {
      card.latestSpending().forEach((k, v) -> words.put(categoryWords(k), v));
    }
    return words;
  }

  static String categoryWords(String code) {
    return switch (code) {
      case "CASH" -> "Cash taken out";
      case "BLOCKED" -> "Businesses the card must not be used at";
      case "UNKNOWN" -> "Kinds of business no plan category covers";
      default -> PlainWords.category(code);
    };
  }

  /** "1 April 2026 to 30 April 2026" */
  public String period(LocalDate first, LocalDate last) {
    return PlainWords.date(first) + " to " + PlainWords.date(last);
  }

  public Long getAccountId() {
    return accountId;
  }

  public void setAccountId(Long accountId) {
    this.accountId = accountId;
  }

  /**
   * The card; on a postback of the close-flags form it is read here, from the form's account id,
   * because the flags' checkboxes are decoded before the page's view action runs (and ui:repeat
   * keeps the rows it saw then). A refusal is left to the view action.
   */
  public CardService.CardView getCard() {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (card == null && faces != null && faces.isPostback()) {
      String id = faces.getExternalContext().getRequestParameterMap().get("account");
      if (id != null && id.matches("[0-9]{1,18}")) {
        try {
          card = cards.card(current.viewer(), Long.parseLong(id));
        } catch (RuleException | RecordAccessDeniedException e) {
          card = null;
        }
      }
    }
    return card;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getClosed() {
    return closed;
  }

  public void setClosed(String closed) {
    this.closed = closed;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public List<String> getChosen() {
    return chosen;
  }

  public String getImported() {
    return imported;
  }

  public void setImported(String imported) {
    this.imported = imported;
  }
}
