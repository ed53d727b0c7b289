/**
 * Payroll's domain model: value types and aggregates per business idea (tax, NI, pay, pay runs,
 * timesheets, pensions, statutory pay, year end). Immutable, plain Java, unit-tested in
 * milliseconds; depends on the shared kernel only.
 */
package org.dpsupport.payroll.domain.model;
