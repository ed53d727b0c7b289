/**
 * Workplace pension values: the PA's membership and the period's auto-enrolment assessment with
 * contributions on qualifying earnings.
 */
package org.dpsupport.payroll.domain.model.pension;
