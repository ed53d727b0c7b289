/**
 * Risk rating: explicit, council-configurable rules ({@link
 * org.dpsupport.monitoring.domain.model.risk.RiskRule}, loaded as data) decide how often an account
 * makes a return, each result carries the reasons that produced it, and an officer may override it
 * with a recorded reason.
 */
package org.dpsupport.monitoring.domain.model.risk;
