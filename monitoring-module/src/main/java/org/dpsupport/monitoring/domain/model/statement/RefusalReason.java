package org.dpsupport.monitoring.domain.model.statement;

/**
 * Why a document could not be read, each with the plain-English sentence a budget holder sees. The
 * code names are stable and may be stored.
 */
public enum RefusalReason {
  EMPTY_FILE("This file is empty. Please choose the file again and send it."),
  NOT_A_PDF(
      "This file is not a PDF. Please send the PDF your bank or supplier gives you (for example"
          + " a statement downloaded from online banking), or send it as it is and an officer will"
          + " read it."),
  TOO_LARGE(
      "This file is too large for us to read (the limit is %s). Please send each statement as a"
          + " separate file, or send it as it is and an officer will read it."),
  TOO_MANY_PAGES(
      "This file has more pages than we can read in one go (the limit is %s pages). Please send"
          + " each statement as a separate file."),
  PASSWORD_PROTECTED(
      "This file is locked with a password, so we could not open it. Please download the"
          + " statement again without a password, or send it as it is and an officer will read it."),
  DAMAGED(
      "This file is damaged or incomplete, so we could not read it. Please download or save it"
          + " again and send the new copy."),
  SCANNED_PICTURE(
      "This file is a scanned picture, so we could not read the payments in it. You can still"
          + " send it; an officer will read it."),
  BLANK("This file has no writing in it that we can read. Please check you chose the right file."),
  NOT_A_STATEMENT(
      "This file does not look like a bank statement: we could not find a list of payments with"
          + " dates and amounts in it. Please check you chose the right file."),
  DATES_UNCLEAR(
      "We could not tell which dates the payments in this statement belong to. You can still"
          + " send it; an officer will read it."),
  TOO_SLOW(
      "This file took too long to read, so we stopped. You can still send it; an officer will"
          + " read it."),
  RECEIPT_UNCLEAR(
      "We could not find the %s on this receipt. It has been kept, and an officer will read it."),
  TOO_COMPLEX(
      "This file is too complicated for us to read safely. You can still send it; an officer"
          + " will read it.");

  private final String message;

  RefusalReason(String message) {
    this.message = message;
  }

  /** The sentence for the person, with the limit filled in where the sentence names one. */
  public String message(Object... limits) {
    return limits.length == 0 ? message.replace("%s", "ours") : String.format(message, limits);
  }
}
