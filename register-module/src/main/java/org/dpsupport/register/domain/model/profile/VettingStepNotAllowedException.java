package org.dpsupport.register.domain.model.profile;

import org.dpsupport.register.domain.model.RegisterRuleException;

/** A vetting step that does not follow from where the profile stands, e.g. approving a draft. */
public class VettingStepNotAllowedException extends RegisterRuleException {
  private static final long serialVersionUID = 1L;

  public VettingStepNotAllowedException(String message) {
    super(message);
  }
}
