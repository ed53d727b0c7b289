package org.dpsupport.register.domain.model;

import org.dpsupport.kernel.RuleException;

/**
 * A request the register's rules refuse, with a message that tells the person what to do instead (a
 * detail that is not valid, a step taken out of turn, contact details not yet agreed). Adapters
 * show the message as it is; any other exception is a fault, not the person's to fix. A step the
 * profile, need or introduction is not ready for is a {@link RuleException.Kind#CONFLICT}.
 */
public abstract class RegisterRuleException extends RuleException {

  private static final long serialVersionUID = 1L;

  protected RegisterRuleException(String message) {
    super(Kind.CONFLICT, message);
  }

  protected RegisterRuleException(Kind kind, String message) {
    super(kind, message);
  }
}
