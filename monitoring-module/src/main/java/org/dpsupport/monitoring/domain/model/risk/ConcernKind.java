package org.dpsupport.monitoring.domain.model.risk;

/** Open concerns about an account that bring monitoring closer. */
public enum ConcernKind {
  SAFEGUARDING,
  UNEXPLAINED_SPENDING,
  SURPLUS_OVER_CONTINGENCY,
  UNPAID_HMRC,
  UNPAID_PENSION,
  NMW_FINDING,
  INSURANCE_LAPSED
}
