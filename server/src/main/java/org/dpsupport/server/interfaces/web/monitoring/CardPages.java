package org.dpsupport.server.interfaces.web.monitoring;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.LinkedHashMap;
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

  private static String fileName(Part part) {
    String name = part.getSubmittedFileName();
    return name == null ? null : name.replaceAll("^.*[/\\\\]", "");
  }

  private static String withoutFullStop(String message) {
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

  public CardService.CardView getCard() {
    return card;
  }

  public Part getFile() {
    return file;
  }

  public void setFile(Part file) {
    this.file = file;
  }

  public String getImported() {
    return imported;
  }

  public void setImported(String imported) {
    this.imported = imported;
  }
}
