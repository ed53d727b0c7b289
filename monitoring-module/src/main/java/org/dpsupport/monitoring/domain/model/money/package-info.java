/**
 * Money as the monitoring module handles it: pounds sterling to the penny, BigDecimal underneath,
 * never floating point. Statement and receipt amounts are exact figures read from documents.
 */
package org.dpsupport.monitoring.domain.model.money;
