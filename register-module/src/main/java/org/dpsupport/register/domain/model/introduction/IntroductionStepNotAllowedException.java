package org.dpsupport.register.domain.model.introduction;

/** A step that does not follow from where the introduction stands, or taken by the wrong person. */
public class IntroductionStepNotAllowedException extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  public IntroductionStepNotAllowedException(String message) {
    super(message);
  }
}
