/**
 * The {@code bin/dps statement} and {@code bin/dps receipt} commands (picocli), printing CSV with
 * commons-csv or JSON with Jackson. They call the same application services as the server.
 */
package org.dpsupport.monitoring.interfaces.cli;
