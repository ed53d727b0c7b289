/**
 * The agreed terms of a direct payment that monitoring checks against: how the money is held
 * (route), the budget and its payment schedule, the support plan's spending categories, the
 * council's contingency policy and the review dates.
 */
package org.dpsupport.monitoring.domain.model.account;
