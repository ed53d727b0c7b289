package org.dpsupport.monitoring.domain.model.account;

/**
 * What can bring a review forward. Care and Support (Direct Payments) Regulations 2014 reg 7: a
 * review whenever there is a concern about how the payment is used or about capacity, not only on
 * the 6- and 12-month dates.
 */
public enum ReviewEvent {
  SAFEGUARDING_REFERRAL("referred to safeguarding"),
  SOCIAL_WORKER_REFERRAL("referred to the social worker"),
  RISK_CONCERN("a risk concern opened"),
  OFFICER_REQUEST("an officer asked for a review");

  private final String describe;

  ReviewEvent(String describe) {
    this.describe = describe;
  }

  /** Words that finish "Review brought forward: ...". */
  public String describe() {
    return describe;
  }
}
