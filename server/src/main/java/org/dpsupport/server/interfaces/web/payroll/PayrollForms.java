package org.dpsupport.server.interfaces.web.payroll;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import org.dpsupport.payroll.domain.model.employee.BankAccountNumber;
import org.dpsupport.payroll.domain.model.employee.BankDetails;
import org.dpsupport.payroll.domain.model.employee.SortCode;
import org.dpsupport.server.interfaces.web.FormErrors;

/**
 * What the payroll forms share: reading the ids a link carries, turning typed text into dates and
 * amounts with a message that says how to write them, and showing a problem in the error summary.
 */
final class PayrollForms {

  private PayrollForms() {}

  /**
   * A record id from the request (the link that opened the form, then its hidden field), or null.
   */
  static Long idParam(String name) {
    String text =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get(name);
    try {
      return text == null || text.isBlank() ? null : Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /**
   * Checks a sort code and account number typed into a form (each as Vocalink's modulus rules allow
   * together), with each problem at its field: {@code whose} names the account ("the PA's account")
   * and {@code numberWords} its number ("the PA's account number").
   */
  static void checkBankDetails(
      String form, String sortCode, String accountNumber, String whose, String numberWords) {
    SortCode sort = null;
    BankAccountNumber number = null;
    if (sortCode == null || sortCode.isBlank()) {
      FormErrors.add(form + "sortCode", "Enter the sort code of " + whose + ", like 40-47-84");
    } else {
      sort = FormErrors.read(form + "sortCode", () -> SortCode.parse(sortCode));
    }
    if (accountNumber == null || accountNumber.isBlank()) {
      FormErrors.add(form + "accountNumber", "Enter " + numberWords + ": 6 to 8 digits");
    } else {
      number =
          FormErrors.read(form + "accountNumber", () -> BankAccountNumber.parse(accountNumber));
    }
    if (sort != null && number != null) {
      SortCode s = sort;
      BankAccountNumber n = number;
      FormErrors.read(form + "accountNumber", () -> new BankDetails(s, n));
    }
  }

  static LocalDate date(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "Enter the " + what + " as year-month-day, like 1988-05-17.");
    }
  }

  static BigDecimal amount(String text, String what) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      return new BigDecimal(text.trim().replace("£", "").replace(",", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("Enter the " + what + " as a number, like 13.20.");
    }
  }

  static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }

  /** Adds the message to the page's error summary; returns null so an action stays on its page. */
  static String error(String message) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, message));
    return null;
  }
}
