package org.dpsupport.register.domain.model.profile;

/** A vetting step that does not follow from where the profile stands, e.g. approving a draft. */
public class VettingStepNotAllowedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public VettingStepNotAllowedException(String message) {
    super(message);
  }
}
