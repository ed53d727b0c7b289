/**
 * Payroll's tables as JPA entities (Flyway's V4__payroll.sql owns their shape): employers,
 * employees, tax code changes, timesheets and shifts, pay runs with their payslips and files, and
 * bureau pay days; and the stores application/payroll reads and writes them through ({@code
 * PayrollEmployers}, {@code YearEndRecords}, {@code LeaverRecords}, {@code FamilyLeaveRecords},
 * {@code TaxCodeNotices}, ...), whose queries build the records pages and REST show. Plain mappings
 * with no rules; the rules live in payroll-module. Used by application/payroll only; depends on
 * nothing above it.
 */
package org.dpsupport.server.infrastructure.persistence.payroll;
