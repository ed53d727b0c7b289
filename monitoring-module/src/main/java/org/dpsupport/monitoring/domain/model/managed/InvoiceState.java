package org.dpsupport.monitoring.domain.model.managed;

/** Where an invoice is, from received to paid; each with the words the pages show. */
public enum InvoiceState {
  /** Received and checked; the person (or their nominee) has to approve it first. */
  AWAITING_APPROVAL("Waiting for approval"),
  /** Approved (or no approval needed): paid in the agency's next payment file. */
  APPROVED("To be paid"),
  /** Someone disputed it: not paid until it is approved again. */
  DISPUTED("Disputed"),
  /** Part of it was paid; the rest is paid when the account has the money. */
  PART_PAID("Part paid"),
  /** Paid in full (or taken off by credit notes). */
  PAID("Paid"),
  /** A credit note: money off the provider's invoices. */
  CREDIT("Credit note");

  private final String words;

  InvoiceState(String words) {
    this.words = words;
  }

  public String words() {
    return words;
  }

  /** Whether the invoice goes in the next payment file. */
  public boolean payable() {
    return this == APPROVED || this == PART_PAID;
  }

  /** Whether it can still be approved or disputed (nothing has been paid on it in full). */
  public boolean open() {
    return this == AWAITING_APPROVAL || this == APPROVED || this == DISPUTED || this == PART_PAID;
  }
}
