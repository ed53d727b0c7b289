package org.dpsupport.register.domain.model.introduction;

/**
 * Where an introduction between a PA and a budget holder's need stands.
 *
 * <pre>
 * PA_INTERESTED     --holder side agrees--> BOTH_AGREED
 * HOLDER_INTERESTED --PA agrees----------> BOTH_AGREED
 * PA_INTERESTED / HOLDER_INTERESTED --the other side declines--> DECLINED
 * PA_INTERESTED / HOLDER_INTERESTED --the side that asked withdraws--> WITHDRAWN
 * BOTH_AGREED --holder side hires--> HIRED
 * BOTH_AGREED --either side declines--> DECLINED, --either side withdraws--> WITHDRAWN
 * </pre>
 *
 * Contact details are shared only in BOTH_AGREED and HIRED.
 */
public enum IntroductionState {
  PA_INTERESTED,
  HOLDER_INTERESTED,
  BOTH_AGREED,
  HIRED,
  DECLINED,
  WITHDRAWN;

  public boolean isFinished() {
    return this == HIRED || this == DECLINED || this == WITHDRAWN;
  }

  /** True once both sides have agreed, so contact details may be exchanged. */
  public boolean bothHaveAgreed() {
    return this == BOTH_AGREED || this == HIRED;
  }
}
