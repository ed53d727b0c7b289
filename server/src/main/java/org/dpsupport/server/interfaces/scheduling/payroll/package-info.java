/**
 * Payroll's Quartz jobs, fired by the application's one clustered scheduler: the year-end P60s each
 * April and May morning. Call application/payroll only; nothing depends on this package.
 */
package org.dpsupport.server.interfaces.scheduling.payroll;
