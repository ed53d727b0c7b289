/**
 * Bank details as Bacs needs them: Vocalink's modulus weight table and sorting code substitutions,
 * the check result, and the Bacs working-day calendar.
 */
package org.dpsupport.payroll.domain.model.bank;
