/**
 * Monitoring's command line, outside the server. It translates only; the domain never depends on
 * it.
 */
package org.dpsupport.monitoring.interfaces;
