/**
 * Reads the payroll's data files (tax years) from the classpath with Jackson. The domain sees only
 * the loaded rules; nothing here calculates.
 */
package org.dpsupport.payroll.infrastructure.resources;
