/**
 * The PA as an employee on the payroll: identity and bank details as validated value types, and the
 * employee record a pay run turns into the engine's input.
 */
package org.dpsupport.payroll.domain.model.employee;
