/**
 * Returns: the periods a budget holder accounts for (half-open date ranges that follow the
 * account's risk-driven frequency), their due dates and the states a return moves through.
 */
package org.dpsupport.monitoring.domain.model.returns;
