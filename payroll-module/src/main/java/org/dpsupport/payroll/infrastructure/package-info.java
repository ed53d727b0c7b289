/**
 * Payroll's outbound edge: reading the tax-year data files that configure the rules. Depends on the
 * domain; the domain never depends on it.
 */
package org.dpsupport.payroll.infrastructure;
