package org.dpsupport.register.domain.model.vetting;

/** What the DBS Update Service says about a PA's certificate. */
public enum UpdateServiceStatus {
  /** The PA has not subscribed: the certificate ages out after the council's period. */
  NOT_SUBSCRIBED,
  /**
   * Subscribed and the last status check said "no new information": the certificate stays current.
   */
  SUBSCRIBED_NO_NEW_INFORMATION,
  /** Subscribed but the last status check found new information: a new check is needed. */
  SUBSCRIBED_NEW_INFORMATION
}
