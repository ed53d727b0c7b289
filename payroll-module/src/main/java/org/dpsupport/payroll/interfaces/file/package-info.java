/**
 * Files a pay run produces for people and other systems: tagged-PDF payslips, the BACS Standard 18
 * payment file, HMRC RTI Full Payment Submission XML and the pension contribution schedule.
 */
package org.dpsupport.payroll.interfaces.file;
