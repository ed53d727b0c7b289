package org.dpsupport.register.domain.model.introduction;

/** Someone asked for contact details before both sides agreed, or without being part of the introduction. */
public class ContactDetailsNotSharedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public ContactDetailsNotSharedException(String message) {
    super(message);
  }
}
