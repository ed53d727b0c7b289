package org.dpsupport.server.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;

/**
 * The GOV.UK error pattern for every form, over Faces' own messages (so converter and validator
 * messages take part too). A page bean adds an error to the field it is about with {@link
 * #add(String, String)} (the field's client id, for example {@code "form:amount"}); then
 *
 * <ul>
 *   <li>{@code <govuk:errorSummary/>} at the top of the content lists every error, each a link to
 *       its field (an error with no field is listed without a link);
 *   <li>{@code <govuk:fieldError for="form:amount"/>} shows the message at the field, and {@code
 *       #{formErrors.group('form:amount')}} / {@code #{formErrors.input('form:amount')}} give the
 *       form group's and the input's error classes (red border);
 *   <li>the layout's title gets "Error: " in front while there are errors.
 * </ul>
 *
 * Messages say what to do ("Enter the amount in pounds and pence, like 125.50"), never "Please".
 */
@Named("formErrors")
@RequestScoped
public class FormErrors {

  /** One error in the summary: the field's client id ({@code null} for none) and the message. */
  public record Item(String field, String message) {
    /** The summary link's target: "#form:amount". */
    public String href() {
      return field == null ? null : "#" + field;
    }
  }

  /** Adds an error to a field (its client id) or, with {@code null}, to the whole form. */
  public static void add(String field, String message) {
    FacesContext.getCurrentInstance()
        .addMessage(field, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
  }

  /**
   * The value a domain parser reads from a field, or {@code null} with the parser's own message
   * (its full stop dropped, as the error pattern wants) at that field.
   */
  public static <T> T read(String field, Supplier<T> parse) {
    try {
      return parse.get();
    } catch (IllegalArgumentException | NullPointerException e) {
      String m = e.getMessage();
      add(field, m != null && m.endsWith(".") ? m.substring(0, m.length() - 1) : m);
      return null;
    }
  }

  /** Whether this request has any error (after validation or the action). */
  public static boolean any() {
    FacesContext faces = FacesContext.getCurrentInstance();
    FacesMessage.Severity max = faces.getMaximumSeverity();
    return max != null && max.compareTo(FacesMessage.SEVERITY_ERROR) >= 0;
  }

  /** Every error, in the order they were added. */
  public List<Item> getItems() {
    FacesContext faces = FacesContext.getCurrentInstance();
    List<Item> items = new ArrayList<>();
    for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
      String id = ids.next();
      for (FacesMessage m : faces.getMessageList(id)) {
        if (m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0) {
          items.add(new Item(id, m.getSummary()));
        }
      }
    }
    return items;
  }

  public boolean isAny() {
    return any();
  }

  /** "Error: " while the page shows errors, for the title. */
  public String getTitlePrefix() {
    return any() ? "Error: " : "";
  }

  /** The first error at a field, or {@code null}. */
  public String message(String field) {
    return FacesContext.getCurrentInstance().getMessageList(field).stream()
        .filter(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
        .map(FacesMessage::getSummary)
        .findFirst()
        .orElse(null);
  }

  public boolean has(String field) {
    return message(field) != null;
  }

  /** "govuk-form-group govuk-form-group--error" or "govuk-form-group". */
  public String group(String field) {
    return has(field) ? "govuk-form-group govuk-form-group--error" : "govuk-form-group";
  }

  /** The extra class for an input with an error: "govuk-input--error" (and select, textarea). */
  public String input(String field) {
    return has(field) ? "govuk-input--error" : "";
  }

  /** The error message's id, for the input's aria-describedby: "form:amount-error". */
  public String describedBy(String field) {
    return has(field) ? field + "-error" : null;
  }
}
