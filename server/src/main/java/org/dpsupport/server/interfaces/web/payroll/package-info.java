/**
 * Payroll's Faces pages' beans: the agency's employers, set-up, starters, employees and pay runs,
 * the holder's timesheets and costs, the PA's payslips. Beans only translate form fields into
 * application/payroll calls and results into plain words; they hold no rules.
 */
package org.dpsupport.server.interfaces.web.payroll;
