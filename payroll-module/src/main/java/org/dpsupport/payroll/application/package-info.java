/**
 * The payroll's use case: {@link org.dpsupport.payroll.application.GrossToNetCalculator} turns one
 * {@link org.dpsupport.payroll.application.PayPeriodInput} into a {@link
 * org.dpsupport.payroll.application.PayResult}. The pay run, the CLI and the server call it.
 */
package org.dpsupport.payroll.application;
