package org.dpsupport.monitoring.domain.model.risk;

/**
 * What a rule looks at. The condition is code; which conditions a council uses, their thresholds
 * and the frequency each leads to are data ({@link RiskRule}).
 */
public enum RiskCondition {
  /** The account started fewer than {@code threshold} months ago. */
  NEW_ACCOUNT,
  /**
   * At least {@code threshold} returns in the last two years were late, incomplete or unreliable.
   */
  POOR_RETURN_RECORD,
  /** A concern of the rule's {@code concern} kind is open. */
  OPEN_CONCERN,
  /** Applies to every account: the frequency when nothing else matches. */
  OTHERWISE
}
