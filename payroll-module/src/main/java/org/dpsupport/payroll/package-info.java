/**
 * The payroll bounded context: gross-to-net for PAs employed on direct payments (PAYE, National
 * Insurance, pensions, statutory pay, student loans), pay runs, payslips and HMRC files. Plain Java
 * over the shared kernel; it imports no other module and no Jakarta EE. The server depends on it.
 */
package org.dpsupport.payroll;
