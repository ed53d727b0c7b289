/**
 * Payroll's ways in and out that are not the server: the command line and the files a pay run
 * produces (payslips, BACS, FPS, pension schedules). They translate only; the rules live in the
 * domain, which never depends on them.
 */
package org.dpsupport.payroll.interfaces;
