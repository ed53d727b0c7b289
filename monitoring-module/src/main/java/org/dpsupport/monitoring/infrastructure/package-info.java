/**
 * Monitoring's outbound edge: opening uploaded PDF files safely. Depends on the domain; the domain
 * never depends on it.
 */
package org.dpsupport.monitoring.infrastructure;
