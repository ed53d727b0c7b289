/** Payroll's Quartz jobs, fired by the application's one clustered scheduler. */
package org.dpsupport.server.interfaces.scheduling.payroll;
