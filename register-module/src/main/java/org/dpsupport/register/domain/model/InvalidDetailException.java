package org.dpsupport.register.domain.model;

/**
 * A detail typed into the register (a postcode district, a rate, a profile text) that cannot be
 * accepted. The message is written for the person who typed it and says what to do instead.
 */
public class InvalidDetailException extends RegisterRuleException {
  private static final long serialVersionUID = 1L;

  public InvalidDetailException(String messageForPerson) {
    super(Kind.BAD_INPUT, messageForPerson);
  }
}
