package org.dpsupport.register.domain.model.introduction;

import org.dpsupport.register.domain.model.RegisterRuleException;

/** A step that does not follow from where the introduction stands, or taken by the wrong person. */
public class IntroductionStepNotAllowedException extends RegisterRuleException {
  private static final long serialVersionUID = 1L;

  public IntroductionStepNotAllowedException(String message) {
    super(message);
  }
}
