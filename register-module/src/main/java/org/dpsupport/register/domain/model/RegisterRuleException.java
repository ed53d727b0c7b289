package org.dpsupport.register.domain.model;

/**
 * A request the register's rules refuse, with a message that tells the person what to do instead (a
 * detail that is not valid, a step taken out of turn, contact details not yet agreed). Adapters
 * show the message as it is; any other exception is a fault, not the person's to fix.
 */
public abstract class RegisterRuleException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  protected RegisterRuleException(String message) {
    super(message);
  }
}
