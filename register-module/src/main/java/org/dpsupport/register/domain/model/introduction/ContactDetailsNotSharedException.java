package org.dpsupport.register.domain.model.introduction;

import org.dpsupport.register.domain.model.RegisterRuleException;

/**
 * Someone asked for contact details before both sides agreed, or without being part of the
 * introduction.
 */
public class ContactDetailsNotSharedException extends RegisterRuleException {
  private static final long serialVersionUID = 1L;

  public ContactDetailsNotSharedException(String message) {
    super(Kind.FORBIDDEN, message);
  }
}
