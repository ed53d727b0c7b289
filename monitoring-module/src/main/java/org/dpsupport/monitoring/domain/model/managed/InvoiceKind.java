package org.dpsupport.monitoring.domain.model.managed;

/** What a provider sent: an invoice to pay, or a credit note taking money off one. */
public enum InvoiceKind {
  INVOICE("Invoice"),
  CREDIT_NOTE("Credit note");

  private final String words;

  InvoiceKind(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }
}
